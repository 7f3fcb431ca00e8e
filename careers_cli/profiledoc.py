"""Editing a saved profile in place: only the lines a command names change.

A profile is the user's document: it may hold comments, keys careers does not read,
and skills or roles the catalogue in use does not know (another catalogue's, or the
user's own). Rewriting the file from what careers understood would drop all of them,
so a write is a small text edit instead:

* the file is composed with PyYAML, which gives every key and value its place;
* a changed level replaces just that value's characters, a removed skill deletes just
  its lines, a new skill is one new line after the last entry (same indentation);
* an unknown entry (a key the catalogue cannot resolve) is deleted only when the write
  names its key (``Wanted.kept`` loses it: ``profile remove KEY``, ``profile clear``);
* ``targets`` and ``region`` are replaced in place, or added as one line at the end;
* everything else (comments, blank lines, other keys, the other unknown entries) is
  copied byte for byte;
* every value careers writes is emitted by PyYAML's emitter, double-quoted when a
  plain scalar would not read back as the same string (``NO``, ``1:30``, ``a: b``...).

The edited text is then read back and checked against what was meant; if anything
differs (a layout the editor does not handle), the write is refused with a clear error
and the file is left untouched.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from careers_cli.errors import ProfileError

OWNED = ("skills", "targets", "region")
# libyaml's marks count characters, like PyYAML's own (checked by the read-back anyway)
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_EMPTY_FLOW = re.compile(r"(?:\s*#[^\n]*\n)*\s*\{\s*\}\s*")
_PLAIN_SAFE = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.")


class Wanted(NamedTuple):
    """What the saved profile should hold after a write (resolved ids)."""

    skills: dict[str, int]
    targets: list[str]
    region: str | None
    # The keys of the skill entries the catalogue cannot resolve that stay in the file, as
    # the profile reader names them: a write may drop some of them (``remove``, ``clear``),
    # never add one.
    kept: tuple[str, ...] = ()


Resolve = Callable[[str], "str | None"]


def _checked(value: str) -> str:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        shown = value.encode("utf-8", "backslashreplace").decode("ascii", "backslashreplace")
        from careers_cli.i18n import msg

        raise ProfileError(msg("p_not_utf8", name=shown[:80])) from None
    return value


def scalar(value: str) -> str:
    """``value`` as a YAML scalar that reads back as exactly this string."""
    _checked(value)
    if value and set(value) <= _PLAIN_SAFE and value[0] not in "-.":
        try:
            if yaml.safe_load(value) == value:
                return value
        except yaml.YAMLError:  # pragma: no cover - plain-safe characters always parse
            pass
    text: str = yaml.safe_dump(value, default_style='"', allow_unicode=True, width=float("inf"))
    return text.rstrip("\n")


def quoted(value: str) -> str:
    """``value`` as a double-quoted YAML scalar (always quoted, always reads back)."""
    _checked(value)
    text: str = yaml.safe_dump(value, default_style='"', allow_unicode=True, width=float("inf"))
    return text.rstrip("\n")


class _Edits:
    """Replacements on the original text, applied all at once at the end."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans: list[tuple[int, int, str]] = []
        self.newline = "\r\n" if "\r\n" in text else "\n"  # new lines end as the file's do

    def replace(self, start: int, end: int, new: str) -> None:
        self.spans.append((start, end, new.replace("\n", self.newline)))

    def line_start(self, offset: int) -> int:
        return self.text.rfind("\n", 0, offset) + 1

    def line_end(self, offset: int) -> int:
        """The offset just past the end of the line holding ``offset - 1``."""
        if offset > 0 and self.text[offset - 1] == "\n":
            return offset
        found = self.text.find("\n", offset)
        return len(self.text) if found < 0 else found + 1

    def delete_entry(self, key: Node, value: Node) -> None:
        self.replace(self.line_start(key.start_mark.index), self.line_end(_extent(value)), "")

    def after_colon(self, key: Node) -> int:
        colon = self.text.find(":", key.end_mark.index)
        return colon + 1

    def result(self) -> str:
        out = self.text
        for start, end, new in sorted(self.spans, reverse=True):
            out = out[:start] + new + out[end:]
        return out


def _extent(node: Node) -> int:
    """Where a value really ends: a block collection's end mark lies after any comment
    lines that follow it, so use its last item's end instead."""
    text_end: int = node.end_mark.index
    if isinstance(node, (MappingNode, SequenceNode)) and node.value and not node.flow_style:
        last = node.value[-1]
        return _extent(last[1] if isinstance(node, MappingNode) else last)
    return text_end


