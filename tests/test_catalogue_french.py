"""French that reads as French: one French term per English term, no banned variant.

The glossary below is the catalogue's rule book. Each entry pairs an English term with the
one French term the catalogue uses for it and the variants it must not use (anglicisms,
wrong terms, competing translations). Every English/French pair of texts is checked: when
the English text uses the term, the French text uses the chosen French term; and no French
text anywhere uses a banned variant. Aliases are not checked: they keep the English and the
old French spellings on purpose, so that search still finds them.

Text inside French quotation marks (« ... », titles quoted from a source) and inside
parentheses (an English gloss after the French term) is left out of the ban check.
"""

from __future__ import annotations

import re

from careers_cli import catalogue
from careers_cli.model import Name, Text, TextList

CAT = catalogue.load(None).catalogue

# (English term, the French term used, banned French variants): regular expressions
GLOSSARY: list[tuple[str, str, list[str]]] = [
    (
        r"\badversarial (attacks|inputs|examples|robustness)",
        r"antagoniste|malveillant",
        [r"\badverses?\b"],
    ),
    (r"\b(AI law|regulation)\b", r"réglementation|règlement", [r"\brégulation\b"]),
    (r"\bde-?identified\b|\bpseudonymi[sz]ed\b", r"pseudonymisé", [r"désidentifié"]),
    (r"\bserving\b", r"mise en service", [r"mise à disposition", r"\bservir\b"]),
    (
        r"retrieval-augmented generation",
        r"génération augmentée par récupération",
        [r"génération augmentée (par la recherche|de récupération)"],
    ),
    (r"\bpipelines?\b", r"chaînes?", [r"\bpipelines?\b"]),
    (r"\bbacklog\b", r"carnet de produit", [r"\bbacklog\b"]),
    (r"\bproduct managers?\b", r"chefs? de produit", [r"\bproduct managers?\b"]),
    (r"\bNLP engineer", r"traitement automatique des langues", [r"\bingénieurs? NLP\b"]),
    (r"\bdata engineers?\b", r"ingénieurs? des données", [r"\bingénieurs? data\b"]),
    (r"\banalytics engineer", r"ingénieur analytique", [r"\bingénieurs? analytics\b"]),
    (
        r"\bprompt engineer\b",
        r"ingénieur de requêtes",
        [r"\bingénieurs? prompt\b", r"\bprompt engineers?\b"],
    ),
    (
        r"\bmachine-learning engineers?\b",
        r"ingénieurs? en apprentissage automatique",
        [r"ingénieurs? en machine learning"],
    ),
    (
        r"\bdeep-learning engineers?\b",
        r"ingénieurs? en apprentissage profond",
        [r"ingénieurs? en deep learning"],
    ),
    (r"\bdata stewards?\b", r"gestionnaires? de données", [r"\bdata stewards?\b"]),
    (r"\bdigital marketing\b", r"marketing numérique", [r"\bmarketing digital\b"]),
    (r"\bLLM engineers?\b", r"IA générative", [r"\bingénieurs? LLM\b"]),
    (
        r"natural language processing|\bNLP\b",
        r"traitement automatique des langues|\bTAL\b",
        [r"traitement (automatique )?du langage naturel"],
    ),
    (r"\bprompt engineering\b", r"ingénierie de requêtes", [r"ingénierie (de|des) prompts"]),
    (r"\bcredit scoring\b", r"notation|score", [r"\bscoring\b"]),
    (r"\bchatbots?\b", r"conversationnels?", [r"\bchatbots?\b"]),
    (r"\bcatalogue\b", r"catalogue", [r"\bcatalogue careers\b"]),
]

# (English term, French variant banned only where the English says it): AI *security* is
# "sécurité de l'IA", AI *safety* is "sûreté de l'IA"
PAIRED: list[tuple[str, str, str]] = [
    (r"\bAI safety\b", r"sûreté", r"sécurité de l'IA"),
]

