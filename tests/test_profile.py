"""The saved profile: commands, atomic writes under kills, concurrent writers, bad files."""

from __future__ import annotations

import json
import os
import random
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from careers_cli import catalogue

from .conftest import Run


def saved(home: Path) -> dict[str, object]:
    data = yaml.safe_load((home / "profile.yaml").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_profile_commands_round_trip(run: Run, isolated_home: Path, tmp_path: Path) -> None:
    assert "No skills yet" in run("profile", "show").stdout
    added = run("profile", "add", "python:4", "apprentissage automatique:2", "sql", "pyton")
    assert added.exit_code == 0, added.output
    assert "not a known skill: 'pyton'" in added.stderr
    assert saved(isolated_home)["skills"] == {"python": 4, "machine-learning": 2, "sql": 3}
    assert run("profile", "set", "--region", "fr", "--target", "data-sci").exit_code == 0
    shown = json.loads(run("profile", "show", "--format", "json").stdout)
    assert shown["region"] == "FR" and shown["targets"] == ["data-scientist"]
    assert run("profile", "remove", "sql").exit_code == 0
    assert saved(isolated_home)["skills"] == {"python": 4, "machine-learning": 2}
    exported = tmp_path / "mine.yaml"
    assert run("profile", "export", str(exported)).exit_code == 0
    assert run("profile", "set", "docker:2").exit_code == 0
    assert saved(isolated_home)["skills"] == {"docker": 2}
    assert run("profile", "import", str(exported), "--merge").exit_code == 0
    assert saved(isolated_home)["skills"] == {"docker": 2, "python": 4, "machine-learning": 2}
    assert run("profile", "import", str(exported)).exit_code == 0
    assert saved(isolated_home)["skills"] == {"python": 4, "machine-learning": 2}
    refused = run("profile", "clear", input="n\n")
    assert refused.exit_code == 1 and saved(isolated_home)["skills"]
    assert run("profile", "clear", "--yes").exit_code == 0
    assert saved(isolated_home)["skills"] == {}


def test_add_says_what_it_changed(run: Run, isolated_home: Path) -> None:
    """A skill already held is not counted as added; a new level is said as a change."""
    assert "added 2 (2 skills" in run("profile", "add", "python:4", "sql").stderr
    again = run("profile", "add", "python:4").stderr
    assert "added" not in again and "1 unchanged (2 skills" in again
    mixed = run("profile", "add", "python:2", "sql:3", "docker", "--lang", "fr").stderr
    assert "1 ajoutée, niveau changé pour 1, 1 inchangée (3 compétences" in mixed
    assert saved(isolated_home)["skills"] == {"python": 2, "sql": 3, "docker": 3}
    # from-text keeps the higher level: Python found at 3 raises the 2, SQL stays at 3
    kept = run("profile", "from-text", "-", "--yes", input="Python, SQL, Kubernetes").stderr
    assert "added 1, level changed for 1, 1 unchanged (4 skills" in kept
    assert saved(isolated_home)["skills"] == {"python": 3, "sql": 3, "docker": 3, "kubernetes": 3}


def test_inline_skills_keep_the_profiles_region_and_targets(run: Run) -> None:
    """--skills and --from-text replace the profile's skills, not its region or targets."""
    assert (
        run("profile", "set", "sql:2", "--region", "FR", "--target", "data-scientist").exit_code
        == 0
    )
    matched = json.loads(run("match", "--skills", "python", "--format", "json").stdout)
    assert matched["region"] == "FR"
    gap = run("gap", "--skills", "python", "--format", "json")
    assert gap.exit_code == 0, gap.output
    assert json.loads(gap.stdout)["reports"][0]["id"] == "data-scientist"
    from_text = json.loads(
        run("match", "--from-text", "-", "--format", "json", input="Python").stdout
    )
    assert from_text["region"] == "FR"
    assert (
        json.loads(run("match", "--skills", "python", "--region", "US", "-f", "json").stdout)[
            "region"
        ]
        == "US"
    )


def test_match_uses_the_saved_profile(run: Run) -> None:
    run("profile", "add", "python:5", "machine-learning:4", "deep-learning:4")
    from_profile = json.loads(run("match", "--format", "json").stdout)
    inline = json.loads(
        run(
            "match", "--skills", "python:5, machine-learning:4, deep-learning:4", "--format", "json"
        ).stdout
    )
    assert from_profile["roles"] == inline["roles"]
    assert from_profile["roles"][0]["score"] > 0


def test_from_text_asks_then_adds(run: Run, isolated_home: Path) -> None:
    cv = Path(__file__).parent / "fixtures" / "cv-en.md"
    declined = run("profile", "from-text", str(cv), input="n\n")
    assert declined.exit_code == 1  # declined: nothing done, as `profile clear`
    assert "Python" in declined.stdout and "not saved" in declined.stderr
    assert not (isolated_home / "profile.yaml").exists()
    accepted = run("profile", "from-text", str(cv), input="y\n")
    assert accepted.exit_code == 0
    assert "python" in saved(isolated_home)["skills"]  # type: ignore[operator]
    piped = run("profile", "from-text", "-", input="Python, Docker")
    assert "add --yes" in piped.stderr
    run("profile", "add", "python:5")
    run("profile", "from-text", "-", "--yes", input="Python and Docker")
    assert saved(isolated_home)["skills"]["python"] == 5  # type: ignore[index]  # the higher level stays


def test_corrupt_profile_is_reported_not_overwritten(run: Run, isolated_home: Path) -> None:
    path = isolated_home / "profile.yaml"
    path.write_text("skills: [unclosed\n", encoding="utf-8")
    before = path.read_bytes()
    for args in (["profile", "add", "python"], ["profile", "show"], ["match"]):
        result = run(*args)
        assert result.exit_code == 1, (args, result.output)
        assert "profile.yaml" in result.stderr and "Traceback" not in result.stderr
    assert path.read_bytes() == before
    path.write_text("skills:\n  python: 9\n", encoding="utf-8")
    bad_level = run("profile", "add", "sql")
    assert bad_level.exit_code == 1 and "must be 1-5" in bad_level.stderr


def test_unwritable_profile_directory(run: Run, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    env = {"CAREERS_HOME": str(blocker / "careers")}
    failed = run("profile", "add", "python", env=env)
    assert failed.exit_code == 1
    assert "cannot write the profile" in failed.stderr and "Traceback" not in failed.stderr
    works = run("match", "--skills", "python", "--top", "1", env=env)  # reading still works
    assert works.exit_code == 0, works.output


WRITER = """
import sys
from careers_cli import catalogue, profile
index = catalogue.load(None)
skill, rounds = sys.argv[1], int(sys.argv[2])
for i in range(rounds):
    profile.update(index, lambda p: p.skills.__setitem__(skill, 1 + i % 5))
"""


def _env(home: Path) -> dict[str, str]:
    return {
        **os.environ,
        "CAREERS_HOME": str(home),
        "PYTHONPATH": str(Path(__file__).parent.parent),
    }


# Ten writers that start together: each loads the catalogue, says so on stdout, waits
# for one line on stdin, then adds its 20 skills to the profile, one update each (200
# skills in all, each written once: an update lost is a skill missing at the end). The
# lock's wait is made long: on a busy machine ten writers may queue for more than the 5 s
# a command waits (that limit has its own test); what this test proves is that no update
# is lost.
TOGETHER = """
import sys
from careers_cli import catalogue, profile
profile.LOCK_WAIT_SECONDS = 600.0
index = catalogue.load(None)
mine = sys.argv[1].split(",")
print("ready", flush=True)
sys.stdin.readline()
for skill in mine:
    profile.update(index, lambda p: p.skills.__setitem__(skill, 3))
"""


@pytest.mark.slow
def test_ten_writers_at_once_lose_nothing(tmp_path: Path) -> None:
    skills = sorted(catalogue.load(None).skills.items)[:200]  # (the index compiled once)
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", TOGETHER, ",".join(skills[k::10])],
            env=_env(tmp_path),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for k in range(10)
    ]
    try:
        for p in procs:  # every writer loaded, none has written yet
            assert p.stdout is not None
            assert select.select([p.stdout], [], [], 600)[0], "a writer never got ready"
            assert p.stdout.readline() == "ready\n", p.communicate()
        for p in procs:
            assert p.stdin is not None
            p.stdin.write("go\n")
            p.stdin.flush()
        ends = [p.communicate(timeout=600) for p in procs]
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
                p.wait()
    assert [p.returncode for p in procs] == [0] * len(procs), [err for _, err in ends]
    data = saved(tmp_path)
    assert sorted(data["skills"]) == skills  # type: ignore[call-overload]
    assert not list(tmp_path.glob(".*.tmp"))


@pytest.mark.slow
def test_writer_killed_at_random_moments_leaves_a_whole_file(tmp_path: Path) -> None:
    rng = random.Random(20261124)
    seed = tmp_path / "profile.yaml"
    seed.write_text("skills:\n  python: 3\n", encoding="utf-8")
    for _ in range(15):  # test_faults kills 250 forked writers; these are real processes
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, "sql", "400"],
            env=_env(tmp_path),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.15, 0.6))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        data = saved(tmp_path)  # never truncated, never empty
        assert data["skills"]["python"] == 3  # type: ignore[index]
        assert set(data["skills"]) <= {"python", "sql"}  # type: ignore[arg-type]
    for leftover in tmp_path.glob(".profile.yaml.*.tmp"):  # a killed writer may leave its temp
        leftover.unlink()


