"""The fixed choices of command options, as enums.

They live apart from the modules that use them (``model``, ``explore``, ``matching``,
``render``) so that the command line can name them in its option types without
importing those modules: ``careers --help`` then loads none of the core. ``model`` and
``render`` give the same names.
"""

from enum import StrEnum

from careers_cli.lang import Lang as Lang  # defined with the run's language


class Measure(StrEnum):
    """Which figure of a salary a ranking or a filter uses."""

    MEDIAN = "median"
    P10 = "p10"
    P90 = "p90"
    LOW = "low"
    HIGH = "high"


class SortKey(StrEnum):
    """Orders for `careers list --sort`."""

    CATALOGUE = "catalogue"
    NAME = "name"
    FAMILY = "family"
    SALARY = "salary"
    SKILLS = "skills"


class RankBy(StrEnum):
    """What `careers rank` orders roles by."""

    SALARY = "salary"
    DEMAND = "demand"
    SKILLS = "skills"


class ShowSection(StrEnum):
    """The parts of ``careers show --section`` (see views/sections.py)."""

    SUMMARY = "summary"
    SKILLS = "skills"
    PAY = "pay"
    CODES = "codes"
    RELATED = "related"


class Goal(StrEnum):
    """What `careers next` optimises."""

    SCORE = "score"  # raise the average of your best scores
    ROLES = "roles"  # unlock the most roles above the threshold
    PAY = "pay"  # raise your scores on the best-paid roles


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
    # The broad skill types of imported taxonomies (ESCO skill types, O*NET descriptors)
    KNOWLEDGE = "knowledge"
    COMPETENCE = "competence"


class Degree(StrEnum):
    """The typical highest degree for a role."""

    NONE = "none"
    VOCATIONAL = "vocational"
    BACHELOR = "bachelor"
    MASTER = "master"
    PHD = "phd"


class Format(StrEnum):
    """The formats every data command can print."""

    TABLE = "table"
    JSON = "json"
    CSV = "csv"
    MARKDOWN = "markdown"


class Seniority(StrEnum):
    """The levels `careers rank --experience` accepts (the index's entry, mid and senior)."""

    ENTRY = "entry"
    MID = "mid"
    SENIOR = "senior"


class SalaryKind(StrEnum):
    """What a salary figure describes (README, "Pay"): never two kinds in one ranking."""

    ROLE = "role"  # a survey or index of the job title itself
    GROUP = "group"  # an official occupation group (BLS OEWS), broader than the role


class By(StrEnum):
    """How `careers match` orders roles."""

    READINESS = "readiness"  # how ready you are: the score
    FIT = "fit"  # which role you resemble
