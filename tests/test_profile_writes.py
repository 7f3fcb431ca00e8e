"""Writing the saved profile: the user's document is edited, never rebuilt.

Every write keeps what careers does not own (comments, other keys, entries the catalogue
cannot resolve, unless ``remove`` names one or ``clear`` empties the skills), every value
written reads back unchanged, a symlink stays a symlink, modes are kept, and a lock held
by another process is waited for, briefly.
"""

from __future__ import annotations

import fcntl
import json
import os
import stat
import time
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from careers_cli import catalogue, profile, profiledoc, yamlsafe

from .conftest import Run

SEED = """\
# my skills, by hand
skills:
  python: 4   # good at it
  my-internal-tool: 5

  # data
  sql: 2
notes: keep me   # not careers'
region: fr
"""
KEPT = [
    "# my skills, by hand",
    "  my-internal-tool: 5",
    "  # data",
    "notes: keep me   # not careers'",
]


def _text(home: Path) -> str:
    return (home / "profile.yaml").read_text(encoding="utf-8")


def test_every_write_keeps_what_careers_does_not_own(
    run: Run, isolated_home: Path, tmp_path: Path
) -> None:
    (isolated_home / "profile.yaml").write_text(SEED, encoding="utf-8")
    other = tmp_path / "other.yaml"
    other.write_text("skills:\n  docker: 2\n  unknown-thing: 1\nregion: DE\n", encoding="utf-8")
    cv = tmp_path / "cv.txt"
    cv.write_text("I write Python and Kubernetes manifests.", encoding="utf-8")
    writes = [
        ["profile", "add", "sql:5", "docker"],
        ["profile", "remove", "python"],
        ["profile", "set", "pytorch:2, aws"],
        ["profile", "set", "--region", "GB", "--target", "data-scientist"],
        ["profile", "import", str(other), "--merge"],
        ["profile", "import", str(other)],
        ["profile", "from-text", str(cv), "--yes"],
    ]
    for args in writes:
        result = run(*args)
        assert result.exit_code == 0, (args, result.output)
        text = _text(isolated_home)
        for line in KEPT:
            assert line + "\n" in text, (args, text)
        assert yaml.safe_load(text)["notes"] == "keep me"
    data = yaml.safe_load(_text(isolated_home))
    assert data["skills"]["my-internal-tool"] == 5
    # clear empties the skills, the entry careers does not know included; the rest stays
    assert run("profile", "clear", "--yes").exit_code == 0
    text = _text(isolated_home)
    for line in KEPT:
        assert (line + "\n" in text) is (line != "  my-internal-tool: 5"), (line, text)
    assert yaml.safe_load(text)["skills"] == {}


def test_only_the_named_entry_changes(run: Run, isolated_home: Path) -> None:
    (isolated_home / "profile.yaml").write_text(SEED, encoding="utf-8")
    assert run("profile", "add", "sql:3").exit_code == 0
    assert _text(isolated_home) == SEED.replace("sql: 2", "sql: 3")
    assert run("profile", "add", "docker:1").exit_code == 0
    assert _text(isolated_home) == SEED.replace("sql: 2", "sql: 3\n  docker: 1")


def test_a_new_profile_opens_with_a_comment_in_the_runs_language(
    run: Run, isolated_home: Path
) -> None:
    french = "# profil careers : compétence -> niveau (1 notions ... 5 expert)\n"
    english = "# careers profile: skill -> level (1 awareness ... 5 expert)\n"
    assert run("profile", "add", "sql:3", "--lang", "fr").exit_code == 0
    assert _text(isolated_home) == french + "skills:\n  sql: 3\n"
    assert run("profile", "add", "docker:1").exit_code == 0  # an English run keeps it
    assert _text(isolated_home) == french + "skills:\n  sql: 3\n  docker: 1\n"
    (isolated_home / "profile.yaml").unlink()
    assert run("profile", "add", "sql:3", env={"LANG": "fr_FR.UTF-8"}).exit_code == 0
    assert _text(isolated_home).startswith(french)
    (isolated_home / "profile.yaml").unlink()
    assert run("profile", "add", "sql:3").exit_code == 0
    assert run("profile", "add", "docker:1", "--lang", "fr").exit_code == 0
    assert _text(isolated_home) == english + "skills:\n  sql: 3\n  docker: 1\n"


