"""Skills found in free text: a CV or a job ad, in English or French.

The finder's cost grows linearly with the text: the words are cut and folded with
whole-list operations (each distinct word folded once) and names are looked for only where
one may start; a long text is read piece by piece, each distinct piece with the same words
around it once (:func:`find_skills`; ``bench/slow_paths.py`` times the command, and the
README's "Slow paths" gives the figures):

* names and aliases of the catalogue's skills are matched on whole words, longest first,
  ignoring case, accents and a plural ``s`` (``code reviews``, ``analyses de données``);
* a name of several words is read within one stretch between commas, colons and brackets
  ("data, analytics and AI" does not name data analytics);
* a phrase shared by two coordinated words counts for both ("la qualité et la sécurité
  des données" names data quality and data security; "supervised and unsupervised
  learning" both kinds of learning; "la qualité et la cohérence des données" data
  quality);
* a long name misspelt by one doubled, dropped or swapped letter still counts
  ("numpyy", "tensroflow"), unless the word is one the catalogue itself uses
  ("detection" is no slip of "detectron") or is written with accents ("financée"); a
  word with a capital inside, as a product's own name is ("PostgresML"), is no changed
  letter away from another name;
* names that are everyday words, letters or acronyms (R, Go, C, BI, Spark...) count only
  in their usual spelling (or, for some, lower case or capitals) and next to another
  skill or a word such as "language" or "programming";
* web addresses (github.com), someone's page ("our GitHub page", "notre page GitHub"),
  team names ("our MLOps team", "l'équipe Data", "teams like
  Finance, Product Management"), job titles ("product owner") and a few
  known traps ("ML algorithms", "perception algorithms": kinds of algorithm, not the
  algorithms course; "vie professionnelle et vie privée": work-life balance) do not count;
* a legal notice to applicants (equal opportunity, accommodation, fraudulent offers,
  applicants' personal data: "CCPA Notice at Collection for ... Applicants", "égalité des
  chances") names nothing asked, with or without a heading;
* a degree's subjects, the candidate's interests and a lab's own research areas ("le
  laboratoire développe ses recherches autour de ...", "our research spans ...") name
  nothing asked; nor does a site named as a place ("available on GitHub") or as a
  profile to send ("un CV / github / linkedin"), nor a file's name ("…_LLM_2024.pdf");
* two verbs share their object ("nettoyer et organiser les données"); a word of
  collaborating counts for "stakeholders" further away (:data:`FAR_WINDOW`);
* a skill found implies those its catalogue entry lists in ``implies`` (Apache Spark:
  large-scale data processing), named by the same words, at the same level;
* a level cue near the name gives the level (see :data:`LEVEL_CUES`), else level 3.

:func:`roles_named` reads the other thing a careful reader looks at first: the role a job
ad names in its title (the catalogue's role names and aliases among the first
:data:`TITLE_WORDS` words, and the role singled out by a skill that is the title's
speciality: "SLAM Engineer"), then where it says whom it hires ("we are seeking a ...").
"""

from __future__ import annotations

import bisect
import itertools
import os
import pickle
import re
import signal
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator
from typing import TYPE_CHECKING, NamedTuple, TypeVar, cast

from careers_cli.text import fold

if TYPE_CHECKING:
    from careers_cli.catalogue import Index

DEFAULT_LEVEL = 3

# Names that are also everyday words or single letters: found only in the spellings
# listed (the first is the usual one) and near another skill or a word of CONTEXT_WORDS.
CASED: dict[str, tuple[str, ...]] = {
    "r": ("R",),
    "go": ("Go",),
    "c": ("C",),
    "excel": ("Excel", "EXCEL"),
    "spark": ("Spark", "spark", "SPARK"),
    "ray": ("Ray",),
    "rag": ("RAG",),
    "jax": ("JAX", "Jax", "jax"),
    "dbt": ("dbt", "DBT", "Dbt"),
    "git": ("Git", "git", "GIT"),
    "airflow": ("Airflow", "airflow"),
    "looker": ("Looker",),
    "tableau": ("Tableau",),
    "linux": ("Linux", "linux", "LINUX"),
    "sas": ("SAS",),
    "bash": ("Bash", "bash"),
    "redshift": ("Redshift",),  # a galaxy's redshift
    "terraform": ("Terraform", "terraform"),
    "ros": ("ROS",),
    "slurm": ("Slurm", "slurm", "SLURM"),
    "rust": ("Rust",),
    "julia": ("Julia",),
    "swift": ("Swift",),
    "ir": ("IR",),
    "bi": ("BI",),  # "(bi)monthly", "bi-weekly"
    "s3": ("S3",),  # a semester, a file name
}
CONTEXT_WORDS = frozenset(
    "language languages langage langages programming programmation code coding developer "
    "developers developpeur developpeurs developpement development golang rstudio cran "
    "tidyverse ggplot shiny stack skills competences technologies outil outils tool tools".split()
)
CONTEXT_WINDOW = 6  # words on each side
# The words right before a name that ask for it as a skill ("experience with ROS",
# "maîtrise de Spark"): context enough for a name that is an everyday word.
ASKED_BEFORE = frozenset(
    "experience with|knowledge of|proficiency in|proficient in|expertise in|familiarity with"
    "|experience en|experience avec|maitrise de|maitrise du|connaissance de|connaissances en"
    "|connaissance du|connaissances de".split("|")
)

# Names that count only with a word of their own context in the same clause, close by.
NEEDS: dict[str, frozenset[str]] = {
    "audit": frozenset(
        "model models modele modeles ai ia algorithm algorithms algorithme algorithmes "
        "algorithmique bias biais fairness equite compliance conformite risk risks risque "
        "risques act rgpd gdpr governance gouvernance".split()
    ),
}
NEEDS["auditing"] = NEEDS["audit"]
# "collaborate with key stakeholders" asks for stakeholder management; "our platform
# serves business stakeholders" does not.
NEEDS["stakeholder"] = frozenset(
    "collaborate collaborating collaboration collaborative work working partner partnering engage "
    "engaging interact interacting liaise align aligning manage managing communicate "
    "communicating collaborer collaborez travailler travaillez gerer communiquer "
    "echanger echangez accompagner".split()
)
NEEDS["parties prenantes"] = NEEDS["stakeholder"]
# "annotate images", "annoter les entrées du dictionnaire" is labelling data; "annotate
# your code with type hints" is not
NEEDS.update(
    dict.fromkeys(
        "annotate annotating annoter".split(),
        frozenset(
            "data donnees dataset datasets corpus image images video videos audio text texts "
            "texte textes example examples exemple exemples sample samples echantillon "
            "echantillons entree entrees label labels dialogue dialogues".split()
        ),
    )
)
# "deploy predictive machine learning models", "evaluating state-of-the-art NLP models",
# "validate our credit models", "optimiser des modèles d'IA" ask for MLOps, model
# evaluation and model optimisation; "we deploy our platform", "performance evaluation",
# "validate invoices", "optimize our queries" do not: the verbs and their nouns (aliases
# of those three skills) count only beside a word of models (see _needed).
_MODEL_WORDS = frozenset("model models modele modeles ml llm llms nlp deep neural".split())
NEEDS.update(
    dict.fromkeys(
        "deploy deploying deployed deployment deployments deployer deploye deployes deploiement "
        "evaluate evaluating evaluated evaluation evaluer evaluons "
        "validate validating validated validation valider validons "
        "optimize optimizes optimized optimizing optimization optimise optimises optimising "
        "optimisation optimiser optimisant".split(),
        _MODEL_WORDS,
    )
)
# "interpreting NLP models" asks for explainability; "interpretation of survey results" not
NEEDS.update(dict.fromkeys("interpreting interpretation interpreter".split(), _MODEL_WORDS))
NEEDS_WINDOW = 4
# A word of models or of venues is looked for further: "optimize the performance and
# scalability of our ML models", "publish in the main machine learning conferences".
WIDE_WINDOW = 8
# Further still, in the clause: a word of collaborating before stakeholders ("une
# collaboration étroite avec les équipes de développement, de data science et d'autres
# parties prenantes"); not a plain "work" or "manage" ("you will work on our platform,
# which serves business stakeholders"). (The noun "model(s)" as far after a verb was
# tried and left out: "optimize the cost of the GPUs that train our models".)
FAR_WINDOW = 14
_COLLABORATION = frozenset(
    "collaborate collaborating collaboration collaborations collaborative collaborer "
    "collaborez partner partnering partnership engage engaging interact interacting "
    "liaise liaising echanger echangez".split()
)
_WORK = frozenset(
    "work works working worked travailler travaillez travaillerez travaillant".split()
)
_VENUE_WORDS = frozenset(
    "journal journals conference conferences venue venues revue revues neurips icml iclr "
    "acl emnlp cvpr iccv eccv aaai ijcai".split()
)
NEEDS["publish in"] = _VENUE_WORDS  # "publish in the App Store" is no paper

# A name right after one of these words is part of another name ("ML algorithms").
NOT_AFTER: dict[str, frozenset[str]] = {
    "algorithms": frozenset(
        "ml ai ia learning machine deep clustering classification recommendation "
        "genetic evolutionary".split()
    ),
    # "équilibre entre vie professionnelle et vie privée" is work-life balance, not privacy
    # (two words: the two before the name)
    "vie privee": frozenset(["professionnelle", "pro", "professionnelle et", "pro et"]),
}
NOT_AFTER["algorithm design"] = NOT_AFTER["algorithms"]  # "AI algorithms design"
NOT_AFTER["leadership"] = frozenset(["thought"])  # an author's standing, not leading a team
# "formulating control problems" is control theory; "quality control problems" is not
NOT_AFTER["control problems"] = frozenset(["quality"])
# "agence de communication", "protocoles de communication", "inter-process communication"
NOT_AFTER["communication"] = frozenset(
    "agence agences protocole protocoles canal canaux interprocess".split()
    + ["agence de", "agences de", "protocole de", "protocoles de", "inter process"]
)
NOT_AFTER["healthcare"] = frozenset(["private"])  # "private healthcare": a benefit
NOT_AFTER["ir"] = frozenset("capteur capteurs camera cameras imagerie lumiere".split())  # infrared
# "available on GitHub", "disponible sur GitHub": the site a project is on, not the skill
# ("collaborate on GitHub" still asks for it)
NOT_AFTER["github"] = frozenset(
    f"{word} {on}"
    for word in "available hosted published released disponible disponibles publie publies "
    "publiee publiees heberge heberges hebergee".split()
    for on in ("on", "sur")
)
NOT_AFTER["gitlab"] = NOT_AFTER["github"]
# A name within NEAR_WORDS words of one of these, in its sentence, names something else:
# "send a CV / github / linkedin" is a profile to send with the application, not the skill.
NOT_NEAR: dict[str, frozenset[str]] = {"github": frozenset(["linkedin", "portfolio"])}
NOT_NEAR["gitlab"] = NOT_NEAR["github"]
NEAR_WORDS = 3  # on each side

# A name right before one of these words (a space between) is part of another thing: "our
# leadership principles", "communication protocols", "our privacy policy", "a mentoring
# programme", "healthcare coverage" (a benefit, a policy, a scheme; not a skill asked for).
NOT_BEFORE: dict[str, frozenset[str]] = {
    "leadership": frozenset("principles principle team teams".split()),
    "communication": frozenset("protocol protocols agency agencies bus buses".split()),
    "privacy": frozenset("policy policies notice notices statement".split()),
    "mentoring": frozenset("programme programmes program programs scheme schemes".split()),
    "healthcare": frozenset("coverage plan plans insurance benefits allowance".split()),
    # "IR cameras", "IR sensors": infrared light, not information retrieval
    "ir": frozenset("camera cameras sensor sensors imaging image images light led leds".split()),
}

# A name that counts, after another word of its clause, only after one of these: the
# algorithms-and-data-structures skill is "algorithms" on their own ("fundamentals in
# algorithms", "base algorithms"), while "perception algorithms", "search algorithm" or
# "develop new algorithms" name the work (a kind of algorithm), not that skill.
ONLY_AFTER: dict[str, frozenset[str]] = {
    "algorithms": frozenset(
        "in of on and or with to about base basic basics fundamental fundamentals core "
        "classic classical standard efficient strong solid good des les en de d et ou "
        "bases notions".split()
    ),
}

# "our MLOps team", "the Algorithms organization", "our Data & BI Lead": a name followed
# by one of ORG_AFTER and preceded (within 3 words) by one of OWNERS is a team's name;
# "our GitHub page", "your GitHub profile": someone's page on a site, not the skill;
# "the Generative AI revolution": a movement the ad invites to join, not a skill asked.
ORG_AFTER = frozenset(
    "team teams organization organisation org department departement group squad lead "
    "leads guild chapter unit division practice "
    "page pages profile profiles account accounts repository repositories repo repos "
    "partner partners revolution revolutions".split()
)
OWNERS = frozenset("our the your their my this notre nos votre leur cette".split())
# "notre page GitHub", "votre profil GitHub": a name right after one of these, with one
# of OWNERS right before it, is the page's site.
PAGE_BEFORE = frozenset("page pages profil profils compte comptes depot depots".split())
# "l'équipe Data Science", "le pôle MLOps": a capitalised name right after these.
# "le premier partenaire AWS": a capitalised name after "partenaire" is the company's;
# "la révolution IA générative" is a movement, as "the AI revolution" is.
ORG_BEFORE = (
    frozenset(
        "equipe equipes pole departement direction cellule partenaire partenaires "
        "revolution".split()
    )
    | PAGE_BEFORE
)