# Salary and demand texts of the roles that existed before the 2026 update belong to the pay
# work (issue 12), which rewrites them; the new roles' salary texts are checked here.
OLD_ROLE_COUNT = 28

# in English, PhD holders are not "doctors" (physicians are)
BANNED_ENGLISH = [r"\bdoctors\b"]


def _pairs(obj: object, path: str = "") -> list[tuple[str, str, str]]:
    """Every (path, English, French) pair of texts in the catalogue, list items included."""
    if isinstance(obj, (Name, Text)):
        return [(path, obj.en, obj.fr)]
    if isinstance(obj, TextList):
        return [
            (f"{path}[{i}]", en, fr) for i, (en, fr) in enumerate(zip(obj.en, obj.fr, strict=True))
        ]
    out: list[tuple[str, str, str]] = []
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        for name, value in zip(obj._fields, obj, strict=True):
            out += _pairs(value, f"{path}.{name}")
    elif isinstance(obj, tuple):
        for i, item in enumerate(obj):
            out += _pairs(item, f"{path}[{i}]")
    return out


def _checked(path: str) -> bool:
    m = re.match(r"\.roles\[(\d+)\]\.(salaries|demand)\[", path)
    return not (m and int(m.group(1)) < OLD_ROLE_COUNT)


PAIRS = [pair for pair in _pairs(CAT) if _checked(pair[0])]


def _outside_quotes(french: str) -> str:
    return re.sub(r"«[^»]*»|\([^)]*\)", " ", french)


def _english_outside_quotes(english: str) -> str:
    """English text without the titles it quotes ('Data Steward')."""
    return re.sub(r"(?<![A-Za-z])'[^']*'(?![A-Za-z])", " ", english)


def test_the_pairs_hold_every_text() -> None:
    paths = {p for p, _, _ in PAIRS}
    assert ".title" in paths
    assert any(".missions[" in p for p in paths)
    missions = [p for p in paths if ".missions[" in p]
    assert len(missions) == sum(len(r.missions.fr) for r in CAT.roles)
    assert all(f".roles[{i}].summary" in paths for i in range(len(CAT.roles)))
    assert all(
        f".roles[{i}].salaries[0].measure" in paths
        for i, r in enumerate(CAT.roles)
        if r.salaries and i >= OLD_ROLE_COUNT
    )


def test_french_uses_the_glossary_term() -> None:
    wrong = []
    for path, en, fr in PAIRS:
        english_text = _english_outside_quotes(en)
        for english, french, _banned in GLOSSARY:
            if re.search(english, english_text, re.I) and not re.search(french, fr, re.I):
                wrong.append((path, english, fr[:80]))
        for english, french, banned in PAIRED:
            if re.search(english, en) and (
                not re.search(french, fr) or re.search(banned, fr, re.I)
            ):
                wrong.append((path, english, fr[:80]))
    assert wrong == []


def test_french_uses_no_banned_variant() -> None:
    wrong = []
    for path, _en, fr in PAIRS:
        text = _outside_quotes(fr)
        for _english, _french, banned in GLOSSARY:
            for variant in banned:
                if re.search(variant, text, re.I):
                    wrong.append((path, variant, fr[:80]))
    assert wrong == []


def test_english_uses_no_banned_word() -> None:
    wrong = [(p, w) for p, en, _ in PAIRS for w in BANNED_ENGLISH if re.search(w, en)]
    assert wrong == []


def test_old_spellings_still_find_their_role() -> None:
    index = catalogue.load(None)
    for alias, role in [
        ("ingénieur nlp", "nlp-engineer"),
        ("product manager ia", "ai-product-manager"),
        ("ingénieur data", "data-engineer"),
        ("ingénieur analytics", "analytics-engineer"),
        ("ingénieur prompt", "prompt-engineer"),
        ("ingénieur en machine learning", "machine-learning-engineer"),
        ("data steward", "data-steward"),
    ]:
        assert index.roles.get(alias).id == role, alias
