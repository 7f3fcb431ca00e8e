"""`careers import esco|onet`, `careers catalogues` and `--catalog NAME`, on the small real
subsets under tests/fixtures/ (never on ../shared), each quirk built from them in tmp_path."""

from __future__ import annotations

import csv
import io
import json
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from careers_cli import catalogue
from careers_cli.importers import common, esco, onet
from careers_cli.model import Catalogue, Importance, Role

from .conftest import ROOT, Run

FIX = ROOT / "tests" / "fixtures"
ESCO_DIR = FIX / "esco"
FR_DIR = ESCO_DIR / "fr"
ONET_DIR = FIX / "onet"
WAGES = ONET_DIR / "oews_may2025_national.csv"
EN_ZIP = "ESCO dataset - v1.1.1 - classification - en - csv.zip"
REL_ZIP = "ESCO dataset - v1.1.1 - classification -  - csv.zip"
ACCOUNTANT = "http://data.europa.eu/esco/occupation/eda0d957-3c3c-4139-b89a-a18bc9e18897"
CLOUD = "http://data.europa.eu/esco/occupation/349ee6f6-c295-4c38-9b98-48765b55280e"


def load(path: Path) -> Catalogue:
    return catalogue.read(str(path)).catalogue


def by_esco(cat: Catalogue, uri: str) -> Role:
    return next(r for r in cat.roles if r.codes.esco and r.codes.esco[0].code == uri)


def by_soc(cat: Catalogue, code: str) -> Role:
    return next(r for r in cat.roles if r.codes.soc and r.codes.soc[0].code == code)


def extract(folder: Path, target: Path) -> Path:
    """The ESCO zips of ``folder`` extracted into ``target`` (the 'extracted folder' form)."""
    target.mkdir(parents=True, exist_ok=True)
    for name in (EN_ZIP, REL_ZIP):
        with zipfile.ZipFile(folder / name) as z:
            z.extractall(target)
    return target


def csv_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def write_csv(path: Path, rows: list[list[str]], newline: str = "\r\n") -> None:
    buf = io.StringIO()
    csv.writer(buf, lineterminator=newline).writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8", newline="")


@pytest.fixture(scope="module")
def esco_cat(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Catalogue, esco.Result]]:
    home = tmp_path_factory.mktemp("esco-home")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CAREERS_HOME", str(home))
        result = esco.import_esco(str(ESCO_DIR), str(FR_DIR))
        yield load(result.path), result


@pytest.fixture(scope="module")
def onet_cat(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Catalogue, esco.Result]]:
    home = tmp_path_factory.mktemp("onet-home")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CAREERS_HOME", str(home))
        result = onet.import_onet(str(ONET_DIR), str(WAGES))
        yield load(result.path), result


# --------------------------------------------------------------------------- ESCO mapping


def test_esco_import_from_the_portal_zips_installs_a_valid_catalogue(
    run: Run, isolated_home: Path
) -> None:
    result = run("import", "esco", str(ESCO_DIR), "--fr-labels", str(FR_DIR))
    assert result.exit_code == 0, result.output
    installed = isolated_home / "catalogues" / "esco.yaml"
    assert installed.is_file() and (isolated_home / "catalogues" / "esco.json").is_file()
    assert "roles: 50" in result.stdout
    checked = run("validate", str(installed))
    assert checked.exit_code == 0, checked.output
    listed = run("list", "--catalog", "esco", "--format", "csv")
    assert listed.exit_code == 0, listed.output
    assert len(listed.stdout.strip().splitlines()) == 51  # header + 50 occupations


def test_esco_occupation_becomes_a_role(esco_cat: tuple[Catalogue, esco.Result]) -> None:
    cat, _ = esco_cat
    role = by_esco(cat, ACCOUNTANT)
    assert role.name.en == "accountant" and role.name.fr == "comptable"
    assert role.family == "isco-2411"
    assert role.codes.isco[0].code == "2411"
    assert "cost accountant" in role.aliases and "bookkeeper" in role.aliases  # quoted lines
    family = next(f for f in cat.families if f.id == "isco-2411")
    assert family.name.en == "Accountants"
    assert role.education.degree.value == "bachelor"  # ISCO major group 2: skill level 4
    assert {s.level for s in role.skills} == {esco.DEFAULT_LEVEL}


