"""`careers match` stays a table at 80 columns in both languages (review rv2, item 2):
the French score headers are shortened ("prép.", "ress.", spelt out in a note) before the
table would turn into stacked records; at 100 columns the full words are kept."""

from __future__ import annotations

import pytest

from careers_cli.render import table
from careers_cli.render.doc import Column, Document, Table

from .conftest import Run

SKILLS = "python:4, sql:3, statistics:3, pytorch:2"


def _match(run: Run, lang: str, width: int, *extra: str) -> str:
    result = run("match", "--skills", SKILLS, "--lang", lang, *extra, env={"COLUMNS": str(width)})
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("extra", [[], ["--top", "5"], ["--by", "fit"], ["--region", "FR"]])
def test_match_is_a_table_at_80_columns(run: Run, lang: str, extra: list[str]) -> None:
    out = _match(run, lang, 80, *extra)
    lines = out.splitlines()
    assert all(len(line) <= 80 for line in lines)
    header = next(line for line in lines if line.lstrip().startswith("#"))
    assert lines[lines.index(header) + 1].startswith("─" * 80)  # the table's rule
    if lang == "fr":
        assert header.split()[1:5] == ["Métier", "prép.", "ress.", "Ess."]
        assert "(en-têtes abrégés : prép. = préparation, ress. = ressemblance)" in out
    else:
        assert header.split()[1:5] == ["Role", "readiness", "fit", "Ess."]
        assert "headers shortened" not in out


def test_match_keeps_the_full_french_words_at_100_columns(run: Run) -> None:
    out = _match(run, "fr", 100)
    header = next(line for line in out.splitlines() if line.lstrip().startswith("#"))
    assert header.split()[1:5] == ["Métier", "préparation", "ressemblance", "Ess."]
    assert "abrégés" not in out


def _doc(short: str | None) -> Document:
    columns = [Column("alongheading", no_wrap=True, short=short), Column("b", no_wrap=True)]
    return Document([Table(columns, [["1", "2"]])])


def test_short_headers_are_used_only_when_the_full_ones_do_not_fit() -> None:
    wide = table.render_plain(_doc("a"), 40)
    assert "alongheading" in wide and "shortened" not in wide
    narrow = table.render_plain(_doc("a"), 14)
    assert narrow.splitlines()[0].split() == ["a", "b"]
    assert "(headers shortened: a = alongheading)" in " ".join(narrow.split())
    # without a short header, the same width gives stacked records
    assert table.render_plain(_doc(None), 14).splitlines()[0] != "alongheading  b"
