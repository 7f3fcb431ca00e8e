"""The one place that turns what a user types after ``--region`` into a region code.

A region is accepted when the catalogue has figures for it (salaries or demand), written
as its ISO 3166-1 code (``fr``, ``UK`` for GB) or as the country's name in English or
French (``France``, ``United Kingdom``, ``Royaume-Uni``, ``Allemagne``); case and accents
are ignored. Anything else is a usage error that lists the regions there are.
"""

from careers_cli.catalogue import Index
from careers_cli.errors import CareersError, ExitCode
from careers_cli.i18n import t
from careers_cli.model import Lang
from careers_cli.text import fold

#: Country names (English, French) and other spellings, by ISO code. Only the codes the
#: catalogue has figures for are accepted; the names just say which code is meant.
NAMES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "US": ("United States", "États-Unis", ("USA", "U.S.", "U.S.A.", "America", "Amérique")),
    "FR": ("France", "France", ()),
    "GB": (
        "United Kingdom",
        "Royaume-Uni",
        ("UK", "U.K.", "Great Britain", "Britain", "Grande-Bretagne", "Angleterre", "England"),
    ),
    "DE": ("Germany", "Allemagne", ("Deutschland",)),
    "CA": ("Canada", "Canada", ()),
    "CH": ("Switzerland", "Suisse", ("Schweiz",)),
    "ES": ("Spain", "Espagne", ("España",)),
    "NL": ("Netherlands", "Pays-Bas", ("Holland", "Nederland", "The Netherlands")),
    "BE": ("Belgium", "Belgique", ("België",)),
    "IT": ("Italy", "Italie", ("Italia",)),
    "IE": ("Ireland", "Irlande", ()),
    "PT": ("Portugal", "Portugal", ()),
    "AT": ("Austria", "Autriche", ("Österreich",)),
    "SE": ("Sweden", "Suède", ()),
    "PL": ("Poland", "Pologne", ()),
    "IN": ("India", "Inde", ()),
    "AU": ("Australia", "Australie", ()),
    "EU": ("European Union", "Union européenne", ("Europe",)),
}


class RegionError(CareersError):
    """A ``--region`` the catalogue has no figures for: a usage error (exit 2)."""

    exit_code = ExitCode.USAGE


def available(index: Index) -> list[str]:
    """The region codes the catalogue has salary or demand figures for, sorted."""
    return index.regions()


def name(code: str, lang: Lang) -> str:
    """The country's name in a language, or the code when we have none."""
    names = NAMES.get(code)
    return code if names is None else (names[1] if lang is Lang.FR else names[0])


def _keys(code: str) -> set[str]:
    en, fr, others = NAMES.get(code, (code, code, ()))
    return {fold(k).replace(".", "") for k in (code, en, fr, *others)}


def in_file(text: str) -> str | None:
    """The region code a profile file means by ``text`` (``profile import``): a country
    careers knows by name or code, else any two ASCII letters (an ISO 3166-1 code careers
    has no figures for, such as NO for Norway, stays what it is); None for anything else.
    A file may be imported under another catalogue, so its region is not checked against
    this one's figures, as ``--region`` is."""
    key = fold(text.strip()).replace(".", "")
    for code in NAMES:
        if key in _keys(code):
            return code
    bare = text.strip()
    return bare.upper() if len(bare) == 2 and bare.isascii() and bare.isalpha() else None


def resolve(index: Index, text: str, lang: Lang = Lang.EN) -> str:
    """The region code for ``text``; RegionError (exit 2) when the catalogue has none.

    A catalogue without any pay figure accepts every region of ``NAMES``.
    """
    key = fold(text.strip()).replace(".", "")
    codes = available(index)
    # A catalogue with no pay figures at all (an imported taxonomy such as ESCO) has no
    # region to check against: any region we know by name is accepted, and shows nothing.
    for code in codes or NAMES:
        if key in _keys(code):
            return code
    listing = ", ".join(f"{code} ({name(code, lang)})" for code in codes)
    raise RegionError(
        t("region_unknown", lang, region=text), hint=t("region_choices", lang, regions=listing)
    )
