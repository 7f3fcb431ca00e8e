"""The catalogue's JSON Schema, generated from the same model the loader validates with."""

from __future__ import annotations

import types
import typing
from enum import StrEnum
from typing import Any

from careers_cli import __version__
from careers_cli.choices import Lang
from careers_cli.model import Catalogue, Label, fields_of, is_model
from careers_cli.schema_fr import ABOUT, FRENCH, REF, TITLE

SCHEMA_ID = "https://careers-cli.invalid/schema/roles-1.json"


def json_schema(lang: Lang = Lang.EN) -> dict[str, Any]:
    """A JSON Schema (draft 2020-12) for catalogue files, described in ``lang`` (the
    structure is the same in both languages; only titles and descriptions differ)."""
    defs: dict[str, Any] = {}
    root = _object_schema(Catalogue, defs, lang)
    pick = 1 if lang is Lang.FR else 0
    root["description"] += " " + ABOUT[pick].format(version=__version__)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": TITLE[pick],
        **root,
        "$defs": dict(sorted(defs.items())),
    }


def describe(text: str, lang: Lang) -> str:
    """One description of the model in ``lang`` (careers_cli/schema_fr.py; a KeyError when
    the French table lacks it, which the tests catch)."""
    return FRENCH[text] if lang is Lang.FR else text


def _type_schema(
    tp: Any, rules: dict[str, Any], defs: dict[str, Any], lang: Lang
) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        inner = _type_schema(args[0], rules, defs, lang)
        return {"anyOf": [*inner.get("anyOf", [inner]), {"type": "null"}]}
    if origin is tuple:
        item_rules = {k[5:]: v for k, v in rules.items() if k.startswith("item_")}
        out: dict[str, Any] = {
            "type": "array",
            "items": _type_schema(typing.get_args(tp)[0], item_rules, defs, lang),
        }
        if rules.get("min_items"):
            out["minItems"] = rules["min_items"]
        return out
    if tp is Label:  # a plain string stands for the same label in both languages
        text = _type_schema(str, fields_of(Label)[0].spec.rules, defs, lang)
        return {"anyOf": [text, _ref(tp, defs, lang)]}
    if is_model(tp):
        return _ref(tp, defs, lang)
    if isinstance(tp, type) and issubclass(tp, StrEnum):
        return {"type": "string", "enum": [m.value for m in tp]}
    if tp is str:
        out = {"type": "string"}
        if "min_len" in rules:
            out["minLength"] = rules["min_len"]
        if "max_len" in rules:
            out["maxLength"] = rules["max_len"]
        if "pattern" in rules:
            out["pattern"] = rules["pattern"]
        return out
    if tp is bool:
        return {"type": "boolean"}
    if tp is int or tp is float:
        out = {"type": "integer" if tp is int else "number"}
        for key, word in (
            ("min", "minimum"),
            ("max", "maximum"),
            ("gt", "exclusiveMinimum"),
            ("lt", "exclusiveMaximum"),
        ):
            if key in rules:
                out[word] = rules[key]
        return out
    raise TypeError(f"no schema for {tp!r}")  # pragma: no cover - a model bug


def _ref(cls: Any, defs: dict[str, Any], lang: Lang) -> dict[str, Any]:
    """A reference to a model class's schema, defined once in ``defs``."""
    name = cls.__name__
    if name not in defs:
        defs[name] = {}  # reserve the name before recursing
        defs[name] = _object_schema(cls, defs, lang)
    return {"$ref": f"#/$defs/{name}"}


def _object_schema(cls: Any, defs: dict[str, Any], lang: Lang) -> dict[str, Any]:
    properties: dict[str, Any] = {}
    required: list[str] = []
    for f in fields_of(cls):
        rules = f.spec.rules
        prop = _type_schema(f.type, rules, defs, lang)
        if "$ref" in prop:
            prop = {"allOf": [prop]}
        prop["description"] = describe(f.spec.doc, lang)
        if "ref" in rules:
            prop["description"] += REF[1 if lang is Lang.FR else 0].format(ref=rules["ref"])
        properties[f.name] = prop
        if f.required:
            required.append(f.name)
    out: dict[str, Any] = {
        "type": "object",
        "description": describe((cls.__doc__ or "").strip().splitlines()[0], lang),
        "properties": properties,
        "additionalProperties": False,
    }
    if required:
        out["required"] = required
    return out