def test_another_catalogue_keeps_the_bundled_skills(
    run: Run, isolated_home: Path, write_catalogue: Any, mini: dict[str, Any]
) -> None:
    assert run("profile", "add", "sql:2", "docker:4", "python:1").exit_code == 0
    small = str(write_catalogue(mini))
    assert run("profile", "add", "pytorch:3", "python:5", "--catalog", small).exit_code == 0
    data = yaml.safe_load(_text(isolated_home))
    assert data["skills"] == {"sql": 2, "docker": 4, "python": 5, "pytorch": 3}
    shown = run("profile", "show", "--format", "json", "--catalog", small)
    assert shown.exit_code == 0, shown.output
    listed = json.loads(shown.stdout)
    assert listed["skills"] == {"python": 5, "pytorch": 3}
    assert listed["not_used"]["skills"] == ["docker", "sql"]
    table = run("profile", "show", "--catalog", small).stdout
    assert "Kept in the file, not used" in table and "docker, sql" in table


def test_export_then_import_keeps_everything(run: Run, isolated_home: Path, tmp_path: Path) -> None:
    (isolated_home / "profile.yaml").write_text(SEED, encoding="utf-8")
    backup = tmp_path / "backup.yaml"
    assert run("profile", "export", str(backup)).exit_code == 0
    assert backup.read_text(encoding="utf-8") == SEED
    assert run("profile", "export").stdout == SEED
    (isolated_home / "profile.yaml").unlink()
    imported = run("profile", "import", str(backup))
    assert imported.exit_code == 0
    assert "my-internal-tool" in imported.stderr and "kept in the file" in imported.stderr
    # the whole file comes back: comments, other keys, the entry this catalogue does not
    # know (its region, fr, already reads as the code FR)
    assert _text(isolated_home) == SEED


def test_import_writes_a_region_as_its_code_or_refuses_it(
    run: Run, isolated_home: Path, tmp_path: Path
) -> None:
    source = tmp_path / "mine.yaml"
    source.write_text("# mine\nskills:\n  python: 3\nregion: Allemagne\n", encoding="utf-8")
    assert run("profile", "import", str(source)).exit_code == 0
    assert _text(isolated_home) == '# mine\nskills:\n  python: 3\nregion: "DE"\n'
    before = _text(isolated_home)
    for bad in ('"a: [b] #c"', '"Atlantis"', '"N0"'):
        source.write_text(f"skills:\n  sql: 3\nregion: {bad}\n", encoding="utf-8")
        for merge in ([], ["--merge"]):
            refused = run("profile", "import", str(source), *merge)
            assert refused.exit_code == 1, refused.output
            assert "'region' must be a country code" in refused.stderr
            assert "Traceback" not in refused.output
            assert _text(isolated_home) == before


def test_flow_and_list_skills_keep_unknown_entries(run: Run, isolated_home: Path) -> None:
    path = isolated_home / "profile.yaml"
    for seed in ("skills: {python: 4, zz-mine: 2}\n", "skills: [python, zz-mine]\n"):
        path.write_text(seed, encoding="utf-8")
        assert run("profile", "add", "sql:5").exit_code == 0
        data = yaml.safe_load(_text(isolated_home))
        assert data["skills"]["zz-mine"] in (2, 3) and data["skills"]["sql"] == 5


# ----------------------------------------------- remove and clear: the entries careers does not know


@pytest.mark.parametrize(
    ("seed", "left"),
    [
        ("skills: {pyhton: 4}\n", "skills: {}\n"),
        ("skills:\n  pyhton: 4\n", "skills: {}\n"),
        (
            "# mine\nskills:\n  pyhton: 4   # a typo\n  git: 3\n  myownskill: 2\nnotes: x\n",
            "# mine\nskills:\n  git: 3\nnotes: x\n",
        ),
    ],
)
def test_remove_takes_an_entry_kept_in_the_file_by_its_key(
    run: Run, isolated_home: Path, seed: str, left: str
) -> None:
    (isolated_home / "profile.yaml").write_text(seed, encoding="utf-8")
    names = ["pyhton", "myownskill"] if "myownskill" in seed else ["pyhton"]
    shown = json.loads(run("profile", "show", "--format", "json").stdout)
    assert shown["not_used"]["skills"] == names  # what show lists is what remove takes
    result = run("profile", "remove", *names)
    assert result.exit_code == 0, result.output
    n = len(names)
    assert f"removed {n}, including {n} not in this catalogue (" in result.stderr
    assert "warning" not in result.stderr
    assert _text(isolated_home) == left
    if "git" in left:  # the next match no longer warns about them
        matched = run("match", "--top", "1")
        assert matched.exit_code == 0 and "not a known skill" not in matched.stderr


