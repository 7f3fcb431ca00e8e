"""Views of official occupations: `profile from-occupation` (an occupation's essential
skills mapped onto ours) and `show ROLE --official` (our role beside its occupations)."""

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from careers_cli.catalogue import Index
from careers_cli.i18n import t
from careers_cli.model import Lang, Role, Text
from careers_cli.occupation import Comparison, FromOccupation, Mapped, Official, listed
from careers_cli.render.doc import Cell, Column, Document, Heading, Paragraph, Styled, Table
from careers_cli.views.common import dim, ref_json, to_json


def catalogue_name(index: Index, lang: Lang) -> str:
    """A catalogue as a reader knows it: its title, else its file name."""
    title = index.head().title
    return title.get(lang) if title is not None else Path(index.path).name


def _route(item: Mapped, lang: Lang) -> str:
    """How an official skill was mapped, in words."""
    if item.via == "esco":
        return t("route_esco", lang)
    if item.via == "technology":
        return t("route_technology", lang)
    return t("route_label", lang) if item.via == "label" else ""


def _ours(index: Index, item: Mapped, lang: Lang) -> Cell:
    if item.skill is None:
        return dim("—")
    return Styled(index.skills.items[item.skill].name.get(lang), "bold")


def _mapped_json(index: Index, item: Mapped) -> dict[str, Any]:
    ours = index.skills.items[item.skill] if item.skill is not None else None
    return {
        "official": ref_json(item.official),
        "level": item.need.level,
        "skill": ref_json(ours) if ours is not None else None,
        "via": item.via,
        "evidence": item.evidence,
    }


def two_lines(header: str) -> int:
    """The narrowest width at which a header of several words takes at most two lines."""
    words = header.split()
    return min(
        (max(len(" ".join(words[:k])), len(" ".join(words[k:]))) for k in range(1, len(words))),
        default=len(header),
    )


def _columns(lang: Lang, *middle: Column, keep_evidence: bool = False) -> list[Column]:
    """The columns of a mapping; with ``keep_evidence`` a narrow terminal gets records
    (each skill with its evidence: an ESCO URI is one long word) rather than no evidence."""
    return [
        Column(t("occ_official_skill", lang), ratio=3, min_width=12),
        Column(t("level", lang), justify="right", no_wrap=True),
        Column(t("occ_ours", lang), ratio=2, min_width=10),
        *middle,
        Column(
            t("occ_route", lang),
            ratio=1,
            drop=None if keep_evidence else 2,
            min_width=len(t("route_esco", lang)),  # "ESCO URI" on one line
        ),
        Column(t("occ_evidence", lang), ratio=3, drop=None if keep_evidence else 1),
    ]


@dataclass(frozen=True)
class OccupationView:
    """`careers profile from-occupation`: what was mapped, with its evidence, and what not."""

    index: Index  # ours: the catalogue the profile uses
    result: FromOccupation

    def document(self, lang: Lang) -> Document:
        found = [m for m in self.result.mapped if m.skill is not None]
        lost = [m for m in self.result.mapped if m.skill is None]
        occupation = self.result.occupation
        title = t(
            "occ_title",
            lang,
            occupation=occupation.name.get(lang),
            catalogue=catalogue_name(self.result.taxonomy, lang),
            n=len(self.result.mapped),
        )
        doc = Document([Heading(title)])
        if not found:
            doc.add(Paragraph(t("occ_none_mapped", lang)))
        else:
            rows = [
                [
                    m.official.name.get(lang),
                    str(m.need.level),
                    _ours(self.index, m, lang),
                    _route(m, lang),
                    dim(m.evidence or ""),
                ]
                for m in found
            ]
            n = len(self.result.levels)
            columns = _columns(lang, keep_evidence=True)  # what a profile is filled from
            doc.add(Table(columns, rows, title=t("occ_mapped", lang, n=n)))
        if lost:
            columns = [Column(t("occ_official_skill", lang), ratio=3), Column(t("level", lang))]
            rows = [[m.official.name.get(lang), str(m.need.level)] for m in lost]
            doc.add(Table(columns, rows, title=t("occ_unmapped", lang, n=len(lost))))
        doc.add(Paragraph(t("occ_levels_note", lang), "dim"))
        return doc

    def data(self) -> Any:
        occupation = self.result.occupation
        return {
            "catalogue": self.result.taxonomy.path,
            "occupation": {**ref_json(occupation), "codes": _codes_json(occupation)},
            "mapped": [_mapped_json(self.index, m) for m in self.result.mapped if m.skill],
            "not_mapped": [
                {"official": ref_json(m.official), "level": m.need.level}
                for m in self.result.mapped
                if m.skill is None
            ],
            "levels": self.result.levels,
        }

    def records(self, lang: Lang) -> tuple[list[str], list[list[Any]]]:
        header = ["occupation", "official", "official_name", "level", "skill", "name", "via"]
        rows = [
            [
                self.result.occupation.id,
                m.official.id,
                m.official.name.get(lang),
                m.need.level,
                m.skill or "",
                self.index.skills.items[m.skill].name.get(lang) if m.skill else "",
                m.via or "",
                m.evidence or "",
            ]
            for m in self.result.mapped
        ]
        return [*header, "evidence"], rows


