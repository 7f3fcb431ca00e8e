"""JSON output: the view's data, UTF-8, indented, keys in the view's order."""

from __future__ import annotations

import json
import math
from typing import Any


def _clean(value: Any) -> Any:
    if isinstance(value, float):
        if not math.isfinite(value):
            return None
        return int(value) if value.is_integer() else value
    if isinstance(value, dict):
        return {str(k): _clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    return value


def render(data: Any) -> str:
    """Valid JSON text (control characters escaped by the encoder), ending in a newline."""
    return json.dumps(_clean(data), ensure_ascii=False, indent=2) + "\n"
