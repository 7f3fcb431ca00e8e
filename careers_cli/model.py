"""The catalogue's typed model.

One definition drives three things: the Python objects the rest of the code uses, the
validation of a YAML catalogue (``validate.py``) and the JSON Schema that editors use
(``schema.py``). Each field carries its documentation and its rules in ``metadata``:

``doc``        what the field means (shown in the JSON Schema)
``min``/``max``  inclusive numeric bounds; ``gt``/``lt`` exclusive ones
``min_len``/``max_len``  bounds on a string's length
``pattern``    a regular expression a string must match in full
``ref``        the collection an id must exist in (``skills``, ``roles``, ...)
``min_items``  the fewest items a list may have
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"
SLUG_PATTERN = f"^{SLUG}$"
NAME_MAX = 120
ALIAS_MAX = 80
TEXT_MAX = 2000


def spec(doc: str, default: Any = dataclasses.MISSING, **rules: Any) -> Any:
    """A dataclass field with its documentation and validation rules."""
    if default is dataclasses.MISSING:
        return dataclasses.field(metadata={"doc": doc, **rules})
    return dataclasses.field(default=default, metadata={"doc": doc, **rules})


class Lang(StrEnum):
    """The two languages of every label."""

    EN = "en"
    FR = "fr"


class Importance(StrEnum):
    """How much a role needs a skill, as in ESCO."""

    ESSENTIAL = "essential"
    OPTIONAL = "optional"


class SkillCategory(StrEnum):
    """The families of the skills taxonomy."""

    PROGRAMMING = "programming"
    FRAMEWORK = "framework"
    TOOL = "tool"
    AI_METHODS = "ai-methods"
    MATH_STATISTICS = "math-statistics"
    DATA_INFRASTRUCTURE = "data-infrastructure"
    CLOUD_MLOPS = "cloud-mlops"
    ENGINEERING = "engineering"
    DOMAIN = "domain"
    RESEARCH = "research"
    HUMAN_ETHICS = "human-ethics"
    BUSINESS = "business"


TOOL_CATEGORIES = frozenset({SkillCategory.FRAMEWORK, SkillCategory.TOOL})


class Degree(StrEnum):
    """The typical highest degree for a role."""

    NONE = "none"
    VOCATIONAL = "vocational"
    BACHELOR = "bachelor"
    MASTER = "master"
    PHD = "phd"


class Period(StrEnum):
    """What a salary figure covers."""

    ANNUAL = "annual"
    MONTHLY = "monthly"
    HOURLY = "hourly"


class Pay(StrEnum):
    """Whether a salary figure is before or after deductions."""

    GROSS = "gross"
    NET = "net"
    UNSTATED = "unstated"


class Experience(StrEnum):
    """The experience level a salary figure is for."""

    ALL = "all"
    ENTRY = "entry"
    MID = "mid"
    SENIOR = "senior"
    RANGE = "range"  # the figure runs from entry (low) to experienced (high)


class SourceKind(StrEnum):
    """How much weight a source can bear (see docs/catalogue.md)."""

    OFFICIAL = "official"  # a national statistics office or classification
    SURVEY = "survey"  # a recruiter's or institute's salary survey
    INDEX = "index"  # a large open data set of reported salaries
    AGGREGATOR = "aggregator"  # self-reported or job-ad data
    CAREER_GUIDE = "career-guide"  # schools, career sites
    BLOG = "blog"  # no method stated
    ARTICLE = "article"  # the seed article and other texts we take roles from


CURRENCIES = frozenset(
    "USD EUR GBP CHF CAD AUD JPY CNY INR SEK NOK DKK PLN CZK HUF RON BRL SGD HKD NZD ZAR".split()
)


@dataclass(frozen=True, slots=True)
class Text:
    """A label or a text in English and in French."""

    en: str = spec("English text", min_len=1, max_len=TEXT_MAX)
    fr: str = spec("French text", min_len=1, max_len=TEXT_MAX)

    def get(self, lang: Lang | str) -> str:
        return self.fr if lang == Lang.FR else self.en


@dataclass(frozen=True, slots=True)
class Name:
    """A short name in English and in French."""

    en: str = spec("English name", min_len=1, max_len=NAME_MAX)
    fr: str = spec("French name", min_len=1, max_len=NAME_MAX)

    def get(self, lang: Lang | str) -> str:
        return self.fr if lang == Lang.FR else self.en


@dataclass(frozen=True, slots=True)
class TextList:
    """A list of short texts, the same items in English and in French."""

    en: tuple[str, ...] = spec("English items", min_items=1, item_max_len=TEXT_MAX)
    fr: tuple[str, ...] = spec(
        "French items, in the same order", min_items=1, item_max_len=TEXT_MAX
    )

    def get(self, lang: Lang | str) -> tuple[str, ...]:
        return self.fr if lang == Lang.FR else self.en


@dataclass(frozen=True, slots=True)
class Source:
    """Where a figure, a code or a fact comes from."""

    id: str = spec("Unique id (slug)", pattern=SLUG_PATTERN, max_len=ALIAS_MAX)
    title: str = spec("Title of the document or data set", min_len=1, max_len=400)
    publisher: str = spec("Who publishes it", min_len=1, max_len=200)
    short: str = spec("A short label for table notes (BLS OEWS May 2025)", min_len=1, max_len=60)
    kind: SourceKind = spec("How much weight it bears")
    year: int | None = spec(
        "Year of publication or of the data (null: not known)", None, min=1900, max=2100
    )
    address: str | None = spec(
        "Where to read it (URL; null: not known)", None, pattern=r"^https?://\S+$", max_len=500
    )
    licence: str | None = spec("Licence of the data, when stated", None, max_len=200)
    notice: Text | None = spec("A notice the publisher asks re-users to show", None)
    note: Text | None = spec("What we took from it and how", None)


@dataclass(frozen=True, slots=True)
class Family:
    """A group of roles (the seed article has three)."""

    id: str = spec("Unique id (slug)", pattern=SLUG_PATTERN, max_len=ALIAS_MAX)
    name: Name = spec("Name")
    description: Text = spec("What the roles of this family have in common")


@dataclass(frozen=True, slots=True)
class Related:
    """A skill that earns partial credit for another."""

    skill: str = spec("The related skill's id", ref="skills")
    weight: float = spec("Partial credit, strictly between 0 and 1", gt=0.0, lt=1.0)


@dataclass(frozen=True, slots=True)
class Skill:
    """One skill of the taxonomy (a language, a framework, a method, a domain...)."""

    id: str = spec("Unique id (slug)", pattern=SLUG_PATTERN, max_len=ALIAS_MAX)
    name: Name = spec("Name")
    category: SkillCategory = spec("Category")
    aliases: tuple[str, ...] = spec(
        "Other names people type, in either language (sklearn, k8s, apprentissage automatique)",
        (),
        item_min_len=1,
        item_max_len=ALIAS_MAX,
    )
    related: tuple[Related, ...] = spec("Skills that earn partial credit for this one", ())
    prerequisites: tuple[str, ...] = spec("Skills to learn before this one", (), ref="skills")
    esco: str | None = spec(
        "ESCO skill URI",
        None,
        pattern=r"^http://data\.europa\.eu/esco/(skill|isced-f)/[0-9a-z-]+$",
    )
    description: Text | None = spec("What the skill covers", None)


@dataclass(frozen=True, slots=True)
class Application:
    """An application domain where the catalogue's roles work."""

    id: str = spec("Unique id (slug)", pattern=SLUG_PATTERN, max_len=ALIAS_MAX)
    name: Name = spec("Name")
    description: Text = spec("What the domain is")
    aliases: tuple[str, ...] = spec(
        "Other names, in either language", (), item_min_len=1, item_max_len=ALIAS_MAX
    )
    tools: tuple[str, ...] = spec("Skills typical of the domain", (), ref="skills")
    sources: tuple[str, ...] = spec("Where the facts come from", (), ref="sources")