def _codes_json(role: Role) -> dict[str, list[str]]:
    return {kind: [c.code for c in getattr(role.codes, kind)] for kind in ("esco", "soc", "isco")}


@dataclass(frozen=True)
class OfficialView:
    """`careers show ROLE --official`: each official occupation's essential skills beside
    ours: which we list too, which we do not; then ours that it does not name."""

    index: Index
    comparison: Comparison

    def document(self, lang: Lang) -> Document:
        role = self.comparison.role
        doc = Document([Heading(t("official_heading", lang, role=role.name.get(lang)))])
        for found in self.comparison.official:
            doc.blocks.extend(self._occupation(found, lang))
        return doc

    def _occupation(self, found: Official, lang: Lang) -> list[Any]:
        role, ours = self.comparison.role, listed(self.comparison.role)
        title = t(
            "official_occupation",
            lang,
            occupation=found.occupation.name.get(lang),
            taxonomy=found.source.taxonomy or found.source.name,
            code=found.code.code,
        )
        if found.code.closest:
            title += f" ({t('official_closest', lang)})"
        yes, no = t("yes", lang), t("no", lang)
        ordered = sorted(found.mapped, key=lambda m: (m.skill not in ours, m.skill is None))
        rows = [
            [
                m.official.name.get(lang),
                str(m.need.level),
                _ours(self.index, m, lang),
                Styled(yes, "green") if m.skill in ours else dim(no),
                _route(m, lang),
                dim(m.evidence or ""),
            ]
            for m in ordered
        ]
        count = sum(m.skill in ours for m in found.mapped)
        summary = t(
            "official_summary", lang, role=role.name.get(lang), listed=count, n=len(found.mapped)
        )
        header = t("official_listed", lang)
        listed_column = Column(header, no_wrap=True, min_width=two_lines(header))
        blocks: list[Any] = [
            Heading(title, 2),
            Table(_columns(lang, listed_column), rows),
            Paragraph(summary),
        ]
        if found.ours_only:
            names = ", ".join(
                self.index.skills.items[n.skill].name.get(lang) for n in found.ours_only
            )
            blocks.append(Paragraph(t("official_ours_only", lang, names=names)))
        blocks += [Paragraph(n.get(lang), "dim") for n in _notices(found)]
        return blocks

    def data(self) -> Any:
        ours = listed(self.comparison.role)
        return {
            "role": ref_json(self.comparison.role),
            "official": [
                {
                    "catalogue": found.source.name,
                    "taxonomy": found.source.taxonomy,
                    "version": found.source.version,
                    "code": found.code.code,
                    "closest": found.code.closest,
                    "occupation": ref_json(found.occupation),
                    "skills": [
                        {**_mapped_json(self.index, m), "listed": m.skill in ours}
                        for m in found.mapped
                    ],
                    "listed": sum(m.skill in ours for m in found.mapped),
                    "ours_only": [n.skill for n in found.ours_only],
                    "notice": [to_json(n) for n in _notices(found)],
                }
                for found in self.comparison.official
            ],
            "not_found": [{"kind": k, "code": c.code} for k, c in self.comparison.not_found],
        }

    def records(self, lang: Lang) -> tuple[list[str], list[list[Any]]]:
        ours = listed(self.comparison.role)
        header = ["catalogue", "code", "occupation", "official", "official_name", "level"]
        rows = [
            [
                found.source.name,
                found.code.code,
                found.occupation.id,
                m.official.id,
                m.official.name.get(lang),
                m.need.level,
                m.skill or "",
                m.skill in ours,
                m.via or "",
                m.evidence or "",
            ]
            for found in self.comparison.official
            for m in found.mapped
        ]
        return [*header, "skill", "listed", "via", "evidence"], rows


def _notices(found: Official) -> list[Text]:
    """The notices the taxonomy's publisher asks re-users to show (O*NET's CC BY credit,
    ESCO's acknowledgement)."""
    sources = found.source.loaded.sources
    notices = [sources[s].notice for s in found.occupation.sources if s in sources]
    return [n for n in notices if n is not None]
