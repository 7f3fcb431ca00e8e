"""Helpers shared by the views: JSON of model objects, money, bars and source notes."""

from collections.abc import Sequence
from enum import Enum
from typing import Any

from careers_cli.catalogue import Index
from careers_cli.i18n import choice, compact, number, t
from careers_cli.model import (
    MIN_SAMPLE,
    Experience,
    Lang,
    Name,
    Pay,
    Period,
    Role,
    Salary,
    SalaryKind,
    Skill,
    Source,
    SourceKind,
    salary_kind,
)
from careers_cli.pay import kind_of
from careers_cli.render.doc import Column, Styled

LEVEL_FULL, LEVEL_EMPTY = "█", "░"
BAR_LINE, BAR_MEDIAN, BAR_END = "─", "●", "│"


def to_json(value: Any) -> Any:
    """Plain JSON data from model objects: dataclasses become objects, enums strings."""
    import dataclasses  # (a table needs none of this: its import is left to JSON output)

    if isinstance(value, tuple) and hasattr(value, "_fields"):
        return {k: to_json(v) for k, v in zip(value._fields, value, strict=True)}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (list, tuple)):
        return [to_json(v) for v in value]
    if isinstance(value, dict):
        return {k: to_json(v) for k, v in value.items()}
    return value


def ref_json(item: Role | Skill | Any) -> dict[str, Any]:
    """An id with its bilingual name."""
    name: Name = item.name
    return {"id": item.id, "name": {"en": name.en, "fr": name.fr}}


def source_json(source: Source) -> dict[str, Any]:
    return {
        "id": source.id,
        "title": source.title,
        "publisher": to_json(source.publisher),
        "year": source.year,
        "address": source.address,
    }


def salary_json(salary: Salary | None, index: Index) -> dict[str, Any] | None:
    """A salary as JSON, with its kind (role or group) and its source spelt out."""
    if salary is None:
        return None
    data: dict[str, Any] = to_json(salary)
    data["kind"] = kind_of(index, salary).value
    data["source"] = source_json(index.sources[salary.source])
    return data


def _suffix(salary: Salary, lang: Lang, short: bool = False) -> str:
    parts = []
    if salary.period is Period.MONTHLY:
        parts.append(t("per_month_short" if short else "per_month", lang))
    elif salary.period is Period.HOURLY:
        parts.append(t("per_hour_short" if short else "per_hour", lang))
    if salary.pay is Pay.NET:
        parts.append(" " + t("net", lang))
    return "".join(parts)


def spread(salary: Salary) -> tuple[float | None, float | None]:
    """The ends of a salary's spread: p10 (or low) and p90 (or high), the one order used
    by every view and bar."""
    low = salary.p10 if salary.p10 is not None else salary.low
    high = salary.p90 if salary.p90 is not None else salary.high
    return low, high


def pay_csv(role_level: Salary | None, group: Salary | None, sample: bool = False) -> list[Any]:
    """The CSV cells of a role-level figure and a group figure, kept apart: median,
    currency, source (and the sample size with ``sample``), then the group's median,
    group and source."""
    s, g = role_level, group
    own = [s.median if s else None, s.currency if s else None, s.source if s else None]
    if sample:
        own.append(s.sample if s else None)
    return [*own, g.median if g else None, g.group if g else None, g.source if g else None]


def salary_range(salary: Salary | None, lang: Lang) -> str:
    """The spread of a salary (see :func:`spread`), or its one figure, or "no data"."""
    if salary is None:
        return t("no_data", lang)
    low, high = spread(salary)
    cur = f" {salary.currency}{_suffix(salary, lang)}"
    if low is not None and high is not None:
        return f"{number(low, lang)}-{number(high, lang)}{cur}"
    if low is not None:
        return f">= {number(low, lang)}{cur}"
    if high is not None:
        return f"<= {number(high, lang)}{cur}"
    central = salary.median if salary.median is not None else salary.mean
    assert central is not None
    return f"~{number(central, lang)}{cur}"


def salary_full(salary: Salary, lang: Lang) -> str:
    """Every figure of a salary: "p10 67,240 · median 120,230 · p90 199,130 USD"."""
    parts = []
    for key, label in (
        ("p10", "p10"),
        ("p25", "p25"),
        ("median", t("median", lang)),
        ("p75", "p75"),
        ("p90", "p90"),
        ("mean", t("mean", lang)),
        ("low", t("low", lang)),
        ("high", t("high", lang)),
    ):
        value = getattr(salary, key)
        if value is not None:
            parts.append(f"{label} {number(value, lang)}")
    return " · ".join(parts) + f" {salary.currency}{_suffix(salary, lang)}"