@dataclass(frozen=True, slots=True)
class RoleSkill:
    """A skill a role needs, with how much and at what level."""

    skill: str = spec("Skill id", ref="skills")
    importance: Importance = spec("essential or optional (as in ESCO)")
    level: int = spec(
        "Level needed, 1 (awareness) to 5 (expert); see docs/catalogue.md", min=1, max=5
    )


@dataclass(frozen=True, slots=True)
class Education:
    """The typical education for a role."""

    degree: Degree = spec("Typical highest degree")
    phd_common: bool = spec("Whether many holders of the role have a doctorate")
    fields: Text | None = spec("Typical fields of study", None)
    note: Text | None = spec("Anything else worth knowing", None)


@dataclass(frozen=True, slots=True)
class Salary:
    """One sourced salary figure for a role in one region."""

    region: str = spec(
        "Country code (ISO 3166-1 alpha-2; UK and EU accepted)", pattern=r"^[A-Z]{2}$"
    )
    currency: str = spec("ISO 4217 currency code", pattern=r"^[A-Z]{3}$")
    period: Period = spec("annual, monthly or hourly; never converted silently")
    pay: Pay = spec("gross, net or unstated")
    source: str = spec("Source id", ref="sources")
    measure: Text = spec("What the figure measures, in words")
    experience: Experience = spec("Experience level the figure is for")
    year: int | None = spec(
        "Year of the data (null: the source gives none)", None, min=1990, max=2100
    )
    p10: float | None = spec("10th percentile", None, gt=0)
    p25: float | None = spec("25th percentile", None, gt=0)
    median: float | None = spec("Median (or the source's central figure)", None, gt=0)
    p75: float | None = spec("75th percentile", None, gt=0)
    p90: float | None = spec("90th percentile", None, gt=0)
    low: float | None = spec("Low end of a range", None, gt=0)
    high: float | None = spec("High end of a range", None, gt=0)
    sample: int | None = spec("Number of observations, when the source gives it", None, min=1)
    basis: Text | None = spec(
        "When the figure is for a broader group or a neighbouring title, which one", None
    )


