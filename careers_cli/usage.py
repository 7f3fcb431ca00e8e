"""Usage errors (Click's and ours) made as inert as every other message."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import click


def inert(exc: click.ClickException) -> click.ClickException:
    """The error with the text it echoes passed through :func:`careers_cli.text.safe`.

    A wrong option value, an unknown option or command, a bad ``--export`` name: Click
    quotes what the user typed, so an escape sequence in it (``$'\\e]52;c;...\\a'``, a
    clipboard write) would reach the terminal. When the message holds nothing unsafe the
    error is returned as it is (help screens and their layout are untouched); otherwise
    an error of the same kind, context and exit code carries the inert message.
    """
    from careers_cli.text import safe  # its patterns are compiled only when an error shows

    message = exc.format_message()
    clean = safe(message)
    if clean == message:
        return exc
    replaced: click.ClickException
    if isinstance(exc, click.UsageError):
        replaced = click.UsageError(clean, ctx=exc.ctx)
    else:
        replaced = click.ClickException(clean)
    setattr(replaced, "exit_code", exc.exit_code)  # noqa: B010 - a ClassVar in Click's types
    return replaced


@contextlib.contextmanager
def inert_usage_errors() -> Iterator[None]:
    """Re-raise any usage error of Click's (parsing, or raised by a command) made inert."""
    try:
        yield
    except click.ClickException as exc:
        raise inert(exc) from None
