"""Safe, strict and fast YAML reading for catalogues and profiles.

We build Python data straight from the parser's event stream instead of calling
``yaml.load``: PyYAML's composer is where most of its time goes (about 85 % of a
load on our catalogues), and working on events lets us reject what the loader must
never accept, with the line and column of the offence:

* any tag other than the plain YAML types (``!!python/object``, ``!!binary``, ...);
* a key given twice in one mapping (PyYAML silently keeps the last one);
* alias expansion past a budget (the "billion laughs" file);
* nesting deeper than a limit (libyaml's composer overflows the C stack first);
* integers that YAML 1.1 reads in surprising ways (``010`` is octal 8, ``1:30`` is 90).

Plain scalars are resolved with PyYAML's own implicit-resolver table, so a value
means here what it means to ``yaml.safe_load`` (``NO`` is ``False``, ``~`` is ``None``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

import yaml
from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)
from yaml.resolver import Resolver

from careers_cli.errors import CareersError, Problem
from careers_cli.files import DEFAULT_MAX_BYTES, decode, read_text
from careers_cli.i18n import choice, current_lang, msg, number

__all__ = ["DEFAULT_MAX_BYTES", "Limits", "YamlError", "decode", "locate", "parse", "read_text"]

MAX_DEPTH = 64
MAX_ALIAS_NODES = 100_000

_TAG = "tag:yaml.org,2002:"
_STR, _INT, _FLOAT, _BOOL, _NULL = (_TAG + t for t in ("str", "int", "float", "bool", "null"))
_TIMESTAMP, _MERGE, _SEQ, _MAP = (_TAG + t for t in ("timestamp", "merge", "seq", "map"))
_SCALAR_TAGS = {_STR, _INT, _FLOAT, _BOOL, _NULL, _TIMESTAMP}
_RESOLVERS: dict[str | None, list[tuple[str, re.Pattern[str]]]] = Resolver.yaml_implicit_resolvers
_BOOLS = {"yes": True, "no": False, "true": True, "false": False, "on": True, "off": False}
_DECIMAL = re.compile(r"[-+]?(?:0|[1-9][0-9_]*)\Z")

Path = tuple[str | int, ...]


class YamlError(CareersError):
    """A YAML file that cannot be read; ``problem`` holds its place."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        super().__init__(problem.message)


class Limits(NamedTuple):
    """Bounds that keep hostile files from eating time or memory."""

    max_depth: int = MAX_DEPTH
    max_alias_nodes: int = MAX_ALIAS_NODES


def _parser(text: str | bytes) -> Any:
    """A libyaml event parser when PyYAML has one, else PyYAML's pure-Python one."""
    cls = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return cls(text)


def _problem(message: str, mark: Any) -> Problem:
    if mark is None:
        return Problem(message)
    return Problem(message, line=mark.line + 1, column=mark.column + 1)


def _parser_words(text: str) -> str:
    """A phrase of the YAML parser in the user's language, when we know it."""
    phrase = text.strip()
    return choice("yaml_parser", phrase, current_lang(), phrase=phrase)


def _yaml_problem(exc: yaml.YAMLError, text: str | bytes) -> Problem:
    if isinstance(exc, yaml.MarkedYAMLError):
        parts = [_parser_words(p) for p in (exc.context, exc.problem) if p]
        message = msg("y_invalid", details=msg("then").join(parts) or msg("y_syntax"))
        mark = exc.problem_mark or exc.context_mark
        index = getattr(mark, "index", None)
        if isinstance(text, bytes):
            text = text.decode("utf-8", "replace")
        if index is not None and text[index : index + 1] == "\t":
            message += f" ({msg('y_tab')})"
        return _problem(message, mark)
    if isinstance(exc, yaml.reader.ReaderError):
        decoded = text.decode("utf-8", "replace") if isinstance(text, bytes) else text
        line = decoded.count("\n", 0, exc.position) + 1
        column = exc.position - (decoded.rfind("\n", 0, exc.position) + 1) + 1
        found = exc.character
        char = found if isinstance(found, int) else ord(str(found)[:1] or "?")
        reason = _parser_words(str(exc.reason))
        invalid = msg("y_character", code=f"{char:04X}", reason=reason)
        return Problem(invalid, line=line, column=column)
    return Problem(msg("y_invalid", details=str(exc)))


