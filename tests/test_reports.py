"""Reports worth sending: --export writes a real HTML document, a sized SVG with local
fonts, and Markdown whose tables a Markdown parser reads as tables."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from markdown_it import MarkdownIt

COMMANDS = {
    "show": ["show", "data-scientist"],
    "rank": ["rank", "--top", "5"],
    "compare": ["compare", "data-scientist", "ml-engineer"],
    "match": ["match", "--skills", "python:4, statistics:2"],
    "gap": ["gap", "data-scientist", "--skills", "python:4, statistics:2"],
}


class Page(HTMLParser):
    """The parts of an HTML page the tests look at."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: dict[str, list[str]] = {}
        self.decl = ""
        self._open: list[str] = []

    def handle_decl(self, decl: str) -> None:
        self.decl = decl

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in ("br", "meta", "img", "link"):
            self._open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        while self._open and self._open.pop() != tag:
            pass

    def handle_data(self, data: str) -> None:
        for tag in self._open:
            self.text.setdefault(tag, []).append(data)

    def all(self, tag: str) -> list[dict[str, str | None]]:
        return [attrs for name, attrs in self.tags if name == tag]


def parse(text: str) -> Page:
    page = Page()
    page.feed(text)
    return page


def _export(
    run: Any, tmp_path: Path, name: str, suffix: str, *extra: str, catalogue: Path | None = None
) -> tuple[str, Any]:
    target = tmp_path / f"{name}{suffix}"
    args = [*COMMANDS[name], "--export", str(target), *extra]
    if catalogue is not None:
        args += ["--catalog", str(catalogue)]
    result = run(*args)
    assert result.exit_code == 0, result.stderr
    return target.read_text("utf-8"), result


@pytest.mark.parametrize("name", list(COMMANDS))
def test_html_is_a_real_document(run, tmp_path: Path, mini, write_catalogue, name) -> None:
    text, result = _export(run, tmp_path, name, ".html", catalogue=write_catalogue(mini))
    assert f"report saved to {tmp_path / name}.html" in result.stderr
    assert text.startswith("<!doctype html>")
    page = parse(text)
    assert page.all("html")[0]["lang"] == "en"
    title = "".join(page.text["title"]).strip()
    assert title and title == "".join(page.text["h1"]).strip()
    assert page.all("table") and page.all("th")
    assert all(th.get("scope") == "col" for th in page.all("th"))
    assert not page.all("script") and not page.all("link") and "@import" not in text
    assert not re.search(
        r"""(src|href)=["']?(https?:)?//""", text.replace('href="https://example.org/survey"', "")
    )
    assert "@media print" in text and 'name="viewport"' in text
    assert re.search(r"<time>\d{4}-\d\d-\d\d</time>", text)
    assert "careers 0." in text and "roles.yaml" in text


def test_every_source_is_a_link(run, tmp_path: Path, mini, write_catalogue) -> None:
    text, _ = _export(run, tmp_path, "show", ".html", catalogue=write_catalogue(mini))
    links = [a["href"] for a in parse(text).all("a")]
    assert links == ["https://example.org/survey"]


@pytest.mark.parametrize("name", ["gap", "match"])
def test_gap_and_match_say_which_skills(run, tmp_path: Path, name) -> None:
    text, _ = _export(run, tmp_path, name, ".html", "--lang", "fr")
    page = parse(text)
    assert page.all("html")[0]["lang"] == "fr"
    assert "Calculé à partir de ces compétences" in text
    cells = [c.strip() for c in page.text["td"]]
    assert "Python" in cells and "Statistiques" in cells
    i = len(cells) - 1 - cells[::-1].index("Statistiques")  # the last table: the inputs
    assert cells[i + 1] == "2"


def test_catalogue_text_is_escaped_and_only_https_links(
    run, tmp_path, mini, write_catalogue
) -> None:
    mini["roles"][0]["name"]["en"] = 'Data <script>alert(1)</script> "scientist"'
    mini["sources"][0]["address"] = 'http://example.org/a?"><b>x'
    mini["sources"][0]["title"] = "<b>A survey</b>"
    text, _ = _export(run, tmp_path, "show", ".html", catalogue=write_catalogue(mini))
    assert "<script>" not in text and "<b>A survey" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert not parse(text).all("a")  # an http: address is no link
    assert "http://example.org/a?&quot;&gt;&lt;b&gt;x" in text  # shown as inert text


def test_svg_has_a_size_and_local_fonts(run, tmp_path: Path) -> None:
    text, _ = _export(run, tmp_path, "gap", ".svg")
    head = text.split(">", 1)[0]
    assert re.search(r'width="\d+(\.\d+)?"', head) and re.search(r'height="\d+(\.\d+)?"', head)
    assert not re.search(r"url\((?!#)", text)  # only references inside the picture
    assert "https://" not in text and "@font-face" not in text
    assert "monospace" in text


@pytest.mark.parametrize("name", list(COMMANDS))
def test_markdown_renders_tables(run, tmp_path: Path, name) -> None:
    text, _ = _export(run, tmp_path, name, ".md")
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    tables = [tok for tok in tokens if tok.type == "table_open"]
    pipes = [line for line in text.splitlines() if re.match(r"^\|[-:|]+\|$", line)]
    assert tables and len(tables) == len(pipes)  # every table in the file parses as one
    assert "## About this report" in text
    if name in ("gap", "match"):
        assert "| Statistics | 2 |" in text


def test_markdown_sources_are_links(run, tmp_path: Path, mini, write_catalogue) -> None:
    text, _ = _export(run, tmp_path, "show", ".md", catalogue=write_catalogue(mini))
    html = MarkdownIt("commonmark").enable("table").render(text)
    assert '<a href="https://example.org/survey">' in html


def test_french_says_where_it_wrote(run, tmp_path: Path) -> None:
    target = tmp_path / "r.html"
    result = run("rank", "--export", str(target), env={"LANG": "fr_FR.UTF-8"})
    assert f"rapport enregistré dans {target}" in result.stderr
