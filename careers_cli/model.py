"""The catalogue's typed model.

One definition drives three things: the Python objects the rest of the code uses, the
validation of a YAML catalogue (``validate.py``) and the JSON Schema that editors use
(``schema.py``). The classes are ``NamedTuple``s (cheap to define at start-up and to
build from the cache); each field carries its documentation and rules in ``Annotated``
with :func:`spec`:

``doc``        what the field means (shown in the JSON Schema)
``min``/``max``  inclusive numeric bounds; ``gt``/``lt`` exclusive ones
``min_len``/``max_len``  bounds on a string's length
``pattern``    a regular expression a string must match in full
``ref``        the collection an id must exist in (``skills``, ``roles``, ...)
``min_items``  the fewest items a list may have
"""

from enum import StrEnum
from typing import Annotated, Any, NamedTuple, get_type_hints

from careers_cli.choices import Degree as Degree
from careers_cli.choices import Lang as Lang
from careers_cli.choices import SalaryKind as SalaryKind
from careers_cli.choices import Seniority as Seniority
from careers_cli.choices import SkillCategory as SkillCategory

SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"
SLUG_PATTERN = f"^{SLUG}$"
NAME_MAX = 120
ALIAS_MAX = 80
TEXT_MAX = 2000


class Spec:
    """A field's documentation and validation rules (kept in ``Annotated``)."""

    __slots__ = ("doc", "rules")

    def __init__(self, doc: str, rules: dict[str, Any]) -> None:
        self.doc = doc
        self.rules = rules

    def __repr__(self) -> str:
        return f"Spec({self.doc!r}, {self.rules!r})"


def spec(doc: str, **rules: Any) -> Spec:
    """Documentation and rules for a field: ``Annotated[int, spec("Level", min=1)]``."""
    return Spec(doc, rules)


class FieldInfo(NamedTuple):
    """One field of a model class, as the validator, the schema and the cache see it."""

    name: str
    type: Any  # the annotation without its Spec
    spec: Spec
    required: bool
    default: Any


_FIELDS: dict[type, list[FieldInfo]] = {}


def fields_of(cls: type) -> list[FieldInfo]:
    """The fields of a model class, in order (computed once per class)."""
    found = _FIELDS.get(cls)
    if found is None:
        hints = get_type_hints(cls, include_extras=True)
        defaults: dict[str, Any] = getattr(cls, "_field_defaults", {})
        found = []
        for name in getattr(cls, "_fields", ()):
            hint = hints[name]
            meta = [m for m in getattr(hint, "__metadata__", ()) if isinstance(m, Spec)]
            base = hint.__origin__ if meta else hint
            found.append(
                FieldInfo(
                    name,
                    base,
                    meta[0] if meta else Spec("", {}),
                    name not in defaults,
                    defaults.get(name),
                )
            )
        _FIELDS[cls] = found
    return found


def is_model(tp: Any) -> bool:
    """Whether a type is one of the model's record classes."""
    return isinstance(tp, type) and issubclass(tp, tuple) and hasattr(tp, "_fields")


class Importance(StrEnum):
    """How much a role needs a skill, as in ESCO."""

    ESSENTIAL = "essential"
    OPTIONAL = "optional"


TOOL_CATEGORIES = frozenset({SkillCategory.FRAMEWORK, SkillCategory.TOOL})


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


#: The fewest rows an index figure (aijobs.net) may come from.
MIN_SAMPLE = 20


CURRENCIES = frozenset(
    "USD EUR GBP CHF CAD AUD JPY CNY INR SEK NOK DKK PLN CZK HUF RON BRL SGD HKD NZD ZAR".split()
)


class Text(NamedTuple):
    """A label or a text in English and in French."""

    en: Annotated[str, spec("English text", min_len=1, max_len=TEXT_MAX)]
    fr: Annotated[str, spec("French text", min_len=1, max_len=TEXT_MAX)]

    def get(self, lang: Lang | str) -> str:
        return self.fr if lang == Lang.FR else self.en


class Name(NamedTuple):
    """A short name in English and in French."""

    en: Annotated[str, spec("English name", min_len=1, max_len=NAME_MAX)]
    fr: Annotated[str, spec("French name", min_len=1, max_len=NAME_MAX)]

    def get(self, lang: Lang | str) -> str:
        return self.fr if lang == Lang.FR else self.en


