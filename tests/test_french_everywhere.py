"""A French user meets no English word of the interface, on any command, its --help, or
a typical mistake: an unknown role, a bad option value, a missing argument, a broken or
hostile file, a bad catalogue checked by `careers validate`.

Every command line below runs in French twice (LANG=fr_FR.UTF-8, and --lang fr under an
English locale). What it prints, with the catalogue's own texts taken out (data, in the
language its source wrote it) and with quoted input, paths, option names and values taken
out (what the user typed, or identifiers), must hold none of :data:`ENGLISH`: words of
English sentences that French never uses. A message left in English shows here with
the command that printed it.
"""

from __future__ import annotations

import copy
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import MINI
from tests.test_french import catalogue_strings
from tests.test_i18n import _commands

# Words of English sentences (grammar and the vocabulary of messages) that no French
# message uses. Option values and command names (skills, show, role...) are left out:
# the French help names them.
ENGLISH = frozenset(
    """
    the is are be must got cannot should not nothing missing unknown invalid error
    warning try expected found while parsing required default empty duplicate
    bytes folder file line no and of to with from for has have this that its it only
    shown width here at did mean such means lacks over limit than one give
    """.split()
)
# The English words of usage placeholders ("[OPTIONS] COMMAND [ARGS]...", "--export FILE").
PLACEHOLDERS = frozenset(
    "ROLE SKILL LEVEL FILE PATH NAME TEXT AMOUNT BYTES FAMILY TOOL APP LIST DIR FROM TO "
    "COMMAND ARGS".split()
)


def _broken_catalogue(tmp: Path) -> Path:
    """A catalogue with one mistake of each common kind (types, bounds, references)."""
    data: dict[str, Any] = copy.deepcopy(MINI)
    data["skills"][0]["category"] = "programing"
    data["roles"][0]["skills"][0]["level"] = 7
    data["roles"][0]["family"] = "nofam"
    data["roles"][0]["colour"] = "blue"
    data["roles"][0]["salaries"][0]["median"] = -5
    data["roles"][1]["name"] = {"en": "Data scientist", "fr": "Autre"}
    data["roles"][1]["summary"] = "text"
    data["sources"][0]["year"] = True
    data["sources"][0]["address"] = "ftp://x"
    del data["families"][0]["description"]
    path = tmp / "broken.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    return path


def _files(tmp: Path) -> dict[str, Path]:
    """Input files a user could hand the tool by mistake."""
    warned: dict[str, Any] = copy.deepcopy(MINI)
    warned["skills"].append(
        {"id": "unused", "name": {"en": "Unused", "fr": "Inutile"}, "category": "tool"}
    )
    texts = {
        "warned.yaml": yaml.safe_dump(warned, allow_unicode=True),
        "badcat.yaml": "roles: []\nskills: 3\n",
        "dup.yaml": "a: 1\na: 2\n",
        "flow.yaml": "skills: [a\n",
        "block.yaml": "a:\n  b: 1\n c: 2\n",
        "octal.yaml": "level: 010\n",
        "tag.yaml": "a: !!python/name:os.system x\n",
        "list.yaml": "- a\n- b\n",
        "empty.yaml": "",
        "region.yaml": "skills:\n  python: 4\nregion: NO\n",
        "levels.yaml": "skills:\n  python: 9\n",
        "cv.txt": "Python and SQL, notions of PyTorch.\n",
    }
    found = {name: tmp / name for name in texts}
    for name, text in texts.items():
        found[name].write_text(text, "utf-8")
    found["nul.yaml"] = tmp / "nul.yaml"
    found["nul.yaml"].write_bytes(b"a: 1\n\0")
    found["utf16.yaml"] = tmp / "utf16.yaml"
    found["utf16.yaml"].write_bytes("a: 1\n".encode("utf-16"))
    found["bad-utf8.yaml"] = tmp / "bad-utf8.yaml"
    found["bad-utf8.yaml"].write_bytes(b"a: \xff\n")
    found["fifo"] = tmp / "fifo"
    os.mkfifo(found["fifo"])
    found["link.html"] = tmp / "link.html"  # a link to the FIFO: never written through
    found["link.html"].symlink_to(found["fifo"])
    found["dir"] = tmp / "dir"
    found["dir"].mkdir()
    found["broken.yaml"] = _broken_catalogue(tmp)
    found["nosuch.yaml"] = tmp / "nosuch.yaml"
    return found


