"""The one error handler: every command runs through :class:`Command`.

A :class:`CareersError` becomes one line on stderr and its exit code; Ctrl-C exits 130;
a closed pipe exits quietly; a full disk is the user's error (exit 1); anything else is
a bug: one line that says where the traceback went (all of it with ``--debug``). Usage
errors are Typer's, raised while the command line is parsed, before a command runs.
"""

import os
import sys
import traceback
from typing import Any, NoReturn

import typer
from typer.core import TyperCommand, TyperGroup, TyperOption

from careers_cli import __version__
from careers_cli.cli.options import common
from careers_cli.errors import CareersError, ExitCode, interrupted


def print_error(message: str) -> None:
    """``error: message`` on stderr, made inert; further lines as they are."""
    from careers_cli.i18n import msg
    from careers_cli.text import safe

    lines = safe(message).splitlines() or [""]
    sys.stderr.write(msg("error_line", message=lines[0]) + "\n")
    for line in lines[1:]:
        sys.stderr.write(f"{line}\n")
    sys.stderr.flush()


def silence_stdout() -> None:
    """After a broken pipe: point stdout at /dev/null so the final flush is quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no real stdout (tests)
        pass


def internal_error(exc: BaseException, debug: bool) -> NoReturn:
    """A bug: the traceback to a log file (or stderr with --debug), one line, exit 70."""
    details = "".join(traceback.format_exception(exc))
    if debug:
        sys.stderr.write(details)
        raise typer.Exit(ExitCode.INTERNAL)
    from careers_cli.i18n import msg

    where = msg("internal_no_log")
    try:
        from careers_cli.files import user_dir, write_log

        text = f"careers {__version__}\nargv: {sys.argv!r}\n\n{details}"
        where = msg("internal_log", path=write_log(user_dir(), "last-error.log", text))
    except (OSError, CareersError):
        pass
    print_error(msg("internal_error", error=f"{type(exc).__name__}: {exc}", where=where))
    raise typer.Exit(ExitCode.INTERNAL)


class Command(TyperCommand):
    """A command whose body's exceptions become one message and the documented exit code,
    and whose help speaks the run's language."""

    def format_help(self, ctx: Any, formatter: Any) -> None:
        from careers_cli.cli.language import localized_help

        with localized_help(self, ctx, formatter):
            super().format_help(ctx, formatter)

    def format_arguments(self, ctx: Any, formatter: Any) -> None:
        """Nothing: Typer writes the arguments with the options (Click 8.5 would write
        them a second time, as "Positional arguments")."""

    def invoke(self, ctx: Any) -> Any:  # a typer.Context (Click's own type in the base)
        try:
            return super().invoke(ctx)
        except (typer.Exit, typer.Abort, typer.BadParameter):
            raise
        except CareersError as exc:
            print_error(str(exc))
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            raise typer.Exit(interrupted()) from None
        except BrokenPipeError:
            silence_stdout()
            raise typer.Exit(ExitCode.BROKEN_PIPE) from None
        except OSError as exc:  # a full disk is not a bug
            from careers_cli.files import disk_error

            error = disk_error(exc)
            if error is None:
                internal_error(exc, common(ctx).debug)
            print_error(str(error))
            raise typer.Exit(error.exit_code) from None
        except Exception as exc:  # anything else is a bug: one line, details in a log
            internal_error(exc, common(ctx).debug)


class Group(TyperGroup):
    """A named group of commands (``careers profile``, ``careers import``) whose help,
    with the list of its commands, speaks the run's language."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # `careers profile --lang fr show`: --lang is accepted anywhere (the run's
        # language is read before parsing, cli/language.py); hidden, as the root's covers it
        self.params.append(
            TyperOption(
                param_decls=["--lang"], callback=_lang_value, expose_value=False, hidden=True
            )
        )

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        """``careers profile`` alone: its help on stdout, exit code 0, as ``careers``
        alone (Click's no_args_is_help writes it on stderr and exits 2)."""
        if not args and not ctx.resilient_parsing:
            typer.echo(ctx.get_help(), color=ctx.color)
            ctx.exit(0)
        return super().parse_args(ctx, args)

    def format_help(self, ctx: Any, formatter: Any) -> None:
        from contextlib import ExitStack

        from careers_cli.cli.language import command_help, command_key, localized_help
        from careers_cli.i18n import current_lang

        key, lang = command_key(ctx), current_lang()
        with ExitStack() as stack:
            stack.enter_context(localized_help(self, ctx, formatter))
            for name, sub in self.commands.items():
                french = command_help(f"{key} {name}", lang)
                if french is not None:
                    stack.enter_context(_put(sub, french))
            super().format_help(ctx, formatter)


def _lang_value(ctx: Any, param: Any, value: str | None) -> None:
    """Refuse a --lang given to a group that names no language (as every command does)."""
    from careers_cli.lang import Lang

    if value is not None and value.lower() not in {lang.value for lang in Lang}:
        from careers_cli.i18n import msg

        raise typer.BadParameter(msg("bad_lang", value=value))


def _put(command: Any, help: str) -> Any:
    from careers_cli.cli.language import swapped

    return swapped(command, "help", help)