def test_remove_finds_keys_as_the_reader_names_them(run: Run, isolated_home: Path) -> None:
    """``~: 2`` is listed as None and ``yes: 3`` as True; a key holding a comma is taken
    whole, not as two names."""
    seed = 'skills:\n  ~: 2\n  yes: 3\n  "a, b": 1\n  python: 3\n'
    (isolated_home / "profile.yaml").write_text(seed, encoding="utf-8")
    shown = json.loads(run("profile", "show", "--format", "json").stdout)
    assert shown["not_used"]["skills"] == ["None", "True", "a, b"]
    result = run("profile", "remove", "None", "True", "a, b")
    assert result.exit_code == 0, result.output
    assert _text(isolated_home) == "skills:\n  python: 3\n"


def test_removing_a_kept_entry_leaves_the_known_ones_as_written(
    run: Run, isolated_home: Path
) -> None:
    """Only the entry named goes: a skill written twice (``Python`` and ``python``) is
    not merged on the way, which would change the level careers reads."""
    seed = "skills:\n  Python: 3\n  pyhton: 1\n  python: 4\n"
    (isolated_home / "profile.yaml").write_text(seed, encoding="utf-8")
    result = run("profile", "remove", "pyhton")
    assert result.exit_code == 0, result.output
    assert _text(isolated_home) == "skills:\n  Python: 3\n  python: 4\n"


def test_remove_warns_about_a_name_that_is_neither_and_removes_the_others(
    run: Run, isolated_home: Path
) -> None:
    seed = "skills:\n  python: 3\n  git: 3\n  myownskill: 2\n"
    (isolated_home / "profile.yaml").write_text(seed, encoding="utf-8")
    result = run("profile", "remove", "git", "pyhton", "myownskil", "sql")
    assert result.exit_code == 0, result.output
    assert (
        "warning: not a known skill nor a name kept in your profile: 'pyhton' "
        "(did you mean 'Python'?)" in result.stderr
    )
    assert "'myownskil' (did you mean 'myownskill'?)" in result.stderr
    assert "warning: not in your profile: sql" in result.stderr
    assert "removed 1 (1 skill in" in result.stderr  # the skills careers uses
    assert _text(isolated_home) == "skills:\n  python: 3\n  myownskill: 2\n"
    french = run("profile", "remove", "pyhton", "myownskill", "--lang", "fr")
    assert french.exit_code == 0, french.output
    assert "ni une compétence connue ni un nom gardé dans votre profil : « pyhton »" in (
        french.stderr
    )
    assert "1 retirée, dont 1 absente de ce catalogue (1 compétence dans" in french.stderr


@pytest.mark.parametrize(
    "names", [["pyhton"], ["zzz", "myownskil"], ["sql"], ["docker", "Pyhton"], [""]]
)
def test_remove_that_removes_nothing_is_an_error(
    run: Run, isolated_home: Path, names: list[str]
) -> None:
    seed = "# mine\nskills:\n  python: 3\n  pyhton2: 4\n  myownskill: 2\n"
    (isolated_home / "profile.yaml").write_text(seed, encoding="utf-8")
    result = run("profile", "remove", *names)
    assert result.exit_code == 1, result.output
    assert "error: nothing removed: none of the names is in your profile" in result.stderr
    assert "careers profile show lists your skills and the names kept" in result.stderr
    assert "Traceback" not in result.output
    assert _text(isolated_home) == seed


def test_clear_removes_every_skill_entry_and_keeps_the_rest(run: Run, isolated_home: Path) -> None:
    seed = (
        "# mine\nskills:\n  pyhton: 4   # a typo\n  git: 3\n\n  # tools\n  myownskill: 2\n"
        'notes: keep me\nregion: "FR"\ntargets: [data-scientist, zz-role]\n'
    )
    (isolated_home / "profile.yaml").write_text(seed, encoding="utf-8")
    result = run("profile", "clear", "--yes")
    assert result.exit_code == 0, result.output
    assert "profile cleared: removed 3, including 2 not in this catalogue (0 skills in" in (
        result.stderr
    )
    assert _text(isolated_home) == (
        "# mine\nskills: {}\n\n  # tools\n"
        'notes: keep me\nregion: "FR"\ntargets: [data-scientist, zz-role]\n'
    )
    assert "not a known skill" not in run("match", "--skills", "python").stderr
    for flow in ("skills: {pyhton: 4, git: 2}\n", "skills: [pyhton, git]\n"):
        (isolated_home / "profile.yaml").write_text(flow, encoding="utf-8")
        cleared = run("profile", "clear", "--yes", "--lang", "fr")
        assert cleared.exit_code == 0, cleared.output
        assert "profil vidé : 2 retirées, dont 1 absente de ce catalogue" in cleared.stderr
        assert yaml.safe_load(_text(isolated_home)) == {"skills": {}}