def salary_compact(salary: Salary | None, lang: Lang, currency: str) -> str:
    """A short figure for overview tables: the median, else the range ("50-60k").

    The currency is left out when it is the column's; the period is always shown.
    """
    if salary is None:
        return t("no_data", lang)
    cur = "" if salary.currency == currency else f" {salary.currency}"
    cur += _suffix(salary, lang, short=True)
    if salary.median is not None:
        return compact(salary.median, lang) + cur
    if salary.mean is not None:
        return f"{compact(salary.mean, lang)}{cur} {t('mean_short', lang)}"
    low, high = spread(salary)
    if low is not None and high is not None:
        lo, hi = compact(low, lang), compact(high, lang)
        if lo.endswith("k") and hi.endswith("k"):
            lo = lo[:-1]
        return f"{lo}-{hi}{cur}"
    if low is not None:
        return f">={compact(low, lang)}{cur}"
    assert high is not None
    return f"<={compact(high, lang)}{cur}"


def salary_labelled(salary: Salary | None, lang: Lang, currency: str) -> str:
    """A short figure that says what it is: "52k med", "50-60k range", "from 50k", "43k mean"
    (and the figure's own label, when it has one: "public-sector starter")."""
    if salary is None:
        return t("no_data", lang)
    text = _labelled(salary, lang, currency)
    if salary.label is not None:
        return f"{text}, {salary.label.get(lang)}"
    if salary.experience in (Experience.ENTRY, Experience.MID, Experience.SENIOR):
        return f"{text}, {choice('seniority', salary.experience.value, lang)}"
    return text


def _labelled(salary: Salary, lang: Lang, currency: str) -> str:
    cur = "" if salary.currency == currency else f" {salary.currency}"
    cur += _suffix(salary, lang, short=True)
    if salary.median is not None:
        return f"{compact(salary.median, lang)}{cur} {t('median_short', lang)}"
    if salary.mean is not None:
        return f"{compact(salary.mean, lang)}{cur} {t('mean_short', lang)}"
    low, high = spread(salary)
    if low is not None and high is not None:
        return salary_compact(salary, lang, currency) + " " + t("range_short", lang)
    if low is not None:
        return t("from_short", lang, value=compact(low, lang) + cur)
    assert high is not None
    return t("upto_short", lang, value=compact(high, lang) + cur)


def median_cell(salary: Salary | None, lang: Lang, currency: str = "") -> str:
    """A cell of a "median" column: the median ("160k", the currency when it is not the
    column's), else what the figure is, in the words `rank` uses for a role it cannot rank
    ("only 50-60k range"), else "no data"."""
    if salary is None:
        return t("no_data", lang)
    if salary.median is not None:
        return salary_compact(salary, lang, currency)
    return t("rank_unranked", lang, figure=salary_labelled(salary, lang, currency))


class PayColumns:
    """The pay columns of a table of roles, one kind of figure in each, as in `list`: the
    role-level median, then the group median (left out when no row has one). The currency
    goes in the headers when every figure has the same; each figure gets its note."""

    def __init__(
        self, region: str, figures: Sequence[tuple[Salary | None, Salary | None]], lang: Lang
    ) -> None:
        currencies = {s.currency for pair in figures for s in pair if s is not None}
        self.currency = currencies.pop() if len(currencies) == 1 else ""
        self.where = f"{region}, {self.currency}" if self.currency else region
        self.group = any(group is not None for _, group in figures)
        self.lang = lang

    def columns(self) -> list[Column]:
        columns = [Column(t("role_median_in", self.lang, region=self.where), justify="right")]
        if self.group:
            columns.append(
                Column(
                    t("group_median_in", self.lang, region=self.where),
                    justify="right",
                )
            )
        return columns

    def cells(self, role: Salary | None, group: Salary | None, notes: "Footnotes") -> list[str]:
        shown = [role, group] if self.group else [role]
        return [median_cell(s, self.lang, self.currency) + notes.mark(s) for s in shown]

    def notes(self) -> list[str]:
        """What the two kinds are, when both columns are shown."""
        return [t("pay_kinds_rule", self.lang)] if self.group else []


def us_role_cell(salary: Salary | None, lang: Lang, tags: "SourceTags") -> str:
    """A role-level figure for the "role (index, n)" column: "194k (7,064)"."""
    if salary is None:
        return t("no_data", lang)
    text = salary_compact(salary, lang, "USD")
    if salary.sample is not None:
        text += f" ({number(salary.sample, lang)})"
    return tags.cell(text, salary, "index")


def us_group_cell(salary: Salary | None, lang: Lang, tags: "SourceTags") -> str:
    """A group figure for the "group (BLS)" column, with its SOC code: "120k 15-2051"."""
    if salary is None:
        return t("no_data", lang)
    text = salary_compact(salary, lang, "USD")
    if salary.group is not None:
        text += " " + group_code(salary.group)
    return tags.cell(text, salary, "BLS")


def group_code(group: str) -> str:
    """The code of a group label ("SOC 15-2051 Data Scientists" -> "15-2051")."""
    parts = group.split()
    return parts[1] if len(parts) > 1 and parts[0] == "SOC" else group