def _pairs(node: Node | None) -> list[tuple[Node, Node]]:
    if isinstance(node, MappingNode):
        return list(node.value)
    return []


def _find(pairs: Sequence[tuple[Node, Node]], name: str) -> tuple[Node, Node] | None:
    for key, value in pairs:
        if isinstance(key, ScalarNode) and key.value == name:
            return key, value
    return None


def _is_null(node: Node) -> bool:
    return isinstance(node, ScalarNode) and node.tag.endswith(":null")


def _append(edits: _Edits, line: str) -> None:
    """Add a top-level line at the end of the file."""
    text = edits.text
    prefix = "" if not text or text.endswith("\n") else "\n"
    edits.replace(len(text), len(text), f"{prefix}{line}\n")


def _entry_line(indent: int, skill: str, level: int) -> str:
    return f"{' ' * indent}{scalar(skill)}: {level}\n"


def _key_name(text: str, key: Node) -> str | None:
    """An entry's key as the profile reader names it (the ``str`` of the value YAML gives
    it: ``~`` is ``None``), so that an entry is found by the name ``profile show`` lists."""
    if not isinstance(key, ScalarNode):
        return None
    from careers_cli import yamlsafe

    try:
        return str(yamlsafe.parse(text[key.start_mark.index : key.end_mark.index], "key"))
    except yamlsafe.YamlError:  # an alias, say: the read-back check has the last word
        return str(key.value)


def _written_level(node: Node) -> int:
    try:
        return int(str(node.value)) if isinstance(node, ScalarNode) else 0
    except ValueError:
        return 0


def _plan(
    text: str,
    pairs: list[tuple[Node, Node]],
    resolve: Resolve,
    old: dict[str, int],
    new: dict[str, int],
    drop: frozenset[str],
) -> tuple[list[int | str | None], list[str]]:
    """What becomes of each entry of a skills mapping (a new level, ``"delete"``, or None:
    left as written), and the skills to add.

    A skill written under two names (``Python: 3`` and ``python: 4``) is read at its higher
    level; a write that leaves its level as it is leaves every line of it be, one that
    sets a level writes it on the line careers reads (the highest, the first of equals)
    and on any other line of it whose level is higher (else that one would win), and
    removing the skill deletes all its lines."""
    actions: list[int | str | None] = [None] * len(pairs)
    lines: dict[str, list[int]] = {}
    for i, (key, _value) in enumerate(pairs):
        skill = resolve(str(key.value)) if isinstance(key, ScalarNode) else None
        if skill is not None:
            lines.setdefault(skill, []).append(i)
        elif drop and _key_name(text, key) in drop:
            actions[i] = "delete"
    if new != old:  # a write that only drops kept entries leaves the others be
        for skill, where in lines.items():
            if skill not in new:
                for i in where:
                    actions[i] = "delete"
            elif new[skill] != old.get(skill):
                levels = [_written_level(pairs[i][1]) for i in where]
                for n, i in enumerate(where):
                    if n == levels.index(max(levels)) or levels[n] > new[skill]:
                        actions[i] = new[skill]
    return actions, [s for s in sorted(new) if s not in lines]


def _edit_block_skills(
    edits: _Edits,
    pairs: list[tuple[Node, Node]],
    resolve: Resolve,
    old: dict[str, int],
    new: dict[str, int],
    drop: frozenset[str],
) -> int:
    """Change, delete and add entries of a block mapping of skills, line by line, and
    delete the unresolved entries named in ``drop``; returns how many entries are left."""
    actions, added = _plan(edits.text, pairs, resolve, old, new, drop)
    for (key, value), action in zip(pairs, actions, strict=True):
        if action == "delete":
            edits.delete_entry(key, value)
        elif action is not None:
            edits.replace(value.start_mark.index, value.end_mark.index, str(action))
    if added:
        last_key, last_value = pairs[-1]
        lines = "".join(_entry_line(last_key.start_mark.column, s, new[s]) for s in added)
        _insert_lines(edits, edits.line_end(_extent(last_value)), lines)
    return actions.count(None) + sum(isinstance(a, int) for a in actions) + len(added)