class TextList(NamedTuple):
    """A list of short texts, the same items in English and in French."""

    en: Annotated[tuple[str, ...], spec("English items", min_items=1, item_max_len=TEXT_MAX)]
    fr: Annotated[
        tuple[str, ...], spec("French items, in the same order", min_items=1, item_max_len=TEXT_MAX)
    ]

    def get(self, lang: Lang | str) -> tuple[str, ...]:
        return self.fr if lang == Lang.FR else self.en


#: The longest publisher or licence, in either language.
LABEL_MAX = 200


class Label(NamedTuple):
    """A short label in English and in French; a plain string is the same in both."""

    en: Annotated[str, spec("English label", min_len=1, max_len=LABEL_MAX)]
    fr: Annotated[str, spec("French label", min_len=1, max_len=LABEL_MAX)]

    def get(self, lang: Lang | str) -> str:
        return self.fr if lang == Lang.FR else self.en


class Source(NamedTuple):
    """Where a figure, a code or a fact comes from."""

    id: Annotated[str, spec("Unique id (slug)", pattern=SLUG_PATTERN, max_len=ALIAS_MAX)]
    title: Annotated[str, spec("Title of the document or data set", min_len=1, max_len=400)]
    publisher: Annotated[Label, spec("Who publishes it")]
    short: Annotated[
        str, spec("A short label for table notes (BLS OEWS May 2025)", min_len=1, max_len=60)
    ]
    kind: Annotated[SourceKind, spec("How much weight it bears")]
    year: Annotated[
        int | None, spec("Year of publication or of the data (null: not known)", min=1900, max=2100)
    ] = None
    salary_kind: Annotated[
        SalaryKind | None,
        spec(
            "For a source of salary figures: role (a survey or index of the job title) or "
            "group (an official occupation group such as a BLS SOC group); "
            "default: group for an official source, else role"
        ),
    ] = None
    tag: Annotated[
        str | None, spec("A very short tag for table cells (BLS, index, Apec 2024)", max_len=16)
    ] = None
    address: Annotated[
        str | None,
        spec("Where to read it (URL; null: not known)", pattern=r"^https?://\S+$", max_len=500),
    ] = None
    licence: Annotated[Label | None, spec("Licence of the data, when stated")] = None
    notice: Annotated[Text | None, spec("A notice the publisher asks re-users to show")] = None
    note: Annotated[Text | None, spec("What we took from it and how")] = None


def salary_kind(source: Source) -> SalaryKind:
    """The kind of the salaries a source gives: its ``salary_kind``, else group for an
    official statistics source and role for any other."""
    if source.salary_kind is not None:
        return source.salary_kind
    return SalaryKind.GROUP if source.kind is SourceKind.OFFICIAL else SalaryKind.ROLE


class Family(NamedTuple):
    """A group of roles (the seed article has three)."""

    id: Annotated[str, spec("Unique id (slug)", pattern=SLUG_PATTERN, max_len=ALIAS_MAX)]
    name: Annotated[Name, spec("Name")]
    description: Annotated[Text, spec("What the roles of this family have in common")]
    short: Annotated[Name | None, spec("A short name for narrow tables")] = None


class Related(NamedTuple):
    """A skill that earns partial credit for another."""

    skill: Annotated[str, spec("The related skill's id", ref="skills")]
    weight: Annotated[float, spec("Partial credit, strictly between 0 and 1", gt=0.0, lt=1.0)]


class Skill(NamedTuple):
    """One skill of the taxonomy (a language, a framework, a method, a domain...)."""

    id: Annotated[str, spec("Unique id (slug)", pattern=SLUG_PATTERN, max_len=ALIAS_MAX)]
    name: Annotated[Name, spec("Name")]
    category: Annotated[SkillCategory, spec("Category")]
    aliases: Annotated[
        tuple[str, ...],
        spec(
            "Other names people type, in either language (sklearn, k8s, apprentissage automatique)",
            item_min_len=1,
            item_max_len=ALIAS_MAX,
        ),
    ] = ()
    related: Annotated[
        tuple[Related, ...], spec("Skills that earn partial credit for this one")
    ] = ()
    prerequisites: Annotated[
        tuple[str, ...], spec("Skills to learn before this one", ref="skills")
    ] = ()
    implies: Annotated[
        tuple[str, ...],
        spec(
            "Skills a text naming this one asks for too (Apache Spark: large-scale data"
            " processing), found with it in CVs and job ads",
            ref="skills",
        ),
    ] = ()
    esco: Annotated[
        str | None,
        spec(
            "ESCO skill URI", pattern=r"^http://data\.europa\.eu/esco/(skill|isced-f)/[0-9a-z-]+$"
        ),
    ] = None
    description: Annotated[Text | None, spec("What the skill covers")] = None
    hot: Annotated[
        bool,
        spec("O*NET hot technology: often named in employers' job postings (imported tools)"),
    ] = False