CONJUNCTIONS = frozenset(["and", "or", "et", "ou", "&"])
DETERMINERS = frozenset(["la", "le", "les", "l", "the", "de", "des", "du", "d"])
# A name of three words or more with one of these before its last word ends on the head
# of an object or a complement ("nettoyer les données", "mener des projets", "optimisation
# de modèles"): a longer name may start on that word ("données de santé", "projets de
# recherche", "modèles de langage"), in French, where a noun's own words come after it.
OBJECT = (DETERMINERS - {"the"}) | frozenset("un une nos vos ses leurs".split())

# Level cues (folded words). A cue applies to the skills after it in the same clause
# (up to CUE_BEFORE words away) or, failing that, right before it (CUE_AFTER words).
LEVEL_CUES: dict[str, int] = {
    **dict.fromkeys(
        "notions notion basic basics familiarity familiar beginner debutant initiation "
        "exposure bases sensibilisation".split(),
        2,
    ),
    **dict.fromkeys(
        "solid solide solides strong maitrise maitriser maitrisez advanced avance avancee "
        "avancees avances proficient proficiency approfondie approfondies approfondi "
        "excellent excellente excellentes confirme confirmee".split(),
        4,
    ),
    **dict.fromkeys("expert experte experts expertise mastery".split(), 5),
}
MAX_LEVEL = 5  # the highest level a cue gives (LEVEL_CUES, years_level)
YEAR_WORDS = frozenset(["year", "years", "yrs", "an", "ans", "annees", "annee"])
CUE_BEFORE = 8
CUE_AFTER = 3
# Words that may stand between a cue and the name it qualifies (besides other names).
CUE_FILLER = frozenset(
    "of with in on for at the a an and or & de d du des en la le les l et ou une un "
    "dans sur pour avec "
    "knowledge connaissance connaissances experience experiences skill skills competence "
    "competences background understanding command grasp foundation foundations bases base "
    "programming programmation language languages langage langages years year yrs ans an "
    "annees annee + minimum least moins au using working hands practical pratique "
    "environment environnement tools outils frameworks framework technical technique "
    "techniques mathematics mathematiques maths math "
    # what is done with the skill: "5+ years of experience building data pipelines",
    # "5 ans d'expérience dans le déploiement des pipelines"
    "building developing designing deploying implementing maintaining writing training "
    "applying running operating delivering creating "
    "developpement deploiement conception realisation mise place oeuvre creation "
    "maintenance construction".split()
)


def years_level(years: int) -> int | None:
    """The level that N years of a skill speak for: 5 from five years, 4 from two."""
    if years >= 5:
        return 5
    if years >= 2:
        return 4
    return None


class Found(NamedTuple):
    """A skill found in a text, with the words that named it and the level read."""

    skill_id: str
    words: tuple[str, ...]  # distinct spellings found, as written
    occurrences: int
    level: int = DEFAULT_LEVEL
    cue: str = ""  # the words that gave the level ("" when none: level 3)
    implied_by: str = ""  # the skill found whose words name this one (Skill.implies), or ""


# --------------------------------------------------------------------------- tokens

_WORD = re.compile(r"[\w+#]+(?:[.'’-][\w+#]+)*")
# "+" ends a run ("C++", "5+") but does not join two ("Adverity+BigQuery", "Bac+5")
_RUN = re.compile(r"[\w#]+(?:\+\+|\+(?![\w#+]))?")
_RUNS = re.compile(f"({_RUN.pattern})")
# the endings of a web address, and of a file's name ("/pdf/Inria_LLM_Master2024.pdf")
_ENDINGS = "com|org|net|io|ai|dev|app|co|fr|eu|de|uk|edu|gov|me|info|pdf|html?|png|jpe?g|svg|gif"
_URL = re.compile(
    rf"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:{_ENDINGS})\b(?:/\S*)?",
    re.IGNORECASE,
)
# A web address lies within one stretch of text without spaces (a "word" of str.split)
# that holds "://", "www." or a "." before an ending (".com"): the address pattern is
# tried only in the stretches around these (found by a search for "." and ":" in C; a
# sign before a space, as at the end of a sentence, is none: "www. " starts no address).
_URL_HINT = re.compile(rf"[.:](?!\s)(?:(?<=:)//|(?<=www\.)|(?<=\.)(?:{_ENDINGS})\b)", re.IGNORECASE)
_SPACE = re.compile(r"\s")
_CLAUSE = re.compile(r"\n|[.;!?•|](?:\s|$)")
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")


def web_addresses(text: str) -> Iterator[re.Match[str]]:
    """The web addresses of a text (``_URL``'s matches, in order), looked for in the
    stretches without spaces that hold a :data:`_URL_HINT`."""
    done = 0  # the end of the last stretch read
    for hint in _URL_HINT.finditer(text):
        start = hint.start()
        if start < done:
            continue
        while start > done and not text[start - 1].isspace():
            start -= 1  # back to the stretch's first character (each is passed once)
        space = _SPACE.search(text, hint.start())
        done = space.start() if space else len(text)
        yield from _URL.finditer(text, start, done)


def stem(word: str) -> str:
    """A folded word without its plural mark: ``reviews`` → ``review``, ``réseaux`` → ``réseau``."""
    if len(word) > 3 and word[-1] == "s" and word[-2] != "s":
        return word[:-1]
    if len(word) > 4 and word.endswith("eaux"):
        return word[:-1]
    return word


_CLAUSE_INSIDE = re.compile(r"\n|[.;!?•|]\s")  # _CLAUSE before a word


def _clause_ends(gaps: list[str], ends: list[int]) -> list[int]:
    """Where the text's clauses end: the offset of each stretch between words (``gaps``,
    the stretch before each word and the one after the last; ``ends``: the words' ends)
    that holds a :data:`_CLAUSE` (each distinct stretch looked at once)."""
    ending = {gap for gap in set(gaps[:-1]) if _CLAUSE_INSIDE.search(gap)}
    at = [0, *ends]  # where each stretch starts
    out = [at[k] for k in itertools.compress(range(len(gaps) - 1), map(ending.__contains__, gaps))]
    if _CLAUSE.search(gaps[-1]):
        out.append(at[-1])
    return out


class Folds(NamedTuple):
    """Runs of a text folded, kept for the next text (the pieces of one long text): plain
    strings in dictionaries, which the garbage collector does not walk."""

    word: dict[str, str]  # run -> its folded word ("" when it folds to other than one)
    key: dict[str, str]  # run -> that word stemmed ("" likewise)
    odd: dict[str, list[str]]  # run -> its folded words, when not one ("data_ml")


class Tokens:
    """The words of a text (folded, and stemmed as keys) with their offsets.

    A word is a run of ``[\\w+#]`` folded (``C++``, ``C#``; "machine-learning" is two
    words, and so is "data_ml"). The runs are cut and their offsets added up by the
    regular-expression engine, and each distinct run is folded once; ``general=True``
    reads the text run by run instead: the plain definition, which a test compares with
    the fast one on random texts. ``memo`` keeps the folded runs for the next text.
    """

    def __init__(
        self,
        text: str,
        general: bool = False,
        memo: Folds | None = None,
    ) -> None:
        self.text = text
        self._memo = Folds({}, {}, {}) if memo is None else memo
        self.folded: list[str] = []
        self.keys: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        # character offsets, one in each stretch between words that ends a clause (the
        # clause of a word: how many come before it)
        self._bounds: list[int] = []
        if general:
            self._run_by_run(text)
            self._bounds = [m.start() for m in _CLAUSE.finditer(text)]
        else:
            self._at_once(text)
        self.url_words: set[int] = set()  # positions of the words inside web addresses
        for m in web_addresses(text):
            k = bisect.bisect_left(self.starts, m.start())
            while k < len(self.starts) and self.starts[k] < m.end():
                self.url_words.add(k)
                k += 1

    def _at_once(self, text: str) -> None:
        """Fill the lists with whole-list operations (runs that fold to other than one
        word, "data_ml", are then spliced in one by one)."""
        parts = _RUNS.split(text)  # separator, run, separator, ..., run, separator
        runs = parts[1::2]
        words, keys, odd = self._memo
        distinct = set(runs)
        for run in distinct.difference(words):
            if run.isdigit() and run.isascii():  # a number: itself, no plural to take off
                words[run] = keys[run] = run
                continue
            # an ASCII run of letters and digits folds to itself in lower case
            pieces = [run.lower()] if run.isalnum() and run.isascii() else fold(run).split()
            if len(pieces) == 1:
                words[run], keys[run] = pieces[0], stem(pieces[0])
            else:
                words[run] = keys[run] = ""
                odd[run] = pieces
        offsets = list(itertools.accumulate(map(len, parts)))
        self.starts = offsets[0:-1:2]
        self.ends = offsets[1::2]
        self._bounds = _clause_ends(parts[0::2], self.ends)
        self.folded = list(map(words.__getitem__, runs))
        self.keys = list(map(keys.__getitem__, runs))
        if odd and not distinct.isdisjoint(odd):
            self._splice(runs, odd)

    def _splice(self, runs: list[str], odd: dict[str, list[str]]) -> None:
        """Put the words of the runs in ``odd`` in place of those runs."""
        folded, keys, starts, ends = self.folded, self.keys, self.starts, self.ends
        f: list[str] = []
        k: list[str] = []
        s: list[int] = []
        e: list[int] = []
        done = 0
        for at in itertools.compress(range(len(runs)), map(odd.__contains__, runs)):
            f += folded[done:at]
            k += keys[done:at]
            s += starts[done:at]
            e += ends[done:at]
            for word in odd[runs[at]]:
                f.append(word)
                k.append(stem(word))
                s.append(starts[at])
                e.append(ends[at])
            done = at + 1
        self.folded, self.keys = f + folded[done:], k + keys[done:]
        self.starts, self.ends = s + starts[done:], e + ends[done:]

    def _run_by_run(self, text: str) -> None:
        memo: dict[str, tuple[tuple[str, str], ...]] = {}
        folded, keys, starts, ends = [], [], [], []
        for m in _RUN.finditer(text):
            run = m.group()
            pieces = memo.get(run)
            if pieces is None:
                pieces = memo[run] = tuple((w, stem(w)) for w in fold(run).split())
            for word, key in pieces:
                folded.append(word)
                keys.append(key)
                starts.append(m.start())
                ends.append(m.end())
        self.folded, self.keys, self.starts, self.ends = folded, keys, starts, ends

    def __len__(self) -> int:
        return len(self.keys)

    def span(self, i: int, j: int) -> str:
        """The original text of words i..j-1."""
        return self.text[self.starts[i] : self.ends[j - 1]]

    def clause(self, i: int) -> int:
        """The number of the clause (line, sentence) word i is in."""
        return bisect.bisect_left(self._bounds, self.starts[i])


# --------------------------------------------------------------------------- the finder


class _Phrase(NamedTuple):
    keys: tuple[str, ...]  # stemmed folded words
    words: list[str]  # the same, as a list (compared with slices of a text's keys)
    rest: list[str]  # the words from the second on
    skill_id: str
    label: str  # the folded label, as the rules above name it
    size: int  # len(keys)
    plain: bool  # no rule of its own (not in CASED, NOT_AFTER or NOT_BEFORE)


