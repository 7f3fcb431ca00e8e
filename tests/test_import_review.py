"""`careers import` against the defects a review reproduced: an import that replaced a
catalogue of another taxonomy, truncated or swapped input files, damaged zips, missing
O*NET files, and English files given as the French labels. Inputs are built from the
small real fixtures in tmp_path."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from careers_cli.importers import common, esco

from .conftest import Run
from .test_import import (
    EN_ZIP,
    ESCO_DIR,
    ONET_DIR,
    REL_ZIP,
    assert_refused,
    csv_rows,
    extract,
    write_csv,
)

# --------------------------------------------------------------------------- --name


@pytest.mark.parametrize("name", ["", "   "])
def test_a_blank_name_is_refused(run: Run, isolated_home: Path, name: str) -> None:
    assert_refused(
        run, isolated_home, ["import", "onet", str(ONET_DIR), "--name", name], "cannot name"
    )


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", ("'esco' is already installed: ESCO v1.1.1, 50 roles", "--name onet")),
        ("fr", ("« esco » est déjà installé : ESCO v1.1.1, 50 métiers", "--name onet")),
    ],
)
def test_another_taxonomy_never_replaces_an_installed_catalogue(
    run: Run, isolated_home: Path, lang: str, words: tuple[str, ...]
) -> None:
    assert run("import", "esco", str(ESCO_DIR)).exit_code == 0
    installed = isolated_home / "catalogues" / "esco.yaml"
    before = installed.read_bytes()
    result = run("import", "onet", str(ONET_DIR), "--name", "esco", "--lang", lang)
    assert result.exit_code == 1, result.output
    assert result.stdout == ""
    for word in words:
        assert word in result.stderr, (word, result.stderr)
    assert installed.read_bytes() == before
    assert not (isolated_home / "catalogues" / "onet.yaml").exists()


def test_a_catalogue_no_import_made_is_not_replaced(run: Run, isolated_home: Path) -> None:
    folder = isolated_home / "catalogues"
    folder.mkdir()
    (folder / "mine.yaml").write_text("schema_version: 1\n", "utf-8")
    result = run("import", "esco", str(ESCO_DIR), "--name", "mine")
    assert result.exit_code == 1 and "no import made" in result.stderr
    assert (folder / "mine.yaml").read_text("utf-8") == "schema_version: 1\n"


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "It replaced the esco catalogue: 50 roles → 20 roles"),
        ("fr", "Il remplace le catalogue esco : 50 métiers → 20 métiers"),
    ],
)
def test_the_same_taxonomy_is_an_update_that_says_what_it_replaced(
    run: Run, tmp_path: Path, isolated_home: Path, lang: str, said: str
) -> None:
    first = run("import", "esco", str(ESCO_DIR))
    assert first.exit_code == 0 and "replace" not in first.stdout
    folder = extract(ESCO_DIR, tmp_path / "esco")
    rows = csv_rows(folder / "occupations_en.csv")
    write_csv(folder / "occupations_en.csv", rows[:21])  # the header and 20 occupations
    result = run("import", "esco", str(folder), "--lang", lang)
    assert result.exit_code == 0, result.output
    assert said in result.stdout
    assert "esco" in run("catalogues").stdout


# --------------------------------------------------------------------------- truncated files


def cut(path: Path, share: float) -> None:
    """``path`` cut at ``share`` of its bytes, inside a row (never just after a line end)."""
    data = path.read_bytes()
    at = int(len(data) * share)
    while data[at - 1 : at] in (b"\n", b"\r"):
        at -= 1
    path.write_bytes(data[:at])


ESCO_FILES = [
    "occupations_en.csv",
    "skills_en.csv",
    "ISCOGroups_en.csv",
    "occupationSkillRelations.csv",
    "skillSkillRelations.csv",
]


@pytest.mark.parametrize(
    ("kind", "name"),
    [("esco", name) for name in ESCO_FILES]
    + [
        ("onet", name)
        for name in ("Task Statements.txt", "Occupation Data.txt", "Skills (29.0, from Excel).tsv")
    ],
)
def test_a_truncated_input_file_installs_nothing(
    run: Run, tmp_path: Path, isolated_home: Path, kind: str, name: str
) -> None:
    folder = tmp_path / kind
    if kind == "esco":
        extract(ESCO_DIR, folder)
    else:
        shutil.copytree(ONET_DIR, folder)
    cut(folder / name, 0.6)
    label = name.casefold() if name.endswith(".tsv") else name  # found by prefix, any case
    assert_refused(
        run,
        isolated_home,
        ["import", kind, str(folder)],
        f"{label}: the file ends in the middle of a row (truncated download?)",
    )


def extracted(tmp_path: Path, name: str) -> tuple[Path, Path, bytes]:
    """The ESCO fixture extracted into ``tmp_path``: its folder, one file and its bytes."""
    folder = extract(ESCO_DIR, tmp_path / "esco")
    return folder, folder / name, (folder / name).read_bytes()


def test_a_csv_cut_inside_a_quoted_line_break_installs_nothing(
    run: Run, tmp_path: Path, isolated_home: Path
) -> None:
    folder, path, data = extracted(tmp_path, "occupations_en.csv")
    inside = [i for i in range(len(data)) if data[i] == 10 and data[:i].count(b'"') % 2]
    assert inside, "the fixture has descriptions with line breaks"
    path.write_bytes(data[: inside[len(inside) // 2] + 1])  # ends with a line end, in quotes
    assert_refused(
        run, isolated_home, ["import", "esco", str(folder)], "occupations_en.csv", "middle of a row"
    )


def test_a_csv_cut_inside_a_character_is_truncated_not_bad_text(
    run: Run, tmp_path: Path, isolated_home: Path
) -> None:
    folder, path, data = extracted(tmp_path, "skills_en.csv")
    lead = max(i for i, byte in enumerate(data) if byte >= 0xC0)  # a multi-byte character
    path.write_bytes(data[: lead + 1])
    result = run("import", "esco", str(folder), "--lang", "fr")
    assert result.exit_code == 1, result.output
    assert "skills_en.csv : le fichier s'arrête au milieu d'une ligne" in result.stderr
    assert "UTF-8" not in result.stderr


# --------------------------------------------------------------------------- another file


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", ("occupations_en.csv: not the expected file: no column iscoGroup", "skillType")),
        (
            "fr",
            ("occupations_en.csv : ce n'est pas le fichier attendu : pas de colonne iscoGroup",),
        ),
    ],
)
def test_skills_in_place_of_occupations_names_the_missing_column(
    run: Run, tmp_path: Path, isolated_home: Path, lang: str, words: tuple[str, ...]
) -> None:
    folder = extract(ESCO_DIR, tmp_path / "esco")
    shutil.copy(folder / "skills_en.csv", folder / "occupations_en.csv")
    result = run("import", "esco", str(folder), "--lang", lang)
    assert result.exit_code == 1, result.output  # was 70: KeyError 'isco'
    for word in words:
        assert word in result.stderr, (word, result.stderr)


def test_every_column_of_occupations_is_read_or_named_missing(tmp_path: Path) -> None:
    """Each column of occupations_en.csv renamed in turn: the import succeeds (a column
    read with a default) or names the file and the column; never another error."""
    folder, path, data = extracted(tmp_path, "occupations_en.csv")
    head, rest = data.split(b"\r\n", 1)
    columns = head.decode().split(",")
    refused = []
    for i, column in enumerate(columns):
        renamed = [*columns[:i], "renamed", *columns[i + 1 :]]
        path.write_bytes(",".join(renamed).encode() + b"\r\n" + rest)
        with pytest.MonkeyPatch.context() as mp:
            mp.setenv("CAREERS_HOME", str(tmp_path / f"home-{i}"))
            try:
                esco.import_esco(str(folder), name="x")
            except common.InputError as exc:
                assert exc.message.startswith("occupations_en.csv: not the expected file")
                assert f"no column {column} " in exc.message
                refused.append(column)
    assert refused == ["conceptUri", "iscoGroup", "preferredLabel"]


# --------------------------------------------------------------------------- damaged zips


def stored_zip(target: Path, files: list[Path], damage: str) -> None:
    """``files`` in a zip whose members are stored (not compressed), with one byte of
    member ``damage`` changed to 0xFF half-way through its data: the CRC check at the
    member's end is the only thing that can tell."""
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_STORED) as z:
        for file in files:
            z.write(file, file.name)
    data = bytearray(target.read_bytes())
    with zipfile.ZipFile(target) as z:
        info = z.getinfo(damage)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start + info.file_size // 2] = 0xFF
    target.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "skills_en.csv: the zip file en.zip is damaged or truncated; download it again"),
        ("fr", "skills_en.csv : le fichier zip en.zip est abîmé ou tronqué ; téléchargez-le"),
    ],
)
def test_a_damaged_zip_member_is_not_called_bad_text(
    run: Run, tmp_path: Path, isolated_home: Path, lang: str, said: str
) -> None:
    files = extract(ESCO_DIR, tmp_path / "files")
    folder = tmp_path / "esco"
    folder.mkdir()
    shutil.copy(ESCO_DIR / REL_ZIP, folder)
    names = ["occupations_en.csv", "skills_en.csv", "ISCOGroups_en.csv"]
    stored_zip(folder / "en.zip", [files / n for n in names], "skills_en.csv")
    result = run("import", "esco", str(folder), "--lang", lang)
    assert result.exit_code == 1, result.output
    assert said in result.stderr
    assert "UTF-8" not in result.stderr and "CRC" not in result.stderr


