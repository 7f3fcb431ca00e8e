"""What a saved report says about itself: when it was made, by which version, from
which catalogue and (for ``match`` and ``gap``) from which skills; and its sources."""

from __future__ import annotations

import datetime
from typing import Any, NamedTuple

from careers_cli import __version__
from careers_cli.model import Label, Lang


class Source(NamedTuple):
    id: str
    title: str
    publisher: Label
    year: str
    address: str

    def text(self, lang: Lang) -> str:
        """ "Title, publisher, year", the publisher in ``lang``."""
        return ", ".join(x for x in (self.title, self.publisher.get(lang), self.year) if x)


class About(NamedTuple):
    """The facts a report carries besides its tables."""

    date: str  # ISO date the report was made
    version: str  # the tool's version
    catalogue: str  # the catalogue file used
    skills: tuple[tuple[str, int], ...] = ()  # (skill name, level) it was computed from
    sources: tuple[Source, ...] = ()


def sources_in(data: Any) -> tuple[Source, ...]:
    """Every source named in a view's JSON (objects with an id, a title and an address),
    once each, in the order first met."""
    found: dict[str, Source] = {}
    stack = [data]
    while stack:
        item = stack.pop(0)
        if isinstance(item, dict):
            if {"id", "title", "address"} <= set(item) and item["id"] not in found:
                found[str(item["id"])] = Source(
                    str(item["id"]),
                    str(item.get("title") or ""),
                    _label(item.get("publisher")),
                    str(item.get("year") or ""),
                    str(item.get("address") or ""),
                )
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return tuple(found.values())


def _label(value: Any) -> Label:
    """A publisher as the JSON gives it ({en, fr}; a plain string in older data)."""
    if isinstance(value, dict):
        return Label(str(value.get("en") or ""), str(value.get("fr") or ""))
    return Label(str(value or ""), str(value or ""))


def about(
    view: Any, catalogue: str, skills: tuple[tuple[str, int], ...] = (), today: str = ""
) -> About:
    """The facts of a report on ``view``."""
    return About(
        today or datetime.date.today().isoformat(),
        __version__,
        catalogue,
        skills,
        sources_in(view.data()),
    )