class Application(NamedTuple):
    """An application domain where the catalogue's roles work."""

    id: Annotated[str, spec("Unique id (slug)", pattern=SLUG_PATTERN, max_len=ALIAS_MAX)]
    name: Annotated[Name, spec("Name")]
    description: Annotated[Text, spec("What the domain is")]
    aliases: Annotated[
        tuple[str, ...],
        spec("Other names, in either language", item_min_len=1, item_max_len=ALIAS_MAX),
    ] = ()
    tools: Annotated[tuple[str, ...], spec("Skills typical of the domain", ref="skills")] = ()
    sources: Annotated[tuple[str, ...], spec("Where the facts come from", ref="sources")] = ()


class RoleSkill(NamedTuple):
    """A skill a role needs, with how much and at what level."""

    skill: Annotated[str, spec("Skill id", ref="skills")]
    importance: Annotated[Importance, spec("essential or optional (as in ESCO)")]
    level: Annotated[
        int, spec("Level needed, 1 (awareness) to 5 (expert); see docs/catalogue.md", min=1, max=5)
    ]


class Education(NamedTuple):
    """The typical education for a role."""

    degree: Annotated[Degree, spec("Typical highest degree")]
    phd_common: Annotated[bool, spec("Whether many holders of the role have a doctorate")]
    fields: Annotated[Text | None, spec("Typical fields of study")] = None
    note: Annotated[Text | None, spec("Anything else worth knowing")] = None


class Salary(NamedTuple):
    """One sourced salary figure for a role in one region."""

    region: Annotated[
        str, spec("Country code (ISO 3166-1 alpha-2; UK and EU accepted)", pattern=r"^[A-Z]{2}$")
    ]
    currency: Annotated[str, spec("ISO 4217 currency code", pattern=r"^[A-Z]{3}$")]
    period: Annotated[Period, spec("annual, monthly or hourly; never converted silently")]
    pay: Annotated[Pay, spec("gross, net or unstated")]
    source: Annotated[str, spec("Source id", ref="sources")]
    measure: Annotated[Text, spec("What the figure measures, in words")]
    experience: Annotated[Experience, spec("Experience level the figure is for")]
    year: Annotated[
        int | None, spec("Year of the data (null: the source gives none)", min=1990, max=2100)
    ] = None
    p10: Annotated[float | None, spec("10th percentile", gt=0)] = None
    p25: Annotated[float | None, spec("25th percentile", gt=0)] = None
    median: Annotated[float | None, spec("Median (never a mean: see mean)", gt=0)] = None
    p75: Annotated[float | None, spec("75th percentile", gt=0)] = None
    p90: Annotated[float | None, spec("90th percentile", gt=0)] = None
    low: Annotated[float | None, spec("Low end of a range", gt=0)] = None
    high: Annotated[float | None, spec("High end of a range", gt=0)] = None
    mean: Annotated[float | None, spec("Mean (average), when the source gives no median", gt=0)] = (
        None
    )
    sample: Annotated[
        int | None, spec("Number of observations, when the source gives it", min=1)
    ] = None
    basis: Annotated[
        Text | None,
        spec("When the figure is for a broader group or a neighbouring title, which one"),
    ] = None
    label: Annotated[
        Name | None,
        spec("A few words shown beside the figure in tables when it is not what the role suggests"),
    ] = None
    group: Annotated[
        str | None,
        spec(
            "For a group figure: the official group it covers (SOC 15-2051 Data Scientists)",
            min_len=1,
            max_len=120,
        ),
    ] = None


