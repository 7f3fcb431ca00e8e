"""The console-script entry point (``careers = careers_cli.entry:main``).

Importing the command line takes a few tens of milliseconds; Ctrl-C during that time
ends the program like Ctrl-C anywhere else (``interrupted``, exit code 130) instead of
showing a traceback. Once a command runs, its error handler deals with Ctrl-C.
"""

import sys


def main() -> None:
    try:
        from careers_cli.cli import main as run
    except KeyboardInterrupt:
        from careers_cli.errors import interrupted

        sys.exit(interrupted())
    sys.exit(run())