def test_skills_given_do_not_look_for_the_saved_profiles_unknown_names(
    run: Run, isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With --skills, only the saved profile's region is used: its names that are no
    skill are not matched against every skill name for suggestions (on ESCO's 13,896
    skills that took 3 s on every command); `profile show` still suggests them."""
    from careers_cli import matching

    (isolated_home / "profile.yaml").write_text(
        "skills:\n  pyton: 4\nregion: FR\n", encoding="utf-8"
    )
    asked: list[str] = []
    real = matching.suggest
    monkeypatch.setattr(
        matching, "suggest", lambda index, text: asked.append(text) or real(index, text)
    )
    shown = json.loads(run("match", "--skills", "python:4", "--format", "json").stdout)
    assert shown["roles"] and asked == []
    assert "pyton" in run("profile", "show").stderr + run("profile", "show").stdout
    assert asked == ["pyton", "pyton"]


def test_a_saved_profile_of_misspelt_names_says_so(run: Run, isolated_home: Path) -> None:
    """Not "your saved profile has no skills yet": it has names, none a skill; each is
    named with what it may be."""
    (isolated_home / "profile.yaml").write_text("skills:\n  pyhton: 4\n", encoding="utf-8")
    result = run("match")
    assert result.exit_code == 1
    assert "none of the skills in your saved profile is in the catalogue" in result.stderr
    assert "'pyhton' (did you mean 'Python'?)" in result.stderr
    assert "no skills yet" not in result.stderr
    french = run("--lang", "fr", "match")
    assert "aucune des compétences de votre profil enregistré" in french.stderr
    (isolated_home / "profile.yaml").write_text("skills: {}\n", encoding="utf-8")
    assert "your saved profile has no skills yet" in run("match").stderr


def test_a_profile_files_region_is_a_country_or_refused(run: Run, tmp_path: Path) -> None:
    """Read as `profile import` reads it: a code or a country's name ("Allemagne" is DE);
    anything else names the file (a region "Mars" gave a table of "no data", exit 0)."""
    path = tmp_path / "p.yaml"
    path.write_text("skills:\n  python: 4\nregion: Mars\n", encoding="utf-8")
    refused = run("match", "--profile", str(path))
    assert refused.exit_code == 1 and refused.stdout == ""
    assert f"{path}: 'region' must be a country code" in refused.stderr
    path.write_text("skills:\n  python: 4\nregion: Allemagne\n", encoding="utf-8")
    shown = json.loads(run("match", "--profile", str(path), "--format", "json").stdout)
    assert shown["region"] == "DE"


def test_skills_that_name_nothing_say_so(run: Run, tmp_path: Path) -> None:
    """`--skills ""` and an empty profile file name no skill: not "none of the skills
    given is in the catalogue", which sends the user looking for a misspelt name."""
    empty = tmp_path / "empty.yaml"
    empty.write_text("", encoding="utf-8")
    for args in (["--skills", ""], ["--skills", " , "], ["--profile", str(empty)]):
        result = run("match", *args)
        assert result.exit_code == 1
        assert "the skills given name no skill (empty)" in result.stderr
        assert 'use --skills "python, sql:2"' in result.stderr
        assert "is in the catalogue" not in result.stderr
    assert "none of the skills given is in the catalogue" in run("match", "--skills", "x").stderr