class Demand(NamedTuple):
    """A sourced measure of how many people hold or are sought for a role."""

    region: Annotated[str, spec("Country code", pattern=r"^[A-Z]{2}$")]
    measure: Annotated[Text, spec("What is counted (employment, job ads...)")]
    value: Annotated[int, spec("The count", min=0)]
    year: Annotated[int, spec("Year of the data", min=1990, max=2100)]
    source: Annotated[str, spec("Source id", ref="sources")]
    basis: Annotated[Text | None, spec("When the count is for a broader group, which one")] = None


class Code(NamedTuple):
    """One official classification code for a role."""

    code: Annotated[
        str, spec("The code (15-2051.00, 2511, M1405, an ESCO URI)", min_len=1, max_len=200)
    ]
    label: Annotated[
        str, spec("The classification's own title for the code", min_len=1, max_len=300)
    ]
    source: Annotated[str, spec("Source id", ref="sources")]
    closest: Annotated[bool, spec("True when no dedicated code exists and this is the nearest")] = (
        False
    )
    note: Annotated[Text | None, spec("Why this code")] = None


class Codes(NamedTuple):
    """A role's codes in the four classifications."""

    soc: Annotated[tuple[Code, ...], spec("U.S. SOC 2018 / O*NET-SOC codes")] = ()
    isco: Annotated[tuple[Code, ...], spec("ISCO-08 unit groups")] = ()
    esco: Annotated[tuple[Code, ...], spec("ESCO occupation URIs")] = ()
    rome: Annotated[tuple[Code, ...], spec("France Travail ROME 4.0 codes")] = ()


class Role(NamedTuple):
    """One AI role."""

    id: Annotated[str, spec("Unique id (slug)", pattern=SLUG_PATTERN, max_len=ALIAS_MAX)]
    name: Annotated[Name, spec("Name")]
    family: Annotated[str, spec("Family id", ref="families")]
    summary: Annotated[Text, spec("What the role is, in a few sentences")]
    missions: Annotated[TextList, spec("What the role does, item by item")]
    skills: Annotated[tuple[RoleSkill, ...], spec("Skills the role needs", min_items=1)]
    education: Annotated[Education, spec("Typical education")]
    aliases: Annotated[
        tuple[str, ...],
        spec("Other names, in either language", item_min_len=1, item_max_len=ALIAS_MAX),
    ] = ()
    tools: Annotated[
        tuple[str, ...],
        spec("Tools and frameworks (skill ids of category tool or framework)", ref="skills"),
    ] = ()
    applications: Annotated[tuple[str, ...], spec("Application domains", ref="applications")] = ()
    salaries: Annotated[tuple[Salary, ...], spec("Sourced salary figures")] = ()
    salary_note: Annotated[
        Text | None, spec("Why a region has no figure, or what to keep in mind when reading them")
    ] = None
    demand: Annotated[tuple[Demand, ...], spec("Sourced demand figures")] = ()
    codes: Annotated[Codes, spec("Classification codes")] = Codes()
    related: Annotated[tuple[str, ...], spec("Neighbouring roles", ref="roles")] = ()
    sources: Annotated[tuple[str, ...], spec("Sources of the description", ref="sources")] = ()


class Catalogue(NamedTuple):
    """A whole catalogue file."""

    schema_version: Annotated[int, spec("Version of this schema (1)", min=1, max=1)]
    sources: Annotated[tuple[Source, ...], spec("Sources", min_items=1)]
    families: Annotated[tuple[Family, ...], spec("Families of roles", min_items=1)]
    skills: Annotated[tuple[Skill, ...], spec("The skills taxonomy", min_items=1)]
    roles: Annotated[tuple[Role, ...], spec("Roles", min_items=1)]
    applications: Annotated[tuple[Application, ...], spec("Application domains")] = ()
    title: Annotated[Name | None, spec("Title of the catalogue")] = None
    updated: Annotated[
        str | None, spec("Date of the last revision (YYYY-MM-DD)", pattern=r"^\d{4}-\d{2}-\d{2}$")
    ] = None


#: The top-level collections whose items have an ``id`` that others refer to.
COLLECTIONS: dict[str, type] = {
    "sources": Source,
    "families": Family,
    "skills": Skill,
    "applications": Application,
    "roles": Role,
}