def _scalar(event: Any) -> Any:
    """The Python value of a scalar event, as ``yaml.safe_load`` would read it."""
    value: str = event.value
    tag = event.tag
    if tag is None or tag == "!":
        if tag == "!" or not event.implicit[0]:  # quoted, or forced to a string
            return value
        if not value:
            return None
        for candidate, regexp in _RESOLVERS.get(value[0], ()):
            if regexp.match(value):
                tag = candidate
                break
        else:
            return value
    if tag == _STR:
        return value
    if tag == _NULL:
        return None
    if tag in _READERS:
        read, problem = _READERS[tag]
        try:
            return read(value, event)
        except (ValueError, KeyError, yaml.YAMLError):
            raise YamlError(_problem(problem(repr(value)), event.start_mark)) from None
    if tag == _MERGE:
        raise YamlError(_problem(msg("y_merge"), event.start_mark))
    if tag.startswith(_TAG + "value") or tag == _TAG + "yaml":
        return value
    raise YamlError(_problem(msg("y_tag", tag=_short(tag)), event.start_mark))


def _short(tag: str) -> str:
    return "!!" + tag[len(_TAG) :] if tag.startswith(_TAG) else tag


def _int(value: str, event: Any) -> int:
    text = value.replace("_", "")
    if _DECIMAL.match(text):
        return int(text)
    sign = -1 if text.startswith("-") else 1
    body = text.lstrip("+-")
    if body.startswith("0b"):
        return sign * int(body[2:], 2)
    if body.startswith("0x"):
        return sign * int(body[2:], 16)
    if ":" in body:
        why = msg("y_base60", value=repr(value))
    elif body.startswith("0") and body[1:].isdigit():
        why = msg("y_octal", value=repr(value))
    else:
        raise YamlError(_problem(msg("y_not_integer", value=repr(value)), event.start_mark))
    raise YamlError(_problem(why, event.start_mark))


def _float(value: str, event: Any) -> float:
    text = value.replace("_", "").lower()
    if ":" in text:
        raise YamlError(_problem(msg("y_base60", value=repr(value)), event.start_mark))
    if text in (".inf", "+.inf"):
        return float("inf")
    if text == "-.inf":
        return float("-inf")
    if text == ".nan":
        return float("nan")
    return float(text)


def _bool(value: str, event: Any) -> bool:
    return _BOOLS[value.lower()]


def _timestamp(value: str, event: Any) -> Any:
    node = yaml.ScalarNode(_TIMESTAMP, value, event.start_mark, event.end_mark)
    return yaml.constructor.SafeConstructor().construct_yaml_timestamp(node)


#: How each typed scalar is read, and the message when it cannot be.
_READERS: dict[str, tuple[Callable[[str, Any], Any], Callable[[str], str]]] = {
    _INT: (_int, lambda value: msg("y_not_integer", value=value)),
    _BOOL: (_bool, lambda value: msg("y_not_boolean", value=value)),
    _FLOAT: (_float, lambda value: msg("y_not_number", value=value)),
    _TIMESTAMP: (_timestamp, lambda value: msg("y_not_date", value=value)),
}

_NO_KEY = object()


def parse(text: str | bytes, filename: str, limits: Limits | None = None) -> Any:
    """Parse one YAML document into plain Python data (dict, list, str, int, ...).

    Raises :class:`YamlError` with the line and column of the first problem.
    """
    limits = limits or Limits()
    parser = _parser(text)
    try:
        return _build(parser.get_event, limits)
    except yaml.YAMLError as exc:
        raise YamlError(_yaml_problem(exc, text)) from None
    except RecursionError:  # pragma: no cover - the parser is iterative; belt and braces
        raise YamlError(Problem(msg("y_too_deep"))) from None
    finally:
        parser.dispose()