def test_line_ends_and_odd_files(run: Run, isolated_home: Path) -> None:
    path = isolated_home / "profile.yaml"
    path.write_bytes(b"# mine\r\nskills:\r\n  python: 3\r\n")
    assert run("profile", "add", "sql").exit_code == 0
    assert path.read_bytes() == b"# mine\r\nskills:\r\n  python: 3\r\n  sql: 3\r\n"
    path.write_text("{}\n", encoding="utf-8")
    assert run("profile", "add", "sql").exit_code == 0
    assert yaml.safe_load(_text(isolated_home)) == {"skills": {"sql": 3}}
    assert not _text(isolated_home).endswith("\n\n")
    before = _text(isolated_home)
    result = run("profile", "set", "--region", "\udcff")  # a byte that is not UTF-8 in argv
    assert result.exit_code == 2 and "Traceback" not in result.output, result.output
    assert _text(isolated_home) == before


# --------------------------------------------------------------------------- property

KNOWN = ["python", "sql", "docker", "statistics", "pytorch", "aws", "kubernetes"]
ROLES = ["data-scientist", "machine-learning-engineer", "data-engineer"]
unknown_names = st.from_regex(r"zz-[a-z]{1,8}", fullmatch=True)
comments = st.from_regex(r"# [a-z ]{0,12}", fullmatch=True)
any_text = st.text(min_size=1, max_size=20)
other_values = st.one_of(
    st.integers(-5, 5000), any_text, st.lists(any_text, max_size=3), st.booleans()
)
operations = st.one_of(
    st.tuples(st.just("add"), st.sampled_from(KNOWN), st.integers(1, 5)),
    st.tuples(st.just("remove"), st.sampled_from(KNOWN)),
    # what `--region` can save: a code (NO, ON, YE read as other things in YAML 1.1);
    # any string written reads back as written (test_every_string_written_reads_back...)
    st.tuples(st.just("region"), st.from_regex(r"[A-Z]{2}", fullmatch=True)),
    st.tuples(st.just("targets"), st.lists(st.sampled_from(ROLES), max_size=2, unique=True)),
    st.tuples(st.just("replace"), st.dictionaries(st.sampled_from(KNOWN), st.integers(1, 5))),
    # `remove KEY` of an entry the catalogue does not know (the n-th one left), and `clear`
    st.tuples(st.just("forget"), st.integers(0, 3)),
    st.tuples(st.just("clear")),
)


def _seed_text(
    known: dict[str, int], unknown: dict[str, int], others: dict[str, Any], notes: list[str]
) -> tuple[str, list[str], dict[str, str]]:
    """A hand-written profile; returns it, the lines no write may touch, and the line of
    each unknown entry (which only a write that names it may delete)."""
    untouched = [*notes]
    entries: dict[str, str] = {}
    lines = [*notes, "skills:"]
    for name, level in known.items():
        lines.append(f"  {name}: {level}")
    for i, (name, level) in enumerate(unknown.items()):
        entries[name] = f"  {name}: {level}" + ("   # mine" if i % 2 else "")
        lines += [entries[name], f"  {notes[i % len(notes)]}" if notes else "  # kept"]
        untouched.append(lines[-1])
    for key, value in others.items():
        lines.append(yaml.safe_dump({key: value}, allow_unicode=True).rstrip("\n"))
    return "\n".join(lines) + "\n", untouched, entries


