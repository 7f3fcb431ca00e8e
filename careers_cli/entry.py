"""The console-script entry point.

Python takes a few tens of milliseconds to import the command line; Ctrl-C during that
time would print a traceback. Until the program proper runs, Ctrl-C ends it quietly
with the documented code (130); after that, :mod:`careers_cli.cli` handles it.
"""

import os
import signal
import sys
from typing import Any


def _quit_quietly(signum: int, frame: object) -> None:
    sys.stderr.write("interrupted\n")
    sys.stderr.flush()
    os._exit(130)


def quiet_interrupt() -> Any:
    """Make Ctrl-C end the process at once with code 130; returns the previous handler."""
    return signal.signal(signal.SIGINT, _quit_quietly)


def main() -> None:
    previous = quiet_interrupt()
    from careers_cli.cli import main as run

    signal.signal(signal.SIGINT, previous)
    run()