class _Builder:
    """Plain data built from the parser's events, the limits checked as it goes."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        # Each frame: [container, is_mapping, pending_key, size, anchor, start_event]
        self.stack: list[list[Any]] = []
        self.anchors: dict[str, tuple[Any, int]] = {}
        self.expanded = 0  # values that aliases have stood for so far
        self.documents = 0
        self.root: Any = None

    def add(self, value: Any, size: int, event: Any) -> None:
        """Put a value (of ``size`` values in all) into the container being built."""
        if not self.stack:
            self.root = value
            return
        frame = self.stack[-1]
        frame[3] += size
        container = frame[0]
        if not frame[1]:
            container.append(value)
            return
        key = frame[2]
        if key is not _NO_KEY:
            container[key] = value
            frame[2] = _NO_KEY
            return
        if isinstance(value, (dict, list)):
            raise YamlError(_problem(msg("y_key_plain"), event.start_mark))
        if value in container:
            raise YamlError(_problem(msg("y_duplicate_key", name=value), event.start_mark))
        frame[2] = value

    def start(self, event: Any, is_map: bool) -> None:
        tag = event.tag
        if tag not in (None, "!", _MAP if is_map else _SEQ):
            raise YamlError(_problem(msg("y_tag", tag=_short(tag)), event.start_mark))
        if len(self.stack) >= self.limits.max_depth:
            depth = msg("y_depth", n=self.limits.max_depth)
            raise YamlError(_problem(depth, event.start_mark))
        container: Any = {} if is_map else []
        self.stack.append([container, is_map, _NO_KEY, 1, event.anchor, event])

    def end(self) -> None:
        frame = self.stack.pop()
        if frame[4]:
            self.anchors[frame[4]] = (frame[0], frame[3])
        self.add(frame[0], frame[3], frame[5])

    def alias(self, event: Any) -> None:
        try:
            value, size = self.anchors[event.anchor]
        except KeyError:
            unknown = msg("y_unknown_alias", name=event.anchor)
            raise YamlError(_problem(unknown, event.start_mark)) from None
        self.expanded += size
        if self.expanded > self.limits.max_alias_nodes:
            budget = number(self.limits.max_alias_nodes, current_lang())
            raise YamlError(_problem(msg("y_aliases", n=budget), event.start_mark))
        self.add(value, size, event)

    def document(self, event: Any) -> None:
        self.documents += 1
        if self.documents > 1:
            raise YamlError(_problem(msg("y_documents"), event.start_mark))


def _build(next_event: Callable[[], Any], limits: Limits) -> Any:
    """Read events until the end of the stream; the document's data (None if empty)."""
    builder = _Builder(limits)
    # One object per distinct string: a taxonomy repeats its keys, ids and labels
    # hundreds of thousands of times (the full ESCO import: a quarter less memory).
    strings: dict[str, str] = {}
    while True:
        event = next_event()
        kind = type(event)
        if kind is ScalarEvent:
            value = _scalar(event)
            if type(value) is str:
                value = strings.setdefault(value, value)
            if event.anchor:
                builder.anchors[event.anchor] = (value, 1)
            builder.add(value, 1, event)
        elif kind is MappingStartEvent:
            builder.start(event, True)
        elif kind is SequenceStartEvent:
            builder.start(event, False)
        elif kind is MappingEndEvent or kind is SequenceEndEvent:
            builder.end()
        elif kind is AliasEvent:
            builder.alias(event)
        elif kind is DocumentStartEvent:
            builder.document(event)
        elif kind is StreamEndEvent:
            return builder.root


def locate(text: str | bytes, paths: Sequence[Path]) -> dict[Path, tuple[int, int]]:
    """Find the 1-based line and column of each path (``("roles", 3, "id")``).

    Used only to place validation errors, so the fast path keeps no marks at all.
    For a mapping entry the place is its key; for a list item, the item.
    """
    wanted = set(paths)
    found: dict[Path, tuple[int, int]] = {}
    if not wanted:
        return found
    parser = _parser(text)
    # Each frame: [path, is_mapping, expecting_key, next_index]
    stack: list[list[Any]] = []
    try:
        while len(found) < len(wanted):
            event = parser.get_event()
            kind = type(event)
            if kind is StreamEndEvent:
                break
            if kind not in (ScalarEvent, MappingStartEvent, SequenceStartEvent, AliasEvent):
                if kind is MappingEndEvent or kind is SequenceEndEvent:
                    stack.pop()
                continue
            if stack:
                frame = stack[-1]
                if frame[1]:
                    if frame[2]:
                        key = _scalar(event) if kind is ScalarEvent else None
                        frame[2] = False
                        frame[3] = key
                        here = (*frame[0], key)
                        if here in wanted:
                            found[here] = (event.start_mark.line + 1, event.start_mark.column + 1)
                        continue
                    path: Path = (*frame[0], frame[3])
                    frame[2] = True
                else:
                    path = (*frame[0], frame[3])
                    frame[3] += 1
            else:
                path = ()
            if path in wanted and path not in found:
                found[path] = (event.start_mark.line + 1, event.start_mark.column + 1)
            if kind is MappingStartEvent:
                stack.append([path, True, True, None])
            elif kind is SequenceStartEvent:
                stack.append([path, False, False, 0])
    except (yaml.YAMLError, YamlError):
        pass
    finally:
        parser.dispose()
    return found