def test_esco_links_keep_essential_and_optional(esco_cat: tuple[Catalogue, esco.Result]) -> None:
    cat, _ = esco_cat
    with zipfile.ZipFile(ESCO_DIR / REL_ZIP) as z:
        text = z.read("occupationSkillRelations.csv").decode("utf-8")
    rows = [r for r in csv.DictReader(io.StringIO(text)) if r["occupationUri"] == ACCOUNTANT]
    role = by_esco(cat, ACCOUNTANT)
    skills = {s.esco: s.id for s in cat.skills}
    got = {s.skill: s.importance for s in role.skills}
    assert len(got) == len(rows)
    for row in rows:
        assert got[skills[row["skillUri"]]] is Importance(row["relationType"])


def test_esco_missing_french_label_shows_english_marked(
    esco_cat: tuple[Catalogue, esco.Result],
) -> None:
    cat, result = esco_cat
    role = by_esco(cat, CLOUD)  # absent from the v1.0 French export
    assert role.name.fr == f"cloud engineer {common.EN_MARK}"
    assert result.quirks["q_role_fr_missing"] == 1
    assert all(m.startswith(common.EN_MARK) for m in role.missions.fr)


def test_esco_without_french_labels_marks_every_name(run: Run, isolated_home: Path) -> None:
    assert run("import", "esco", str(ESCO_DIR)).exit_code == 0
    cat = load(isolated_home / "catalogues" / "esco.yaml")
    assert all(r.name.fr.endswith(common.EN_MARK) for r in cat.roles)


def test_esco_extracted_folder_gives_the_same_catalogue(
    tmp_path: Path, esco_cat: tuple[Catalogue, esco.Result]
) -> None:
    folder = extract(ESCO_DIR, tmp_path / "esco")
    result = esco.import_esco(str(folder), str(FR_DIR), name="esco-x")
    assert load(result.path).roles == esco_cat[0].roles


# --------------------------------------------------------------------------- ESCO quirks


def test_esco_real_quirks_are_counted(esco_cat: tuple[Catalogue, esco.Result]) -> None:
    _, result = esco_cat
    assert result.quirks["q_missing_occupation"] == 67  # the occupation a9e54177-...
    assert result.quirks["q_empty_skill_type"] == 5


def test_esco_crlf_and_lf_and_bom_read_alike(
    tmp_path: Path, esco_cat: tuple[Catalogue, esco.Result]
) -> None:
    folder = extract(ESCO_DIR, tmp_path / "esco")
    for name in ("occupations_en.csv", "skills_en.csv", "occupationSkillRelations.csv"):
        write_csv(folder / name, csv_rows(folder / name), newline="\n")
    occ = folder / "occupations_en.csv"
    occ.write_bytes(b"\xef\xbb\xbf" + occ.read_bytes())
    result = esco.import_esco(str(folder), str(FR_DIR), name="esco-lf")
    assert load(result.path).roles == esco_cat[0].roles


def test_esco_duplicate_rows_and_unknown_occupation_are_counted(
    tmp_path: Path, esco_cat: tuple[Catalogue, esco.Result]
) -> None:
    folder = extract(ESCO_DIR, tmp_path / "esco")
    links = folder / "occupationSkillRelations.csv"
    rows = csv_rows(links)
    extra = [
        *rows[1:4],
        ["http://data.europa.eu/esco/occupation/nobody", "essential", "", rows[1][3]],
    ]
    write_csv(links, rows + extra)
    result = esco.import_esco(str(folder), str(FR_DIR), name="esco-dup")
    assert result.quirks["q_duplicate_row"] == 3
    assert result.quirks["q_missing_occupation"] == 68
    assert result.quirks["q_empty_skill_type"] == 6
    assert load(result.path).roles == esco_cat[0].roles


def test_esco_summary_names_the_quirks(run: Run) -> None:
    result = run("import", "esco", str(ESCO_DIR), "--fr-labels", str(FR_DIR))
    assert "missing from the occupations file (left out): 67" in result.stdout
    assert "empty skill type (kept): 5" in result.stdout
    assert result.stderr == ""  # no progress bar when stderr is not a terminal


