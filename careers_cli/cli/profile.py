"""Your saved skills: profile show, add, remove, set, clear, export, import, from-text,
from-occupation."""

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from careers_cli.choices import Format
from careers_cli.cli.handler import Command
from careers_cli.cli.options import (
    CatalogOpt,
    FormatOpt,
    LangOpt,
    StrictOpt,
    commands,
    common,
    complete_role,
    confirm,
    emit,
    note,
    read_text,
    region_code,
    warn,
)
from careers_cli.cli.options import level as skill_level
from careers_cli.errors import CareersError
from careers_cli.i18n import msg

if TYPE_CHECKING:
    from careers_cli.profile import Changed

app = commands(
    "profile",
    help="Your saved skills: show, add, remove, set, clear, export, import, from-text, "
    "from-occupation.\n\n"
    "Example: careers profile add python:4 sql",
)


def _report(changed: "Changed", what: str) -> None:
    """The warning a change raised, then what was saved and where."""
    from careers_cli.profile import saved_path

    if changed.warning:
        warn(changed.warning)
    note(msg("saved_in", what=what, n=len(changed.profile.skills), path=saved_path()))


@app.command("show", cls=Command)
def profile_show(
    ctx: typer.Context,
    catalog: CatalogOpt = None,
    lang: LangOpt = None,
    fmt: FormatOpt = Format.TABLE,
) -> None:
    """Show your saved profile.

    Example: careers profile show --format json
    """
    from careers_cli import profile
    from careers_cli.views.matching import ProfileView

    index = common(ctx).index(catalog)
    saved, warning = profile.saved_or_empty(index)
    if warning:
        warn(warning)
    emit(ctx, ProfileView(index, saved, str(profile.saved_path())), fmt, lang)


@app.command("add", cls=Command)
def profile_add(
    ctx: typer.Context,
    items: Annotated[
        list[str],
        typer.Argument(
            metavar="SKILL[:LEVEL]...", help="Skills to add or update (level 1-5, default 3)."
        ),
    ],
    strict: StrictOpt = False,
    catalog: CatalogOpt = None,
    lang: LangOpt = None,  # read before parsing: messages (cli/language.py)
) -> None:
    """Add skills to your profile (or change their level).

    Example: careers profile add python:4 "apprentissage automatique:2" sql
    """
    from careers_cli import profile

    changed = profile.add_skills(common(ctx).index(catalog), items, strict)
    _report(changed, changed.added())


@app.command("remove", cls=Command)
def profile_remove(
    ctx: typer.Context,
    items: Annotated[
        list[str],
        typer.Argument(
            metavar="SKILL...",
            help="Skills to remove (any of their names), or names kept in the file "
            "(as written there).",
        ),
    ],
    catalog: CatalogOpt = None,
    lang: LangOpt = None,  # read before parsing: messages (cli/language.py)
) -> None:
    """Remove skills from your profile.

    A skill goes by any of its names; a name the catalogue does not know, kept in the
    file (profile show lists them), goes by its name exactly as written there.

    Example: careers profile remove tableau
    """
    from careers_cli import profile

    changed = profile.remove_skills(common(ctx).index(catalog), items)
    _report(changed, changed.removed())


@app.command("set", cls=Command)
def profile_set(
    ctx: typer.Context,
    items: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="[SKILL[:LEVEL]...]",
            show_default=False,
            help="Replace all your skills with these.",
        ),
    ] = None,
    region: Annotated[
        str | None,
        typer.Option(
            "--region", metavar="CODE", show_default=False, help="Your region (US, FR...)."
        ),
    ] = None,
    targets: Annotated[
        list[str] | None,
        typer.Option(
            "--target",
            metavar="ROLE",
            show_default=False,
            autocompletion=complete_role,
            help="A role you aim at (repeat for several).",
        ),
    ] = None,
    strict: StrictOpt = False,
    catalog: CatalogOpt = None,
    lang: LangOpt = None,  # read before parsing: messages (cli/language.py)
) -> None:
    """Replace your skills, or set your region and target roles.

    Example: careers profile set "python:4, sql:3" --region FR --target data-scientist
    """
    from careers_cli import profile

    if not items and region is None and not targets:
        raise typer.BadParameter(msg("set_nothing"), param_hint=msg("set_nothing_param"))
    index = common(ctx).index(catalog)
    code = region_code(index, region, None) if region is not None else None
    _report(profile.set_profile(index, items, code, targets, strict), msg("profile_updated"))


@app.command("clear", cls=Command)
def profile_clear(
    ctx: typer.Context,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
    catalog: CatalogOpt = None,
    lang: LangOpt = None,  # read before parsing: messages (cli/language.py)
) -> None:
    """Remove every skill from your profile (asks first).

    The names the catalogue does not know go too; comments, other keys, targets and
    region stay.

    Example: careers profile clear --yes
    """
    from careers_cli import profile

    if not yes and not confirm(msg("clear_question")):
        raise CareersError(msg("nothing_changed"), hint=msg("nothing_changed_hint"))
    changed = profile.clear_profile(common(ctx).index(catalog))
    _report(changed, msg("profile_cleared", removed=changed.removed()))


