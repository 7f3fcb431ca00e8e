"""`careers profile from-occupation` and `careers show ROLE --official`, on the small real
ESCO and O*NET subsets under tests/fixtures/, installed with `careers import` in the
test's own home."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
import yaml

from careers_cli import catalogue
from careers_cli.importers.common import technology_variants
from careers_cli.occupation import FromOccupation, Mapper, from_occupation

from .conftest import ROOT, Run

FIX = ROOT / "tests" / "fixtures"
ESCO = ["import", "esco", str(FIX / "esco"), "--fr-labels", str(FIX / "esco" / "fr")]
ONET = [
    "import",
    "onet",
    str(FIX / "onet"),
    "--wages",
    str(FIX / "onet" / "oews_may2025_national.csv"),
]
FR = {"LANG": "fr_FR.UTF-8"}
STATISTICS_URI = "http://data.europa.eu/esco/skill/7ee4c2ea-b349-4bd2-81a3-ec31475d4833"


def install(run: Run, *which: list[str]) -> None:
    for args in which:
        result = run(*args)
        assert result.exit_code == 0, result.output


def saved(home: Path) -> dict[str, int]:
    data = yaml.safe_load((home / "profile.yaml").read_text("utf-8"))
    skills: dict[str, int] = data["skills"]
    return skills


# --------------------------------------------------------------------------- the mapping


@pytest.fixture
def taxonomies(run: Run) -> tuple[catalogue.Index, catalogue.Index, catalogue.Index]:
    install(run, ESCO, ONET)
    return catalogue.load(None), catalogue.load("esco"), catalogue.load("onet")


def official_skill(index: catalogue.Index, name: str) -> catalogue.Skill:
    return next(s for s in index.catalogue.skills if s.name.en == name)


def test_the_three_routes_and_their_evidence(
    taxonomies: tuple[catalogue.Index, catalogue.Index, catalogue.Index],
) -> None:
    ours, esco, onet = taxonomies
    mapper = Mapper(ours)
    assert ours.skills.items["statistics"].esco == STATISTICS_URI
    assert mapper.find(official_skill(esco, "statistics")) == ("statistics", "esco", STATISTICS_URI)
    assert mapper.find(official_skill(onet, "Python")) == ("python", "technology", "Python")
    assert mapper.find(official_skill(onet, "Microsoft Excel")) == (
        "excel",
        "technology",
        "Microsoft Excel",
    )
    # a label: our infrastructure-as-code has no ESCO URI, and "Ansible" is one of its aliases
    assert mapper.find(official_skill(esco, "Ansible")) == (
        "infrastructure-as-code",
        "label",
        "Ansible",
    )


def test_technology_names_spelled_out_or_with_software(
    taxonomies: tuple[catalogue.Index, catalogue.Index, catalogue.Index],
) -> None:
    """O*NET's "Structured query language SQL" (of 15-2051.00 Data Scientists, in the
    fixture) is our SQL; an acronym that does not spell the words before it stays whole."""
    ours, _, onet = taxonomies
    mapper = Mapper(ours)
    sql = official_skill(onet, "Structured query language SQL")
    assert mapper.find(sql) == ("sql", "technology", "Structured query language")
    assert technology_variants("Amazon Web Services AWS software") == [
        "Amazon Web Services AWS software",
        "Amazon Web Services AWS",
        "Amazon Web Services",
        "AWS",
    ]
    assert technology_variants("Microsoft Azure software") == [
        "Microsoft Azure software",
        "Microsoft Azure",
    ]
    for whole in ("IBM SPSS Statistics", "Apache Spark", "Microsoft SQL Server", "C", "R"):
        assert technology_variants(whole) == [whole]
    # XML is not the initials of "Extensible markup language" (EML): it stays whole
    assert technology_variants("Extensible markup language XML") == [
        "Extensible markup language XML"
    ]
    assert technology_variants("Oracle Java") == ["Oracle Java"]  # a vendor is not an acronym


def test_false_friends_are_not_mapped(
    taxonomies: tuple[catalogue.Index, catalogue.Index, catalogue.Index],
) -> None:
    ours, esco, onet = taxonomies
    mapper = Mapper(ours)
    ml_language = official_skill(esco, "ML (computer programming)")
    assert ml_language.name.fr == "ML" and ours.skills.find("ML").id == "machine-learning"
    assert mapper.find(ml_language) is None  # two ESCO concepts: the URIs differ
    assert mapper.find(official_skill(onet, "Monitoring")) is None  # an id is not a label
    prototype = official_skill(esco, "create prototype of user experience solutions")
    assert "UX" in prototype.aliases and mapper.find(prototype) is None  # no alternative labels


def test_the_highest_level_wins_and_only_essential_skills_count(
    taxonomies: tuple[catalogue.Index, catalogue.Index, catalogue.Index],
) -> None:
    ours, _, onet = taxonomies
    role = onet.roles.get("statisticians")
    math = [n for n in role.skills if onet.skills.items[n.skill].name.en.startswith("Mathematics")]
    assert sorted(n.level for n in math) == [4, 5]  # LV 5.38 and 6.24
    optional = [n for n in role.skills if n.importance.value == "optional"]
    assert optional  # O*NET rates some of its skills 3.0 <= IM < 3.5
    needs = [*math, *optional]
    result = FromOccupation(onet, role, Mapper(ours).map(onet, needs))
    assert result.levels == {}  # no skill of ours is called Mathematics
    faked = [m._replace(skill="statistics") for m in result.mapped[:2]]  # the two Mathematics
    assert FromOccupation(onet, role, faked).levels == {"statistics": 5}
    chosen = from_occupation(onet, ours, "statisticians").mapped
    assert [m.need for m in chosen] == [n for n in role.skills if n.importance.value == "essential"]


# --------------------------------------------------------------------------- from-occupation


def test_from_occupation_to_match_gap_and_path(run: Run, isolated_home: Path) -> None:
    install(run, ONET)
    shown = run("profile", "from-occupation", "statisticians", "--catalog", "onet", input="y\n")
    assert shown.exit_code == 0, shown.output
    assert "Add these 6 skills to your profile? [y/N]" in shown.stderr
    table = " ".join(shown.stdout.split())
    assert "Python 3 Python technology name Python" in table
    assert "Structured query language SQL 3" in table  # not mapped, and said so
    assert saved(isolated_home) == {
        "excel": 3,
        "python": 3,
        "r": 3,
        "sas": 3,
        "sql": 3,
        "tableau": 3,
    }
    match = run("match", "--format", "json")
    assert match.exit_code == 0, match.output
    roles = json.loads(match.stdout)["roles"]
    assert roles[0]["score"] > 0 and roles[0]["score"] >= roles[-1]["score"]
    best = roles[0]["id"]
    have = {c["skill"]: c["have"] for c in roles[0]["contributions"] if c["have"]}
    assert have and set(have) <= {"excel", "python", "r", "sas", "sql", "tableau"}
    gap = run("gap", best, "--format", "json")
    assert gap.exit_code == 0, gap.output
    assert json.loads(gap.stdout)["score"] == roles[0]["score"]
    path = run("path", "statistician", best)
    assert path.exit_code == 0, path.output


def test_esco_levels_are_3_and_french_prompt(run: Run, isolated_home: Path) -> None:
    install(run, ESCO)
    result = run(
        "profile", "from-occupation", "scientifique des données", "--catalog", "esco",
        input="o\n", env={**FR, "COLUMNS": "200"},
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "Ajouter ces 8 compétences à votre profil ? [o/N]" in result.stderr
    assert "URI ESCO" in result.stdout and "Non reliées : 46 compétences" in result.stdout
    skills = saved(isolated_home)
    assert len(skills) == 8 and set(skills.values()) == {3} and skills["statistics"] == 3


def test_no_answer_saves_nothing(run: Run, isolated_home: Path) -> None:
    install(run, ESCO)
    result = run("profile", "from-occupation", "data scientist", "--catalog", "esco", input="\n")
    assert result.exit_code == 1 and "not saved" in result.stderr  # declined: nothing done
    assert not (isolated_home / "profile.yaml").exists()
    assert "add --yes to save without being asked" in result.stderr  # one skill or many
    french = run(
        "--lang",
        "fr",
        "profile",
        "from-occupation",
        "data scientist",
        "--catalog",
        "esco",
        input="\n",
    )
    assert "ajoutez --yes pour enregistrer sans confirmation" in french.stderr


def test_the_profile_is_edited_not_rebuilt(run: Run, isolated_home: Path) -> None:
    install(run, ONET)
    text = "# mine\nskills:\n  python: 5  # strong\n  my-own-thing: 2\nnotes: keep me\n"
    (isolated_home / "profile.yaml").write_text(text, encoding="utf-8")
    result = run("profile", "from-occupation", "statisticians", "--catalog", "onet", "--yes")
    assert result.exit_code == 0, result.output
    after = (isolated_home / "profile.yaml").read_text("utf-8")
    assert after.startswith("# mine\nskills:\n  python: 5  # strong\n  my-own-thing: 2\n")
    assert "notes: keep me" in after and "  sas: 3\n" in after
    assert saved(isolated_home)["python"] == 5  # the higher level is kept


def test_from_occupation_json_and_csv(run: Run) -> None:
    install(run, ESCO)
    data = json.loads(
        run("profile", "from-occupation", "data sci", "--catalog", "esco", "-f", "json",
            input="\n").stdout
    )  # fmt: skip
    assert data["occupation"]["id"] == "data-scientist"
    assert {m["skill"]["id"] for m in data["mapped"]} == set(data["levels"])
    stats = next(m for m in data["mapped"] if m["skill"]["id"] == "statistics")
    assert (stats["via"], stats["evidence"], stats["level"]) == ("esco", STATISTICS_URI, 3)
    assert len(data["mapped"]) + len(data["not_mapped"]) == 54
    rows = list(csv.reader(io.StringIO(
        run("profile", "from-occupation", "data sci", "--catalog", "esco", "-f", "csv",
            input="\n").stdout
    )))  # fmt: skip
    assert rows[0] == [
        "occupation", "official", "official_name", "level", "skill", "name", "via", "evidence",
    ]  # fmt: skip
    assert len(rows) == 55


@pytest.mark.parametrize(
    ("args", "env", "words"),
    [
        (["dat scientist", "--catalog", "esco"], None, "did you mean 'data scientist'"),
        (["accountant"], None, "give --catalog esco or --catalog onet"),
        (["accountant"], FR, "donnez --catalog esco ou --catalog onet"),
        (["accountant", "--catalog", "nosuch"], None, "no installed catalogue"),
    ],
)
def test_bad_input_is_one_message_exit_1(
    run: Run, isolated_home: Path, args: list[str], env: dict[str, str] | None, words: str
) -> None:
    install(run, ESCO)
    result = run("profile", "from-occupation", *args, "--yes", env=env)
    assert result.exit_code == 1, result.output
    assert words in result.stderr and "Traceback" not in result.output
    assert not (isolated_home / "profile.yaml").exists()


# --------------------------------------------------------------------------- show --official


def test_official_needs_an_installed_taxonomy(run: Run) -> None:
    english = run("show", "statistician", "--official")
    assert english.exit_code == 1
    assert "no imported taxonomy is installed" in english.stderr
    assert "careers import esco PATH" in english.stderr
    french = run("show", "statistician", "--official", env=FR)
    assert french.exit_code == 1
    assert "aucune nomenclature importée n'est installée" in french.stderr


def test_official_lists_both_occupations_beside_ours(run: Run) -> None:
    install(run, ESCO, ONET)
    result = run("show", "statistician", "--official")
    assert result.exit_code == 0, result.output
    out = " ".join(result.stdout.split())
    assert "statistician: ESCO http://data.europa.eu/esco/occupation/" in out
    assert "Statisticians: O*NET 15-2041.00" in out
    assert "statistics 3 Statistics yes ESCO URI" in out
    assert "Python 3 Python yes technology" in out
    assert "Ours, not among its essential skills:" in out
    assert "Used under the CC BY 4.0 license" in out  # O*NET's credit
    assert "ESCO classification, European Commission" in out
    data = json.loads(run("show", "statistician", "--official", "-f", "json").stdout)
    by_catalogue = {o["catalogue"]: o for o in data["official"]}
    assert set(by_catalogue) == {"esco", "onet"} and data["not_found"] == []
    onet = by_catalogue["onet"]
    python = next(s for s in onet["skills"] if s["official"]["name"]["en"] == "Python")
    assert python["listed"] is True and python["via"] == "technology"
    sql = next(s for s in onet["skills"] if "SQL" in s["official"]["name"]["en"])
    assert sql["skill"]["id"] == "sql" and sql["evidence"] == "Structured query language"
    assert onet["listed"] == sum(s["listed"] for s in onet["skills"])
    assert "CC BY 4.0" in onet["notice"][0]["en"] and "CC BY 4.0" in onet["notice"][0]["fr"]
    ours = {s["skill"]["id"] for s in onet["skills"] if s["skill"]}
    assert "python" in ours and "python" not in onet["ours_only"]


def test_a_tool_of_ours_counts_as_listed(run: Run) -> None:
    install(run, ONET)
    data = json.loads(
        run("show", "business-intelligence-engineer", "--official", "-f", "json").stdout
    )
    excel = next(
        s for s in data["official"][0]["skills"] if s["official"]["name"]["en"] == "Microsoft Excel"
    )
    assert (
        excel["skill"]["id"] == "excel" and excel["listed"] is True
    )  # a tool, not a skill, of ours


def test_official_csv_markdown_and_french(run: Run) -> None:
    install(run, ONET)
    rows = list(
        csv.reader(io.StringIO(run("show", "statistician", "--official", "-f", "csv").stdout))
    )
    assert rows[0][:3] == ["catalogue", "code", "occupation"] and len(rows) == 25
    assert ["onet", "15-2041.00", "statisticians"] == rows[1][:3]
    markdown = run("show", "statistician", "--official", "-f", "markdown").stdout
    assert "## Statisticians: O\\*NET 15-2041.00" in markdown and "| Python |" in markdown
    french = run("show", "statistician", "--official", "--lang", "fr").stdout
    assert "Métiers officiels de Statisticien" in french
    # the 24 are the official occupation's, not our role's (review finding)
    assert "Statisticien cite 4 des 24 compétences essentielles du métier officiel." in french
    english = " ".join(run("show", "statistician", "--official").stdout.split())
    assert "Statistician lists 4 of the occupation's 24 essential skills." in english
    assert "Les nôtres, absentes de ses compétences essentielles : " in french


def test_official_codes_not_installed(run: Run) -> None:
    install(run, ONET)
    partial = run("show", "data-analyst", "--official")  # its SOC codes are there, not ESCO's
    assert partial.exit_code == 0, partial.output
    assert partial.stderr == (
        "http://data.europa.eu/esco/occupation/d3edb8f8-3a06-47a0-8fb9-9b212c006aa2: "
        "not an occupation of the installed taxonomies\n"
    )
    out = " ".join(partial.stdout.split())  # our codes for the data analyst are "closest"
    assert "Statisticians: O*NET 15-2041.00 (closest occupation)" in out
    data = json.loads(run("show", "data-analyst", "--official", "-f", "json").stdout)
    assert [o["closest"] for o in data["official"]] == [True, True]
    assert data["not_found"] == [
        {
            "kind": "esco",
            "code": "http://data.europa.eu/esco/occupation/d3edb8f8-3a06-47a0-8fb9-9b212c006aa2",
        }
    ]
    assert "(closest" not in run("show", "statistician", "--official").stdout
    none = run("show", "llm-engineer", "--official")  # an ESCO code only
    assert none.exit_code == 1
    assert "none of the role's codes" in none.stderr and "(onet)" in none.stderr
    french = run("show", "llm-engineer", "--official", env=FR)
    assert "aucun des codes du métier" in french.stderr
    no_code = run("show", "ai-ethics-specialist", "--official")
    assert no_code.exit_code == 1 and "has no ESCO or SOC code" in no_code.stderr


def test_official_with_section_is_a_usage_error(run: Run) -> None:
    install(run, ONET)
    result = run("show", "statistician", "--official", "--section", "pay")
    assert result.exit_code == 2
    assert "cannot be combined with --section" in result.stderr


def test_official_decodes_only_the_occupations_it_shows(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`show --official` finds the occupations by their codes in the compiled index: it
    never decodes a whole taxonomy (ESCO's 3,007 occupations took 1.1 s and 111 MB). Our
    own, bundled catalogue is decoded whole to map the skills."""
    from careers_cli import stored

    install(run, ESCO, ONET)
    assert run("show", "statistician", "--official").exit_code == 0  # compiled, warm
    decoded: set[str] = set()
    real = stored.Records.every

    def every(self: stored.Records[object]) -> list[object]:
        decoded.add(self.store.path)
        return real(self)

    monkeypatch.setattr(stored.Records, "every", every)
    result = run("show", "statistician", "--official", "-f", "json")
    assert result.exit_code == 0, result.output
    assert {o["catalogue"] for o in json.loads(result.stdout)["official"]} == {"esco", "onet"}
    assert decoded == {catalogue.load(None).path}