@dataclass(frozen=True, slots=True)
class Demand:
    """A sourced measure of how many people hold or are sought for a role."""

    region: str = spec("Country code", pattern=r"^[A-Z]{2}$")
    measure: Text = spec("What is counted (employment, job ads...)")
    value: int = spec("The count", min=0)
    year: int = spec("Year of the data", min=1990, max=2100)
    source: str = spec("Source id", ref="sources")
    basis: Text | None = spec("When the count is for a broader group, which one", None)


@dataclass(frozen=True, slots=True)
class Code:
    """One official classification code for a role."""

    code: str = spec("The code (15-2051.00, 2511, M1405, an ESCO URI)", min_len=1, max_len=200)
    label: str = spec("The classification's own title for the code", min_len=1, max_len=300)
    source: str = spec("Source id", ref="sources")
    closest: bool = spec("True when no dedicated code exists and this is the nearest", False)
    note: Text | None = spec("Why this code", None)


@dataclass(frozen=True, slots=True)
class Codes:
    """A role's codes in the four classifications."""

    soc: tuple[Code, ...] = spec("U.S. SOC 2018 / O*NET-SOC codes", ())
    isco: tuple[Code, ...] = spec("ISCO-08 unit groups", ())
    esco: tuple[Code, ...] = spec("ESCO occupation URIs", ())
    rome: tuple[Code, ...] = spec("France Travail ROME 4.0 codes", ())


@dataclass(frozen=True, slots=True)
class Role:
    """One AI role."""

    id: str = spec("Unique id (slug)", pattern=SLUG_PATTERN, max_len=ALIAS_MAX)
    name: Name = spec("Name")
    family: str = spec("Family id", ref="families")
    summary: Text = spec("What the role is, in a few sentences")
    missions: TextList = spec("What the role does, item by item")
    skills: tuple[RoleSkill, ...] = spec("Skills the role needs", min_items=1)
    education: Education = spec("Typical education")
    aliases: tuple[str, ...] = spec(
        "Other names, in either language", (), item_min_len=1, item_max_len=ALIAS_MAX
    )
    tools: tuple[str, ...] = spec(
        "Tools and frameworks (skill ids of category tool or framework)", (), ref="skills"
    )
    applications: tuple[str, ...] = spec("Application domains", (), ref="applications")
    salaries: tuple[Salary, ...] = spec("Sourced salary figures", ())
    salary_note: Text | None = spec(
        "Why a region has no figure, or what to keep in mind when reading them", None
    )
    demand: tuple[Demand, ...] = spec("Sourced demand figures", ())
    codes: Codes = spec("Classification codes", Codes())
    related: tuple[str, ...] = spec("Neighbouring roles", (), ref="roles")
    sources: tuple[str, ...] = spec("Sources of the description", (), ref="sources")


@dataclass(frozen=True, slots=True)
class Catalogue:
    """A whole catalogue file."""

    schema_version: int = spec("Version of this schema (1)", min=1, max=1)
    sources: tuple[Source, ...] = spec("Sources", min_items=1)
    families: tuple[Family, ...] = spec("Families of roles", min_items=1)
    skills: tuple[Skill, ...] = spec("The skills taxonomy", min_items=1)
    roles: tuple[Role, ...] = spec("Roles", min_items=1)
    applications: tuple[Application, ...] = spec("Application domains", ())
    title: Name | None = spec("Title of the catalogue", None)
    updated: str | None = spec(
        "Date of the last revision (YYYY-MM-DD)", None, pattern=r"^\d{4}-\d{2}-\d{2}$"
    )


#: The top-level collections whose items have an ``id`` that others refer to.
COLLECTIONS: dict[str, type] = {
    "sources": Source,
    "families": Family,
    "skills": Skill,
    "applications": Application,
    "roles": Role,
}