class Finder:
    """The catalogue's names, indexed for one pass over a text."""

    def __init__(self, skills: Iterable[tuple[str, Iterable[str]]]) -> None:
        self.first: dict[str, list[_Phrase]] = {}
        self.whole: dict[tuple[str, ...], _Phrase] = {}
        self.single: dict[str, str] = {}  # one-word labels of 5+ letters -> skill id
        # one-word labels, casefolded with their accents: "financé" is not "finance"
        self.accents: dict[tuple[str, ...], set[str]] = {}
        self.deleted: dict[str, set[str]] = {}  # single label minus one letter -> labels
        self.order: dict[str, int] = {}
        for skill_id, labels in skills:
            self.order.setdefault(skill_id, len(self.order))
            for label in labels:
                folded = fold(label)
                keys = tuple(stem(w) for w in folded.split())
                if keys in self.whole and len(keys) == 1:
                    if self.whole[keys].skill_id == skill_id:  # "évaluation", "evaluation"
                        self.accents[keys].add(_bare(label))
                if not keys or keys in self.whole:
                    continue
                rules = (CASED, NOT_AFTER, NOT_BEFORE, NOT_NEAR, ONLY_AFTER)
                plain = all(folded not in rule for rule in rules)
                phrase = _Phrase(
                    keys, list(keys), list(keys[1:]), skill_id, folded, len(keys), plain
                )
                self.whole[keys] = phrase
                self.first.setdefault(keys[0], []).append(phrase)
                if len(keys) == 1:
                    self.accents.setdefault(keys, set()).add(_bare(label))
                if len(keys) == 1 and len(folded) >= 5 and folded.isalpha():
                    if folded not in CASED and folded not in NEEDS:
                        self.single[folded] = skill_id  # as spelt: no plural mark taken off
        # every word of every name: a word the catalogue itself uses ("detection", in
        # "anomaly detection") is no slip of another name ("detectron")
        self.vocabulary = {w for keys in self.whole for w in keys}
        self.longest = max(map(len, self.whole), default=1)  # words in the longest name
        for entries in self.first.values():
            entries.sort(key=lambda p: -len(p.keys))
        # each first word's names again by their second word, with its one-word names, in
        # the same order: the text's next word picks the names worth comparing ("data"
        # starts some fifty names); ``alone``: the one-word names of each first word
        self.second: dict[str, dict[str, list[_Phrase]]] = {}
        self.alone: dict[str, list[_Phrase]] = {}
        for key, entries in self.first.items():
            self.alone[key] = [p for p in entries if p.size == 1]
            for word in dict.fromkeys(p.keys[1] for p in entries if p.size > 1):
                chosen = [p for p in entries if p.size == 1 or p.keys[1] == word]
                self.second.setdefault(key, {})[word] = chosen
        for word in self.single:
            for k in range(len(word)):
                self.deleted.setdefault(word[:k] + word[k + 1 :], set()).add(word)
        self._fuzzy: dict[str, str | None] = {}
        # words met in texts, and those of them where a name may start (_candidates)
        self.seen: set[str] = set()
        self.flagged: set[str] = set()

    def misspelt(self, word: str, changed: bool = True) -> str | None:
        """The skill a word is a one-letter slip of, if exactly one: a doubled letter
        ("numpyy"), two letters swapped ("tensroflow"), a letter dropped from a name of
        seven letters or more ("kubrnetes"), or (``changed``) one changed in a name of eight
        or more; never the first letter ("studio" is not "rstudio")."""
        if not changed:  # (rare: not kept with the answers of the full rule)
            return self._misspelt(word, False)
        if word not in self._fuzzy:
            self._fuzzy[word] = self._misspelt(word, True)
        return self._fuzzy[word]

    def _misspelt(self, word: str, changed: bool) -> str | None:
        if word in self.vocabulary or stem(word) in self.vocabulary:
            return None
        found: set[str] = set()
        single, n = self.single, len(word)
        for k in range(1, n):
            if word[k] == word[k - 1] and word[:k] + word[k + 1 :] in single:
                found.add(word[:k] + word[k + 1 :])
            swapped = word[: k - 1] + word[k] + word[k - 1] + word[k + 1 :]
            if swapped != word and swapped in single:
                found.add(swapped)
        for label in self.deleted.get(word, ()):
            if len(label) >= 7:
                found.add(label)
        if changed and n >= 8:
            for k in range(n):
                for label in self.deleted.get(word[:k] + word[k + 1 :], ()):
                    if len(label) != n:
                        continue
                    if sum(a != b for a, b in zip(label, word, strict=True)) == 1:
                        found.add(label)
        skills = {single[label] for label in found if label[0] == word[0]}
        return skills.pop() if len(skills) == 1 else None


_T = TypeVar("_T")


def _once(index: Index, name: str, build: Callable[[Index], _T]) -> _T:
    """``build(index)``, kept on the index under ``name`` (built once per index)."""
    cached = getattr(index, name, None)
    if cached is not None:
        return cast(_T, cached)
    made = build(index)
    try:
        setattr(index, name, made)
    except AttributeError:  # pragma: no cover - an index without a __dict__
        pass
    return made


def _skill_finder(index: Index) -> Finder:
    names = index.names("skills")
    return Finder((ident, (ident, en, fr, *aliases)) for ident, en, fr, aliases in names)


def finder_for(index: Index) -> Finder:
    """The finder of a catalogue (built once per index)."""
    return _once(index, "_cv_finder", _skill_finder)


class _Hit(NamedTuple):
    start: int  # word positions, end excluded
    end: int
    skill_id: str
    label: str
    wary: bool  # an everyday word: needs context


def _letter_ok(tokens: Tokens, i: int) -> bool:
    """A one-letter name (R, C) standing alone: not "R&D", "R. Smith" or "C'est"."""
    text, start, end = tokens.text, tokens.starts[i], tokens.ends[i]
    after = text[end : end + 1]
    before = text[start - 1 : start] if start else ""
    if before in ("&", "-", "'", "’", "+"):
        return False
    if after == ".":  # "R. Smith" and "C.V." name no language; "SQL, Python ou R." does
        rest = text[end + 1 : end + 3]  # (a full stop ending the line, or a sentence)
        return not rest or rest[0] in "\r\n" or (rest[0] in " \t" and not rest[1:].isupper())
    return after not in ("&", "'", "’", "-", "+")


def _bare(word: str) -> str:
    """A word casefolded, accents kept, without a plural s: to compare accents."""
    word = word.casefold().strip()
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def _accent_differs(finder: Finder, tokens: Tokens, i: int, keys: tuple[str, ...]) -> bool:
    """A one-word name written with accents the catalogue's spelling lacks ("financé"
    for "finance"): another word. Text without accents still matches ("modele")."""
    word = tokens.text[tokens.starts[i] : tokens.ends[i]]
    return not word.isascii() and _bare(word) not in finder.accents.get(keys, ())


def _near(tokens: Tokens, i: int, j: int, words: frozenset[str], window: int) -> bool:
    """Whether one of ``words`` is within ``window`` words of the words i..j-1, in their
    sentence (across a line end: "un CV / github /" and "linkedin" on the next line; not
    across "Send your CV and portfolio. Experience with GitHub")."""
    text, starts, ends = tokens.text, tokens.starts, tokens.ends
    around = itertools.chain(range(max(0, i - window), i), range(j, min(len(tokens), j + window)))
    for k in around:
        if tokens.folded[k] in words:
            lo, hi = (ends[k], starts[i]) if k < i else (ends[j - 1], starts[k])
            if not _SENTENCE_END.search(text, lo, hi):
                return True
    return False


def _refused(tokens: Tokens, i: int, n: int, label: str) -> bool:
    """Whether the words i..i+n-1, which spell ``label``, name something else here."""
    folded = tokens.folded
    if tokens.url_words and any(k in tokens.url_words for k in range(i, i + n)):
        return True
    if label in CASED:
        if tokens.span(i, i + n) not in CASED[label]:
            return True
        if len(label) == 1 and not _letter_ok(tokens, i):
            return True
    if i and label in NOT_AFTER:
        before = NOT_AFTER[label]
        if folded[i - 1] in before or (i > 1 and f"{folded[i - 2]} {folded[i - 1]}" in before):
            return True
    if label in ONLY_AFTER and i and tokens.clause(i - 1) == tokens.clause(i):
        if folded[i - 1] not in ONLY_AFTER[label]:
            return True
    j = i + n
    if label in NOT_NEAR and _near(tokens, i, j, NOT_NEAR[label], NEAR_WORDS):
        return True
    if label in NOT_BEFORE and j < len(tokens) and folded[j] in NOT_BEFORE[label]:
        if tokens.text[tokens.ends[j - 1] : tokens.starts[j]].isspace():  # no sign between
            return True
    if j < len(tokens) and folded[j] in ORG_AFTER and tokens.clause(j) == tokens.clause(i):
        if any(folded[k] in OWNERS for k in range(max(0, i - 3), i)):
            return True
    if not i or tokens.clause(i - 1) != tokens.clause(i):  # "notre équipe. Python..."
        return False
    if folded[i - 1] in PAGE_BEFORE:
        return i > 1 and folded[i - 2] in OWNERS
    return folded[i - 1] in ORG_BEFORE and tokens.text[tokens.starts[i]].isupper()


_BREAK = re.compile(r"[,:()\[\]]")


def _split(tokens: Tokens, i: int, n: int) -> bool:
    """Whether a comma, colon or bracket stands between the words i..i+n-1: "data,
    analytics and AI" lists two things, it does not name data analytics."""
    # one search from the end of the first word to the start of the last: the words
    # between are runs of [\w+#], which hold no such sign (the same as gap by gap)
    return _BREAK.search(tokens.text, tokens.ends[i], tokens.starts[i + n - 1]) is not None


def _candidates(finder: Finder, tokens: Tokens) -> Iterable[int]:
    """The positions where a name may start: the first word of a name, or a possible slip
    of one (each distinct word is looked at once, the positions are picked in C)."""
    first, misspelt, flagged = finder.first, finder.misspelt, finder.flagged
    seen = set(tokens.folded)
    seen.difference_update(finder.seen)  # the words not met yet (in this text or another)
    for word in seen:
        if stem(word) in first or (len(word) >= 6 and word.isalpha() and misspelt(word)):
            flagged.add(word)
    finder.seen.update(seen)
    return itertools.compress(range(len(tokens)), map(flagged.__contains__, tokens.folded))


def _scan(finder: Finder, tokens: Tokens, positions: Iterable[int] | None = None) -> list[_Hit]:
    """Every name in the text, longest first, in one pass over ``positions`` (by default
    :func:`_candidates`; every other word starts no name)."""
    keys, folded, n = tokens.keys, tokens.folded, len(tokens)
    text, starts, ends = tokens.text, tokens.starts, tokens.ends
    hits: list[_Hit] = []
    first, second, alone, url_words = finder.first, finder.second, finder.alone, tokens.url_words
    slips, add = finder._fuzzy, hits.append  # misspelt()'s answers so far
    free = 0  # words before this one are part of a name already found, but for
    share = -1  # the object of a verb, where a longer name may start (see OBJECT)
    for i in _candidates(finder, tokens) if positions is None else positions:
        if (i < free and i != share) or (
            i and text[starts[i] - 1] == "-" and ends[i - 1] == starts[i] - 1
        ):
            continue  # (the second: the tail of a compound, "self-supervised", "next-gen AI")
        key = keys[i]
        pairs = second.get(key)
        if pairs is None or i + 1 >= n:
            phrases = first.get(key, ())
        else:  # the names whose second word is the next word, and the one-word names
            phrases = pairs.get(keys[i + 1]) or alone[key]
        for phrase in phrases:
            m = phrase.size
            if i == share and m < 2:
                break  # (longest first: no longer name starts on the shared word)
            if (
                m > 1
                and (  # its first word is this one: compare the others (and _split)
                    keys[i + 1 : i + m] != phrase.rest
                    or _BREAK.search(text, ends[i], starts[i + m - 1]) is not None
                )
            ):
                continue
            quick = (
                phrase.plain
                and not url_words
                and (i + m >= n or folded[i + m] not in ORG_AFTER)
                and (not i or folded[i - 1] not in ORG_BEFORE)
            )
            if (  # an ASCII word has no accent to differ: skip the call
                m == 1
                and not text[starts[i] : ends[i]].isascii()
                and _accent_differs(finder, tokens, i, phrase.keys)
            ):
                continue
            if quick or not _refused(tokens, i, m, phrase.label):
                wary = not phrase.plain and phrase.label in CASED
                add(_Hit(i, i + m, phrase.skill_id, phrase.label, wary))
                free, share = i + m, (i + m - 1 if m >= 3 and folded[i + m - 2] in OBJECT else -1)
                break
        else:
            word = folded[i]
            if i != share and len(word) >= 6 and i not in url_words and word.isalpha():
                skill_id = _slip(finder, slips, word, text[starts[i] : ends[i]])
                if skill_id is not None:
                    add(_Hit(i, i + 1, skill_id, word, False))
    return hits


def _slip(finder: Finder, slips: dict[str, str | None], word: str, written: str) -> str | None:
    """The skill a word (folded; ``written`` as in the text) is a slip of, if any
    (:meth:`Finder.misspelt`; ``slips``: its answers so far): a word written with accents
    is a word of its own ("financée"), a name of its own is no changed letter away."""
    if not written.isascii():
        return None
    if _CAMEL.search(written):
        return finder.misspelt(word, changed=False)
    return slips[word] if word in slips else finder.misspelt(word)


# A capital after a small letter: a name of its own ("PostgresML", "DataRobot"), spelt
# as its maker spells it, no changed letter away from another's ("postgresql"); a
# doubled, swapped or dropped letter still is a slip ("PyTroch", "TensorFlwo").
_CAMEL = re.compile(r"[a-z][A-Z]")


def _before_conjunction(tokens: Tokens, k: int) -> int | None:
    """Skip determiners back from word k; the position of a conjunction there, if any."""
    while k >= 0 and tokens.folded[k] in DETERMINERS:
        k -= 1
    return k if k >= 0 and tokens.folded[k] in CONJUNCTIONS else None


def _coordinated(finder: Finder, tokens: Tokens, hits: list[_Hit]) -> list[_Hit]:
    """Names that share words with a coordinated neighbour.

    "la qualité et la sécurité des données": the found "sécurité des données" lends its
    tail to "qualité" (data quality); "data quality and security" lends its head to
    "security" (data security); "supervised and unsupervised learning" both.
    """
    keys, folded, out = tokens.keys, tokens.folded, []
    ends_at = {h.start: h.end for h in hits}  # where each found name starts, and ends
    for hit in hits:
        if hit.wary or hit.end - hit.start < 2:
            continue
        conj = _before_conjunction(tokens, hit.start - 1)
        if conj is not None:
            tail = keys[hit.start + 1 : hit.end]
            for a in (conj - 1, conj - 2):
                phrase = finder.whole.get(tuple(keys[max(a, 0) : conj]) + tuple(tail))
                if a >= 0 and phrase and phrase.label not in CASED:
                    out.append(_Hit(a, hit.end, phrase.skill_id, phrase.label, False))
                    break
        after = hit.end
        if after < len(tokens) and folded[after] in CONJUNCTIONS:
            b = after + 1
            while b < len(tokens) and folded[b] in DETERMINERS:
                b += 1
            head = tuple(keys[hit.start : hit.end - 1])
            for width in (1, 2):
                if ends_at.get(b, b) > b + width:  # "privacy, and model interpretability":
                    break  # the next item is a longer name of its own, not "data model"
                phrase = finder.whole.get(head + tuple(keys[b : b + width]))
                if b + width <= len(tokens) and phrase and phrase.label not in CASED:
                    out.append(_Hit(hit.start, b + width, phrase.skill_id, phrase.label, False))
                    break
    return out + _shared_tails(finder, tokens)


