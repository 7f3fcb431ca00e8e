"""Each HTML report rendered in a real browser (headless Chromium): screenshots at
1200 and 390 pixels wide, the rendered DOM, and the page's width measured at 390 pixels.

The reports hold no script, so the width is measured from outside: a test-only page,
served with the report from one local HTTP server (same origin), shows the report in a
390-pixel frame and writes the frame's scroll width into its own DOM, which Chromium
dumps. What is checked against is independent of the HTML renderer: the rows and
headings of the Markdown export of the same command, and the sources in its JSON.
"""

from __future__ import annotations

import functools
import http.server
import json
import re
import shutil
import struct
import subprocess
import threading
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = shutil.which("chromium")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        CHROMIUM is None,
        reason="Chromium is not installed (Debian: apt-get install -y chromium); .ci/run installs it",
    ),
]

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]

COMMANDS = {
    "show": ["show", "data-scientist"],
    "rank": ["rank", "--top", "12"],
    "compare": ["compare", "data-scientist", "machine-learning-engineer"],
    "match": ["match", "--skills", "python:4, sql:3, statistics:2", "--top", "8"],
    "gap": ["gap", "data-scientist", "--skills", "python:4, sql:3, statistics:2"],
}

WRAPPER = """<!doctype html><html><head><meta charset="utf-8"><title>probe</title></head>
<body style="margin:0"><iframe id="f" src="{report}" style="width:390px;height:800px;border:0"></iframe>
<pre id="out">waiting</pre>
<script>
document.getElementById("f").addEventListener("load", function () {{
  var d = this.contentDocument.documentElement;
  document.getElementById("out").textContent =
    JSON.stringify({{scroll: d.scrollWidth, client: d.clientWidth}});
}});
</script></body></html>
"""


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    """The five reports (HTML, with their Markdown and JSON), served over local HTTP."""
    from typer.testing import CliRunner

    from careers_cli.cli import app

    folder = tmp_path_factory.mktemp("reports")
    runner = CliRunner()
    for name, args in COMMANDS.items():
        for suffix in (".html", ".md"):
            result = runner.invoke(app, [*args, "--export", str(folder / f"{name}{suffix}")])
            assert result.exit_code == 0, result.stderr
        data = runner.invoke(app, [*args, "--format", "json"])
        (folder / f"{name}.json").write_text(data.stdout, "utf-8")
        (folder / f"{name}-probe.html").write_text(WRAPPER.format(report=f"{name}.html"))
    handler = functools.partial(Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield folder, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def chromium(profile: Path, *args: str) -> str:
    assert CHROMIUM is not None
    done = subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


class Dom(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.texts: dict[str, list[str]] = {}
        self.rows = 0
        self.links: list[str] = []
        self._current: dict[str, list[str]] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr" and "tbody" in self.open:
            self.rows += 1
        if tag == "a":
            self.links.append(dict(attrs).get("href") or "")
        if tag in ("title", "h1", "h2", "h3", "pre"):
            self._current[tag] = []
        if tag not in ("br", "meta", "link", "img"):
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self._current:
            self.texts.setdefault(tag, []).append("".join(self._current.pop(tag)).strip())
        while self.open and self.open.pop() != tag:
            pass

    def handle_data(self, data: str) -> None:
        for parts in self._current.values():
            parts.append(data)


def dom(text: str) -> Dom:
    parsed = Dom()
    parsed.feed(text)
    return parsed


def markdown_facts(text: str) -> tuple[list[str], int]:
    """The second-level headings and the number of table data rows of a Markdown report."""
    headings = [line[3:].replace("\\", "") for line in text.splitlines() if line.startswith("## ")]
    rows = 0
    for block in re.split(r"\n\s*\n", text):
        lines = [line for line in block.splitlines() if line.startswith("|")]
        if len(lines) >= 2 and re.fullmatch(r"\|[-:|]+\|", lines[1]):
            rows += len(lines) - 2
    return headings, rows


def https_sources(data: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(data, dict):
        if {"id", "title", "address"} <= set(data) and str(data["address"]).startswith("https://"):
            found.add(data["address"])
        for value in data.values():
            found |= https_sources(value)
    elif isinstance(data, list):
        for value in data:
            found |= https_sources(value)
    return found


def png_width(path: Path) -> int:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    return int(struct.unpack(">I", head[16:20])[0])


@pytest.mark.parametrize("name", list(COMMANDS))
def test_report_in_a_browser(reports: tuple[Path, str], tmp_path: Path, name: str) -> None:
    folder, base = reports
    url = f"{base}/{name}.html"
    for width in (1200, 390):
        shot = tmp_path / f"{name}-{width}.png"
        chromium(tmp_path / f"p{width}", f"--screenshot={shot}", f"--window-size={width},1600", url)
        assert png_width(shot) == width
        shutil.copy(shot, folder / shot.name)  # kept with the reports, to look at
    page = dom(chromium(tmp_path / "pdom", "--dump-dom", url))
    headings, rows = markdown_facts((folder / f"{name}.md").read_text("utf-8"))
    title = page.texts["title"][0]
    assert title and title == page.texts["h1"][0]
    assert page.texts.get("h2", []) == headings
    assert page.rows == rows and rows > 0
    wanted = https_sources(json.loads((folder / f"{name}.json").read_text("utf-8")))
    assert set(page.links) == wanted
    probe = dom(
        chromium(
            tmp_path / "pprobe",
            "--virtual-time-budget=5000",
            "--window-size=500,900",
            "--dump-dom",
            f"{base}/{name}-probe.html",
        )
    )
    measured = json.loads(probe.texts["pre"][0])
    assert measured["client"] == 390
    assert measured["scroll"] <= measured["client"], f"{name} scrolls sideways at 390 px"
