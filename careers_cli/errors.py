"""The project's error classes and its exit codes, in one place."""

import sys
from enum import IntEnum
from typing import NamedTuple


class ExitCode(IntEnum):
    """Exit codes of the `careers` command (documented in the README)."""

    OK = 0
    INPUT = 1  # a problem in what the user gave: catalogue, profile, role name, file
    USAGE = 2  # a wrong option or argument on the command line
    INTERNAL = 70  # a bug in careers itself (EX_SOFTWARE); details go to a log file
    INTERRUPTED = 130  # Ctrl-C
    BROKEN_PIPE = 141  # the reader of our output went away (128 + SIGPIPE)


def interrupted() -> ExitCode:
    """What Ctrl-C does, wherever it lands: one word on stderr, exit code 130."""
    from careers_cli.i18n import msg

    sys.stderr.write(msg("interrupted") + "\n")
    sys.stderr.flush()
    return ExitCode.INTERRUPTED


class CareersError(Exception):
    """An error a user can cause and fix: printed as one message, exit code 1."""

    exit_code: ExitCode = ExitCode.INPUT

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message if not self.hint else f"{self.message}\n{self.hint}"


class Problem(NamedTuple):
    """One problem found in a file, with its place when the file has one."""

    message: str
    path: str = ""  # e.g. roles[3].skills[2].level
    line: int | None = None  # 1-based
    column: int | None = None  # 1-based

    def format(self, filename: str) -> str:
        place = filename
        if self.line is not None:
            place += f":{self.line}"
            if self.column is not None:
                place += f":{self.column}"
        where = f" {self.path}:" if self.path else ""
        return f"{place}:{where} {self.message}"


class CatalogueError(CareersError):
    """A catalogue that cannot be read or is not valid; carries every problem found."""

    def __init__(self, filename: str, problems: list[Problem], *, summary: str | None = None):
        self.filename = filename
        self.problems = problems
        from careers_cli.i18n import msg

        count = len(problems)
        head = summary or msg("catalogue_problems", filename=filename, n=count)
        lines = [head] if count > 1 or summary else []
        lines += [p.format(filename) for p in problems]
        super().__init__("\n".join(lines) if lines else head)


class NotFoundError(CareersError):
    """A role, skill, application, family or source name that matches nothing (or several
    things)."""

    def __init__(
        self,
        kind: str,
        name: str,
        suggestions: list[str],
        *,
        ambiguous: bool = False,
        shown: list[str] | None = None,
        count: int | None = None,
    ):
        """``suggestions`` are ids; ``shown``, when given, what the message names instead
        (the names in the user's language); ``count``, how many items an ambiguous name
        matches when that is more than are listed."""
        self.kind = kind
        self.name = name
        self.suggestions = suggestions
        self.count = count if count is not None else len(suggestions)
        listed = shown if shown is not None else suggestions
        from careers_cli.i18n import CHOICES, FEMININE, choice, current_lang, msg

        lang = current_lang()
        what = choice("name_kind", kind, lang)
        feminine = kind in FEMININE  # French adjectives agree with the noun
        if ambiguous:
            message = msg(
                "name_ambiguous_f" if feminine else "name_ambiguous",
                what=what,
                name=name,
                n=self.count,
            )
        elif kind in CHOICES["unknown_name"]:
            message = choice("unknown_name", kind, lang, name=name)
        else:
            message = msg("unknown_thing", what=what, name=name)
        hint = None
        if listed and ambiguous:
            hint = msg("one_of_f" if feminine else "one_of", names=", ".join(listed))
            if self.count > len(listed):
                hint += msg("and_more", n=self.count - len(listed))
        elif listed:
            from careers_cli.suggest import did_you_mean

            hint = did_you_mean(listed)
        super().__init__(message, hint=hint)


class ProfileError(CareersError):
    """A profile file that cannot be read or written."""


class OutputError(CareersError):
    """A file we were asked to write that cannot be written."""


class UsageError(CareersError):
    """A wrong value on the command line (a level, a number): exit code 2."""

    exit_code = ExitCode.USAGE