def _cases(f: dict[str, Path]) -> list[list[str]]:
    """Commands and typical mistakes; ``{name}`` stands for the file of that name."""
    p = {name: str(path) for name, path in f.items()}
    bad_catalogues = ["broken.yaml", "badcat.yaml", "dup.yaml", "flow.yaml", "block.yaml"]
    bad_catalogues += ["octal.yaml", "tag.yaml", "list.yaml", "nul.yaml"]
    bad_catalogues += ["utf16.yaml", "bad-utf8.yaml", "fifo", "dir", "nosuch.yaml"]
    cases = [["validate", p[name]] for name in bad_catalogues]
    cases += [["validate", p["warned.yaml"]], ["validate"], ["list", "--catalog", p["dup.yaml"]]]
    cases += [
        ["list", "--family", "nosuch"],
        ["list", "--min-salary", "abc"],
        ["list", "--min-salary", "nan"],
        ["list", "--sort", "bogus"],
        ["list", "--region", "ZZ"],
        ["show", "nosuchrole"],
        ["show", "data"],
        ["show"],
        ["show", "data-scientist", "--export", "x.pdf"],
        ["show", "data-scientist", "--export", p["link.html"]],
        ["rank", "--top", "0"],
        ["rank", "--source", "nosuch"],
        ["compare", "data-scientist"],
        ["compare", "data-scientist", "data-scientist"],
        ["skill", "pyton"],
        ["search", "zzzqqq"],
        ["match", "--skills", "python:9"],
        ["match", "--skills", "pyton", "--strict"],
        ["match", "--profile", p["flow.yaml"]],
        ["match", "--profile", p["region.yaml"]],
        ["match", "--profile", p["levels.yaml"]],
        ["match", "--profile", p["list.yaml"]],
        ["match", "--from-text", p["cv.txt"], "--top", "3"],
        ["match", "--from-text", p["nul.yaml"]],
        ["match", "--from-text", p["dir"]],
        ["next", "--skills", "python", "--threshold", "200"],
        ["next", "--skills", "python", "--count", "9"],
        ["gap", "--skills", "python"],
        ["gap"],
        ["gap", "data-scientist"],
        ["path", "data-analyst", "data-analyst"],
        ["profile", "add", "python:x"],
        ["profile", "add", "python:4", "blorptastic"],
        ["profile", "import", p["flow.yaml"]],
        ["profile", "from-text", p["cv.txt"]],
        ["profile", "clear"],
        ["profile", "bogus"],
        ["profile", "set", "--region", "ZZ"],
        ["profile", "set"],
        ["import", "onet", p["dir"]],
        ["import", "esco", p["cv.txt"]],
        ["--max-size", "abc", "list"],
        ["--max-size", "10", "list"],
        ["shwo"],
    ]
    helps = [[*path.split(), "--help"] for path, _ in _commands()]
    assert len(helps) > 25
    return cases + helps


def _without(text: str, data: list[str]) -> str:
    """What was printed, the catalogue's texts taken out (whole texts, not pieces of
    words: "tal" is an alias, and in "total")."""
    for item in data:
        if item in text:
            text = re.sub(rf"(?<!\w){re.escape(item)}(?!\w)", " ", text)
    return text


def _printed_words(text: str, data: list[str]) -> Iterator[str]:
    """The words of the interface in what was printed: the catalogue's texts, quoted
    input (« ... », '...', “...”) and tokens that are paths, options, values or numbers
    left out."""
    text = _without(text, data)
    text = re.sub(r"«[^»]*»|“[^”]*”|(?<![^\W\d_])'[^'\n]*'(?![^\W\d_])", " ", text)
    for token in text.split():
        if re.search(r"[\d/._=<>|\[\]*@~+-]", token) and not token.startswith("("):
            continue
        word = token.strip("()[]{},;:.!?\"'")
        if word.isalpha() and not word.isupper():  # codes: BE, NO, ESCO
            yield word.lower()


