"""Long output on a terminal goes through a pager, as git does.

The pager is ``$CAREERS_PAGER``, else ``$PAGER``, else ``less -FRX`` (``-F``: quit at
once when the text fits the screen; ``-R``: keep the colours; ``-X``: leave the text on
the screen). An empty value or ``cat`` means no pager. Never when stdout is not a
terminal, never with ``careers --no-pager``.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Mapping
from typing import IO

DEFAULT = "less -FRX"


def pager_command(environ: Mapping[str, str] | None = None) -> list[str] | None:
    """The pager to run, as an argument list; None for none."""
    import shlex  # (only a terminal's output is paged: a pipe does not load it)

    env = os.environ if environ is None else environ
    for var in ("CAREERS_PAGER", "PAGER"):
        if var in env:
            chosen = env[var].strip()
            break
    else:
        chosen = DEFAULT
    try:
        words = shlex.split(chosen)
    except ValueError:  # an unbalanced quote: no pager rather than a crash
        return None
    return None if not words or words == ["cat"] else words


def wanted(stream: IO[str], disabled: bool) -> bool:
    """Whether output to ``stream`` should be paged."""
    isatty = getattr(stream, "isatty", None)
    return not disabled and bool(isatty and isatty())


def page(text: str, command: list[str]) -> bool:
    """Show ``text`` through the pager; False when it cannot start (then print it)."""
    env = dict(os.environ)
    env.setdefault("LESS", "FRX")
    env.setdefault("LESSCHARSET", "utf-8")
    try:
        process = subprocess.Popen(command, stdin=subprocess.PIPE, env=env)
    except OSError:
        return False
    assert process.stdin is not None
    try:
        process.stdin.write(text.encode("utf-8", "replace"))
        process.stdin.close()
    except BrokenPipeError:  # the reader quit the pager before the end: that is fine
        pass
    while True:
        try:
            process.wait()
            break
        except KeyboardInterrupt:  # Ctrl-C belongs to the pager while it runs
            continue
    return True