PREPOSITIONS = frozenset(["de", "des", "du", "d", "of"])
# A shared tail starts with a preposition ("la qualité et la cohérence des données") or,
# after two verbs, with the article of their object ("nettoyer et organiser les données").
SHARED_START = PREPOSITIONS | frozenset(["les", "la", "le", "l", "the"])


def _heads(tokens: Tokens, conj: int) -> Iterator[int]:
    """The one-word items coordinated before the conjunction at ``conj``, nearest first:
    "la qualité, de l'intégrité et ..." gives intégrité, then qualité."""
    folded, clause = tokens.folded, tokens.clause
    k = conj - 1
    for _ in range(4):
        while k >= 0 and folded[k] in DETERMINERS and clause(k) == clause(conj):
            k -= 1
        if k < 0 or clause(k) != clause(conj) or folded[k] in CONJUNCTIONS:
            return
        yield k
        if k == 0 or "," not in tokens.text[tokens.ends[k - 1] : tokens.starts[k]]:
            k -= 1  # "de l'intégrité": the comma is before the determiners
            while k >= 0 and folded[k] in DETERMINERS:
                k -= 1
            if k < 0 or "," not in tokens.text[tokens.ends[k] : tokens.starts[k + 1]]:
                return
        else:
            k -= 1


def _shared_tails(finder: Finder, tokens: Tokens) -> list[_Hit]:
    """Names whose tail a coordinated word of no name of its own shares: "la qualité
    et la cohérence des données" names data quality, "design and analysis of
    experiments" experimental design (the second word names nothing with the tail)."""
    keys, folded, n, out = tokens.keys, tokens.folded, len(tokens), []
    for conj in itertools.compress(range(n), map(CONJUNCTIONS.__contains__, folded)):
        b = conj + 1
        while b < n and folded[b] in DETERMINERS:
            b += 1
        tail = b + 1
        if (
            tail >= n
            or folded[tail] not in SHARED_START
            or tokens.clause(tail) != tokens.clause(conj)
        ):
            continue
        for width in (2, 3):
            ends = tuple(keys[tail : tail + width])
            if (keys[b], *ends) in finder.whole or tail + width > n:
                continue
            for h in _heads(tokens, conj):
                phrase = finder.whole.get((keys[h], *ends))
                if phrase and phrase.label not in CASED:
                    out.append(_Hit(h, tail + width, phrase.skill_id, phrase.label, False))
    return out


def _kept(tokens: Tokens, hits: list[_Hit]) -> list[_Hit]:
    """The hits whose context is right: everyday words near a skill or a tech word,
    names of :data:`NEEDS` near one of their own words (same clause), a verb's name of
    models ("optimiser les modèles") not on a data model (:func:`_of_models`)."""
    folded, clause, n = tokens.folded, tokens.clause, len(tokens)
    # in text order (``hits`` ends with the coordinated names): the look-up below bisects
    solid = sorted(h for h in hits if not h.wary and h.label not in NEEDS)
    solid_starts = [h.start for h in solid]
    context = list(itertools.compress(range(n), map(CONTEXT_WORDS.__contains__, folded)))
    out = []
    for hit in hits:
        last = hit.end - 1
        if last > hit.start and folded[hit.start] in NEEDS and folded[last] in _MODEL_WORDS:
            if not _of_models(folded, last):  # "optimiser les modèles de données"
                continue
        if hit.label in NEEDS:
            if not _has_needed(folded, clause, hit):
                continue
        elif hit.wary:
            lo, hi = hit.start - CONTEXT_WINDOW, hit.end + CONTEXT_WINDOW
            k = bisect.bisect_left(context, lo)
            near = k < len(context) and context[k] < hi or _asked(tokens, hit.start)
            k = bisect.bisect_left(solid_starts, lo)
            while not near and k < len(solid) and solid[k].start < hi:
                near = solid[k].skill_id != hit.skill_id
                k += 1
            if not near:
                continue
        out.append(hit)
    return out


def _has_needed(folded: list[str], clause: Callable[[int], int], hit: _Hit) -> bool:
    """Whether one of the words the name of NEEDS needs is close enough, in its clause
    (NEEDS_WINDOW words, WIDE_WINDOW for words of models or venues; FAR_WINDOW before
    "stakeholders" for a word of collaborating)."""
    words, here, n = NEEDS[hit.label], clause(hit.start), len(folded)
    reach = WIDE_WINDOW if words in (_MODEL_WORDS, _VENUE_WORDS) else NEEDS_WINDOW
    near = range(max(0, hit.start - reach), min(n, hit.end + reach))
    if any(_needed(folded, k, words) and clause(k) == here for k in near):
        return True
    if words is not NEEDS["stakeholder"]:
        return False
    far = range(max(0, hit.start - FAR_WINDOW), hit.start)
    return any(
        (folded[k] in _COLLABORATION or _works_with(folded, k)) and clause(k) == here for k in far
    )


def _works_with(folded: list[str], k: int) -> bool:
    """Whether word k is a verb of working followed by "with" ("experience working with
    a variety of stakeholders"; not "work on our platform, which serves stakeholders")."""
    return folded[k] in _WORK and folded[k + 1 : k + 2] in (["with"], ["avec"])


def _needed(folded: list[str], k: int, words: frozenset[str]) -> bool:
    """Whether word k is one of the words a name of NEEDS needs (a word of models only
    where it speaks of models: :func:`_of_models`)."""
    return folded[k] in words and (words is not _MODEL_WORDS or _of_models(folded, k))


def _of_models(folded: list[str], k: int) -> bool:
    """Whether word k, a word of models, speaks of machine-learning models: "deep" and
    "neural" only in "deep learning", "neural network(s)"; "ML", "NLP"... not before a
    job or a team's word ("ML engineers", "the ML platform"); "model(s)" not in a data,
    business or financial model ("data models", "dbt models", "the pricing model", "les
    modèles de données", "le modèle économique")."""
    word, after = folded[k], folded[k + 1 : k + 3]
    if word in ("deep", "neural"):
        return after[:1] in (["learning"], ["neural"], ["network"], ["networks"], ["net"])
    if word in ("ml", "llm", "llms", "nlp"):
        return after[:1] == [] or after[0] not in _NOT_MODELS_AFTER
    before = folded[k - 1] if k else ""
    return (
        before not in _NOT_MODELS_BEFORE
        and after not in (["de", "donnees"], ["de", "donnee"])
        and after[:1] not in (["financier"], ["financiers"], ["economique"], ["economiques"])
    )


_NOT_MODELS_AFTER = frozenset(
    "engineer engineers engineering team teams platform platforms infrastructure ops "
    "researcher researchers scientist scientists role roles community".split()
)
_NOT_MODELS_BEFORE = frozenset(
    "data dbt semantic warehouse financial pricing business operating dimensional relational "
    "logical physical conceptual revenue cost 3d".split()
)


def _asked(tokens: Tokens, i: int) -> bool:
    """Whether the two words before word i, in its clause, ask for it ("experience with")."""
    return (
        i > 1
        and tokens.clause(i - 2) == tokens.clause(i)
        and f"{tokens.folded[i - 2]} {tokens.folded[i - 1]}" in ASKED_BEFORE
    )


class _Cue(NamedTuple):
    at: int  # word position (the last word of the cue)
    level: int
    words: str


def _cues(tokens: Tokens, near: Iterable[_Hit] | None = None) -> list[_Cue]:
    """The level cues of a text, in order: words of LEVEL_CUES and "N years"; with
    ``near``, only (at least) those a cue of these hits may be: CUE_BEFORE words before
    one to CUE_AFTER after it (what :func:`_levels` looks at)."""
    folded, out, n = tokens.folded, [], len(tokens)
    if near is None:
        cue_at = itertools.compress(range(n), map(LEVEL_CUES.__contains__, folded))
        year_at = itertools.compress(range(-1, n - 1), map(YEAR_WORDS.__contains__, folded))
        spots = sorted({*cue_at, *year_at} - {-1})  # a cue word, or a word before "years"
    else:
        around: set[int] = set()
        for h in near:  # "N years" ends at "years": its number is one word before
            around.update(range(max(0, h.start - CUE_BEFORE - 1), min(n, h.end + CUE_AFTER)))
        spots = sorted(
            i
            for i in around
            if folded[i] in LEVEL_CUES or (i + 1 < n and folded[i + 1] in YEAR_WORDS)
        )
    for i in spots:
        word = folded[i]
        level = LEVEL_CUES.get(word)
        if level is not None:
            out.append(_Cue(i, level, tokens.span(i, i + 1)))
            continue
        if (  # "5 years", not "12. Years ago": a number that ends a clause counts nothing
            i + 1 < len(folded)
            and folded[i + 1] in YEAR_WORDS
            and word.rstrip("+").isdigit()
            and tokens.clause(i) == tokens.clause(i + 1)
        ):
            first = i
            if i and folded[i - 1].isdigit() and tokens.text[tokens.ends[i - 1]] in "-–":
                first = i - 1  # "3-5 years": the lower bound counts
            years = years_level(int(folded[first].rstrip("+")[:3]))
            if years is not None:
                out.append(_Cue(i + 1, years, tokens.span(first, i + 2)))
    return out


def _list_item(tokens: Tokens, k: int) -> bool:
    """Whether word k, which names no skill of the catalogue, is written as a name (a
    capital, "+" or "#") and followed by a comma, a slash or a conjunction: one item of a
    list ("strong C and C++", "solide maîtrise du C, du C++"), which a cue spans."""
    word = tokens.text[tokens.starts[k] : tokens.ends[k]]
    if not (word[:1].isupper() or "+" in word or "#" in word) or k + 1 >= len(tokens):
        return False
    between = tokens.text[tokens.ends[k] : tokens.starts[k + 1]].strip()
    return between in (",", "/") or (not between and tokens.folded[k + 1] in CONJUNCTIONS)


def _levels(tokens: Tokens, hits: list[_Hit], settled: Collection[str] = ()) -> list[_Cue | None]:
    """The cue of each hit (hits in text order): the nearest one before it in the same
    clause, at most CUE_BEFORE words away with only other names, words of CUE_FILLER and
    items of the same list between ("solid knowledge of Python and SQL", "strong C and
    C++", not "basic Docker, some Python"); else
    one right after it (CUE_AFTER words: "Python (expert)"; not after "and", "et"...:
    "utiliser Git et maîtriser Kubernetes"). None for the hits of the
    skills in ``settled``, whose cue can no longer change (:func:`_finds_by_piece`)."""
    wanted = [h for h in hits if h.skill_id not in settled] if settled else hits
    cues, clause = (_cues(tokens, wanted if settled else None) if wanted else []), tokens.clause
    if not cues:
        return [None] * len(hits)
    covered = {k for h in hits for k in range(h.start, h.end)}
    folded = tokens.folded
    out: list[_Cue | None] = []
    k = 0  # cues[:k] are before the current hit
    for hit in hits:
        while k < len(cues) and cues[k].at < hit.start:
            k += 1
        chosen = None
        if settled and hit.skill_id in settled:
            out.append(chosen)
            continue
        before = cues[k - 1] if k else None
        if (
            before
            and hit.start - before.at <= CUE_BEFORE
            and clause(before.at) == clause(hit.start)
            # "Python (expert), SQL (basic)": a cue in brackets closed before the name is
            # the previous name's
            and ")" not in tokens.text[tokens.ends[before.at] : tokens.starts[hit.start]]
            and all(
                w in covered
                or folded[w] in CUE_FILLER
                or folded[w] in LEVEL_CUES
                or _list_item(tokens, w)
                for w in range(before.at + 1, hit.start)
            )
        ):
            chosen = before
        else:
            j = k
            while j < len(cues) and cues[j].at < hit.end:
                j += 1
            after = cues[j] if j < len(cues) else None
            if (
                after
                and after.at - hit.end < CUE_AFTER
                and clause(after.at) == clause(hit.start)
                # "utiliser Git et maîtriser Kubernetes": the cue opens the next item
                and not any(folded[w] in CONJUNCTIONS for w in range(hit.end, after.at))
            ):
                chosen = after
        out.append(chosen)
    return out


class _Tally:
    """What the summary needs of a text's kept hits, in text order: how many times each
    skill was named with each spelling (the spellings in the order first met) and each
    skill's best cue (the first of the highest level). No object per hit is kept: a
    10 MB text has some 130,000 of them."""

    def __init__(self) -> None:
        self.counts: Counter[tuple[str, str]] = Counter()  # (skill, words as written)
        self.best: dict[str, _Cue] = {}

    def take(self, named: Iterable[tuple[str, str]], cues: Iterable[tuple[str, _Cue]]) -> None:
        """Add the finds of the next stretch of text: (skill, words as written) in text
        order, and their cues (skill, cue) likewise."""
        self.counts.update(named)
        self._better(cues)

    def add(self, other: _Tally) -> None:
        """Add the finds of the next stretch, tallied apart."""
        self.counts.update(other.counts)
        self._better(other.best.items())

    def _better(self, cues: Iterable[tuple[str, _Cue]]) -> None:
        best = self.best
        for skill_id, cue in cues:
            if skill_id not in best or cue.level > best[skill_id].level:
                best[skill_id] = cue


