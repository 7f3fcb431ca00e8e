"""A new user's review of `main`: a French number or a closing guillemet split when a
line wraps ("p75 120" / "000 GBP", a "»" alone on a line)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from careers_cli.render import table
from careers_cli.render.doc import Column, Document, Paragraph, Table

from .conftest import Run

SPLIT_NUMBER = re.compile(r"\d[ \u202f\u00a0]*\n[ │]*\d{3}(?!\d)")
LONE_CLOSING = re.compile(r"^[ │]*»", re.MULTILINE)
KEPT = re.compile("[\U000f0000-\U000fffff]")  # the stand-ins of render/table.py


def _check(out: str) -> None:
    assert not SPLIT_NUMBER.search(out), SPLIT_NUMBER.search(out)
    assert not LONE_CLOSING.search(out)
    assert not KEPT.search(out)  # every space given back


@pytest.mark.parametrize("width", range(40, 130, 7))
def test_show_pay_in_french_never_splits_a_number(run: Run, width: int) -> None:
    result = run(
        "show", "ml-engineer", "--lang", "fr", "--section", "pay", env={"COLUMNS": str(width)}
    )
    assert result.exit_code == 0
    assert "\u202f" in result.stdout  # the French thousands are still there
    _check(result.stdout)


@pytest.mark.parametrize("width", range(12, 40))
def test_paragraphs_and_cells_keep_numbers_and_guillemets_whole(width: int) -> None:
    words = "Fixe brut (« 60 à plus de 90 K€ ») soit 120\u202f230 ou 4 710 EUR"
    doc = Document(
        [
            Paragraph(words),
            Table([Column("a"), Column("b")], [["p75 158\u202f880 GBP", words]]),
        ]
    )
    out = table.render_plain(doc, width)
    _check(out)
    assert "(« 60" in out and "K€ »)" in out and "120\u202f230" in out and "4 710" in out


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_svg_size_is_in_whole_pixels(run: Run, tmp_path: Path, lang: str) -> None:
    out = tmp_path / "report.svg"
    result = run("show", "ml-engineer", "--lang", lang, "--export", str(out))
    assert result.exit_code == 0, result.output
    head = out.read_text(encoding="utf-8").split(">", 1)[0]
    width, height = re.search(r'width="(\d+)" height="(\d+)"', head).groups()  # type: ignore[union-attr]
    assert f'viewBox="0 0 {width} {height}"' in head
    assert int(height) > 1000  # a long report: a real size, not a rounding to zero
