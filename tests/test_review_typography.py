"""French typography found in review rv2 (item 4): words quoted from a CV take « » in
French, and a Markdown label takes the space before its colon (`**Intitulé :**`)."""

from __future__ import annotations

from pathlib import Path

from .conftest import Run

CV = "Data analyst. Solid Python and SQL, some PyTorch.\n"


def test_words_read_from_a_text_are_quoted_as_each_language_quotes(
    run: Run, tmp_path: Path
) -> None:
    cv = tmp_path / "cv.md"
    cv.write_text(CV, encoding="utf-8")
    fr = run("match", "--from-text", str(cv), "--lang", "fr", "--top", "1")
    assert fr.exit_code == 0, fr.output
    assert "Python : 4 (« Solid ») — « Python »" in fr.stderr
    assert "“" not in fr.stderr
    en = run("match", "--from-text", str(cv), "--top", "1")
    assert "Python: 4 (“Solid”) — “Python”" in en.stderr and "«" not in en.stderr
    table = run("profile", "from-text", str(cv), "--lang", "fr", env={"COLUMNS": "120"})
    assert "« Python »" in table.stdout and "(« Solid »)" in table.stdout
    assert "“" not in table.stdout


def test_markdown_labels_take_the_french_colon(run: Run, tmp_path: Path) -> None:
    fr = run("sources", "--format", "markdown", "--lang", "fr").stdout
    assert "- **Intitulé :** " in fr and "- **Éditeur :** " in fr
    assert ":**" not in fr.replace(" :**", "")
    en = run("sources", "--format", "markdown").stdout
    assert "- **Title:** " in en and " :**" not in en
    report = tmp_path / "ds.md"
    assert run("show", "data-scientist", "--lang", "fr", "--export", str(report)).exit_code == 0
    text = report.read_text(encoding="utf-8")
    assert "- **Famille :** " in text and "careers " in text
    assert ":**" not in text.replace(" :**", "")