# --------------------------------------------------------------------------- wrong input


def assert_refused(run: Run, home: Path, args: list[str], *words: str) -> None:
    result = run(*args)
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert result.stderr.startswith("error: ")
    for word in words:
        assert word in result.stderr, (word, result.stderr)
    assert (
        not list((home / "catalogues").glob("*.yaml")) if (home / "catalogues").exists() else True
    )


def test_folder_without_the_esco_files_is_refused(
    run: Run, tmp_path: Path, isolated_home: Path
) -> None:
    (tmp_path / "empty").mkdir()
    assert_refused(
        run,
        isolated_home,
        ["import", "esco", str(tmp_path / "empty")],
        "occupations_en.csv",
        "skills_en.csv",
        "occupationSkillRelations.csv",
    )


def test_only_one_esco_zip_names_the_other_files(
    run: Run, tmp_path: Path, isolated_home: Path
) -> None:
    (tmp_path / "half").mkdir()
    shutil.copy(ESCO_DIR / EN_ZIP, tmp_path / "half")
    assert_refused(
        run,
        isolated_home,
        ["import", "esco", str(tmp_path / "half")],
        "occupationSkillRelations.csv",
        "skillSkillRelations.csv",
    )


def test_truncated_zip_is_refused(run: Run, tmp_path: Path, isolated_home: Path) -> None:
    (tmp_path / "cut").mkdir()
    shutil.copy(ESCO_DIR / REL_ZIP, tmp_path / "cut")
    data = (ESCO_DIR / EN_ZIP).read_bytes()
    (tmp_path / "cut" / EN_ZIP).write_bytes(data[: len(data) // 2])
    assert_refused(run, isolated_home, ["import", "esco", str(tmp_path / "cut")], EN_ZIP, "zip")


def test_another_csv_in_place_of_occupations_is_refused(
    run: Run, tmp_path: Path, isolated_home: Path
) -> None:
    folder = extract(ESCO_DIR, tmp_path / "esco")
    shutil.copy(WAGES, folder / "occupations_en.csv")
    assert_refused(
        run, isolated_home, ["import", "esco", str(folder)], "occupations_en.csv", "conceptUri"
    )


def test_a_failed_import_keeps_the_installed_catalogue(
    run: Run, tmp_path: Path, isolated_home: Path
) -> None:
    assert run("import", "esco", str(ESCO_DIR)).exit_code == 0
    installed = isolated_home / "catalogues" / "esco.yaml"
    before = installed.read_bytes()
    (tmp_path / "empty").mkdir()
    assert run("import", "esco", str(tmp_path / "empty")).exit_code == 1
    assert installed.read_bytes() == before


def test_a_file_instead_of_a_folder_is_refused(run: Run, isolated_home: Path) -> None:
    assert_refused(run, isolated_home, ["import", "onet", str(WAGES)], "not a folder")


# --------------------------------------------------------------------------- O*NET mapping


@pytest.mark.parametrize(
    ("im", "expected"),
    [
        (1.0, None),
        (2.99, None),
        (3.0, "optional"),
        (3.49, "optional"),
        (3.5, "essential"),
        (5.0, "essential"),
    ],
)
def test_onet_importance_thresholds(im: float, expected: str | None) -> None:
    assert onet.importance(im) == expected


@pytest.mark.parametrize(
    ("lv", "expected"),
    [
        (0.0, 1),
        (1.49, 1),
        (1.5, 2),
        (2.99, 2),
        (3.0, 3),
        (4.49, 3),
        (4.5, 4),
        (5.99, 4),
        (6.0, 5),
        (7.0, 5),
    ],
)
def test_onet_level_thresholds(lv: float, expected: int) -> None:
    assert onet.level(lv) == expected


def test_onet_ratings_become_importance_and_level(onet_cat: tuple[Catalogue, esco.Result]) -> None:
    cat, _ = onet_cat
    role = by_soc(cat, "13-2011.00")  # Accountants and Auditors
    names = {s.id: s.name.en for s in cat.skills}
    got = {names[s.skill]: (s.importance.value, s.level) for s in role.skills}
    assert got["Critical Thinking"] == ("essential", 3)  # IM 3.75, LV 4.12
    assert got["Mathematics (O*NET knowledge)"] == ("essential", 4)  # IM 3.92, LV 4.92
    assert got["Mathematics"] == ("optional", 3)  # the skill: IM 3.25, LV 3.75
    assert "Programming" not in got  # IM 2.00: left out


def test_onet_names_told_apart_in_french_words(onet_cat: tuple[Catalogue, esco.Result]) -> None:
    """Two O*NET elements of one name are told apart by their kind, in the label's language
    ("Mathematics [EN] (savoirs O*NET)", not "(O*NET knowledge)" in a French name)."""
    cat, _ = onet_cat
    french = {s.name.en: s.name.fr for s in cat.skills}
    assert french["Mathematics (O*NET knowledge)"] == "Mathematics [EN] (savoirs O*NET)"


def test_onet_tasks_zone_tools_related_aliases(onet_cat: tuple[Catalogue, esco.Result]) -> None:
    cat, _ = onet_cat
    role = by_soc(cat, "13-2011.00")
    tasks = [r for r in csv_tsv(ONET_DIR / "Task Statements.txt") if r[0] == "13-2011.00"]
    assert len(role.missions.en) == len(tasks) == 29
    assert all(m.startswith(common.EN_MARK) for m in role.missions.fr)
    assert role.education.degree.value == "bachelor"  # job zone 4
    skills = {s.id: s for s in cat.skills}
    tools = {skills[t].name.en: skills[t] for t in role.tools}
    assert tools["Alteryx software"].hot and tools["Alteryx software"].category.value == "tool"
    assert "Accountant" in role.aliases
    codes = {r.id: r.codes.soc[0].code for r in cat.roles}
    related = [r[1] for r in csv_tsv(ONET_DIR / "Related Occupations.txt") if r[0] == "13-2011.00"]
    assert [codes[i] for i in role.related] == [c for c in related if c in codes.values()]


def test_onet_technologies_answer_to_their_short_names(
    onet_cat: tuple[Catalogue, esco.Result], run: Run
) -> None:
    """O*NET spells some technologies out ("Structured query language SQL"): the short
    forms become aliases, so `--skills sql` and `skill sql` find them."""
    cat, _ = onet_cat
    sql = next(s for s in cat.skills if s.name.en == "Structured query language SQL")
    assert set(sql.aliases) >= {"SQL", "Structured query language"}
    alteryx = next(s for s in cat.skills if s.name.en == "Alteryx software")
    assert "Alteryx" in alteryx.aliases
    # O*NET also spells it "Structure query language SQL", for fewer occupations: the
    # short name goes to the spelling most occupations use
    assert onet._short_names(
        {"a": ["Structure query language SQL"], "b": [sql.name.en], "c": [sql.name.en]}
    ) == {
        "Structure query language SQL": ["Structure query language"],
        sql.name.en: ["Structured query language", "SQL"],
    }
    assert run("import", "onet", str(ONET_DIR), "--wages", str(WAGES)).exit_code == 0
    shown = run("skill", "sql", "--catalog", "onet", "--format", "json")
    assert shown.exit_code == 0, shown.output
    assert json.loads(shown.stdout)["id"] == sql.id
    matched = run("match", "--skills", "sql:3", "--catalog", "onet", "--top", "1")
    assert matched.exit_code == 0 and "not a known skill" not in matched.stderr


def test_onet_hot_flag_follows_the_file(onet_cat: tuple[Catalogue, esco.Result]) -> None:
    cat, _ = onet_cat
    included = {r.codes.soc[0].code for r in cat.roles}
    rows = csv_tsv(ONET_DIR / "Technology Skills.txt")
    hot = {r[1] for r in rows if r[4] == "Y" and r[0] in included}
    flagged = {s.name.en for s in cat.skills if s.hot}
    assert flagged == hot


def test_onet_wages_become_group_salaries(onet_cat: tuple[Catalogue, esco.Result]) -> None:
    cat, _ = onet_cat
    salary = by_soc(cat, "13-2011.00").salaries[0]
    assert (salary.region, salary.currency, salary.period.value) == ("US", "USD", "annual")
    assert (salary.p10, salary.median, salary.p90) == (56020, 83680, 144090)
    assert salary.source == onet.WAGES_ID and salary.year == 2025
    assert salary.group == "SOC 13-2011 Accountants and Auditors"  # as the bundled BLS items
    assert salary.basis is None  # 13-2011.00 is the SOC occupation itself
    narrower = by_soc(cat, "15-2051.01").salaries[0]  # Business Intelligence Analysts
    assert narrower.group == "SOC 15-2051 Data Scientists"
    assert narrower.basis is not None and "O*NET-SOC 15-2051.01" in narrower.basis.en


def test_onet_wages_are_shown_as_group_figures(run: Run) -> None:
    assert run("import", "onet", str(ONET_DIR), "--wages", str(WAGES)).exit_code == 0
    assert "group figure should name its group" not in run("validate", "--catalog", "onet").output
    shown = run("show", "statisticians", "--catalog", "onet", "--section", "pay")
    assert shown.exit_code == 0, shown.output
    row = next(line for line in shown.stdout.splitlines() if line.startswith("US "))
    assert row.split()[1] == "group"
    assert "group: SOC 15-2041 Statisticians" in " ".join(shown.stdout.split())
    data = json.loads(run("show", "statisticians", "--catalog", "onet", "-f", "json").stdout)
    assert [(s["kind"], s["group"]) for s in data["salaries"]] == [
        ("group", "SOC 15-2041 Statisticians")
    ]


def test_onet_wages_carry_the_bls_notice_wherever_shown(
    run: Run, onet_cat: tuple[Catalogue, esco.Result]
) -> None:
    """Review finding: the bundled catalogue prints BLS's notice under every BLS figure;
    an O*NET import with --wages printed it nowhere (its BLS source had no notice)."""
    cat, _ = onet_cat
    bundled = next(s for s in load(catalogue.bundled_path()).sources if s.id == "bls-oews-2025")
    imported = next(s for s in cat.sources if s.id == onet.WAGES_ID)
    assert bundled.notice is not None and imported.notice == bundled.notice
    assert run("import", "onet", str(ONET_DIR), "--wages", str(WAGES)).exit_code == 0
    for lang in ("en", "fr"):
        notice = " ".join(bundled.notice.get(lang).split())
        for args in (["show", "orderlies"], ["rank", "--top", "2"], ["sources"]):
            shown = run(*args, "--catalog", "onet", "--lang", lang)
            assert shown.exit_code == 0, shown.output
            assert notice in " ".join(shown.stdout.split()), (args, lang)


def test_onet_source_year_is_the_release_year_of_its_read_me(
    onet_cat: tuple[Catalogue, esco.Result], tmp_path: Path
) -> None:
    """`Read Me.txt` opens with "O*NET 29.2 Database" and "February 2025 Release": the
    source's year is 2025 (it was "n.d."); without that line it stays unknown."""
    cat, _ = onet_cat
    source = next(s for s in cat.sources if s.id == onet.SOURCE_ID)
    assert (source.short, source.year) == ("O*NET 29.2", 2025)
    head = (ONET_DIR / "Read Me.txt").read_text("utf-8")
    assert "February 2025 Release" in head
    (tmp_path / "Read Me.txt").write_text(head.replace("February 2025 Release", ""), "utf-8")
    assert onet._release(common.Inputs(str(tmp_path), "O*NET database")) == ("29.2", None)


def test_onet_technologies_in_demand_are_essential_skills(
    onet_cat: tuple[Catalogue, esco.Result],
) -> None:
    cat, _ = onet_cat
    names = {s.id: s.name.en for s in cat.skills}
    rows = csv_tsv(ONET_DIR / "Technology Skills.txt")
    for code in ("13-2011.00", "15-2041.00"):
        role = by_soc(cat, code)
        tools = {names[s.skill] for s in role.skills if s.skill in role.tools}
        assert tools == {r[1] for r in rows if r[0] == code and r[5] == "Y"}
        assert all(
            (s.importance, s.level) == (Importance.ESSENTIAL, onet.IN_DEMAND_LEVEL)
            for s in role.skills
            if s.skill in role.tools
        )
    assert "Swift" not in {names[s.skill] for s in by_soc(cat, "13-2011.00").skills}


def test_onet_unrated_occupation_comes_with_its_technologies_in_demand(
    onet_cat: tuple[Catalogue, esco.Result],
) -> None:
    """O*NET 29.0 rates no skill of 15-2051.00 Data Scientists: its technologies in demand
    are its skills; an unrated occupation with none is left out, and both are counted."""
    cat, result = onet_cat
    rated = {r[0] for r in csv_tsv(ONET_DIR / "Skills (29.0, from Excel).tsv")}
    demand = {r[0] for r in csv_tsv(ONET_DIR / "Technology Skills.txt") if r[5] == "Y"}
    assert "15-2051.00" not in rated and "15-2051.00" in demand
    role = by_soc(cat, "15-2051.00")
    names = {s.id: s.name.en for s in cat.skills}
    assert {"Python", "PyTorch", "Structured query language SQL"} <= {
        names[s.skill] for s in role.skills
    }
    assert all(s.skill in role.tools for s in role.skills)  # nothing but technologies
    occupations = {r[0] for r in csv_tsv(ONET_DIR / "Occupation Data.txt")}
    left_out = occupations - rated - demand
    assert left_out and not any(c.code in left_out for r in cat.roles for c in r.codes.soc)
    assert result.quirks["q_role_technologies_only"] == len((occupations - rated) & demand)


def test_onet_text_layout_reads_like_the_excel_layout(
    tmp_path: Path, onet_cat: tuple[Catalogue, esco.Result]
) -> None:
    folder = tmp_path / "onet"
    shutil.copytree(ONET_DIR, folder)
    for kind in ("Skills", "Knowledge"):
        source = folder / f"{kind} (29.0, from Excel).tsv"
        rows = [line.split("\t") for line in source.read_text("utf-8").splitlines()]
        drop = {rows[0].index("Title"), rows[0].index("Scale Name")}
        text = "\r\n".join("\t".join(c for i, c in enumerate(r) if i not in drop) for r in rows)
        (folder / f"{kind}.txt").write_text(text + "\r\n", encoding="utf-8", newline="")
        source.unlink()
    result = onet.import_onet(str(folder), str(WAGES), name="onet-text")
    assert load(result.path).roles == onet_cat[0].roles


def test_onet_quirks_duplicates_bom_unknown_occupation(
    tmp_path: Path, onet_cat: tuple[Catalogue, esco.Result]
) -> None:
    folder = tmp_path / "onet"
    shutil.copytree(ONET_DIR, folder)
    tech = folder / "Technology Skills.txt"
    lines = tech.read_bytes().decode("utf-8").split("\r\n")
    lines[1:1] = [lines[1], lines[2], "99-9999.99\tGhost tool\t1\tx\tN\tN"]
    tech.write_text("\r\n".join(lines), encoding="utf-8", newline="")
    occ = folder / "Occupation Data.txt"
    occ.write_bytes(b"\xef\xbb\xbf" + occ.read_bytes())
    result = onet.import_onet(str(folder), str(WAGES), name="onet-q")
    assert result.quirks["q_duplicate_row"] == onet_cat[1].quirks["q_duplicate_row"] + 2
    assert result.quirks["q_missing_occupation"] == onet_cat[1].quirks["q_missing_occupation"] + 1
    assert load(result.path).roles == onet_cat[0].roles


def test_onet_missing_files_and_bad_wages_are_refused(
    run: Run, tmp_path: Path, isolated_home: Path
) -> None:
    folder = tmp_path / "onet"
    shutil.copytree(ONET_DIR, folder)
    (folder / "Job Zones.txt").unlink()
    (folder / "Knowledge (29.0, from Excel).tsv").unlink()
    assert_refused(run, isolated_home, ["import", "onet", str(folder)], "Job Zones.txt")
    shutil.copy(ONET_DIR / "Job Zones.txt", folder)
    assert_refused(run, isolated_home, ["import", "onet", str(folder)], "Knowledge")
    assert_refused(
        run,
        isolated_home,
        ["import", "onet", str(ONET_DIR), "--wages", str(ONET_DIR / "Job Zones.txt")],
        "soc_code",
    )


def csv_tsv(path: Path) -> list[list[str]]:
    return [line.split("\t") for line in path.read_text("utf-8").splitlines()[1:] if line]


# --------------------------------------------------------------------------- catalogues


def test_catalogues_lists_versions_counts_licences_and_credits(run: Run) -> None:
    assert "No catalogue installed" in run("catalogues").stderr
    assert run("import", "esco", str(ESCO_DIR), "--fr-labels", str(FR_DIR)).exit_code == 0
    assert run("import", "onet", str(ONET_DIR), "--wages", str(WAGES)).exit_code == 0
    printed = run("catalogues", env={"COLUMNS": "80"}).stdout
    out = " ".join(printed.split())  # lines are broken at the terminal's width
    assert all(len(line) <= 80 or " " not in line.strip() for line in printed.splitlines())
    assert "esco ESCO v1.1.1" in out and "onet O*NET 29.2" in out
    assert "ESCO classification, European Commission" in out and "2011/833/EU" in out
    assert "Used under the CC BY 4.0 license" in out
    assert "has modified all or some of this information" in out
    assert "roles 50" in out and "roles 48" in out
    assert "base O*NET 29.2" in " ".join(run("catalogues", "--lang", "fr").stdout.split())


def test_catalog_name_works_for_show_and_env(run: Run) -> None:
    assert run("import", "onet", str(ONET_DIR), "--wages", str(WAGES)).exit_code == 0
    shown = run("show", "accountants-and-auditors", "--catalog", "onet")
    assert shown.exit_code == 0, shown.output
    assert "Accountants and Auditors" in shown.stdout
    assert run("list", env={"CAREERS_CATALOG": "onet"}).stdout.startswith("48 roles")


def test_unknown_catalog_name_is_one_clear_error(run: Run) -> None:
    result = run("list", "--catalog", "nosuch")
    assert result.exit_code == 1
    assert "no installed catalogue of that name" in result.stderr
    assert "Traceback" not in result.output


def test_bad_install_name_is_refused(run: Run) -> None:
    result = run("import", "onet", str(ONET_DIR), "--name", "../evil")
    assert result.exit_code == 1 and "cannot name a catalogue" in result.stderr


def test_show_marks_hot_technologies_first(run: Run) -> None:
    assert run("import", "onet", str(ONET_DIR)).exit_code == 0
    shown = run("show", "accountants-and-auditors", "--catalog", "onet").stdout
    tools = " ".join(shown.split("Tools", 1)[1].split("Education", 1)[0].split())
    assert "Alteryx software (hot)" in tools
    assert "Abacus Tax (hot)" not in tools and "Abacus Tax" in tools  # not hot in O*NET
    assert tools.index("(hot)") < tools.index("Abacus Tax")  # hot technologies come first
    french = run("show", "accountants-and-auditors", "--catalog", "onet", "--lang", "fr").stdout
    assert "Alteryx software [EN] (prisée)" in " ".join(french.split())


def test_global_catalog_option_reaches_the_command(run: Run) -> None:
    assert run("import", "onet", str(ONET_DIR)).exit_code == 0
    assert run("--catalog", "onet", "list").stdout.startswith("48 roles")
    assert run("--catalog", "onet", "validate").exit_code == 0
    assert (
        run("--catalog", "onet", "list", "--catalog", str(ROOT / "data" / "roles.yaml")).stdout
        != run("--catalog", "onet", "list").stdout
    )


def test_damaged_zip_member_is_refused(run: Run, tmp_path: Path, isolated_home: Path) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    shutil.copy(ESCO_DIR / REL_ZIP, folder)
    data = bytearray((ESCO_DIR / EN_ZIP).read_bytes())
    with zipfile.ZipFile(ESCO_DIR / EN_ZIP) as z:
        info = z.getinfo("occupations_en.csv")
    start = info.header_offset + 30 + len(info.filename) + 200  # inside the compressed data
    data[start : start + 64] = bytes(64)
    (folder / EN_ZIP).write_bytes(bytes(data))
    assert_refused(
        run, isolated_home, ["import", "esco", str(folder)], "occupations_en.csv", "damaged"
    )
