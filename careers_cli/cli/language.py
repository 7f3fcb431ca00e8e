"""The language of one run: chosen before the command line is parsed, so that Click's
own words (usage errors, ``--help``) speak it too, and the help texts in it.

The rule is the tool's: ``--lang`` anywhere on the command line, else LC_ALL,
LC_MESSAGES, LANG. :func:`run_language` holds it for the run (core messages through
:func:`careers_cli.i18n.msg`, Click's through gettext); :func:`localized_help` puts the
French help of a command, its options and arguments in place while its help is written.
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from typing import Any

from careers_cli.lang import Lang

# Click's words in French: the gettext catalogue compiled from careers_cli/clicktext.py.
LOCALE_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "locale")
DOMAIN = "messages"  # the domain gettext.gettext uses, hence Click's


def lang_of_args(args: Sequence[str]) -> Lang | None:
    """The value of ``--lang`` on a command line, if it names a language."""
    for i, arg in enumerate(args):
        if arg == "--":
            break
        value = None
        if arg == "--lang" and i + 1 < len(args):
            value = args[i + 1]
        elif arg.startswith("--lang="):
            value = arg.partition("=")[2]
        if value is not None and value.lower() in ("en", "fr"):
            return Lang(value.lower())
    return None


@contextmanager
def run_language(args: Sequence[str]) -> Iterator[Lang]:
    """The language of this run, in force for the core and for Click until it ends."""
    from careers_cli.lang import default_lang, speaking

    lang = lang_of_args(args) or default_lang()
    with speaking(lang), use_catalogue(lang):
        yield lang


@contextmanager
def use_catalogue(lang: Lang) -> Iterator[None]:
    """Click's words in ``lang`` for the time of a run; gettext's settings restored after.

    gettext picks the language from ``LANGUAGE`` first: it is set to the language the
    tool chose (``--lang``, else the locale), so Click speaks the language of the rest.
    English is ``C``, gettext's name for the words as written, untranslated: Click's
    own, found without looking for a catalogue file on each word.
    """
    before_dir = gettext.bindtextdomain(DOMAIN)
    before_language = os.environ.get("LANGUAGE")
    gettext.bindtextdomain(DOMAIN, LOCALE_DIR)
    os.environ["LANGUAGE"] = "fr" if lang is Lang.FR else "C"
    try:
        yield
    finally:
        gettext.bindtextdomain(DOMAIN, before_dir)
        if before_language is None:
            os.environ.pop("LANGUAGE", None)
        else:
            os.environ["LANGUAGE"] = before_language


def localize_placeholders(command: Any, lang: Lang) -> None:
    """The placeholders of a built command and of its subcommands in ``lang``: the
    usage line's ``[OPTIONS] COMMAND [ARGS]...`` (Typer's ``options_metavar`` and
    ``subcommand_metavar``) and each parameter's metavar. English is what the
    definitions say; commands are built once per language (see ``cli/__init__.py``)."""
    if lang is not Lang.FR:
        return
    from careers_cli.cli.help_fr import placeholder

    if command.options_metavar:
        command.options_metavar = placeholder(command.options_metavar)
    if getattr(command, "subcommand_metavar", None):
        command.subcommand_metavar = placeholder(command.subcommand_metavar)
    for param in command.params:
        if param.metavar:
            param.metavar = placeholder(param.metavar)
        elif param.param_type_name == "option" and not param.is_flag:
            if not hasattr(param.type, "choices"):  # else Click lists the choices
                param.metavar = placeholder(param.type.name.upper())  # as Click would
        if getattr(param, "show_envvar", False) and getattr(param, "envvar", None):
            param.get_error_hint = _error_hint(param)
    for sub in getattr(command, "commands", {}).values():
        localize_placeholders(sub, lang)


def _error_hint(param: Any) -> Any:
    """``param.get_error_hint`` in French: Click writes "(env var: ...)" in English."""

    def get_error_hint(ctx: Any) -> str:
        from careers_cli.i18n import msg  # the word tables, only when the error shows

        option = " / ".join(f"'{name}'" for name in param.opts)
        names = [param.envvar] if isinstance(param.envvar, str) else param.envvar
        return msg("env_var_hint", option=option, var=", ".join(f"'{n}'" for n in names))

    return get_error_hint


def _heading_writer(formatter: Any) -> Any:
    """``formatter.write_heading`` in French: "Options :" (Click translates the word
    and appends the colon itself, with no space before it)."""
    from careers_cli.cli.help_fr import HEADING

    def write_heading(heading: str) -> None:
        indent = " " * formatter.current_indent
        formatter.write(f"{indent}{HEADING.format(heading=heading)}\n")

    return write_heading


def command_key(ctx: Any) -> str:
    """A command's key in the help tables: its path without ``careers``."""
    return " ".join(str(ctx.command_path).split()[1:])


def _help_of(key: str, param: Any, lang: Lang) -> str | None:
    if param.param_type_name != "argument" and lang is not Lang.FR:
        return None
    from careers_cli.cli import help_fr

    if param.param_type_name == "argument":
        pair = help_fr.ARGUMENTS.get(f"{key}:{param.name}")
        return None if pair is None else pair[1 if lang is Lang.FR else 0]
    return help_fr.OPTIONS.get(f"{key}:{param.name}", help_fr.OPTIONS.get(param.name))


@contextmanager
def swapped(thing: Any, attribute: str, value: str | None) -> Iterator[None]:
    """``thing.attribute`` set to ``value`` (when there is one) for a while."""
    if value is None:
        yield
        return
    before = getattr(thing, attribute)
    setattr(thing, attribute, value)
    try:
        yield
    finally:
        setattr(thing, attribute, before)


def _default_shown(param: Any, lang: Lang) -> str | None:
    """A decimal default as the help shows it, ``[default: 70]``, ``0.25`` (``0,25`` in
    French), not Python's ``70.0``; None for any other default (Click writes it)."""
    value = param.default
    if not isinstance(value, float):
        return None
    text = f"{value:g}"
    return text.replace(".", ",") if lang is Lang.FR else text


def command_help(key: str, lang: Lang) -> str | None:
    """The French help of a command (None in English: the command's own is English)."""
    if lang is not Lang.FR:
        return None
    from careers_cli.cli import help_fr

    return help_fr.COMMANDS.get(key)


@contextmanager
def localized_help(command: Any, ctx: Any, formatter: Any = None) -> Iterator[None]:
    """The help of ``command`` and its parameters in the run's language, while it is
    written (the built commands are shared by runs: everything is put back after),
    and the headings ``formatter`` writes."""
    from careers_cli.lang import current_lang

    lang = current_lang()
    key = command_key(ctx)
    if formatter is not None and lang is Lang.FR:  # English: Click's own "Options:"
        formatter.write_heading = _heading_writer(formatter)  # this help's only
    with ExitStack() as stack:
        stack.enter_context(swapped(command, "help", command_help(key, lang)))
        if lang is Lang.FR:
            from careers_cli.cli.help_fr import EPILOGS

            stack.enter_context(swapped(command, "epilog", EPILOGS.get(key)))
        for param in command.params:
            stack.enter_context(swapped(param, "help", _help_of(key, param, lang)))
            stack.enter_context(swapped(param, "default", _default_shown(param, lang)))
        help_option = command.get_help_option(ctx)  # made once, in the first run's language
        if help_option is not None:
            from gettext import gettext

            said = gettext("Show this message and exit.")
            stack.enter_context(swapped(help_option, "help", said))
        yield
