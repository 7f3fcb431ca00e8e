"""Interface words in English and French, the user's language, and number formats."""

from __future__ import annotations

import os

from careers_cli.model import Lang

WORDS: dict[str, tuple[str, str]] = {
    "role": ("Role", "Métier"),
    "roles": ("Roles", "Métiers"),
    "family": ("Family", "Famille"),
    "essential": ("Essential", "Essentielles"),
    "essential_short": ("Ess.", "Ess."),
    "top_tools": ("Top tools", "Outils phares"),
    "us_median": ("U.S. median, USD", "Médiane É.-U., USD"),
    "fr_range": ("France, EUR", "France, EUR"),
    "no_data": ("no data", "pas de données"),
    "per_month": ("/month", "/mois"),
    "per_hour": ("/hour", "/heure"),
    "per_month_short": ("/mo", "/mois"),
    "per_hour_short": ("/h", "/h"),
    "net": ("net", "net"),
    "sources": ("Sources", "Sources"),
    "basis": ("Basis", "Base"),
    "roles_count": ("{n} roles", "{n} métiers"),
    "catalogue": ("Catalogue", "Catalogue"),
    "skills": ("Skills", "Compétences"),
    "warnings": ("Warnings", "Avertissements"),
    "valid": ("valid", "valide"),
    "applications": ("Applications", "Applications"),
    "families": ("Families", "Familles"),
}


def t(key: str, lang: Lang, **values: object) -> str:
    """An interface word in a language, with ``{name}`` fields filled in."""
    en, fr = WORDS[key]
    word = fr if lang is Lang.FR else en
    return word.format(**values) if values else word


def default_lang(environ: dict[str, str] | None = None) -> Lang:
    """French when the locale (LC_ALL, LC_MESSAGES, then LANG) starts with ``fr``."""
    env = os.environ if environ is None else environ
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var)
        if value:
            return Lang.FR if value.lower().startswith("fr") else Lang.EN
    return Lang.EN


def number(value: float, lang: Lang) -> str:
    """A whole number with thousands separators: 120,230 (en) or 120 230 (fr)."""
    text = f"{round(value):,}"
    return text.replace(",", " ") if lang is Lang.FR else text


def compact(value: float, lang: Lang) -> str:
    """A short amount for tables: 120k, 2.1k (2,1k in French), 950."""
    if value >= 10_000:
        text = f"{round(value / 1000)}k"
    elif value >= 1_000:
        text = f"{value / 1000:.1f}".rstrip("0").rstrip(".") + "k"
    else:
        text = f"{round(value)}"
    return text.replace(".", ",") if lang is Lang.FR else text