def _finds(
    finder: Finder,
    tokens: Tokens,
    lo: int = 0,
    hi: int | None = None,
    settled: set[str] | None = None,
) -> _Tally:
    """The kept hits of a text with their cues, tallied; only those whose first word
    starts at a character offset in ``lo..hi-1`` when given. ``settled``: the skills
    whose cue is known (one of the highest level was found before; their finds get none),
    to which those settled here are added."""
    hits = _scan(finder, tokens)
    hits = sorted(_kept(tokens, hits + _coordinated(finder, tokens, hits)))
    text, starts, ends = tokens.text, tokens.starts, tokens.ends
    hi = len(text) if hi is None else hi
    named: list[tuple[str, str]] = []
    cues: list[tuple[str, _Cue]] = []
    for h, cue in zip(hits, _levels(tokens, hits, settled or ()), strict=True):
        start = starts[h.start]
        if lo <= start < hi:
            named.append((h.skill_id, text[start : ends[h.end - 1]]))
            if cue is not None:
                cues.append((h.skill_id, cue))
    tally = _Tally()
    tally.take(named, cues)
    if settled is not None:  # the first cue of the highest level is the one shown
        settled.update(s for s, cue in tally.best.items() if cue.level >= MAX_LEVEL)
    return tally


def _summary(finder: Finder, tally: _Tally) -> list[Found]:
    """The skills of a text's tallied finds: the catalogue's order, each with its
    spellings in the order first met, its count and its best cue."""
    spelt: dict[str, dict[str, int]] = {}  # skill -> words as written -> count
    for (skill_id, span), n in tally.counts.items():
        spelt.setdefault(skill_id, {})[span] = n
    out = []
    for skill_id in sorted(spelt, key=lambda s: finder.order[s]):
        cue = tally.best.get(skill_id)
        level, why = (cue.level, cue.words) if cue else (DEFAULT_LEVEL, "")
        words = tuple(dict.fromkeys(" ".join(w.split()) for w in spelt[skill_id]))
        out.append(Found(skill_id, words, sum(spelt[skill_id].values()), level, why))
    return out


# Reading a long text piece by piece. Every rule looks at most about 30 words away from a
# name (8-word names, 6-word context, 8-word cues, coordinated neighbours, 4 determiners),
# except the one-pass scan, whose state ("inside a name") is carried along: a piece is
# read with REACH words or more on each side, from a word boundary no name crosses.
PIECE = (1500, 4000)  # characters: a piece ends at a blank line after the first figure,
# else at a space after the second
CONTEXTS = (400, 1600)  # characters read on each side of a piece (the second if need be)
REACH = 40  # words on each side of a piece whose finds must be those of the whole text
WHOLE_BELOW = 200_000  # characters: a shorter text is read in one pass
# A long text whose pieces do not repeat is still read by pieces, of this size: the
# words of one piece at a time, not of the whole text, are held (a 10 MB text took 400
# MB and a third of its time went to the garbage collector walking its word lists).
LONG_PIECE = (60_000, 120_000)
_LAST_SPACE = re.compile(r"\s\S*\Z")


def _pieces(text: str, sizes: tuple[int, int] | None = None) -> Iterator[tuple[int, int]]:
    """The (start, end) of the text's pieces: paragraphs taken together up to the first
    blank line after ``sizes[0]`` characters (:data:`PIECE` by default), cut after a
    space at ``sizes[1]`` characters when there is none; each piece ends with a space."""
    shortest, longest = PIECE if sizes is None else sizes
    pos, n = 0, len(text)
    while pos < n:
        end = text.find("\n\n", pos + shortest, pos + longest)
        if end >= 0:
            end += 2
        else:
            space = _SPACE.search(text, pos + longest)
            end = space.end() if space else n
        yield pos, end
        pos = end


def _synced(finder: Finder, tokens: Tokens, first: int) -> bool:
    """Whether a word boundary q in ``M..first`` (M the longest name) has no name of
    several words across it: the scan then reaches q outside any name, whatever came
    before, and reads from q on as it does in the whole text."""
    keys, longest = tokens.keys, finder.longest
    for q in range(first, longest - 1, -1):
        crossed = any(
            p.size > 1 and j + p.size > q and keys[j : j + p.size] == p.words
            for j in range(q - longest + 1, q)
            for p in finder.first.get(keys[j], ())
        )
        if not crossed:
            return True
    return False


class _Window(NamedTuple):
    """A piece of a text with the words read around it (the key of the piece's finds)."""

    left: str
    piece: str
    right: str
    cut_left: bool  # the text goes on before ``left``
    cut_right: bool  # and after ``right``


def _window(text: str, start: int, end: int, context: int) -> _Window:
    """The piece ``text[start:end]`` with up to ``context`` characters on each side, cut
    at spaces."""
    lo, hi = max(0, start - context), min(len(text), end + context)
    left, right = text[lo:start], text[end:hi]
    if lo > 0:
        space = _SPACE.search(left)
        left = left[space.end() :] if space else ""
    if hi < len(text):
        space = _LAST_SPACE.search(right)
        right = right[: space.start()] if space else ""
    return _Window(left, text[start:end], right, lo > 0, hi < len(text))


def _window_finds(
    finder: Finder, window: _Window, memo: Folds, settled: set[str] | None = None
) -> _Tally | None:
    """The finds of a window's piece, as the whole text gives them; None when the rules
    might look further than the window's words (too few words on a side, a name across
    every boundary on the left, a run of more than 4 determiners)."""
    left, piece, right = window.left, window.piece, window.right
    tokens = Tokens(left + piece + right, memo=memo)
    first = bisect.bisect_left(tokens.starts, len(left))
    after = len(tokens) - bisect.bisect_left(tokens.starts, len(left) + len(piece))
    det = list(itertools.compress(itertools.count(), map(DETERMINERS.__contains__, tokens.folded)))
    if (
        (window.cut_left and not _synced(finder, tokens, first - REACH))
        or (window.cut_right and after < REACH)
        or any(b - a == 4 for a, b in zip(det, det[4:], strict=False))  # 5 in a row
    ):
        return None
    return _finds(finder, tokens, len(left), len(left) + len(piece), settled)


def _finds_by_piece(
    finder: Finder,
    text: str,
    whole_below: int = WHOLE_BELOW,
    sizes: tuple[int, int] | None = None,
) -> _Tally | None:
    """The finds of a long text, each distinct piece (with the same words around it)
    read once (pieces of ``sizes``, :data:`PIECE` by default); None when a piece's
    surroundings might matter (then read the whole)."""
    if len(text) < whole_below:
        return None
    return _read_pieces(finder, text, list(_pieces(text, sizes)))


def _read_pieces(finder: Finder, text: str, pieces: list[tuple[int, int]]) -> _Tally | None:
    """:func:`_finds_by_piece` over the (start, end) of ``pieces``, in order."""
    done: dict[_Window, _Tally | None] = {}
    memo = Folds({}, {}, {})
    # skills with a cue of the highest level in the pieces read: a later cue of theirs
    # changes nothing (a piece read again keeps the finds it gave, their cues as good)
    settled: set[str] = set()
    out = _Tally()
    for start, end in pieces:
        for context in CONTEXTS:
            window = _window(text, start, end, context)
            finds = done.get(window)
            if window not in done:
                finds = done[window] = _window_finds(finder, window, memo, settled)
            if finds is not None:
                out.add(finds)
                break
        else:
            return None
    return out


# A long text whose pieces do not repeat is read on two processors when the machine has
# them: the second half of its pieces by a forked copy of the process, which sends back
# its tally (pieces are read apart from each other, so the tally is the same). Any
# trouble in the copy, and the first process reads that half itself.
TWO_HALVES_FROM = 2_000_000  # characters: below, a fork costs more than it saves


def _processors() -> int:
    """How many processors this process may run on."""
    affinity = getattr(os, "sched_getaffinity", None)
    return len(affinity(0)) if affinity else os.cpu_count() or 1


