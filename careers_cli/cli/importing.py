"""Public taxonomies as installed catalogues: import esco, import onet."""

import sys
import time
from typing import Annotated, Any

import typer

from careers_cli.choices import Lang
from careers_cli.cli.handler import Command
from careers_cli.cli.options import LangOpt, commands, language

app = commands(
    "import",
    help="Import a public occupation taxonomy (ESCO, O*NET) as an installed catalogue.\n\n"
    "Example: careers import onet ~/Downloads/db_29_2_text",
)

NameOpt = Annotated[
    str | None,
    typer.Option("--name", metavar="NAME", show_default=False, help="Install under this name."),
]


def _check_name(given: str | None, default: str) -> str:
    """The install name: ``default`` when none is given; an empty or blank one is refused
    as any other that is not a name (it used to fall back to the default)."""
    from careers_cli.errors import CareersError
    from careers_cli.importers.common import NAME_RE

    name = default if given is None else given

    if not NAME_RE.match(name):
        from careers_cli.i18n import msg

        raise CareersError(msg("bad_catalogue_name", name=repr(name)))
    return name


def _summary(result: Any, seconds: float, lang: Lang) -> None:
    from careers_cli.i18n import choice, decimal, number, t
    from careers_cli.text import safe

    out = sys.stdout.write
    out(t("import_done", lang, name=result.manifest["name"], path=safe(str(result.path))) + "\n")
    if result.replaced is not None:
        before = int(result.replaced.get("counts", {}).get("roles", 0))
        after = result.manifest["counts"]["roles"]
        words = {"before": number(before, lang), "after": number(after, lang), "n": after}
        out(t("import_replaced", lang, name=result.manifest["name"], **words) + "\n")
    for key, value in result.manifest["counts"].items():
        label = choice("import_count", key, lang)
        out(f"  {t('labelled', lang, label=label, text=number(value, lang))}\n")
    if result.quirks:
        out(t("import_quirks", lang) + "\n")
        for key, value in sorted(result.quirks.items()):
            if value:
                label = choice("quirk", key, lang)
                out(f"  {t('labelled', lang, label=label, text=number(value, lang))}\n")
    out(t("import_time", lang, seconds=decimal(seconds, lang, 1)) + "\n")


@app.command("esco", cls=Command)
def import_esco_command(
    path: Annotated[
        str,
        typer.Argument(
            metavar="PATH",
            help="Folder with the ESCO CSV download (the two zips, or their files).",
        ),
    ],
    fr_labels: Annotated[
        str | None,
        typer.Option(
            "--fr-labels",
            metavar="DIR",
            show_default=False,
            help="Folder of an ESCO French export (occupations_fr.csv, skills_fr.csv).",
        ),
    ] = None,
    name: NameOpt = None,
    lang: LangOpt = None,
) -> None:
    """Import ESCO occupations, skills and their links.

    Example: careers import esco ~/Downloads/esco --fr-labels ~/Downloads/esco-fr
    """
    from careers_cli.importers import common, esco

    start = time.perf_counter()
    with common.Steps(8) as steps:
        result = esco.import_esco(path, fr_labels, name=_check_name(name, "esco"), steps=steps)
    _summary(result, time.perf_counter() - start, language(lang))


@app.command("onet", cls=Command)
def import_onet_command(
    path: Annotated[
        str, typer.Argument(metavar="PATH", help="Folder with the O*NET database text files.")
    ],
    wages: Annotated[
        str | None,
        typer.Option(
            "--wages",
            metavar="FILE",
            show_default=False,
            help="BLS OEWS national wages (CSV), joined by SOC code.",
        ),
    ] = None,
    name: NameOpt = None,
    lang: LangOpt = None,
) -> None:
    """Import O*NET occupations, ratings, tasks, tools and (optionally) wages.

    Example: careers import onet ~/Downloads/db_29_2_text --wages oews_national.csv
    """
    from careers_cli.importers import common, onet

    start = time.perf_counter()
    with common.Steps(8) as steps:
        result = onet.import_onet(path, wages, name=_check_name(name, "onet"), steps=steps)
    _summary(result, time.perf_counter() - start, language(lang))