class SourceTags:
    """Short source tags for table cells, each source explained once under the table.

    ``cell`` adds a tag (``BLS``, ``index``, ``M. Page 2022``) to a figure, unless the
    column's header already names that source; ``lines`` gives
    at most a few lines of notes. Per-row bases and full citations are ``--notes``.
    """

    def __init__(self, index: Index, lang: Lang) -> None:
        self.index = index
        self.lang = lang
        self.used: dict[str, None] = {}

    def tag(self, source_id: str) -> str:
        source = self.index.sources[source_id]
        self.used[source_id] = None
        return source.tag or source.short

    def cell(self, text: str, salary: Salary | None, header_tag: str | None = None) -> str:
        """A figure with its source's tag, left out when the column header already has it."""
        if salary is None:
            return text
        tag = self.tag(salary.source)
        return text if tag == header_tag else f"{text} {tag}"

    def lines(self, full_notes: bool = False) -> list[str]:
        """At most a few lines: what the index and group tags are, the publishers' notices,
        and where each figure's basis and citation are."""
        explained, others = [], False
        for source_id in self.used:
            source = self.index.sources[source_id]
            tag = source.tag or source.short
            # "BLS = BLS OEWS May 2025", but not "BLS OEWS 2025 = BLS OEWS 2025"
            named = source.short if tag == source.short else f"{tag} = {source.short}"
            if salary_kind(source) is SalaryKind.GROUP:
                explained.append(t("tag_group", self.lang, named=named))
            elif source.kind is SourceKind.INDEX:
                explained.append(t("tag_index", self.lang, named=named, n=MIN_SAMPLE))
            else:
                others = True
        out = [line + "." for line in explained]
        if self.used and not full_notes:
            out.append(t("notes_hint_others" if others else "notes_hint", self.lang))
        elif others:
            out.append(t("tag_others", self.lang))
        for source_id in sorted(self.used):
            notice = self.index.sources[source_id].notice
            if notice is not None:
                out.append(notice.get(self.lang))
        return out


def labelled(label: str, text: object, lang: Lang) -> str:
    """``label: text`` as the language writes it (``label : text`` in French)."""
    return t("labelled", lang, label=label, text=text)


def year_text(year: int | None, lang: Lang) -> str:
    """A year, or the language's mark for "no date" ("n.d.", "s. d.")."""
    return str(year) if year is not None else t("no_date", lang)


def level_bar(level: int) -> str:
    """A five-cell bar for a skill level: ``███░░``."""
    return LEVEL_FULL * level + LEVEL_EMPTY * (5 - level)


def pay_bar(salary: Salary, low: float, high: float, width: int = 24) -> str:
    """A salary's spread drawn on a common scale from ``low`` to ``high``.

    ``│─────●───────│`` runs from p10 (or low) to p90 (or high) with ● at the median;
    a figure with only a median is a lone ●.
    """
    span = high - low

    def at(value: float) -> int:
        return 0 if span <= 0 else round((value - low) / span * (width - 1))

    cells = [" "] * width
    start, end = spread(salary)
    if start is not None and end is not None:
        a, b = at(start), at(end)
        for i in range(a, b + 1):
            cells[i] = BAR_LINE
        cells[a] = cells[b] = BAR_END
    if salary.median is not None:
        cells[at(salary.median)] = BAR_MEDIAN
    return "".join(cells).rstrip()


def cited(source: Source, year: int | None, lang: Lang) -> str:
    """A source's short name with the figure's year, the year once ("BLS OEWS May 2025",
    "Michael Page, 2021")."""
    shown = year_text(year, lang)
    return source.short if shown in source.short else f"{source.short}, {shown}"


class Footnotes:
    """Numbered notes for figures whose source and basis a reader must see."""

    def __init__(self, index: Index, lang: Lang) -> None:
        self.index = index
        self.lang = lang
        self.notes: dict[str, int] = {}
        self.sources: set[str] = set()

    def mark(self, salary: Salary | None, on: bool = True) -> str:
        """A marker like ``[1]`` for a figure's source and basis ("" for no figure)."""
        if salary is None or not on:
            return ""
        source = self.index.sources[salary.source]
        self.sources.add(source.id)
        note = cited(source, salary.year, self.lang)
        if salary.sample is not None:
            note += f", n = {number(salary.sample, self.lang)}"
        if salary.group is not None:
            note += t("then", self.lang) + labelled(
                t("group", self.lang).lower(), salary.group, self.lang
            )
        if salary.basis is not None:
            basis = salary.basis.get(self.lang)
            note += t("then", self.lang) + labelled(t("basis", self.lang).lower(), basis, self.lang)
        number_ = self.notes.setdefault(note, len(self.notes) + 1)
        return f" [{number_}]"

    def lines(self) -> list[str]:
        out = [f"[{n}] {note}" for note, n in self.notes.items()]
        for source_id in sorted(self.sources):
            notice = self.index.sources[source_id].notice
            if notice is not None:
                out.append(notice.get(self.lang))
        return out


def dim(text: str) -> Styled:
    return Styled(text, "dim")