def test_a_damaged_onet_read_me_in_a_zip_is_refused(
    run: Run, tmp_path: Path, isolated_home: Path
) -> None:
    folder = tmp_path / "onet"
    folder.mkdir()
    files = [p for p in ONET_DIR.iterdir() if p.suffix in (".txt", ".tsv")]
    stored_zip(folder / "db_29_2_text.zip", files, "Read Me.txt")
    assert_refused(run, isolated_home, ["import", "onet", str(folder)], "Read Me.txt", "is damaged")


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", f"{EN_ZIP}: not a readable zip file; download it again"),
        ("fr", f"{EN_ZIP} : ce n'est pas un fichier zip lisible ; téléchargez-le à nouveau"),
    ],
)
def test_a_file_that_is_not_a_zip_is_said_in_our_words(
    run: Run, tmp_path: Path, isolated_home: Path, lang: str, said: str
) -> None:
    folder = tmp_path / "esco"
    folder.mkdir()
    (folder / EN_ZIP).write_text("<html>Service unavailable</html>\n", "utf-8")
    result = run("import", "esco", str(folder), "--lang", lang)
    assert result.exit_code == 1, result.output
    assert said in result.stderr
    assert "File is not a zip file" not in result.stderr


# --------------------------------------------------------------------------- O*NET files

ONET_REQUIRED = [
    "Occupation Data.txt",
    "Task Statements.txt",
    "Technology Skills.txt",
    "Job Zones.txt",
    "Related Occupations.txt",
    "Alternate Titles.txt",
    "Skills.txt",
    "Knowledge.txt",
]


@pytest.mark.parametrize("removed", [ONET_REQUIRED, ["Skills.txt", "Knowledge.txt"]])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_missing_onet_file_is_named(
    run: Run, tmp_path: Path, isolated_home: Path, removed: list[str], lang: str
) -> None:
    folder = tmp_path / "onet"
    shutil.copytree(ONET_DIR, folder)
    for path in folder.iterdir():
        if any(path.name.startswith(name.removesuffix(".txt")) for name in removed):
            path.unlink()
    result = run("import", "onet", str(folder), "--lang", lang)
    assert result.exit_code == 1, result.output
    first = result.stderr.splitlines()[0]
    for name in ONET_REQUIRED:
        assert (name in first) == (name in removed), (name, first)