def _edit_flow_skills(
    edits: _Edits,
    node: MappingNode,
    resolve: Resolve,
    old: dict[str, int],
    new: dict[str, int],
    drop: frozenset[str],
) -> None:
    """The same edits inside a flow mapping (``{python: 4, docker: 2}``), which stays one:
    a deleted entry takes its comma with it, a new one follows the last entry kept (on a
    line of its own when the entries are on several lines)."""
    pairs = list(node.value)
    actions, added = _plan(edits.text, pairs, resolve, old, new, drop)
    entries = [f"{scalar(s)}: {new[s]}" for s in added]
    kept = [i for i, action in enumerate(actions) if action != "delete"]
    if not kept:
        inside = (node.start_mark.index + 1, node.end_mark.index - 1)
        edits.replace(*inside, ", ".join(entries))
        return
    last = kept[-1]
    for i, ((key, value), action) in enumerate(zip(pairs, actions, strict=True)):
        if action == "delete" and i < last:
            edits.replace(key.start_mark.index, pairs[i + 1][0].start_mark.index, "")
        elif isinstance(action, int):
            edits.replace(value.start_mark.index, value.end_mark.index, str(action))
    several_lines = len({key.start_mark.line for key, _ in pairs}) > 1
    sep = ",\n" + " " * pairs[last][0].start_mark.column if several_lines else ", "
    tail = (pairs[last][1].end_mark.index, pairs[-1][1].end_mark.index)  # deleted after last
    edits.replace(*tail, "".join(sep + entry for entry in entries))


def _rebuilt_skills(
    text: str, node: Node, resolve: Resolve, new: dict[str, int], drop: frozenset[str], indent: int
) -> str:
    """A flow mapping or list of skills as block lines: unknown entries keep their text,
    but for those named in ``drop``."""
    kept: list[str] = []
    items: list[tuple[Node, Node | None]] = []
    if isinstance(node, MappingNode):
        items = list(node.value)
    elif isinstance(node, SequenceNode):
        items = [(item, None) for item in node.value]
    for key, value in items:
        if isinstance(key, ScalarNode) and resolve(str(key.value)) is not None:
            continue
        if drop and _key_name(text, key) in drop:
            continue
        key_text = text[key.start_mark.index : key.end_mark.index]
        value_text = "3" if value is None else text[value.start_mark.index : value.end_mark.index]
        kept.append(f"{' ' * indent}{key_text}: {value_text}\n")
    added = [_entry_line(indent, s, new[s]) for s in sorted(new)]
    return "".join(kept + added)


def _edit_skills(
    edits: _Edits,
    top: list[tuple[Node, Node]],
    resolve: Resolve,
    old: dict[str, int],
    new: dict[str, int],
    drop: frozenset[str],
) -> None:
    found = _find(top, "skills")
    if found is None:
        if new:
            lines = "".join(_entry_line(2, s, new[s]) for s in sorted(new))
            _append(edits, "skills:\n" + lines.rstrip("\n"))
        return
    key, value = found
    if isinstance(value, MappingNode) and value.flow_style:
        _edit_flow_skills(edits, value, resolve, old, new, drop)
        return
    if isinstance(value, MappingNode) and value.value:
        if not _edit_block_skills(edits, list(value.value), resolve, old, new, drop):
            colon = edits.after_colon(key)
            edits.replace(colon, colon, " {}")  # an empty mapping, not a null
        return
    if isinstance(value, ScalarNode) and not _is_null(value):
        return  # neither a list nor a mapping: parse_profile has refused it already
    _rebuild_skills(edits, key, value, resolve, new, drop)


def _rebuild_skills(
    edits: _Edits,
    key: Node,
    value: Node,
    resolve: Resolve,
    new: dict[str, int],
    drop: frozenset[str],
) -> None:
    """A list of skills (or no value) becomes block lines under the key: levels need a
    mapping. No whitespace is left where the list was."""
    lines = _rebuilt_skills(edits.text, value, resolve, new, drop, key.start_mark.column + 2)
    start, end = value.start_mark.index, _extent(value)
    colon = edits.after_colon(key)
    if value.start_mark.line != key.start_mark.line:  # a block list, on lines of its own
        edits.replace(edits.line_start(start), edits.line_end(end), lines)
        if not lines:
            edits.replace(colon, colon, " {}")
        return
    while start > colon and edits.text[start - 1] in " \t":  # the spaces before a flow list
        start -= 1
    edits.replace(start, end, "" if lines else " {}")
    _insert_lines(edits, edits.line_end(end), lines)


def _insert_lines(edits: _Edits, at: int, lines: str) -> None:
    if lines:
        prefix = "\n" if at > 0 and edits.text[at - 1] != "\n" else ""
        edits.replace(at, at, prefix + lines)