@pytest.fixture(scope="module")
def data() -> list[str]:
    strings = catalogue_strings()
    for item in MINI["roles"] + MINI["skills"] + MINI["sources"] + MINI["families"]:
        strings += [v for v in _strings(item) if len(v) >= 3]
    return sorted(set(strings), key=len, reverse=True)


def _strings(item: Any) -> Iterator[str]:
    if isinstance(item, str):
        yield item
    elif isinstance(item, dict):
        for value in item.values():
            yield from _strings(value)
    elif isinstance(item, list):
        for value in item:
            yield from _strings(value)


@pytest.mark.parametrize("mode", ["locale", "option"])
def test_no_english_word_in_a_french_run(run, tmp_path: Path, data, mode, monkeypatch) -> None:
    files = _files(tmp_path)
    monkeypatch.chdir(tmp_path)  # an export named by mistake would land here
    leaks: list[str] = []
    for args in _cases(files):
        if mode == "locale":
            result = run(*args, env={"LANG": "fr_FR.UTF-8"}, input="")
        else:
            result = run(*args, "--lang", "fr", input="")
        printed = result.stdout + result.stderr
        assert printed.strip(), args
        assert "Traceback" not in printed and result.exit_code != 70, (args, printed)
        english = sorted(set(_printed_words(printed, data)) & ENGLISH)
        english += sorted(set(re.findall(r"[A-Z]+", _without(printed, data))) & PLACEHOLDERS)
        english += re.findall(r"^ *[^\W\d_]+:$", printed, re.M)  # "Options:", not "Options :"
        if english:
            leaks.append(f"{' '.join(args)}: {english}\n{printed[:600]}")
    assert not leaks, "\n\n".join(leaks)


def test_an_empty_catalogue_in_french(run, tmp_path: Path, data) -> None:
    empty = tmp_path / "empty.yaml"
    empty.write_text("", "utf-8")
    result = run("validate", str(empty), env={"LANG": "fr_FR.UTF-8"})
    assert result.exit_code == 1
    assert not set(_printed_words(result.stderr, data)) & ENGLISH, result.stderr


def test_validate_problems_keep_their_place_in_both_languages(run, tmp_path: Path) -> None:
    broken = str(_broken_catalogue(tmp_path))
    french = run("validate", broken, env={"LANG": "fr_FR.UTF-8"})
    english = run("validate", broken)
    assert french.exit_code == english.exit_code == 1
    place = r"broken\.yaml:\d+:\d+: roles\[0\]\.skills\[0\]\.level: "
    assert re.search(place + r"doit être de 1 à 5, reçu 7$", french.stderr, re.M)
    assert re.search(place + r"must be 1-5, got 7$", english.stderr, re.M)
    assert "famille inconnue : « nofam »" in french.stderr
    assert "(vouliez-vous dire 'programming' ?)" in french.stderr
    # the same problems, in the same order, at the same places
    where = [line.partition(": ")[0] for line in english.stderr.splitlines()[1:]]
    assert where == [line.partition(": ")[0] for line in french.stderr.splitlines()[1:]]
    assert len(where) >= 8


def test_every_placeholder_of_every_command_has_its_french_word() -> None:
    """Each word of a metavar ("OCCUPATION", "SKILL[:LEVEL]...") is in the French table;
    `profile from-occupation` said "Argument manquant 'OCCUPATION'" in French."""
    import click
    import typer

    from careers_cli.cli import app
    from careers_cli.cli.help_fr import PLACEHOLDERS as FRENCH

    def commands(command: click.Command) -> Iterator[click.Command]:
        yield command
        if isinstance(command, click.Group):
            for name in command.list_commands(click.Context(command)):
                sub = command.get_command(click.Context(command), name)
                if sub is not None:
                    yield from commands(sub)

    words = {
        word
        for command in commands(typer.main.get_command(app))
        for param in command.params
        for word in re.findall(r"[A-Z]{2,}", param.metavar or "")
    }
    assert {"ROLE", "SKILL", "OCCUPATION"} <= words  # the walk reaches every command
    assert sorted(words - set(FRENCH)) == []
