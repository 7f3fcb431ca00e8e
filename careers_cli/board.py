"""What `next` reads of the roles in view, skill by skill (issue 10: `next` at 5,000 roles).

`next` (``matching._Board``) needs each role's id, total weight and *peak* (the most points
one skill is worth in it); the skills of only the roles it scores; and, for the skills it
meets: the roles listing them, the levels those roles need (as bits), the skills each one
earns credit on, and its related skills; last, the roles where one candidate credits two of
their skills (``sharers``). :func:`board_data` computes all of it from the links in memory;
the compiled index keeps it for the whole catalogue (``store._board``), so that a run reads
it at once and decodes only the skills and roles it meets (:class:`StoredBoard`).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence

from careers_cli.catalogue import Need, RelatedLists, RoleLinks
from careers_cli.model import Importance

IMPORTANCE = tuple(Importance)  # an importance in the stored rows: its place here
LEVELS = {n: n for n in range(1, 6)}


def weights(needs: Sequence[Need]) -> tuple[float, float]:
    """A role's total weight (essential 2, optional 1) and its peak: the points (of 100)
    its weightiest skill is worth."""
    total = 0.0
    essential = Importance.ESSENTIAL
    for _, importance, _ in needs:
        total += 2.0 if importance is essential else 1.0
    top = 2.0 if total > len(needs) else 1.0  # an essential skill, or none
    return total, (100.0 * top / total if total else 0.0)


class BoardData:
    """The roles in view as `next` scores them (see the module's text). Role ``i`` is the
    i-th role in view; ``positions[i]`` its place in the catalogue."""

    def __init__(
        self,
        positions: Sequence[int],
        ids: Sequence[str],
        total: Sequence[float],
        peak: Sequence[float],
        sharers: Mapping[int, Sequence[str]],
    ) -> None:
        self.positions, self.ids, self.total, self.peak = positions, ids, total, peak
        self.sharers = sharers  # role i -> the skills that credit two of its skills or more

    def needs(self, i: int) -> Sequence[Need]:
        """Role i's skills (id, importance, level), in the role's order."""
        raise NotImplementedError

    def related(self, skill: str) -> Sequence[tuple[str, float]]:
        """The skills ``skill`` is related to (earns partial credit from), with shares."""
        raise NotImplementedError

    def levels(self, skill: str) -> int:
        """The levels the roles in view need in ``skill``, as bits (0: no role lists it)."""
        raise NotImplementedError

    def roles(self, skill: str) -> Sequence[int]:
        """The roles (i) listing ``skill``, once per listing."""
        raise NotImplementedError

    def credits(self, skill: str) -> Sequence[str]:
        """The skills listed in view that a level in ``skill`` earns credit on: itself if
        listed, and those it is a related skill of."""
        raise NotImplementedError


class LinkBoard(BoardData):
    """:class:`BoardData` computed from the links and related skills in memory."""

    def __init__(self, links: RoleLinks, related: RelatedLists) -> None:
        totals: list[float] = []
        peaks: list[float] = []
        self._roles: dict[str, list[int]] = {}
        self._levels: dict[str, int] = {}
        for i, needs in enumerate(links.skills):
            for skill, _, needed in needs:
                self._roles.setdefault(skill, []).append(i)
                self._levels[skill] = self._levels.get(skill, 0) | 1 << needed
            total, peak = weights(needs)
            totals.append(total)
            peaks.append(peak)
        self._needs, self._related = links.skills, related
        self._credits: dict[str, list[str]] = {}
        for skill in self._roles:  # each listed skill, in the order first listed
            self._credits.setdefault(skill, []).append(skill)
            for other, _ in related[skill]:
                self._credits.setdefault(other, []).append(skill)
        super().__init__(links.positions, links.ids, totals, peaks, self._sharers())

    def _sharers(self) -> dict[int, list[str]]:
        sharers: dict[int, list[str]] = {}
        for skill, credits in self._credits.items():
            if len(credits) < 2:
                continue
            lists = [self._roles[t] for t in credits]
            if len(set().union(*lists)) < sum(map(len, lists)):
                counts = Counter(i for roles in lists for i in roles)
                for i, n in counts.items():
                    if n > 1:
                        sharers.setdefault(i, []).append(skill)
        return dict(sorted(sharers.items()))

    def needs(self, i: int) -> Sequence[Need]:
        return self._needs[i]

    def related(self, skill: str) -> Sequence[tuple[str, float]]:
        return self._related[skill]

    def levels(self, skill: str) -> int:
        return self._levels.get(skill, 0)

    def roles(self, skill: str) -> Sequence[int]:
        return self._roles.get(skill, [])

    def credits(self, skill: str) -> Sequence[str]:
        return self._credits.get(skill, [])

    def skill_rows(self) -> list[tuple[str, int, str, str, str]]:
        """Each skill met as (id, levels, roles, credits, related), the lists as JSON: the
        rows the compiled index keeps (``store._board``)."""
        skills = dict.fromkeys([*self._roles, *self._credits])
        return [
            (
                s,
                self.levels(s),
                json.dumps(self.roles(s)),
                json.dumps(self.credits(s)),
                json.dumps(self._related.get(s, []) if s in self._roles else []),
            )
            for s in skills
        ]

    def role_rows(self) -> list[tuple[int, str, float, float, str, str]]:
        """Each role as (position, id, total, peak, skills, sharers), lists as JSON."""
        rank = {v: k for k, v in enumerate(IMPORTANCE)}
        return [
            (
                self.positions[i],
                self.ids[i],
                self.total[i],
                self.peak[i],
                json.dumps([[s, rank[imp], n] for s, imp, n in self._needs[i]]),
                json.dumps(self.sharers.get(i, [])),
            )
            for i in range(len(self.ids))
        ]


class StoredBoard(BoardData):
    """:class:`BoardData` of the whole catalogue from the rows of :meth:`LinkBoard.skill_rows`
    and :meth:`LinkBoard.role_rows` (checked as a whole by the caller), each skill and each
    role's skills decoded when first asked for."""

    def __init__(
        self,
        roles: Sequence[tuple[int, str, float, float, str, str]],
        skills: Sequence[tuple[str, int, str, str, str]],
    ) -> None:
        self._skills = {row[0]: row for row in skills}
        self._needs = [row[4] for row in roles]
        self._decoded: dict[int, list[Need]] = {}
        self._shares: dict[str, list[tuple[str, float]]] = {}
        sharers = {i: json.loads(row[5]) for i, row in enumerate(roles) if row[5] != "[]"}
        super().__init__(
            [row[0] for row in roles],
            [row[1] for row in roles],
            [row[2] for row in roles],
            [row[3] for row in roles],
            sharers,
        )

    def needs(self, i: int) -> Sequence[Need]:
        found = self._decoded.get(i)
        if found is None:
            rows = json.loads(self._needs[i])
            found = self._decoded[i] = [(s, IMPORTANCE[c], LEVELS[n]) for s, c, n in rows]
        return found

    def related(self, skill: str) -> Sequence[tuple[str, float]]:
        found = self._shares.get(skill)
        if found is None:
            row = self._skills.get(skill)
            found = self._shares[skill] = [(s, w) for s, w in json.loads(row[4])] if row else []
        return found

    def levels(self, skill: str) -> int:
        row = self._skills.get(skill)
        return row[1] if row else 0

    def roles(self, skill: str) -> Sequence[int]:
        row = self._skills.get(skill)
        return json.loads(row[2]) if row else []

    def credits(self, skill: str) -> Sequence[str]:
        row = self._skills.get(skill)
        return json.loads(row[3]) if row else []