def _set_value(edits: _Edits, top: list[tuple[Node, Node]], name: str, new: str | None) -> None:
    """Replace, add or delete one top-level key's value (``new`` is YAML text or None)."""
    found = _find(top, name)
    if found is None:
        if new is not None:
            _append(edits, f"{name}: {new}")
        return
    key, value = found
    if new is None:
        edits.delete_entry(key, value)
        return
    start, end = value.start_mark.index, _extent(value)
    if start == end:  # an empty value: write after the colon, before any comment
        colon = edits.after_colon(key)
        edits.replace(colon, colon, f" {new}")
        return
    if value.start_mark.line != key.start_mark.line and value.start_mark.column <= (
        key.start_mark.column
    ):
        new = "  " + new  # a sequence written at the key's indentation
    edits.replace(start, end, new)


def _old_unknown_targets(top: list[tuple[Node, Node]], resolve_role: Resolve) -> list[str]:
    found = _find(top, "targets")
    if found is None:
        return []
    node = found[1]
    items = node.value if isinstance(node, SequenceNode) else [node]
    return [
        str(item.value)
        for item in items
        if isinstance(item, ScalarNode) and item.value and resolve_role(str(item.value)) is None
    ]


def compose(text: str) -> list[tuple[Node, Node]] | None:
    """The top-level pairs of a profile text ([] for an empty file, None when not a block
    mapping: a layout the editor does not rewrite)."""
    try:
        root = yaml.compose(text, Loader=_LOADER)  # noqa: S506 - compose only
    except yaml.YAMLError:
        return None
    if root is None:
        return []
    if not isinstance(root, MappingNode) or text[root.start_mark.index] == "{":
        return None
    return list(root.value)


def header() -> str:
    """The comment that opens a new profile file, in the language of the run that makes it
    (an existing file keeps its own comment: it is the user's document)."""
    from careers_cli.i18n import msg

    return msg("profile_header") + "\n"


class Summary(NamedTuple):
    """What a profile's data says, as far as a write is concerned."""

    others: dict[str, Any]  # keys careers does not read, with their values
    skills: dict[str, int]  # resolved skill id -> level
    unknown_skills: list[tuple[str, Any]]  # entries the catalogue cannot resolve
    targets: list[str]  # resolved role ids
    unknown_targets: list[str]
    region: Any


def summary(data: Any, resolve_skill: Resolve, resolve_role: Resolve) -> Summary:
    """Sort a profile's data into what careers reads and what it keeps untouched."""
    data = data if isinstance(data, dict) else {}
    raw = data.get("skills") or {}
    if isinstance(raw, list):
        raw = {str(item): 3 for item in raw}
    skills: dict[str, int] = {}
    unknown: list[tuple[str, Any]] = []
    for name, level in raw.items() if isinstance(raw, dict) else ():
        skill = resolve_skill(str(name))
        if skill is None:
            unknown.append((str(name), level))
        else:
            skills[skill] = max(int(str(level)), skills.get(skill, 0))
    targets_raw = data.get("targets") or []
    targets_raw = [targets_raw] if isinstance(targets_raw, str) else targets_raw
    targets: list[str] = []
    unknown_targets: list[str] = []
    for item in targets_raw if isinstance(targets_raw, list) else ():
        role = resolve_role(str(item))
        (unknown_targets if role is None else targets).append(str(item) if role is None else role)
    others = {str(k): v for k, v in data.items() if k not in OWNED}
    return Summary(others, skills, unknown, targets, unknown_targets, data.get("region"))


def rewrite(
    text: str,
    before: Wanted,
    after: Wanted,
    resolve_skill: Resolve,
    resolve_role: Resolve,
    filename: str = "profile",
) -> str:
    """The profile text with only the changes from ``before`` to ``after`` made."""
    text = text or header()
    top = compose(text)
    if top is None and _EMPTY_FLOW.fullmatch(text):  # a file holding just "{}"
        text, top = header(), []
    if top is None:
        from careers_cli.i18n import msg

        raise ProfileError(msg("p_block_only", path=filename), hint=msg("p_block_hint"))
    edits = _Edits(text)
    drop = frozenset(before.kept) - frozenset(after.kept)
    if after.skills != before.skills or drop:
        _edit_skills(edits, top, resolve_skill, before.skills, after.skills, drop)
    if after.targets != before.targets:
        values = [*after.targets, *_old_unknown_targets(top, resolve_role)]
        listed = "[" + ", ".join(scalar(v) for v in values) + "]" if values else None
        _set_value(edits, top, "targets", listed)
    if after.region != before.region:
        region = None if after.region is None else quoted(after.region)
        _set_value(edits, top, "region", region)
    return edits.result()