@pytest.fixture(scope="module")
def bundled() -> catalogue.Index:
    return catalogue.load(None)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    known=st.dictionaries(st.sampled_from(KNOWN), st.integers(1, 5), max_size=4),
    unknown=st.dictionaries(unknown_names, st.integers(1, 5), max_size=4),
    others=st.dictionaries(st.sampled_from(["notes", "email", "x-mine"]), other_values),
    notes=st.lists(comments, max_size=3),
    writes=st.lists(operations, min_size=1, max_size=6),
)
def test_writes_touch_only_what_they_name(
    bundled: catalogue.Index,
    isolated_home: Path,
    known: dict[str, int],
    unknown: dict[str, int],
    others: dict[str, Any],
    notes: list[str],
    writes: list[tuple[Any, ...]],
) -> None:
    text, untouched, entries = _seed_text(known, unknown, others, notes)
    path = isolated_home / "profile.yaml"
    path.write_text(text, encoding="utf-8")
    seeded = yamlsafe.parse(text, "seed")
    others = {k: v for k, v in seeded.items() if k not in profiledoc.OWNED}  # as careers reads them
    expected: dict[str, Any] = {
        "skills": dict(known),
        "unknown": dict(unknown),
        "region": None,
        "targets": None,
    }
    for op in writes:
        profile.update(bundled, lambda p, op=op: _apply(p, op, expected))
    after = path.read_text(encoding="utf-8")
    for line in [*untouched, *(entries[name] for name in expected["unknown"])]:
        assert line + "\n" in after
    for name in set(unknown) - set(expected["unknown"]):
        assert entries[name] + "\n" not in after
    data = yamlsafe.parse(after, "profile")
    assert {k: v for k, v in data.items() if k not in profiledoc.OWNED} == others
    skills = data.get("skills") or {}
    assert {k: v for k, v in skills.items() if k.startswith("zz-")} == expected["unknown"]
    assert {k: v for k, v in skills.items() if not k.startswith("zz-")} == expected["skills"]
    if expected["region"] is not None:
        assert data["region"] == expected["region"]
    if expected["targets"] is not None:
        assert (data.get("targets") or []) == expected["targets"]


def _apply(p: profile.Profile, op: tuple[Any, ...], expected: dict[str, Any]) -> None:
    kind = op[0]
    if kind == "add":
        p.skills[op[1]] = expected["skills"][op[1]] = op[2]
    elif kind == "remove":
        p.skills.pop(op[1], None)
        expected["skills"].pop(op[1], None)
    elif kind == "forget" and expected["unknown"]:
        name = list(expected["unknown"])[op[1] % len(expected["unknown"])]
        p.unknown_skills = [n for n in p.unknown_skills if n != name]
        del expected["unknown"][name]
    elif kind == "forget":
        pass  # no entry the catalogue does not know is left to remove
    elif kind == "clear":
        p.skills.clear()
        p.unknown_skills.clear()
        expected["skills"], expected["unknown"] = {}, {}
    elif kind == "region":
        p.region = expected["region"] = op[1]
    elif kind == "targets":
        p.targets = list(op[1])
        expected["targets"] = list(op[1])
    else:
        p.skills = dict(op[1])
        expected["skills"] = dict(op[1])


# --------------------------------------------------------------------------- values


@given(value=st.text(max_size=30))
def test_every_string_written_reads_back_unchanged(value: str) -> None:
    for written in (profiledoc.quoted(value), profiledoc.scalar(value)):
        document = f"region: {written}\nskills:\n  {profiledoc.scalar(value)}: 3\n"
        document += f"targets: [{profiledoc.scalar(value)}]\n"
        data = yamlsafe.parse(document, "profile")
        assert data == {"region": value, "skills": {value: 3}, "targets": [value]}


HARD_REGIONS = "NO no on Y ~ null 1:30 010 a:b [x] *x @x %x \\e 'q' \" #c é".split()


@pytest.mark.parametrize("region", [*HARD_REGIONS, "a: b", "a\nb", " sp "])
def test_hard_region_values_are_refused_and_leave_the_file_alone(
    run: Run, isolated_home: Path, region: str
) -> None:
    """--region is checked against the catalogue's regions (issue 12): what YAML would
    misread is refused as a usage error before anything is written."""
    assert run("profile", "add", "python").exit_code == 0
    before = _text(isolated_home)
    result = run("profile", "set", "--region", region)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert _text(isolated_home) == before


@pytest.mark.parametrize(
    ("region", "code"),
    [
        ("FR", "FR"),
        ("fr", "FR"),
        ("France", "FR"),
        ("Royaume-Uni", "GB"),
        ("UK", "GB"),
        ("Allemagne", "DE"),
        (" united states ", "US"),
        ("Pays-Bas", "NL"),
    ],
)
def test_region_values_round_trip_through_the_cli(
    run: Run, isolated_home: Path, region: str, code: str
) -> None:
    assert run("profile", "add", "python").exit_code == 0
    result = run("profile", "set", "--region", region)
    assert result.exit_code == 0, result.output
    raw = yamlsafe.parse(_text(isolated_home), "profile")["region"]
    assert raw == code
    assert f'region: "{code}"' in _text(isolated_home)  # always written quoted
    shown = run("profile", "show", "--format", "json")
    assert shown.exit_code == 0, shown.output
    assert json.loads(shown.stdout)["region"] == code


