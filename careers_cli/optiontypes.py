"""Click parameter types for numbers, over the strict readers of :mod:`numbers`.

Used with ``typer.Option(click_type=...)``: a bad value is Click's usage error (exit 2)
with the message of :mod:`careers_cli.numbers` (NaN, infinity, non-ASCII digits refused).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import click

from careers_cli import numbers
from careers_cli.errors import CareersError

if TYPE_CHECKING:  # generic from Click 8.2 on; plain at run time for older Clicks
    _ParamType = click.ParamType[Any, Any]
else:
    _ParamType = click.ParamType


class Decimal(_ParamType):
    """A finite decimal number within optional bounds."""

    name = "number"

    def __init__(self, low: float | None = None, high: float | None = None) -> None:
        self.low = low
        self.high = high

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, float):  # a default
            return value
        try:
            return numbers.parse_decimal(str(value), "the value", self.low, self.high)
        except CareersError as exc:
            self.fail(exc.message.removeprefix("the value: "), param, ctx)


class Level(_ParamType):
    """A skill level 1-5 in ASCII digits."""

    name = "level"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, int):  # a default
            return value
        try:
            return numbers.parse_level(str(value), "the level")
        except CareersError as exc:
            self.fail(exc.message.removeprefix("the level: "), param, ctx)