@app.command("export", cls=Command)
def profile_export(
    ctx: typer.Context,
    target: Annotated[
        Path | None,
        typer.Argument(
            metavar="[FILE]",
            show_default=False,
            dir_okay=False,
            help="Where to write (default: stdout).",
        ),
    ] = None,
    catalog: CatalogOpt = None,
    lang: LangOpt = None,  # read before parsing: messages (cli/language.py)
) -> None:
    """Write your profile as YAML, to share or to keep.

    Example: careers profile export my-skills.yaml
    """
    from careers_cli import profile
    from careers_cli.files import atomic_write

    text = profile.export_text(common(ctx).index(catalog))  # the saved file as it is
    if target is None:
        sys.stdout.write(text)
    else:
        atomic_write(target, text, what="profile export")
        note(msg("written_to", path=target))


@app.command("import", cls=Command)
def profile_import(
    ctx: typer.Context,
    source: Annotated[
        Path, typer.Argument(metavar="FILE", dir_okay=False, help="A profile file (YAML).")
    ],
    merge: Annotated[
        bool,
        typer.Option(
            "--merge", help="Keep your current skills and add these (the higher level wins)."
        ),
    ] = False,
    strict: StrictOpt = False,
    catalog: CatalogOpt = None,
    lang: LangOpt = None,  # read before parsing: messages (cli/language.py)
) -> None:
    """Replace your profile with a profile file (or merge it in).

    Example: careers profile import my-skills.yaml --merge
    """
    from careers_cli import profile

    index = common(ctx).index(catalog)
    _report(profile.import_profile(index, source, merge, strict), msg("profile_imported"))


@app.command("from-text", cls=Command)
def profile_from_text(
    ctx: typer.Context,
    source: Annotated[
        str,
        typer.Argument(
            metavar="FILE|-", help="A CV or job ad in plain text or Markdown (- reads stdin)."
        ),
    ],
    level: Annotated[
        int | None,
        typer.Option(
            "--level",
            parser=skill_level,
            show_default=False,
            help="Level to record for every skill found (default: the level the text's "
            "words give, else 3).",
        ),
    ] = None,
    yes: Annotated[
        bool, typer.Option("--yes", "-y", help="Add the skills found without asking.")
    ] = False,
    catalog: CatalogOpt = None,
    lang: LangOpt = None,
    fmt: FormatOpt = Format.TABLE,
) -> None:
    """Find the catalogue's skills in a CV or job ad, and add them.

    Shows each skill found with the words that named it; adds them after you confirm
    (or at once with --yes). Skills already in your profile keep their higher level.

    Example: careers profile from-text cv.md --yes
    """
    from careers_cli import profile
    from careers_cli.cv import find_skills
    from careers_cli.views.matching import FoundView

    index = common(ctx).index(catalog)
    found = find_skills(index, read_text(source))
    emit(ctx, FoundView(index, found, level), fmt, lang)
    if not found:
        return
    if not yes and source == "-":  # stdin holds the text: no answer can be read
        raise CareersError(msg("not_saved_stdin"))
    if not yes and not confirm(msg("add_question", n=len(found))):
        raise CareersError(msg("not_saved"), hint=msg("not_saved_hint"))
    changed = profile.add_found(index, found, level)
    _report(changed, changed.added())


@app.command("from-occupation", cls=Command)
def profile_from_occupation(
    ctx: typer.Context,
    name: Annotated[
        str,
        typer.Argument(
            metavar="OCCUPATION",
            help="An occupation of the imported taxonomy: id, name or alias in English or "
            "French, its code (O*NET-SOC 25-1054.00 or 25-1054, an ESCO URI), or a unique "
            "prefix.",
        ),
    ],
    yes: Annotated[
        bool, typer.Option("--yes", "-y", help="Add the skills mapped without asking.")
    ] = False,
    catalog: Annotated[
        str | None,
        typer.Option(
            "--catalog",
            envvar="CAREERS_CATALOG",
            metavar="NAME|PATH",
            show_default=False,
            help="The imported taxonomy the occupation is in: esco, onet (see careers "
            "catalogues) or a file.",
        ),
    ] = None,
    lang: LangOpt = None,
    fmt: FormatOpt = Format.TABLE,
) -> None:
    """Fill your profile with an occupation's essential skills (ESCO, O*NET).

    Reads the occupation in an imported taxonomy (--catalog esco or onet), maps its
    essential skills onto the bundled catalogue's (ESCO URIs, O*NET technology names,
    labels), shows what was mapped and what was not, and adds them after you confirm.

    Example: careers profile from-occupation accountant --catalog esco
    """
    from careers_cli import catalogue, occupation, profile
    from careers_cli.views.official import OccupationView

    run = common(ctx)
    ours = run.index(str(catalogue.bundled_path()))
    result = occupation.from_occupation(run.index(catalog), ours, name)
    emit(ctx, OccupationView(ours, result), fmt, lang)
    levels = result.levels
    if not levels:
        return
    if not yes and not confirm(msg("add_question", n=len(levels))):
        raise CareersError(msg("not_saved"), hint=msg("not_saved_hint"))
    changed = profile.add_levels(ours, levels)
    _report(changed, changed.added())