def test_import_of_a_quoted_no_region(run: Run, isolated_home: Path, tmp_path: Path) -> None:
    source = tmp_path / "mine.yaml"
    source.write_text('skills:\n  python: 3\nregion: "NO"\n', encoding="utf-8")
    for args in (["profile", "import", str(source)], ["profile", "import", str(source), "--merge"]):
        assert run(*args).exit_code == 0
        assert json.loads(run("profile", "show", "--format", "json").stdout)["region"] == "NO"
    exported = tmp_path / "out.yaml"
    assert run("profile", "export", str(exported)).exit_code == 0
    assert yamlsafe.parse(exported.read_text(encoding="utf-8"), "x")["region"] == "NO"


# --------------------------------------------------------------------------- files


def test_a_symlinked_profile_stays_a_symlink(run: Run, isolated_home: Path, tmp_path: Path) -> None:
    dotfiles = tmp_path / "dotfiles"
    dotfiles.mkdir()
    real = dotfiles / "careers.yaml"
    real.write_text("skills:\n  python: 2\n", encoding="utf-8")
    link = isolated_home / "profile.yaml"
    link.symlink_to(real)
    assert run("profile", "add", "sql:4").exit_code == 0
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert yaml.safe_load(real.read_text(encoding="utf-8"))["skills"] == {"python": 2, "sql": 4}
    assert not list(dotfiles.glob(".*.tmp")) and not list(isolated_home.glob(".*.tmp"))


def test_a_link_to_a_non_regular_file_is_never_replaced(tmp_path: Path) -> None:
    """Following a link must not rename a file over a FIFO or a device (as root, a link
    to /dev/zero would otherwise replace /dev/zero itself)."""
    from careers_cli.errors import OutputError
    from careers_cli.files import atomic_write

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    link = tmp_path / "profile.yaml"
    link.symlink_to(fifo)
    with pytest.raises(OutputError, match="not a regular file"):
        atomic_write(link, "skills: {}\n", what="profile")
    assert stat.S_ISFIFO(os.stat(fifo).st_mode) and link.is_symlink()
    atomic_write(link, "x\n", what="cache", follow_links=False)  # the link itself replaced
    assert link.is_file() and not link.is_symlink() and stat.S_ISFIFO(os.stat(fifo).st_mode)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_an_existing_files_mode_is_kept(run: Run, isolated_home: Path, tmp_path: Path) -> None:
    saved = isolated_home / "profile.yaml"
    saved.write_text("skills:\n  python: 2\n", encoding="utf-8")
    saved.chmod(0o600)
    assert run("profile", "add", "sql").exit_code == 0
    assert _mode(saved) == 0o600
    exported = tmp_path / "mine.yaml"
    exported.write_text("old", encoding="utf-8")
    exported.chmod(0o640)
    assert run("profile", "export", str(exported)).exit_code == 0
    assert _mode(exported) == 0o640 and "python" in exported.read_text(encoding="utf-8")
    table = tmp_path / "role.md"
    table.write_text("old", encoding="utf-8")
    table.chmod(0o600)
    assert run("show", "data-scientist", "--export", str(table)).exit_code == 0
    assert _mode(table) == 0o600


@pytest.mark.parametrize("mask", [0o077, 0o022, 0o002])
def test_new_files_honour_the_umask(
    run: Run, isolated_home: Path, tmp_path: Path, mask: int
) -> None:
    old = os.umask(mask)
    try:
        assert run("profile", "add", "sql").exit_code == 0
        assert run("show", "data-scientist", "--export", str(tmp_path / "role.md")).exit_code == 0
    finally:
        os.umask(old)
    assert _mode(isolated_home / "profile.yaml") == 0o666 & ~mask
    assert _mode(tmp_path / "role.md") == 0o666 & ~mask