def _finds_in_halves(finder: Finder, text: str, sizes: tuple[int, int]) -> _Tally | None:
    """:func:`_finds_by_piece` for a long text whose pieces do not repeat, its second
    half read by a forked process when there are two processors (see above)."""
    pieces = list(_pieces(text, sizes))
    short = len(text) < TWO_HALVES_FROM or len(pieces) < 2
    if short or not hasattr(os, "fork") or _processors() < 2:
        return _read_pieces(finder, text, pieces)
    first, second = pieces[: len(pieces) // 2], pieces[len(pieces) // 2 :]
    reader, writer = os.pipe()
    try:
        pid = os.fork()
    except OSError:  # no process to be had (a limit reached): one process reads it all
        os.close(reader)
        os.close(writer)
        return _read_pieces(finder, text, pieces)
    if pid == 0:  # the copy: read the second half, send its tally, end without cleaning up
        code = 1
        try:
            os.close(reader)
            with os.fdopen(writer, "wb") as out:
                pickle.dump(_read_pieces(finder, text, second), out, pickle.HIGHEST_PROTOCOL)
            code = 0
        finally:
            os._exit(code)
    os.close(writer)
    try:
        tally = _read_pieces(finder, text, first)
        with os.fdopen(reader, "rb") as got:
            data = got.read()
    except BaseException:  # interrupted: the copy is stopped, not waited for to finish
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        raise
    _, status = os.waitpid(pid, 0)
    if status == 0 and data:
        rest = cast("_Tally | None", pickle.loads(data))  # our own copy's tally
    else:
        rest = _read_pieces(finder, text, second)
    if tally is None or rest is None:
        return None
    tally.add(rest)
    return tally


# A heading: a Markdown heading, a line in bold, or a short line ending with a colon
# (group 1; read, as _LONE below, after line ends put before the text: the plain
# ``^...$`` pattern with re.M was tried at every character: 4.7 times the instructions).
_HEADING = re.compile(r"\n([ \t]*(?:#{1,6}[ \t]|\*\*|__)[^\n]*|[^\n:]{2,60}:[ \t]*)(?=\n|\Z)")
_HEADING_WORDS = 10  # a longer line is a paragraph that starts in bold
# A short line alone between blank lines ("About Acme" in a text copied without its
# markup) is a heading too, unless it is an item of a list ("* Free gym membership") or
# ends as a sentence does (".", "!", ";", ","; "?" but for a heading about the company,
# "Qui sommes-nous ?", "Who are we?").
# (Read after two line ends put before the text: a pattern that starts with a line end
# is tried only at line ends, three times faster.)
_LONE = re.compile(
    r"\n[ \t]*\n(?![ \t]*(?:[*•+-]|\d+[.)])[ \t])"
    r"([^\n]{1,79}[^\n.!;, \t])[ \t]*(?=\n[ \t]*\n)"
)
# Headings of what an ad says about its company, its benefits or how to apply, not about
# the work: what such a section names is not asked of the candidate.
_COMPANY = re.compile(
    r"^(?:(?:more )?about (?!(?:the |this |our )?(?:job|role|position|opportunity|you|me|"
    r"myself|team|work|mission)\b)|who (?:we are|are we)|what is |why (?:join|work)|our (?:purpose|"
    r"mission|story|founders|values|core values|culture|company|benefits)|what we offer|"
    r"(?:perks|benefits)\b|[^\n]*privacy notice|[^\n]*diversity|[^\n]*equal (?:employment )?"
    r"opportunit|how to apply|qui sommes[ -]nous|[àa] propos(?! (?:du poste|de la mission|du "
    r"rôle|de vous|de toi|de moi))|l'entreprise|notre "
    r"(?:mission|histoire|entreprise|culture|raison d'être)|pourquoi (?:nous )?rejoindre|"
    r"(?:les )?avantages|ce que nous (?:offrons|proposons)|postuler|comment postuler"
    # the sections of a posting site's template (the company's text, then the site's)
    r"|company description|(?:description|présentation) de l'entreprise"
    r"|additional information|informations (?:supplémentaires|complémentaires)"
    # what the employee gets, and a benefit as its own heading ("Healthcare", "Mutuelle")
    r"|what you(?:'ll| will) get(?! to (?:do|work))|what(?:'s| is) in it for you"
    r"|what makes (?:work|working|life)"
    r"|life at |(?:total )?(?:compensation|rewards)\b|work from anywhere|remote work\b"
    r"|flexible (?:working )?hours|health ?care\b|health insurance|mental health|dental"
    r"|well-?being|wellness|vacations?\b|paid time off|(?:parental|sick) leave|401\(?k"
    r"|retirement|stock options|[^\n]*nous (?:vous|te) (?:offrons|proposons)"
    r"|ce qu'on (?:vous |t')?(?:offre|propose)|nos avantages|mutuelle|congés"
    r"|tickets? restaurant|rtt\b|prévoyance|intéressement)",
    re.IGNORECASE,
)
# Headings of the papers an ad cites or its team wrote ("References", "Bibliographie",
# "Some of our publications"; not a CV's own "Selected publications"): blanked up to the
# next heading or the first line that is no reference (_CITATION), the ad going on.
_REFERENCES = re.compile(
    r"^(?:r[ée]f[ée]rences\b|bibliograph|(?:some of )?our (?:recent |research |selected )?"
    r"(?:papers|publications)\b|nos publications\b)",
    re.IGNORECASE,
)
# A line of a list of references: a year, a web address, a list mark or a bracketed
# number at its start, or names alone ("Adrien Pupier, Maximin Coavoux"); a blank line.
_CITATION = re.compile(
    r"[^\n]*(?:\b(?:1[89]|20)\d\d\b|https?://)|[ \t]*(?:[*•+-]|\[[^\]\n]*\]|\d+[.)])[ \t]"
    r"|(?:[ \t]*(?:[A-ZÀ-Ý][\w'’-]*\.?|and|et|&),?)*[ \t]*(?=\n|\Z)"
)


def _references_end(text: str, start: int, end: int) -> int:
    """Where the list of references whose heading starts at ``start`` ends: at the first
    line after the heading that is no reference, or at ``end`` (the next heading)."""
    at = text.find("\n", start, end)
    while 0 <= at < end:
        line = at + 1
        if not _CITATION.match(text, line, end):
            return line
        at = text.find("\n", line, end)
    return end


def _heading_text(line: str) -> str | None:
    """A heading line's words without its markup, or None when the line is a paragraph."""
    words = line.strip().strip("#*_: \t").replace("’", "'").split()
    return " ".join(words) if 0 < len(words) <= _HEADING_WORDS else None


def without_company_sections(text: str) -> str:
    """The text with the body of each section about the company, its benefits or how to
    apply ("About Acme", "Why join us", "Perks", "What you'll get", "Healthcare" as a
    benefit's own heading, "Qui sommes-nous ?", "Les avantages", "Mutuelle", "Postuler"...)
    blanked, heading included, up to the next heading (a short line alone
    between blank lines is one too), and each list of references ("References",
    "Bibliographie") up to its first line that is no reference; same length, line ends
    kept."""
    lined = "\n\n" + text  # (see _HEADING and _LONE: the offsets are 2 further on)
    heads = {m.start(1) - 2: _heading_text(m.group(1)) for m in _HEADING.finditer(lined)}
    for m in _LONE.finditer(lined):
        words = _heading_text(m.group(1))
        if words is None or not words.endswith("?") or _COMPANY.match(words):
            heads.setdefault(m.start(1) - 2, words)
    kept = [(start, words) for start, words in sorted(heads.items()) if words is not None]
    ends = [start for start, _ in kept[1:]] + [len(text)]
    parts: list[str] = []
    done = 0
    for (start, words), end in zip(kept, ends[: len(kept)], strict=True):
        if _REFERENCES.match(words):
            end = _references_end(text, start, end)
        if _COMPANY.match(words) or _REFERENCES.match(words):
            parts += [text[done:start], _blank(text[start:end])]
            done = end
    return "".join([*parts, text[done:]])


# A LaTeX list of references (an offer written in LaTeX), to its end or the text's.
_LATEX_REFERENCES = re.compile(
    r"\\begin\{thebibliography\}.*?(?:\\end\{thebibliography\}|\Z)", re.DOTALL
)


def without_latex_references(text: str) -> str:
    """The text with its ``thebibliography`` environment blanked: the papers an offer
    cites are not asked of the candidate (same length, line ends kept)."""
    return _LATEX_REFERENCES.sub(lambda m: _blank(m.group()), text)


# A legal notice to applicants: an equal-opportunity or non-discrimination statement, an
# offer of accommodation, a warning about fraudulent offers, a notice about applicants'
# personal data ("CCPA Notice at Collection for ... Applicants", "Tous nos postes sont
# ouverts aux personnes en situation de handicap"). Wherever it stands, with or without a
# heading, its line (a paragraph of a copied ad) asks nothing of the candidate. The
# privacy phrases count only beside a word of applying ("privacy policy" alone may be the
# work of a data-protection officer). Read in the text in lower case (see _lowered).
_LEGAL = re.compile(
    r"equal (?:employment )?opportunit|without regard to|reasonable accommodation|e-verify"
    r"|notice at collection|non[- ]?discrimination|fraudulent (?:job|recruit|offer)"
    r"|(?:applicant|candidate)s?['’]? (?:data )?privacy"
    r"|(?:privacy (?:notice|policy)|personal (?:data|information))"
    r"[^\n]{0,80}?(?:applicant|candidate)"
    r"|égalité des chances|situation de handicap|(?:contre toute|sans) (?:forme de )?discrimination"
    r"|données personnelles[^\n]{0,80}?candidat|candidat[^\n]{0,80}?données personnelles"
)
LEGAL_LINE = 1500  # characters: a longer line is no notice but a text copied on one line
# Where a notice may be: its lines are those with one of these words (found by a plain
# search of the text in lower case; _LEGAL tried at every character cost three times the
# degrees' reading), each line read once.
_LEGAL_AT = (
    "opportunit", "without regard", "accommodation", "e-verify", "notice at collection",
    "discrimination", "fraudulent", "privacy", "personal data", "personal information",
    "égalité des chances", "handicap", "données personnelles",
)  # fmt: skip


def _legal_lines(lower: str) -> Iterator[tuple[int, int]]:
    """The (start, end) of each line of ``lower`` that is a legal notice to applicants."""
    done = 0  # the end of the last line read: a hit before it is in a line read
    for at in sorted(at for word in _LEGAL_AT for at in _found(lower, word)):
        if at < done:
            continue
        start = lower.rfind("\n", done, at) + 1 or done
        end = lower.find("\n", at)
        done = len(lower) if end < 0 else end
        if done - start <= LEGAL_LINE and _LEGAL.search(lower, start, done):
            yield start, done


def _without_legal_notices(text: str, lower: str) -> tuple[str, str]:
    """The text and ``lower`` (it in lower case) with each line of a legal notice to
    applicants blanked (_LEGAL; same length)."""
    parts: list[str] = []
    low: list[str] = []
    done = 0
    for start, end in _legal_lines(lower):
        blank = " " * (end - start)
        parts += [text[done:start], blank]
        low += [lower[done:start], blank]
        done = end
    return "".join([*parts, text[done:]]), "".join([*low, lower[done:]])


def without_legal_notices(text: str) -> str:
    """The text with each line of a legal notice to applicants (equal opportunity,
    accommodation, fraudulent offers, applicants' personal data) blanked (same length)."""
    return _without_legal_notices(text, _lowered(text))[0]


# A degree and its subjects, up to the clause's end or to what is asked beside it
# ("experience", "years", "with" but for "with a focus"): "BS/MS/Ph.D. in Computer
# Science, Statistics", "BAC+5 avec une spécialisation (statistiques, mathématiques)",
# "un doctorat en informatique", "une formation supérieure en informatique", "une
# formation en maths appliquées ou informatique (traitement du signal)"; what is asked
# beside it ends it too ("formation en informatique, vous maîtrisez Python", "et une
# bonne maîtrise de SQL", "a BS in Statistics, strong knowledge of SQL"). (The first
# letter is checked first: less than half the time on long texts.)
# "une formation en" a field of study ("une formation en Python" is a training course)
_FIELDS = (
    r"(?:maths?|math[ée]matiques|informatique|statistiques?|physique|sciences?|ing[ée]nierie|"
    r"g[ée]nie|[ée]conomie|[ée]conom[ée]trie|[ée]lectronique)\b"
)
_DEGREE = re.compile(
    r"\b(?=[bdfmpéBDFMPÉ])(?:degrees?|formation (?:supérieure|universitaire|en (?=" + _FIELDS + "))"
    r"|bachelor(?:'s|’s|s)?|master(?:'s|’s|s)?(?=\s*(?:degree|in|of|or|ou|en|de|/|,|\)))"
    r"|ph\.? ?d\b\.?|m\.sc?\b\.?|msc|b\.sc?\b\.?|bsc|doctorate|diplômée?s?|"
    r"diplômé\(e\)|diplôme|bac ?\+ ?\d|doctorat|école d['’]ingénieur)"
    r"[^\n;]*?(?=[\n;]|\.(?:\s+(?-i:[A-ZÀ-Ý])|\s*$)|\b(?:\d+ ?\+? ?(?:[-–] ?\d+ ?)?"
    r"(?:years?|yrs|ans|années)\b|experience|expérience|years|ans|"
    r"(?:vous|you|ma[îi]tris\w*|connaissances?|comp[ée]tences?|bonnes?|solides?|strong|"
    r"knowledge|skills?|proficien\w*|aux|et une?)\b|"
    r"(?:with|avec)\b(?! (?:a|an|une|un) (?:speciali[sz]ation|spécialisation|focus|major|"
    r"concentration|option)))|$)",
    re.IGNORECASE,
)


def _blank(text: str) -> str:
    """Spaces in place of every character but the line ends."""
    return "\n".join(" " * len(line) for line in text.split("\n"))


# Where a degree may start: _DEGREE is tried only at these, looked for in the text in
# lower case (as the team lists; no two overlap where a degree starts, at a word's start).
_DEGREE_AT = re.compile(
    r"degree|bachelor|master|ph\.? ?d\b|m\.sc?\b|msc|b\.sc?\b|bsc|doctorat|diplôm|bac ?\+ ?\d|"
    r"école d['’]ingénieur|formation (?:supérieure|universitaire|en)"
)


LOWER_STRETCH = 100_000  # characters lowered at a time (see _lowered)


def _lowered(text: str) -> str:
    """The text in lower case, each character in place, as an IGNORECASE pattern sees it
    ("İ" lowers to two characters: to "i" here; "ı" and "ſ" match "i" and "s" there).

    A text that is not ASCII is lowered by stretches cut after a space (where no letter
    is lowered differently, not even a final sigma): ``str.lower`` holds four bytes per
    character, and more, while it works (40 MB more for 10 MB)."""
    if text.isascii():
        return text.lower()
    parts: list[str] = []
    done = 0
    while done < len(text):
        cut = text.find(" ", done + LOWER_STRETCH) + 1 or len(text)
        part = text[done:cut]
        lower = part.lower()
        if len(lower) != len(part):  # offsets would move
            lower = "".join(c.lower()[0] for c in part)
        parts.append(lower)
        done = cut
    lower = "".join(parts)
    if "ı" in lower or "ſ" in lower:
        lower = lower.replace("ı", "i").replace("ſ", "s")
    return lower


def _without_degrees(text: str, lower: str) -> tuple[str, str]:
    """:func:`without_degree_subjects` of the text, and of ``lower`` (the text in lower
    case, :func:`_lowered`): the degrees are those _DEGREE finds, left to right."""
    return _without_matches(_DEGREE, _DEGREE_AT, text, lower)


# What the candidate loves, not what the work asks: "passionate about robotics",
# "passionné.e par la robotique et l'IA", "a passion for NLP" (interests are not labelled
# as skills), the cue and its words to the next comma, "and", "et"... or the clause's end
# ("passionate about AI and have 3+ years of Python" still asks for Python). ("Une appétence
# pour la coordination d'équipe", "un intérêt pour les données linguistiques" do ask for
# something: left alone.) Tried at the places _INTEREST_AT finds.
_INTEREST = re.compile(
    r"\b(?:passionate (?:about|for)|passion (?:for|pour)"
    r"|passionn[ée]e?(?:[.·]e|\(e\))?s? (?:par|pour))(?:(?! (?:and|or|et|ou) )[^\n;,.!?])*",
    re.IGNORECASE,
)
_INTEREST_AT = re.compile(r"passion")


def _without_interests(text: str, lower: str) -> tuple[str, str]:
    """The text with each interest (_INTEREST) and each of a lab's research areas
    (_RESEARCH_AREAS) blanked, and ``lower`` the same."""
    text, lower = _without_matches(_INTEREST, _INTEREST_AT, text, lower)
    return _without_matches(_RESEARCH_AREAS, _RESEARCH_AREAS_AT, text, lower)


# A lab's or a team's own research, to the sentence's end or to the "vous" / "you" that
# turns to the post: "le laboratoire développe ses recherches autour des méthodes
# d'apprentissage automatique", "une équipe dont les travaux de recherche explorent ...",
# "our research spans NLP and vision" (what they work on, in the present; not the post's
# "le doctorant mènera ses travaux autour de ...", "le stage, dont les travaux porteront
# sur ...", nor "candidates whose research focuses on ...").
_RESEARCH_AREAS_AT = re.compile(
    r"(?:développe|développent|oriente|orientent|concentre|concentrent) (?:ses|leurs) "
    r"(?:recherches|travaux)|dont les (?:travaux|recherches)(?: de recherche)? (?:portent|"
    r"explorent|s['’]articulent|se concentrent|concernent)|(?:our|its|their) research "
    r"(?:focuses|centers|centres|covers|spans|includes)\b"
)
_RESEARCH_AREAS = re.compile(
    f"(?:{_RESEARCH_AREAS_AT.pattern})" + r"(?:(?!\b(?:vous|you)\b)[^\n.;!?])*", re.IGNORECASE
)


def _without_matches(
    pattern: re.Pattern[str], at: re.Pattern[str], text: str, lower: str
) -> tuple[str, str]:
    """The text with each match of ``pattern`` blanked (same length), and ``lower`` (the
    text in lower case) the same: the pattern is tried at each place ``at`` finds in
    ``lower``, left to right, from the end of the last match on."""
    parts: list[str] = []
    low: list[str] = []
    done = 0
    for hint in at.finditer(lower):
        m = pattern.match(text, hint.start()) if hint.start() >= done else None
        if m is not None:
            blank = _blank(m.group())
            parts += [text[done : m.start()], blank]
            low += [lower[done : m.start()], blank]
            done = m.end()
    return "".join([*parts, text[done:]]), "".join([*low, lower[done:]])


def without_degree_subjects(text: str) -> str:
    """The text with each degree and its subjects blanked (same length): "a master in
    statistics" asks for a degree, not for statistics (labelled so in the quality set)."""
    return _without_degrees(text, _lowered(text))[0]


# Other people's teams listed by name: "working with teams like GTM, Product Management,
# and Engineering", "les équipes telles que Finance, Produit et Data" (capitalised names,
# up to the first word in lower case).
_TEAM_LIST = re.compile(
    r"\b(?=[tdéTDÉ])(?:teams?|departments?|équipes?|départements?),? (?:like|such as|including|"
    r"comme|telles? que|notamment) (?:l['’]|les? |la )?"
    r"((?-i:[A-ZÀ-Ý])[\w&+/-]*(?:(?:,? (?:and |or |et |ou |& )?|/| )(?-i:[A-ZÀ-Ý])[\w&+/-]*)*)",
    re.IGNORECASE,
)


# Where such a list may be: the pattern is tried only at these (three times faster), the
# places where one of _TEAM_LIST_WORDS follows a team word (_TEAM_LIST_AT, read on the 11
# characters before it: "partements,"). Looked for in the text in lower case, so that
# "Teams Such As" and "ÉQUIPES TELLES QUE" are found too, each word by a plain search (the
# pattern ``(?:eam|quipe|partment|partement)s?,? (?:like|...) ``, tried at every "e", "q"
# and "p", cost 83 M instructions a MB); no two such places overlap.
_TEAM_LIST_WORDS = (
    " like ", " such as ", " including ", " comme ", " telle que ", " telles que ", " notamment "
)  # fmt: skip
_TEAM_LIST_AT = re.compile(r"(?:eam|quipe|partment|partement)s?,?\Z")


def _team_list_hints(lower: str) -> list[int]:
    """Where a list of teams may start in the text (in lower case): each team word
    followed by one of _TEAM_LIST_WORDS, in order."""
    hints = []
    for word in _TEAM_LIST_WORDS:
        for at in _found(lower, word):
            m = _TEAM_LIST_AT.search(lower, max(0, at - 11), at)
            if m is not None:
                hints.append(m.start())
    return sorted(hints)


def without_team_lists(text: str, lower: str | None = None) -> str:
    """The text with lists of teams named after "teams like", "teams, including", "les
    équipes telles que"... blanked (same length): the names are teams, not skills.
    ``lower``: the text in lower case (:func:`_lowered`), when known."""
    parts: list[str] = []
    done = 0
    lower = _lowered(text) if lower is None else lower
    for start in _team_list_hints(lower):
        while start and text[start - 1].isalpha():
            start -= 1
        m = _TEAM_LIST.match(text, start)
        if m is not None and m.start() >= done:
            parts += [text[done : m.start(1)], _blank(m.group(1))]
            done = m.end()
    return "".join([*parts, text[done:]])


REPEATED = 1 / 3  # the share of a text's pieces that must repeat for pieces to pay


def _repeats(text: str) -> bool:
    """Whether a long text repeats enough of its pieces to be read piece by piece: each
    distinct piece is read with its surroundings (about 1.5 times its length), so a text
    whose pieces are mostly distinct costs less in one pass (the same finds either way)."""
    if len(text) < WHOLE_BELOW:
        return False
    pieces = [text[a:b] for a, b in _pieces(text)]
    return len(set(pieces)) <= (1 - REPEATED) * len(pieces)


def find_skills(index: Index, text: str) -> list[Found]:
    """The catalogue's skills named in a CV or a job ad (plain text or Markdown), each
    with the words that named it and the level its cue gives (see the module's doc).

    Each distinct piece of the text (with the same words around it) is read once
    (:func:`_finds_by_piece`); when a piece's surroundings cannot be shown not to
    matter, the whole text is read in one pass instead: the same finds either way."""
    finder = finder_for(index)
    text = without_company_sections(without_latex_references(text))
    text, lower = _without_legal_notices(text, _lowered(text))
    text = without_team_lists(*_without_interests(*_without_degrees(text, lower)))
    if _repeats(text):
        finds = _finds_by_piece(finder, text)
    elif len(text) >= WHOLE_BELOW:
        finds = _finds_in_halves(finder, text, LONG_PIECE)
    else:
        finds = None
    if finds is None:
        finds = _finds(finder, Tokens(text))
    return _with_implied(index, finder, _summary(finder, finds))


def _with_implied(index: Index, finder: Finder, found: list[Found]) -> list[Found]:
    """The skills found and those they imply (``Skill.implies``: a text asking for Apache
    Spark asks for large-scale data processing), an implied skill named by the same words,
    at the same level, unless the text names it itself; in the catalogue's order."""
    have = {f.skill_id for f in found}
    implied: dict[str, Found] = {}
    for f in found:
        for other in index.skills.items[f.skill_id].implies:
            if other not in have and other not in implied:
                implied[other] = f._replace(skill_id=other, implied_by=f.skill_id)
    if not implied:
        return found
    return sorted([*found, *implied.values()], key=lambda f: finder.order[f.skill_id])


TITLE_WORDS = 40  # an ad's title and first sentence: where it names its own role


def role_finder(index: Index) -> Finder:
    """A finder over the catalogue's role names and aliases (built once per index)."""
    return _once(index, "_cv_role_finder", _roles_finder)


def _roles_finder(index: Index) -> Finder:
    names = index.names("roles")
    return Finder(
        (ident, (en, fr, *_sides(en), *_sides(fr), *aliases)) for ident, en, fr, aliases in names
    )


def _sides(name: str) -> list[str]:
    """The names a role's name joins with " / " ("Head of AI / Chief AI Officer")."""
    return name.split(" / ") if " / " in name else []


_SLASHED = re.compile(r"\b([\w+#]+)/([\w+#]+)([ \t]+[\w+#]+)")
_TITLE_LINE = re.compile(r"[^\n]*\w[^\n]*")  # the first line with a word ("---" is none)
# The job nouns a title ends with (English) or starts with (French).
_HEAD_EN = r"(?:engineer|scientist|developer|researcher|analyst|architect)s?"
_HEAD_FR = r"(?:ingénieure?|développeu(?:r|se)|chercheu(?:r|se)|analyste|architecte)s?"
_PART = r"[\w+#-]+(?: [\w+#-]+)?"  # one side of "A & B": one or two words
# "Perception & State Estimation Engineer": each side is a perception / state-estimation
# engineer; "Ingénieur Vision et Perception": an ingénieur vision, an ingénieur perception.
_AND_EN = re.compile(rf"({_PART}) (?:&|and) ({_PART}) ({_HEAD_EN})\b", re.IGNORECASE)
_AND_FR = re.compile(rf"\b({_HEAD_FR}) ({_PART}) (?:&|et) ({_PART})", re.IGNORECASE)
# Words that say how the work is done, not which role: "Deep Learning Algorithm Engineer"
# is a deep-learning engineer, "Ingénieur logiciel vision" an ingénieur vision.
_HOW = r"(?:software|algorithms?|systems?|platform|applications?|solutions?)"
_HOW_FR = r"(?:logiciel(?:le)?s?|algorithmes?|systèmes?|plateformes?|solutions?)"
_HOW_EN = re.compile(rf"\b{_HOW} ({_HEAD_EN})\b", re.IGNORECASE)
_HOW_FR_RE = re.compile(rf"\b({_HEAD_FR}) {_HOW_FR}\b", re.IGNORECASE)
# "AI ML" before the job noun says AI twice: "Generative AI ML Engineer" is a generative-AI
# engineer ("Data AI Engineer" is left alone: "Data" is no AI speciality).
_BROAD_EN = re.compile(rf"(?<=\bAI) ML ((?i:{_HEAD_EN}))\b")
# "AI Engineer (Prompt)", "Data Scientist (NLP)": the bracketed speciality with the job
# noun names the more specific role (a prompt engineer, an NLP scientist).
_SPECIALITY = re.compile(rf"\b({_HEAD_EN}) \(([\w+# -]+)\)", re.IGNORECASE)
_SPECIALITY_FR = re.compile(rf"\b({_HEAD_FR})(?:\.?e)? \(([\w+# -]+)\)", re.IGNORECASE)
# "Analyste principal de données", "Ingénieure senior en robotique": French puts the
# seniority after the job noun, before the speciality (an analyste de données).
_RANK_FR = re.compile(
    rf"\b({_HEAD_FR})(?:\.?e)? (?:principal|s[eé]nior|junior|confirmé|expérimenté)(?:\.?e)?s?\b",
    re.IGNORECASE,
)


# The French marks of both genders on a job noun: "Ingénieur(e) Data", "Ingénieur.e IA",
# "Développeur·se BI", "Chercheur(euse)": read as the noun alone ("Ingénieur Data").
_GENDER = re.compile(
    r"(?<=[^\W\d_])(?:\((?:e|se|euse|ne|le|rice|trice)\)"
    r"|[.·](?:e|se|euse|ne|le|rice|trice)(?:[.·]s)?(?!\w))"
)


def title_readings(line: str) -> list[str]:
    """The ways a title line may name a role besides its own words, most specific first:
    "AI Engineer (Prompt)" as "Prompt Engineer" (French "Ingénieur (Vision)" as "Ingénieur
    Vision"); "Architect, Big Data" as "Big Data Architect" (one comma: speciality first);
    "A & B Engineer" (or "and",
    French "Ingénieur A et B") as each side's engineer; and without a word that says how
    the work is done ("software", "algorithm", "platform"..., French "logiciel",
    "algorithmes"...) before the job noun; and, in French, without a seniority after the
    job noun ("Analyste principal de données" as "Analyste de données"); each read without
    the French marks of both genders on a job noun ("Ingénieur(e) Data" as "Ingénieur
    Data")."""
    original, line = line, _GENDER.sub("", line)
    readings = [line] if line != original else []
    readings += [m.expand(r"\2 \1") for m in _SPECIALITY.finditer(line)]
    readings += [m.expand(r"\1 \2") for m in _SPECIALITY_FR.finditer(line)]
    speciality = _speciality_title(line)
    readings += [*_both_sides(speciality), speciality] if speciality else []
    if line.count(",") == 1:
        left, right = line.split(",")
        line = f"{right.strip()} {left.strip()}"
        readings.append(line)
    readings += _both_sides(line)
    readings += [_RANK_FR.sub(r"\1", r) for r in [line, *readings]]
    readings += [_HOW_FR_RE.sub(r"\1", _HOW_EN.sub(r"\1", r)) for r in [line, *readings]]
    readings += [_BROAD_EN.sub(r" \1", r) for r in [line, *readings]]
    return [r for r in dict.fromkeys(readings) if r != original]


def _both_sides(line: str) -> list[str]:
    """Read "A & B Engineer" as "A Engineer | B Engineer" (French "Ingénieur A et B" as
    "Ingénieur A | Ingénieur B")."""
    readings = [m.expand(r"\1 \3 | \2 \3") for m in _AND_EN.finditer(line)]
    return readings + [m.expand(r"\1 \2 | \1 \3") for m in _AND_FR.finditer(line)]


def title_line(text: str) -> str:
    """The text's title: its first line with a word, without Markdown marks or a link's
    address, spaces squeezed ("" when the text has no word)."""
    first = _TITLE_LINE.search(text)
    if first is None:
        return ""
    return " ".join(re.sub(r"[#*\[\]`]", " ", first.group().split("](")[0]).split())


def _title_variants(text: str, readings: Iterable[str]) -> str:
    """The text with its title also read the ways titles shorten names (``readings``,
    :func:`title_readings` of its title), and "AI/ML Engineer" anywhere as an AI
    engineer and an ML engineer (after the two words joined: "ML/Ops Engineer" is an
    MLOps engineer first)."""
    head = "".join(f"{r} | " for r in readings)
    return _SLASHED.sub(r"\1\2\3 | \1\3 | \2\3", head + text)


# A title whose speciality is a skill of the catalogue ("SLAM Engineer", "Ingénieur
# SLAM", "ML Engineer, Recommendation Systems") names the role that needs that skill most:
# the one role listing it at the highest importance, then level, if at most
# SPECIALITY_ROLES roles list it at all (a skill many roles list, "Python Developer",
# "Ingénieur Python", singles none out).
SPECIALITY_ROLES = 3
_JOB_AFTER = re.compile(rf"[ \t]*({_HEAD_EN})\b", re.IGNORECASE)  # "SLAM Engineer"
_JOB_BEFORE = re.compile(  # "Ingénieur SLAM", "Ingénieure en vision"
    rf"\b({_HEAD_FR})(?:\.?e)?(?: (?:en|de|des|du)| d['’])?[ \t]*\Z", re.IGNORECASE
)
# The kind of worker a job noun names, in English and French (folded stems): the role a
# title's skill singles out must be of the title's kind ("Time Series Scientist" is no
# quantitative researcher, "Spark Developer" no big-data architect).
_KINDS = (
    ("engineer", "ingenieu"),
    ("scientist", "scientifique"),
    ("developer", "developpeu"),
    ("researcher", "chercheu"),
    ("analyst", "analyste"),
    ("architect", "architecte"),
)
_LEFT_EN = re.compile(rf"\b({_HEAD_EN})[ \t]*\Z", re.IGNORECASE)  # "ML Engineer", ...
_LEFT_FR = re.compile(rf"\A[ \t]*({_HEAD_FR})(?:\.?e)?\b", re.IGNORECASE)  # "Ingénieur R&D", ...


# What separates a title's parts besides one comma: a dash or a bar between spaces
# ("Machine Learning Engineer - NLP", "Ingénieur(e) Développement – IA | Lyon").
_TITLE_PARTS = re.compile(r"[ \t]+[-–—|][ \t]+")
_JOB_NOUN = re.compile(rf"\b(?:{_HEAD_EN}|{_HEAD_FR})\b", re.IGNORECASE)


def _speciality_title(line: str) -> str:
    """Read "ML Engineer, Recommendation Systems" as "Recommendation Systems Engineer" (French
    "Ingénieur R&D, SLAM" as "Ingénieur SLAM"): the part after a comma, a dash or a bar
    ("Machine Learning Engineer - NLP" as "NLP Engineer") with the job noun of the part
    before it, at the first part that ends (English) or starts (French) with a job noun;
    "" when the title is not of that form, or when the next part is a title of its own
    ("ML Engineer - Data Scientist")."""
    parts = [p for part in line.split(",") for p in _TITLE_PARTS.split(part)]
    for left, right in zip(parts, parts[1:], strict=False):
        en, fr = _LEFT_EN.search(left.strip()), _LEFT_FR.match(left.strip())
        if (en or fr) and _JOB_NOUN.search(right):  # "ML Engineer - Data Scientist": two
            return ""  # titles, not a speciality
        if en:
            return f"{right.strip()} {en.group(1)}"
        if fr:
            return f"{fr.group(1)} {right.strip()}"
    return ""


def _role_names(index: Index) -> dict[str, str]:
    """Role id -> its English and French names, folded (built once per index)."""
    return _once(
        index,
        "_cv_role_names",
        lambda ix: {ident: fold(f"{en} | {fr}") for ident, en, fr, _ in ix.names("roles")},
    )


def _speciality_role(index: Index, skill: str, noun: str) -> str | None:
    """The one role that lists ``skill`` at the highest importance, then level, when at
    most SPECIALITY_ROLES roles list it and its name is of the job noun's kind; else None."""
    users = index.users_of([skill]).get(skill, [])
    if not users or len(users) > SPECIALITY_ROLES:
        return None
    ranks = [(importance == "essential", level) for _, importance, level in users]
    best = [role for (role, _, _), rank in zip(users, ranks, strict=True) if rank == max(ranks)]
    folded = fold(noun)
    kind = next((k for k in _KINDS if folded.startswith(k)), None)
    if len(best) != 1 or kind is None:
        return None
    return best[0] if any(stem in _role_names(index)[best[0]] for stem in kind) else None


def _speciality_roles(index: Index, readings: Iterable[str]) -> list[str]:
    """The roles singled out by a skill each reading of a title names beside its job noun
    (after it in English, before it in French), in the order read."""
    finder, roles = finder_for(index), []
    for reading in readings:
        tokens = Tokens(reading)
        for hit in _kept(tokens, _scan(finder, tokens)):
            after = reading[tokens.ends[hit.end - 1] :]
            before = reading[: tokens.starts[hit.start]]
            job = _JOB_AFTER.match(after) or _JOB_BEFORE.search(before)
            if job:
                roles.append(_speciality_role(index, hit.skill_id, job.group(1)))
    return [role for role in dict.fromkeys(roles) if role is not None]


# "We are seeking a highly skilled NLP Engineer", "Nous recherchons un Data ingénieur":
# wherever the ad says whom it hires, the role named in the next SOUGHT_WORDS words;
# "As a", "En tant que" (group 1): see _spoken_to.
_SOUGHT = re.compile(
    r"\b(?=[lshraeLSHRAE])(?:looking for|seeking|hiring|recruiting|recherchons|recrutons"
    r"|(?:recherche|recrute)(?:nt)? (?=une?\b|un\.e\b|un\(e\))"
    r"|(as an?(?= )|en tant qu(?:e(?= )|['’])))",
    re.IGNORECASE,
)
SOUGHT_WORDS = 6
# "As a Senior Data Scientist, you will...", "En tant qu'Ingénieur Data, tu...": at a
# sentence's start, the role the ad speaks to, named in the AS_WORDS words before a
# comma, with nothing before it but words such as its seniority ("As a member of the
# team", "As a partner to data scientists": none) and after it the phrase's end or one of
# _AS_AFTER ("As an NLP engineer you will"; "As a Data Science consultancy, we" names no
# data scientist). "3+ years of experience as a Data Engineer" and a founder's "passé par
# Criteo en tant que CDO" start no sentence.
AS_WORDS = 5
_AS_NOT_BEFORE = frozenset(
    "to of for with in at on the a an and de du des d pour avec au aux la le les l un une "
    "et".split()
)
_AS_AFTER = frozenset(
    "you your vous votre tu ton ta at in on for with within chez au dans de du des d pour "
    "who qui".split()
)
# "Our Perception team is looking for an engineer", "l'équipe Computer Vision recherche
# un.e ingénieur.e": the bare job noun is the team's (a perception engineer, an
# ingénieur computer vision). Read before and after each phrase _SOUGHT finds.
_TEAM = r"([^.;:!?\n|]{2,40}?)"
_TEAM_EN = re.compile(rf"\b(?:our|the) {_TEAM} team (?:is |are )?$", re.IGNORECASE)
_TEAM_FR = re.compile(rf"\béquipes? (?:de |d['’]|du )?{_TEAM} $", re.IGNORECASE)
_BARE_NOUN = re.compile(
    rf"\s*(?:an?|une?|un\.e|un\(e\)) (?:({_HEAD_EN})\b|({_HEAD_FR}))", re.IGNORECASE
)


# Where such a phrase may start: _SOUGHT is tried only at these words, each found by a
# plain search of the text in lower case (a pattern of the six, tried at every "l", "s",
# "h" and "r", cost 100 M instructions a MB). Where two overlap, the second starts after
# a letter (no word starts there: no "\b") or after the space of "looking for" (none starts
# with "f"), so that _SOUGHT finds nothing at it that ``finditer`` would.
_SOUGHT_AT = (
    "looking for", "seeking", "hiring", "recruiting", "recherch", "recrut", "as a", "en tant",
)  # fmt: skip


def _found(text: str, word: str) -> Iterator[int]:
    """The offsets of every occurrence of ``word`` in the text."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


def _sought_phrases(text: str) -> Iterator[re.Match[str]]:
    """The matches of _SOUGHT in the text, left to right, as ``finditer`` gives them."""
    lower = _lowered(text)
    done = 0
    for start in sorted(at for word in _SOUGHT_AT for at in _found(lower, word)):
        m = _SOUGHT.match(text, start) if start >= done else None
        if m is not None:
            done = m.end()
            yield m


def _starts_sentence(text: str, at: int) -> bool:
    """Whether a sentence starts at ``at``: only spaces and markup ("**", "#", "- ")
    between it and the text's start, a line end or a sentence's end."""
    before = text[max(0, at - 12) : at].rstrip(" \t*#_>•-")
    return not before or before[-1] in "\n.!?:"


def _sought(text: str, phrases: Iterable[re.Match[str]]) -> Iterator[str]:
    """The words after each phrase saying whom the ad hires, to the end of the clause
    (the words of a web address left in), read as a title is (:func:`title_readings`,
    "Data / Cloud Engineer" as "Data/Cloud Engineer"), and a team's bare job noun read
    with the team's name."""
    for m in phrases:
        if m.group(1):  # "As a": _spoken_to
            continue
        rest = re.split(r"[.;!?\n]\s", text[m.end() : m.end() + 300] + "\n ", maxsplit=1)[0]
        words = list(_WORD.finditer(rest))[:SOUGHT_WORDS]
        if words:
            yield from _as_title(rest[: words[-1].end()])
        noun = _BARE_NOUN.match(rest)
        if noun is None:
            continue
        before = text[max(0, m.start() - 60) : m.start()]
        team_en, team_fr = _TEAM_EN.search(before), _TEAM_FR.search(before)
        if noun.group(1) and team_en:
            yield f"{team_en.group(1)} {noun.group(1)}".replace("*", " ")
        if noun.group(2) and team_fr:
            yield f"{noun.group(2)} {team_fr.group(1)}".replace("*", " ")


def _spoken_to(index: Index, text: str, phrases: Iterable[re.Match[str]]) -> list[str]:
    """The roles named after "As a" / "En tant que" at a sentence's start (see AS_WORDS),
    in order, the words read as a title is."""
    finder, roles = role_finder(index), []
    for m in phrases:
        if not m.group(1) or not _starts_sentence(text, m.start()):
            continue
        phrase = re.split(r"[,.;:!?()\n]", text[m.end() : m.end() + 200], maxsplit=1)[0]
        words = list(_WORD.finditer(phrase))[:AS_WORDS]
        for side in _as_title(phrase[: words[-1].end()]) if words else []:
            tokens = Tokens(side)
            for hit in _scan(finder, tokens):
                after = tokens.folded[hit.end : hit.end + 1]
                if _AS_NOT_BEFORE.isdisjoint(tokens.folded[: hit.start]) and (
                    not after or after[0] in _AS_AFTER
                ):
                    roles.append(hit.skill_id)
    return roles


def _as_title(part: str) -> Iterator[str]:
    """The words that name a role read as a title is (:func:`title_readings`), each side
    of a slash on its own ("Data / Cloud Engineer": "Data Engineer", "Cloud Engineer")."""
    part = re.sub(r"[ \t]+/[ \t]+", "/", part)
    for reading in [part, *title_readings(part)]:
        yield from _SLASHED.sub(r"\1\3 | \2\3", _GENDER.sub("", reading)).split(" | ")


def named_groups(index: Index, text: str) -> tuple[tuple[str, ...], ...]:
    """The roles :func:`roles_named` gives, in its order, the roles the title names side
    by side joined in one group (:func:`side_by_side`): "AI/MLOps Engineer" names an AI
    engineer and an MLOps engineer alike, and the skills asked decide between them."""
    roles, line = _roles_named(index, text, TITLE_WORDS)
    ties = side_by_side(index, _GENDER.sub("", line))
    groups: list[tuple[str, ...]] = []
    for role in roles:
        if not any(role in group for group in groups):
            tie = next((t for t in ties if role in t), frozenset((role,)))
            groups.append(tuple(r for r in roles if r in tie))
    return tuple(groups)


def side_by_side(index: Index, line: str) -> list[frozenset[str]]:
    """The roles a title line names side by side, each side of a slash naming its own
    ("AI/MLOps Engineer": an AI engineer, an MLOps engineer; "Analytics Engineer / Data
    Engineer"), one set per slash whose two sides name different roles."""
    finder = role_finder(index)
    pairs = [(m.expand(r"\1\3"), m.expand(r"\2\3")) for m in _SLASHED.finditer(line)]
    if " / " in line:
        left, right = line.split(" / ", 1)
        pairs.append((left, right))
    ties = []
    for sides in pairs:
        named = [{hit.skill_id for hit in _scan(finder, Tokens(side))} for side in sides]
        if all(named) and named[0] != named[1]:
            ties.append(frozenset(named[0] | named[1]))
    return ties


def _head(text: str, words: int) -> str:
    """The text's start: its first ``2 * words`` words (with slack for web addresses)."""
    ends = [m.end() for _, m in zip(range(2 * words), _WORD.finditer(text), strict=False)]
    return text[: ends[-1]] if len(ends) == 2 * words else text


def roles_named(index: Index, text: str, words: int = TITLE_WORDS) -> tuple[str, ...]:
    """The roles a text names by their name or an alias among its first ``words`` words
    (outside web addresses), in the order named, then those it says it hires further on
    ("we are looking for a Data Engineer"): a job ad's own role is in its title ("# Data
    Engineer", "Nous recherchons un(e) Data Analyst"); other roles named further on are
    mostly colleagues ("you will work with data scientists"). The roles singled out by a
    skill that is the title's speciality ("SLAM Engineer") come after the title's names,
    or first for a speciality after a comma, dash or bar ("ML Engineer, Recommendation
    Systems", "Machine Learning Engineer - NLP": :func:`_speciality_title`)."""
    return _roles_named(index, text, words)[0]


def _roles_named(index: Index, text: str, words: int) -> tuple[tuple[str, ...], str]:
    """:func:`roles_named`, and the title line it read (its title's readings made once)."""
    head = _head(text, words)
    finder = role_finder(index)
    line = title_line(head)  # of the words read: a text of one long line is not read whole
    readings = title_readings(line)
    roles = _speciality_roles(index, [_speciality_title(line)])  # the more specific role first
    variants = Tokens(_title_variants(head, readings))
    roles += [h.skill_id for h in _scan(finder, variants) if h.start < words]
    roles += _speciality_roles(index, [line, *readings])
    phrases = list(_sought_phrases(text))  # the text lowered and searched once
    for part in dict.fromkeys(_sought(text, phrases)):  # each distinct phrase read once
        roles += [hit.skill_id for hit in _scan(finder, Tokens(part))]
    roles += _spoken_to(index, text, phrases)
    return tuple(dict.fromkeys(roles)), line


def levels_from_text(found: Iterable[Found], level: int | None = None) -> dict[str, int]:
    """Skill id -> level: the level read from the text, or ``level`` for every skill."""
    return {f.skill_id: f.level if level is None else level for f in found}