def test_the_first_role_carrying_a_code_is_the_same_from_the_index_and_the_yaml(
    tmp_path: Path,
) -> None:
    from .conftest import MINI

    data = json.loads(json.dumps(MINI))
    code = {"code": "15-2051.00", "label": "Data Scientists", "source": "src"}
    first, second = data["roles"][0], json.loads(json.dumps(data["roles"][0]))
    second["id"], second["name"] = "second", {"en": "Second", "fr": "Second"}
    first["codes"] = second["codes"] = {"soc": [code]}
    data["roles"].append(second)
    path = tmp_path / "roles.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    from careers_cli.stored import StoredIndex

    index, from_yaml = catalogue.load(str(path)), catalogue.load(str(path), use_cache=False)
    assert isinstance(index, StoredIndex) and not isinstance(from_yaml, StoredIndex)
    for each in (index, from_yaml):
        found = each.roles_coded("soc", ["15-2051.00", "99-9999.00"])
        assert {c: r.id for c, r in found.items()} == {"15-2051.00": first["id"]}
        assert each.roles_coded("esco", ["15-2051.00"]) == {}


def test_official_table_keeps_its_short_columns_whole_at_80_columns(run: Run) -> None:
    """At 80 columns the route stays "ESCO URI" on one line and "We list it" takes two
    lines, not three (their widths were set by the cells, "yes", alone)."""
    install(run, ESCO)
    for lang, route, first in (("en", "ESCO URI", "We list"), ("fr", "URI ESCO", "Nous la")):
        result = run("--lang", lang, "show", "statistician", "--official", env={"COLUMNS": "80"})
        assert result.exit_code == 0, result.output
        lines = result.stdout.splitlines()
        rule = next(i for i, line in enumerate(lines) if line.startswith("───"))
        assert lines[rule - 2].strip() == first, lines[rule - 3 : rule]  # then "it", "citons"
        rows = [line for line in lines[rule + 1 :] if " yes " in line or " oui " in line]
        assert rows and all(line.rstrip().endswith(route) for line in rows), rows