def test_the_error_log_is_never_written_through_a_symlink(
    run: Run, isolated_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from careers_cli import explore

    def broken(*args: object, **kwargs: object) -> Any:
        raise ZeroDivisionError("simulated bug")

    victim = tmp_path / "precious.txt"
    victim.write_text("mine", encoding="utf-8")
    log = isolated_home / "last-error.log"
    log.symlink_to(victim)
    monkeypatch.setattr(explore, "select_roles", broken)
    assert run("list").exit_code == 70
    assert victim.read_text(encoding="utf-8") == "mine"
    assert not log.is_symlink() and "ZeroDivisionError" in log.read_text(encoding="utf-8")


# --------------------------------------------------------------------------- lock


def _hold_lock(home: Path) -> int:
    fd = os.open(home / profile.LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
    fcntl.flock(fd, fcntl.LOCK_EX)
    return fd


@pytest.mark.parametrize(
    ("lang", "waiting"),
    [("en_US.UTF-8", "waiting for another careers process"), ("fr_FR.UTF-8", "attente d'un autre")],
)
def test_a_held_lock_is_waited_for_then_an_error(
    run: Run, isolated_home: Path, monkeypatch: pytest.MonkeyPatch, lang: str, waiting: str
) -> None:
    monkeypatch.setattr(profile, "LOCK_WAIT_SECONDS", 0.3)
    fd = _hold_lock(isolated_home)
    try:
        started = time.monotonic()
        result = run("profile", "add", "sql", env={"LANG": lang})
        took = time.monotonic() - started
    finally:
        os.close(fd)
    assert result.exit_code == 1, result.output
    assert waiting in result.stderr and "Traceback" not in result.stderr
    assert result.stderr.count("\n") <= 3
    assert 0.3 <= took < 5
    assert not (isolated_home / "profile.yaml").exists()


def test_a_lock_released_in_time_lets_the_write_through(
    run: Run, isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(profile, "LOCK_WAIT_SECONDS", 5.0)
    holder = [_hold_lock(isolated_home)]
    real_flock = fcntl.flock

    def flock(fd: int, operation: int) -> None:
        try:
            real_flock(fd, operation)
        except BlockingIOError:  # the other process finishes just after careers tried
            if holder:
                os.close(holder.pop())
            raise

    monkeypatch.setattr(fcntl, "flock", flock)
    result = run("profile", "add", "sql")
    assert result.exit_code == 0, result.output
    assert "waiting for another careers process" in result.stderr
    assert yaml.safe_load(_text(isolated_home))["skills"] == {"sql": 3}


def test_a_killed_writers_temporary_files_are_removed_by_the_next_write(
    run: Run, isolated_home: Path, tmp_path: Path
) -> None:
    """A write killed between creating its temporary file and renaming it leaves
    ``.profile.yaml.XXXX.tmp``: the next write of the profile (or of an export) removes
    those a minute old or more, and nothing else."""
    assert run("profile", "add", "python").exit_code == 0
    old = time.time() - 3600
    left = [isolated_home / ".profile.yaml.abc123.tmp", tmp_path / ".out.yaml.x1.tmp"]
    fresh = isolated_home / ".profile.yaml.new1.tmp"  # a writer at work right now
    others = [isolated_home / ".other.yaml.abc.tmp", tmp_path / "keep.tmp"]
    for path in [*left, fresh, *others]:
        path.write_text("half", encoding="utf-8")
        if path != fresh:
            os.utime(path, (old, old))
    assert run("profile", "add", "sql").exit_code == 0
    assert run("profile", "export", str(tmp_path / "out.yaml")).exit_code == 0
    assert not any(path.exists() for path in left)
    assert fresh.exists() and all(path.exists() for path in others)


def test_a_merge_that_replaces_the_region_says_so(
    run: Run, isolated_home: Path, tmp_path: Path
) -> None:
    """`import --merge` takes the file's region: when it replaces another, stderr says
    which (it changed silently); the same region, or none in the file, says nothing."""
    (isolated_home / "profile.yaml").write_text('skills:\n  python: 3\nregion: "DE"\n', "utf-8")
    source = tmp_path / "mine.yaml"
    source.write_text("skills:\n  sql: 3\nregion: FR\n", encoding="utf-8")
    merged = run("profile", "import", str(source), "--merge")
    assert merged.exit_code == 0
    assert "the region DE of your profile is replaced by the file's, FR" in merged.stderr
    assert 'region: "FR"' in _text(isolated_home)
    again = run("profile", "import", str(source), "--merge")
    assert "region" not in again.stderr
    (isolated_home / "profile.yaml").write_text('skills:\n  python: 3\nregion: "DE"\n', "utf-8")
    french = run("--lang", "fr", "profile", "import", str(source), "--merge")
    assert "la région DE de votre profil est remplacée par celle du fichier, FR" in french.stderr


# ------------------------------------------ the user's layout: flow mappings, lists, a skill twice


@pytest.mark.parametrize(
    ("seed", "args", "left"),
    [
        (
            "skills: {python: 4, docker: 2}\n",
            ["add", "sql"],
            "skills: {python: 4, docker: 2, sql: 3}\n",
        ),
        (
            "skills: {python: 4, docker: 2}  # mine\n",
            ["add", "python:5"],
            "skills: {python: 5, docker: 2}  # mine\n",
        ),
        (
            "skills: {python: 4, docker: 2, zz: 1}\n",
            ["remove", "python", "zz"],
            "skills: {docker: 2}\n",
        ),
        (
            "skills: {python: 4, docker: 2, zz: 1}\n",
            ["remove", "docker", "zz"],
            "skills: {python: 4}\n",
        ),
        ("skills: {python: 4, docker: 2}\n", ["set", "git:2"], "skills: {git: 2}\n"),
        ('skills: {}\nregion: "FR"\n', ["add", "sql"], 'skills: {sql: 3}\nregion: "FR"\n'),
        (
            "skills: {\n  python: 4,\n  docker: 2\n}\n",
            ["add", "sql"],
            "skills: {\n  python: 4,\n  docker: 2,\n  sql: 3\n}\n",
        ),
    ],
)
def test_a_flow_mapping_of_skills_stays_one(
    run: Run, isolated_home: Path, seed: str, args: list[str], left: str
) -> None:
    (isolated_home / "profile.yaml").write_text(seed, encoding="utf-8")
    result = run("profile", *args)
    assert result.exit_code == 0, result.output
    assert _text(isolated_home) == left


@pytest.mark.parametrize(
    ("seed", "left"),
    [
        ("skills:\n  - python\n", "skills:\n  python: 3\n  sql: 3\n"),
        ('skills:\n- python\nregion: "FR"\n', 'skills:\n  python: 3\n  sql: 3\nregion: "FR"\n'),
        ("skills: [python]\n", "skills:\n  python: 3\n  sql: 3\n"),
        ("skills:\nnotes: x\n", "skills:\n  sql: 3\nnotes: x\n"),
    ],
)
def test_a_list_of_skills_becomes_lines_without_trailing_spaces(
    run: Run, isolated_home: Path, seed: str, left: str
) -> None:
    """Levels need a mapping, so a list becomes one; no space is left where it was."""
    (isolated_home / "profile.yaml").write_text(seed, encoding="utf-8")
    result = run("profile", "add", "sql")
    assert result.exit_code == 0, result.output
    assert _text(isolated_home) == left
    cleared = run("profile", "clear", "--yes")
    assert cleared.exit_code == 0, cleared.output
    assert not [line for line in _text(isolated_home).splitlines() if line != line.rstrip()]


TWICE = "skills:\n  Python: 3   # from my CV\n  python: 4\n  sql: 2\n"


@pytest.mark.parametrize(
    ("args", "left"),
    [
        (["add", "git"], TWICE + "  git: 3\n"),  # the two lines stay as written
        (["add", "python:5"], TWICE.replace("python: 4", "python: 5")),  # the line read
        (["add", "python:2"], "skills:\n  Python: 2   # from my CV\n  python: 2\n  sql: 2\n"),
        (["remove", "python"], "skills:\n  sql: 2\n"),  # the skill goes: all its lines
        (
            ["set", "python:4", "git"],
            "skills:\n  Python: 3   # from my CV\n  python: 4\n  git: 3\n",
        ),
    ],
)
def test_a_skill_written_twice_is_read_at_its_higher_level_and_edited(
    run: Run, isolated_home: Path, args: list[str], left: str
) -> None:
    (isolated_home / "profile.yaml").write_text(TWICE, encoding="utf-8")
    result = run("profile", *args)
    assert result.exit_code == 0, result.output
    assert _text(isolated_home) == left


def test_a_skill_written_twice_is_a_warning_naming_both_entries(
    run: Run, isolated_home: Path
) -> None:
    (isolated_home / "profile.yaml").write_text(TWICE, encoding="utf-8")
    shown = run("profile", "show", "--format", "json")
    assert shown.exit_code == 0, shown.output
    assert json.loads(shown.stdout)["skills"]["python"] == 4
    assert (
        "profile.yaml: the same skill under several names ('Python: 3', 'python: 4'): "
        "python is read at the higher level, 4" in shown.stderr
    )
    matched = run("--lang", "fr", "match", "--top", "1", "--strict")  # a warning, even so
    assert matched.exit_code == 0, matched.output
    assert "(« Python: 3 », « python: 4 ») : python est lue au niveau le plus haut, 4" in (
        matched.stderr
    )
    other = run("match", "--skills", "python", "--top", "1")  # the profile's skills unread
    assert other.exit_code == 0 and "several names" not in other.stderr, other.output
