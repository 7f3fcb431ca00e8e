"""Scores, gaps, plans and next steps: properties, worked examples and the CLI."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from careers_cli import catalogue, matching
from careers_cli.board import LinkBoard
from careers_cli.errors import CareersError

from .conftest import Run

BUNDLED = catalogue.load(None)
SKILL_IDS = sorted(BUNDLED.skills.items)
levels_strategy = st.dictionaries(st.sampled_from(SKILL_IDS), st.integers(1, 5), max_size=25)
quick = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@quick
@given(levels_strategy)
def test_scores_stay_between_0_and_100(levels: dict[str, int]) -> None:
    for role in BUNDLED.catalogue.roles:
        score = matching.score_role(BUNDLED, role, levels).score
        assert 0.0 <= score <= 100.0
        assert score == pytest.approx(matching.quick_score(BUNDLED, role, levels))


@quick
@given(levels_strategy, st.sampled_from(SKILL_IDS), st.integers(1, 5))
def test_adding_or_raising_a_skill_never_lowers_a_score(
    levels: dict[str, int], skill: str, level: int
) -> None:
    more = {**levels, skill: max(level, levels.get(skill, 0))}
    for role in BUNDLED.catalogue.roles:
        assert (
            matching.quick_score(BUNDLED, role, more)
            >= matching.quick_score(BUNDLED, role, levels) - 1e-9
        )


def test_holding_every_skill_of_a_role_at_its_level_scores_100() -> None:
    for role in BUNDLED.catalogue.roles:
        levels = {s.skill: s.level for s in role.skills}
        assert matching.score_role(BUNDLED, role, levels).score == pytest.approx(100.0)


@quick
@given(levels_strategy)
def test_ranking_is_deterministic(levels: dict[str, int]) -> None:
    first = [(m.role.id, m.score) for m in matching.match(BUNDLED, levels)]
    again = [
        (m.role.id, m.score) for m in matching.match(BUNDLED, dict(reversed(list(levels.items()))))
    ]
    assert first == again
    scores = [s for _, s in first]
    assert scores == sorted(scores, reverse=True)


@quick
@given(levels_strategy, st.sampled_from(sorted(BUNDLED.roles.items)))
def test_learning_plan_respects_prerequisites(levels: dict[str, int], role_id: str) -> None:
    role = BUNDLED.roles.items[role_id]
    plan = matching.learning_plan(BUNDLED, role, levels)
    learnt = {skill for skill, level in levels.items() if level}
    for step in plan:
        for pre in step.skill.prerequisites:
            assert pre in learnt, f"{step.skill.id} before its prerequisite {pre}"
        learnt.add(step.skill.id)
    scores = [step.score_after for step in plan]
    assert scores == sorted(scores)  # every step keeps or raises the score
    if plan:
        assert plan[-1].score_after == pytest.approx(100.0)
    for need in role.skills:  # everything short of its level is in the plan
        if levels.get(need.skill, 0) < need.level:
            assert need.skill in {s.skill.id for s in plan}


# --------------------------------------------------------------------------- worked examples


@pytest.fixture
def mini_index(mini: dict[str, Any], write_catalogue: Callable[..., Path]) -> catalogue.Index:
    return catalogue.load(str(write_catalogue(mini)))


def test_worked_example_by_hand(mini_index: catalogue.Index) -> None:
    # data-scientist: python E4, statistics E4, machine-learning O3 (machine-learning
    # gets 0.3 credit from statistics). You: python 4, statistics 2.
    # python 2 x 1 = 2; statistics 2 x 2/4 = 1; machine-learning 1 x 0.3 x min(1, 2/3) = 0.2
    # score = 100 x (2 + 1 + 0.2) / (2 + 2 + 1) = 64
    ds = mini_index.roles.items["data-scientist"]
    result = matching.score_role(mini_index, ds, {"python": 4, "statistics": 2})
    assert result.score == pytest.approx(64.0)
    ml = next(c for c in result.contributions if c.skill.id == "machine-learning")
    assert ml.via is not None and ml.via.id == "statistics" and ml.credit == pytest.approx(0.2)
    assert result.essential_covered == 1 and result.essential_total == 2
    # ml-engineer: python E5 -> 2 x 4/5 = 1.6; machine-learning E4 through statistics
    # 2 x 0.3 x min(1, 2/4) = 0.3; pytorch O3 -> 0. score = 100 x 1.9 / 5 = 38
    mle = mini_index.roles.items["ml-engineer"]
    assert matching.score_role(
        mini_index, mle, {"python": 4, "statistics": 2}
    ).score == pytest.approx(38.0)


def test_parse_skills(mini_index: catalogue.Index) -> None:
    parsed = matching.parse_skills(
        mini_index, "py:4, Statistiques; apprentissage automatique:2, pyton"
    )
    assert parsed.levels == {"python": 4, "statistics": 3, "machine-learning": 2}
    assert [u.text for u in parsed.unknown] == ["pyton"]
    assert parsed.unknown[0].suggestions[0] == "python"
    with pytest.raises(CareersError, match="must be 1-5"):
        matching.parse_skills(mini_index, "python:7")
    with pytest.raises(CareersError, match="whole number"):
        matching.parse_skills(mini_index, "python:high")


def test_gap_groups(mini_index: catalogue.Index) -> None:
    ds = mini_index.roles.items["data-scientist"]
    result = matching.gap(mini_index, ds, {"python": 4, "statistics": 2})
    assert [c.skill.id for c in result.groups[matching.GapKind.HAVE]] == ["python"]
    assert [c.skill.id for c in result.groups[matching.GapKind.BELOW]] == ["statistics"]
    assert [c.skill.id for c in result.groups[matching.GapKind.RELATED]] == ["machine-learning"]
    assert result.groups[matching.GapKind.MISSING] == []
    plan = [(s.skill.id, s.level, round(s.score_after, 2)) for s in result.plan]
    # statistics to 4 first: 2 + 2 + 1 x 0.3 = 4.3 of 5 (86), then ML to 3: 100
    assert plan == [("statistics", 4, 86.0), ("machine-learning", 3, 100.0)]


def test_next_similar_path(mini_index: catalogue.Index) -> None:
    # You: python 4. Scores: data-scientist 40, ml-engineer 32; goal score = their mean, 36.
    # Each candidate goes to the next level a role needs. statistics -> 4: ds 2 + 2 + 0.3
    # (machine learning through statistics) = 4.3 / 5 = 86; mle 1.6 + 2 x 0.3 = 2.2 / 5 = 44;
    # mean 65. machine-learning -> 3 (not 4): ds 3 / 5 = 60, mle 1.6 + 2 x 3/4 = 3.1 / 5 = 62;
    # mean 61. pytorch -> 3: mle 2.6 / 5 = 52, mean 46. So statistics to 4 first.
    nxt = matching.next_skills(mini_index, {"python": 4}, count=2)
    first = nxt.suggestions[0]
    assert (first.skill.id, first.level, first.from_level) == ("statistics", 4, 0)
    assert (first.before, first.after) == (pytest.approx(36.0), pytest.approx(65.0))
    assert all(s.after > s.before for s in nxt.suggestions)
    # Someone at level 2 in machine learning is offered level 3 (the next level a role
    # needs: data scientist 3, ML engineer 4), not the top level.
    step = matching.next_skills(
        mini_index, {"python": 5, "statistics": 4, "pytorch": 3, "machine-learning": 2}, count=1
    ).suggestions[0]
    assert (step.skill.id, step.from_level, step.level) == ("machine-learning", 2, 3)
    # A target role weighs twice beside the best scores: with ml-engineer as target,
    # machine-learning's gains on it count more than statistics' on data-scientist.
    targeted = matching.next_skills(mini_index, {"python": 4}, count=1, targets=["ml-engineer"])
    assert targeted.suggestions[0].skill.id == "machine-learning"
    base, near = matching.similar(mini_index, "data-scientist")
    assert base.id == "data-scientist" and near[0].role.id == "ml-engineer"
    steps = matching.path(mini_index, "data-scientist", "mle")
    assert [s.role.id for s in steps] == ["data-scientist", "ml-engineer"]
    with pytest.raises(CareersError, match="the same"):
        matching.path(mini_index, "data-scientist", "data-scientist")


FAR = ("autonomous-vehicle-perception-engineer", "business-intelligence-engineer")


def test_path_looks_no_further_than_max_moves() -> None:
    """The bundled chain between these two roles takes 5 moves: found with a bound of 5
    (and by default, 8), refused with a bound of 4, whose message names the bound."""
    index = catalogue.load(None)
    assert len(matching.path(index, *FAR)) - 1 == 5
    assert len(matching.path(index, *FAR, max_moves=5)) - 1 == 5
    with pytest.raises(CareersError, match="at most 4 moves"):
        matching.path(index, *FAR, max_moves=4)


def test_path_max_moves_on_the_command_line(run: Run) -> None:
    short = run("path", *FAR, "--max-moves", "4")
    assert short.exit_code == 1 and short.stdout == ""
    assert "at most 4 moves" in short.stderr and "--max-moves 8" in short.stderr
    french = run("--lang", "fr", "path", *FAR, "--max-moves", "4")
    assert french.exit_code == 1 and "au plus 4 étapes" in french.stderr
    one = run("--lang", "fr", "path", *FAR, "--max-moves", "1")
    assert "au plus 1 étape entre" in one.stderr  # the singular for one
    assert "at most 1 move between" in run("path", *FAR, "--max-moves", "1").stderr
    assert run("path", *FAR, "--max-moves", "5").exit_code == 0
    for bad in ("0", "51", "x"):
        refused = run("path", *FAR, "--max-moves", bad)
        assert refused.exit_code == 2 and "Traceback" not in refused.stderr


def test_no_path_hint_offers_a_lower_floor_than_the_one_given(run: Run) -> None:
    """The hint never offers a floor at or above the one that found no chain."""
    default = run("path", *FAR, "--max-moves", "2").stderr
    assert "overlap at least 25%; try --min-overlap 0.15 or --max-moves 4" in default
    lower = run("path", *FAR, "--max-moves", "2", "--min-overlap", "0.1").stderr
    assert "at least 10%; try --min-overlap 0.05 or --max-moves 4" in lower
    low = run("path", *FAR, "--max-moves", "1", "--min-overlap", "0.01").stderr
    assert "at least 1%; try --max-moves 2" in low and "try --min-overlap" not in low
    french = run("--lang", "fr", "path", *FAR, "--max-moves", "2", "--min-overlap", "0.1")
    assert "d'au moins 10\u202f% ; essayez --min-overlap 0.05 ou --max-moves 4" in french.stderr


# --------------------------------------------------------------------------- through the CLI


@pytest.fixture
def mini_path(mini: dict[str, Any], write_catalogue: Callable[..., Path]) -> Path:
    return write_catalogue(mini)


@pytest.mark.parametrize("fmt", ["table", "json", "csv", "markdown"])
def test_match_worked_example_in_every_format(run: Run, mini_path: Path, fmt: str) -> None:
    result = run(
        "match",
        "--catalog",
        str(mini_path),
        "--skills",
        "python:4, statistiques:2",
        "--format",
        fmt,
    )
    assert result.exit_code == 0, result.output
    if fmt == "json":
        roles = {r["id"]: r for r in json.loads(result.stdout)["roles"]}
        assert roles["data-scientist"]["score"] == pytest.approx(64.0)
        assert roles["ml-engineer"]["score"] == pytest.approx(38.0)
        assert roles["data-scientist"]["essential_covered"] == 1
    elif fmt == "csv":
        rows = {r["id"]: r for r in csv.DictReader(io.StringIO(result.stdout))}
        assert float(rows["data-scientist"]["score"]) == pytest.approx(64.0)
    else:
        assert "64" in result.stdout and "38" in result.stdout


def test_match_explain_shows_the_arithmetic(run: Run, mini_path: Path) -> None:
    result = run(
        "match",
        "--catalog",
        str(mini_path),
        "--skills",
        "python:4, statistics:2",
        "--why",
        "data-scientist",
        env={"COLUMNS": "120"},
    )
    assert result.exit_code == 0, result.output
    assert "Score = 100 × 3.20 / 5 = 64" in result.stdout
    data = json.loads(
        run(
            "match",
            "--catalog",
            str(mini_path),
            "--skills",
            "python:4, statistics:2",
            "--explain",
            "data-scientist",
            "--format",
            "json",
        ).stdout
    )
    assert [c["points"] for c in data["contributions"]] == [2.0, 1.0, 0.2]


def test_unknown_skill_warns_or_fails_with_strict(run: Run, mini_path: Path) -> None:
    loose = run("match", "--catalog", str(mini_path), "--skills", "python, sklearnn")
    assert loose.exit_code == 0
    assert "not a known skill: 'sklearnn'" in loose.stderr
    strict = run("match", "--catalog", str(mini_path), "--skills", "python, pyton", "--strict")
    assert strict.exit_code == 1
    assert "(did you mean 'Python'?)" in strict.stderr
    assert "Traceback" not in strict.stderr


def test_match_filters(run: Run) -> None:
    data = json.loads(
        run(
            "match", "--skills", "python:4, machine learning:4", "--top", "2", "--format", "json"
        ).stdout
    )
    assert len(data["roles"]) == 2
    rich = json.loads(
        run("match", "--skills", "python", "--min-salary", "130000", "--format", "json").stdout
    )
    # the role-level median where there is one, else the group figure's (never a group
    # figure before a role one)
    for r in rich["roles"]:
        role_median = r["salary"]["median"] if r["salary"] else None
        median = role_median if role_median is not None else r["salary_group"]["median"]
        assert median >= 130000, r["id"]
    assert rich["roles"]


def test_no_skills_and_no_profile(run: Run) -> None:
    result = run("match")
    assert result.exit_code == 1
    assert "no skills given" in result.stderr


def test_gap_in_every_format_and_export(run: Run, mini_path: Path, tmp_path: Path) -> None:
    for fmt in ("table", "json", "csv", "markdown"):
        result = run(
            "gap",
            "data-scientist",
            "--catalog",
            str(mini_path),
            "--skills",
            "python:4, statistics:2",
            "--format",
            fmt,
        )
        assert result.exit_code == 0, result.output
    data = json.loads(
        run(
            "gap",
            "data-scientist",
            "--catalog",
            str(mini_path),
            "--skills",
            "python:4, statistics:2",
            "--format",
            "json",
        ).stdout
    )
    assert [s["skill"] for s in data["plan"]] == ["statistics", "machine-learning"]
    assert data["plan"][0]["score_before"] == pytest.approx(64.0)
    for suffix in (".md", ".html"):
        target = tmp_path / f"report{suffix}"
        ok = run(
            "gap",
            "data-scientist",
            "--catalog",
            str(mini_path),
            "--skills",
            "python",
            "--export",
            str(target),
        )
        assert ok.exit_code == 0 and "Data scientist" in target.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "args",
    [
        ["next", "--skills", "python"],
        ["next", "--skills", "python", "--goal", "roles", "--threshold", "50"],
        ["next", "--skills", "python", "--goal", "pay"],
        ["similar", "data-scientist"],
        ["path", "data-scientist", "ml-engineer"],
    ],
)
@pytest.mark.parametrize("fmt", ["table", "json", "csv", "markdown"])
def test_beyond_the_peers_in_every_format(
    run: Run, mini_path: Path, args: list[str], fmt: str
) -> None:
    result = run(*args, "--catalog", str(mini_path), "--format", fmt)
    assert result.exit_code == 0, result.output
    if fmt == "json":
        assert json.loads(result.stdout)


def test_next_goal_must_be_known(run: Run) -> None:
    assert run("next", "--skills", "python", "--goal", "fame").exit_code == 2


# --------------------------------------------------------------------------- text


def test_english_cv(run: Run) -> None:
    from careers_cli import cv

    text = (Path(__file__).parent / "fixtures" / "cv-en.md").read_text(encoding="utf-8")
    found = {f.skill_id: f for f in cv.find_skills(BUNDLED, text)}
    for skill in (
        "python",
        "sql",
        "machine-learning",
        "scikit-learn",
        "pytorch",
        "deep-learning",
        "nlp",
        "spark",
        "aws",
        "docker",
        "kubernetes",
        "statistics",
        "data-visualisation",
        "recommender-systems",
    ):
        assert skill in found, skill
    assert found["kubernetes"].words == ("Kubernetes", "k8s")
    assert found["spark"].words == ("Apache Spark",)  # not "the Spark of creativity"
    assert found["r"].words == ("R",)  # the language, not "Jane R. Doe" or "R&D"
    assert found["go"].words == ("Go",)  # "some Go for backend services", not "go hiking"
    assert found["experimental-design"].words == ("A/B testing",)


def test_french_cv() -> None:
    from careers_cli import cv

    text = (Path(__file__).parent / "fixtures" / "cv-fr.md").read_text(encoding="utf-8")
    found = {f.skill_id: f for f in cv.find_skills(BUNDLED, text)}
    for skill in (
        "python",
        "sql",
        "machine-learning",
        "deep-learning",
        "nlp",
        "computer-vision",
        "statistics",
        "tensorflow",
        "spark",
        "hadoop",
        "docker",
        "gcp",
        "data-pipelines",
    ):
        assert skill in found, skill
    assert found["nlp"].words == ("traitement du langage naturel", "TAL")
    assert "r" not in found  # "R. Martin & Cie"
    assert "go" not in found  # "On y va, go !"


def test_from_text_on_match(run: Run, tmp_path: Path) -> None:
    cv = Path(__file__).parent / "fixtures" / "cv-fr.md"
    result = run("match", "--from-text", str(cv), "--top", "3", "--format", "json")
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)["roles"]) == 3
    piped = run(
        "match",
        "--from-text",
        "-",
        "--top",
        "1",
        "--format",
        "json",
        input=cv.read_text(encoding="utf-8"),
    )
    assert piped.exit_code == 0, piped.output


# --------------------------------------------------------------------------- fit


@quick
@given(levels_strategy)
def test_fit_stays_between_0_and_100_and_quick_fit_agrees(levels: dict[str, int]) -> None:
    for role in BUNDLED.catalogue.roles:
        fit = matching.score_role(BUNDLED, role, levels).fit
        assert 0.0 <= fit <= 100.0
        assert fit == pytest.approx(matching.quick_fit(BUNDLED, role, levels))


@quick
@given(levels_strategy, st.sampled_from(SKILL_IDS), st.integers(1, 5))
def test_adding_or_raising_a_skill_never_lowers_a_fit(
    levels: dict[str, int], skill: str, level: int
) -> None:
    more = {**levels, skill: max(level, levels.get(skill, 0))}
    for role in BUNDLED.catalogue.roles:
        assert (
            matching.quick_fit(BUNDLED, role, more)
            >= matching.quick_fit(BUNDLED, role, levels) - 1e-9
        )


def test_holding_every_skill_of_a_role_at_its_level_fits_100() -> None:
    for role in BUNDLED.catalogue.roles:
        levels = {s.skill: s.level for s in role.skills}
        assert matching.score_role(BUNDLED, role, levels).fit == pytest.approx(100.0)


@quick
@given(levels_strategy)
def test_ranking_by_fit_is_deterministic(levels: dict[str, int]) -> None:
    options = matching.MatchOptions(by=matching.By.FIT)
    first = [(m.role.id, m.fit) for m in matching.match(BUNDLED, levels, options)]
    again = [
        (m.role.id, m.fit)
        for m in matching.match(BUNDLED, dict(reversed(list(levels.items()))), options)
    ]
    assert first == again
    fits = [f for _, f in first]
    assert fits == sorted(fits, reverse=True)


def test_specificity_weighs_rare_skills_more() -> None:
    spec = matching.specificity(BUNDLED)
    n = len(BUNDLED.catalogue.roles)
    listed = {
        s: sum(1 for r in BUNDLED.catalogue.roles if s in {x.skill for x in r.skills})
        for s in ("python", "experimental-design")
    }
    assert listed["python"] > listed["experimental-design"]  # the premise of the test
    assert spec["python"] < spec["experimental-design"]
    import math

    assert spec["python"] == pytest.approx(1 + math.log((n + 1) / (listed["python"] + 1)))


def test_fit_worked_example_by_hand(mini_index: catalogue.Index) -> None:
    # Two roles. python and machine-learning are listed by both: spec = 1 + ln(3/3) = 1;
    # statistics and pytorch by one: spec = 1 + ln(3/2) = 1.405465. Each fit weight is
    # weight x spec x depth, depth = the level the role needs / 3.
    # data-scientist (python 4, statistics 4, machine-learning 3 optional), you: python 4,
    # statistics 2.
    #   python 2 x 1 x 4/3 = 2.666667, credit 1; statistics 2 x 1.405465 x 4/3 = 3.747907,
    #   credit 0.5: 1.873953; machine-learning 1 x 1 x 1 = 1, credit 0.2: 0.2;
    #   fit = 100 x 4.740620 / 7.414573 = 63.94 (readiness 64)
    # ml-engineer (python 5, machine-learning 4, pytorch 3 optional): python 2 x 5/3 =
    #   3.333333 x 0.8 = 2.666667, machine-learning 2 x 4/3 = 2.666667 x 0.15 = 0.4,
    #   pytorch 1.405465 x 0; fit = 100 x 3.066667 / 7.405465 = 41.41 (readiness 38)
    ds = mini_index.roles.items["data-scientist"]
    mle = mini_index.roles.items["ml-engineer"]
    you = {"python": 4, "statistics": 2}
    assert matching.score_role(mini_index, ds, you).fit == pytest.approx(63.937, abs=1e-3)
    assert matching.score_role(mini_index, mle, you).fit == pytest.approx(41.411, abs=1e-3)


def test_fit_weighs_a_skill_by_the_level_the_role_needs(mini_index: catalogue.Index) -> None:
    """A skill a role needs deep says more about the role than one it needs at level 2:
    its fit weight is weight x spec x level needed / 3, so a CV or an ad that names the
    role's deepest skill resembles it more than one naming as many shallow ones."""
    mle = mini_index.roles.items["ml-engineer"]
    by_python = matching.score_role(mini_index, mle, {"python": 5})
    by_ml = matching.score_role(mini_index, mle, {"machine-learning": 4})
    # the same weight (essential) and specificity (1), depths 5/3 and 4/3
    assert [c.fit_weight for c in by_python.contributions[:2]] == pytest.approx([10 / 3, 8 / 3])
    assert by_python.fit > by_ml.fit
    assert by_python.score == by_ml.score  # readiness does not weigh levels


@pytest.mark.parametrize(
    "ad",
    [  # texts written for this test; neither names a role
        "Join our lab. You will conduct scientific research, write scientific publications "
        "and work on algorithm design.",
        "Rejoignez notre laboratoire. Vous mènerez des recherches scientifiques, rédigerez "
        "des publications scientifiques et travaillerez à la conception d'algorithmes.",
    ],
)
def test_an_ad_of_a_roles_deepest_skills_resembles_that_role_first(ad: str) -> None:
    """Research, publications and algorithms: the AI research scientist needs all three
    (at levels 5, 4 and 4), the research engineer and the computational biologist research
    at 3 or 4 and publications at 3, optional; weighed by the level needed, the research
    scientist comes first (without the depth, the research engineer would)."""
    from careers_cli import cv

    levels = cv.levels_from_text(cv.find_skills(BUNDLED, ad))
    assert set(levels) == {"scientific-research", "scientific-publishing", "algorithms"}
    assert cv.roles_named(BUNDLED, ad) == ()
    ranked = matching.match(BUNDLED, levels, matching.MatchOptions(by=matching.By.FIT))
    assert ranked[0].role.id == "ai-research-scientist"


def test_match_by_fit_and_detected_skills(run: Run, tmp_path: Path) -> None:
    ad = tmp_path / "ad.txt"
    ad.write_text(
        "Data scientist: solid Python, strong statistics, A/B testing and experimental "
        "design, machine learning with scikit-learn, SQL. Notions of Spark.\n",
        encoding="utf-8",
    )
    result = run("match", "--from-text", str(ad), "--top", "5", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["by"] == "fit"
    assert [r["id"] for r in data["roles"] if r["named"]] == ["data-scientist"]  # its title
    assert data["roles"][0]["id"] == "data-scientist"
    fits = [r["fit"] for r in data["roles"] if not r["named"]]  # then the others by fit
    assert len(fits) == 4 and fits == sorted(fits, reverse=True)
    detected = {d["skill"]: d for d in data["detected"]}
    assert detected["python"]["level"] == 4 and detected["python"]["cue"] == "solid"
    assert detected["spark"]["level"] == 2
    by_readiness = json.loads(
        run("match", "--from-text", str(ad), "--by", "readiness", "--format", "json").stdout
    )
    scores = [r["score"] for r in by_readiness["roles"] if not r["named"]]
    assert by_readiness["by"] == "readiness" and scores == sorted(scores, reverse=True)
    table = run("match", "--from-text", str(ad), "--top", "2")
    assert "Python: 4 (“solid”)" in table.stderr and "Python: 4" not in table.stdout
    gap = run("gap", "data-scientist", "--from-text", str(ad), "--format", "json")
    assert {d["skill"] for d in json.loads(gap.stdout)["detected"]} == set(detected)
    assert "Apache Spark: 2" in run("gap", "data-scientist", "--from-text", str(ad)).stderr
    assert run("match", "--skills", "python", "--by", "luck").exit_code == 2
    # an implied skill says which skill's words named it (Spark implies big-data)
    assert (detected["big-data"]["words"], detected["big-data"]["implied_by"]) == (
        ["Spark"],
        "spark",
    )
    assert detected["spark"]["implied_by"] is None
    assert "“Spark” (implied by Apache Spark)" in table.stderr


def test_json_splits_missing_and_below(run: Run, mini_path: Path) -> None:
    result = run(
        "match",
        "--catalog",
        str(mini_path),
        "--skills",
        "python:4, statistics:2",
        "--format",
        "json",
    )
    roles = {r["id"]: r for r in json.loads(result.stdout)["roles"]}
    ds = roles["data-scientist"]
    assert ds["below"] == ["statistics"] and ds["missing"] == ["machine-learning"]
    mle = roles["ml-engineer"]
    assert mle["below"] == ["python"]
    assert sorted(mle["missing"]) == ["machine-learning", "pytorch"]
    table = run(
        "match",
        "--catalog",
        str(mini_path),
        "--skills",
        "python:4, statistics:2",
        env={"COLUMNS": "150"},
    )
    assert "Statistics (2/4)" in table.stdout


@quick
@given(
    levels_strategy,
    st.sampled_from(SKILL_IDS),
    st.integers(1, 5),
    st.sampled_from(list(matching.Goal)),
    st.lists(st.sampled_from(sorted(BUNDLED.roles.items)), max_size=3),
    st.sampled_from([0.0, 10.0, 50.0]),
)
def test_next_incremental_updates_agree_with_a_full_rescoring(
    levels: dict[str, int],
    skill: str,
    level: int,
    goal: matching.Goal,
    targets: list[str],
    threshold: float,
) -> None:
    roles = list(BUNDLED.catalogue.roles)
    links, related = BUNDLED.role_links(), BUNDLED.related_lists()
    board = matching._Board(LinkBoard(links, related), levels)
    pay = {r.id: 1000.0 * (i + 1) for i, r in enumerate(roles)}
    value = matching._Goal(goal, board, pay, threshold, targets)
    trial = {**levels, skill: max(level, levels.get(skill, 0))}
    full = [matching.quick_score(BUNDLED, r, trial) for r in roles]
    changed = board.trial(skill, trial[skill])
    for i, score in enumerate(full):
        assert changed.get(i, board.scores[i]) == pytest.approx(score, abs=1e-6)
    fresh = matching._Goal(
        goal, matching._Board(LinkBoard(links, related), trial), pay, threshold, targets
    )
    assert value.of(changed) == pytest.approx(fresh.value, abs=1e-6)


# --------------------------------------------------------------------------- the profile


def test_gap_without_role_reports_each_saved_target(run: Run, mini_path: Path) -> None:
    cat = ["--catalog", str(mini_path)]
    none = run("gap", *cat, "--skills", "python")
    assert none.exit_code == 1 and "no ROLE given and no saved profile" in none.stderr
    assert run("profile", "add", "python:4", *cat).exit_code == 0
    no_target = run("gap", *cat)  # a saved profile now, with no targets
    assert no_target.stderr.startswith("error: no ROLE given and no target role in your profile")
    assert (
        run(
            "profile", "set", "--target", "ml-engineer", "--target", "data-scientist", *cat
        ).exit_code
        == 0
    )
    result = run("gap", *cat, "--format", "json")
    assert result.exit_code == 0, result.output
    reports = json.loads(result.stdout)["reports"]
    assert [r["id"] for r in reports] == ["ml-engineer", "data-scientist"]
    assert reports[1]["score"] == pytest.approx(40.0)
    table = run("gap", *cat)
    assert "ML engineer" in table.stdout or "Machine" in table.stdout
    assert table.stdout.count("Learning plan") == 2


def _save(home: Path, targets: str) -> None:
    (home / "profile.yaml").write_text(f"skills: {{python: 3}}\ntargets: {targets}\n", "utf-8")


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            "error: none of your profile's targets is a role of this catalogue: "
            "'data-scintist' (did you mean 'Data scientist'?)",
        ),
        (
            "fr",
            "erreur : aucun des métiers visés de votre profil n'est un métier de ce catalogue : "
            "« data-scintist » (vouliez-vous dire 'Data scientist' ?)",
        ),
    ],
)
def test_gap_names_the_targets_that_are_no_role_with_the_closest_roles(
    run: Run, isolated_home: Path, lang: str, expected: str
) -> None:
    _save(isolated_home, "[data-scintist]")
    result = run("--lang", lang, "gap")
    assert result.exit_code == 1 and result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[0] == expected  # not "no target role in your profile"
    assert str(isolated_home / "profile.yaml") in lines[1]  # where to correct them


def test_gap_reports_the_known_targets_and_names_the_others(run: Run, isolated_home: Path) -> None:
    _save(isolated_home, "[data-scientist, astronaut, data-scintist]")
    result = run("gap", "--format", "json")
    assert result.exit_code == 0, result.output
    assert [r["id"] for r in json.loads(result.stdout)["reports"]] == ["data-scientist"]
    assert result.stderr == (
        "warning: 2 targets of your profile are no role of this catalogue and are left out: "
        "'astronaut'; 'data-scintist' (did you mean 'Data scientist'?)\n"
    )
    french = run("--lang", "fr", "gap", "--format", "json")
    assert french.stderr == (
        "avertissement : 2 métiers visés de votre profil ne sont pas des métiers de ce "
        "catalogue et sont laissés de côté : « astronaut » ; « data-scintist » "
        "(vouliez-vous dire 'Data scientist' ?)\n"
    )


def test_next_names_the_targets_it_leaves_out(run: Run, isolated_home: Path) -> None:
    _save(isolated_home, "[data-scintist]")
    alone = run("next", "--format", "json")
    assert alone.exit_code == 0, alone.output
    assert json.loads(alone.stdout)["targets"] == []  # the goal without targets
    assert alone.stderr == (
        "warning: a target of your profile is no role of this catalogue and is left out: "
        "'data-scintist' (did you mean 'Data scientist'?)\n"
    )
    _save(isolated_home, "[data-scientist, astronaut]")
    both = run("next", "--format", "json")
    assert json.loads(both.stdout)["targets"] == ["data-scientist"]
    assert "left out: 'astronaut'\n" in both.stderr
    assert run("next", "--goal", "roles").stderr == ""  # a goal that reads no target


@pytest.mark.parametrize(
    ("lang", "error"),
    [
        ("en", "error: no ROLE given and no saved profile to take target roles from"),
        (
            "fr",
            "erreur : aucun MÉTIER donné et aucun profil enregistré où prendre des métiers visés",
        ),
    ],
)
def test_gap_with_no_role_and_no_profile_says_only_that(run: Run, lang: str, error: str) -> None:
    result = run("--lang", lang, "gap")
    assert result.exit_code == 1
    # the error alone: no "a plan from zero" promised first, then refused
    assert result.stderr.splitlines()[0] == error
    assert result.stderr.count("\n") == 2
    assert "careers profile set --target" in result.stderr


def test_a_student_with_no_skills_gets_a_plan_from_zero(run: Run) -> None:
    result = run("gap", "data-scientist", "--format", "json")
    assert result.exit_code == 0, result.output
    assert "plan from zero" in result.stderr
    data = json.loads(result.stdout)
    assert data["score"] == 0 and data["plan"][-1]["score_after"] == pytest.approx(100.0)
    first = BUNDLED.skills.items[data["plan"][0]["skill"]]
    assert first.category != "human-ethics"  # no soft skill opens the plan


@quick
@given(levels_strategy, st.sampled_from(sorted(BUNDLED.roles.items)))
def test_plans_put_essential_skills_before_optional_ones(
    levels: dict[str, int], role_id: str
) -> None:
    role = BUNDLED.roles.items[role_id]
    plan = [s.skill.id for s in matching.learning_plan(BUNDLED, role, levels)]
    importance = {n.skill: n.importance for n in role.skills}
    items = BUNDLED.skills.items

    def leads_to_essential(skill: str) -> bool:  # the skill, or a step that needs it
        if importance.get(skill) is matching.Importance.ESSENTIAL:
            return True
        return any(
            skill in items[other].prerequisites and leads_to_essential(other) for other in plan
        )

    kinds = [leads_to_essential(s) for s in plan]
    assert kinds == sorted(kinds, reverse=True), list(zip(plan, kinds, strict=True))


def test_similar_without_role_shows_roles_near_the_profile(run: Run, mini_path: Path) -> None:
    cat = ["--catalog", str(mini_path)]
    assert run("profile", "add", "python:4", "statistics:4", *cat).exit_code == 0
    result = run("similar", *cat, "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["by"] == "fit"
    assert [r["id"] for r in data["roles"]] == ["data-scientist", "ml-engineer"]


def test_next_weighs_saved_targets(run: Run, mini_path: Path) -> None:
    cat = ["--catalog", str(mini_path)]
    assert run("profile", "add", "python:4", *cat).exit_code == 0
    plain = json.loads(run("next", *cat, "--count", "1", "--format", "json").stdout)
    assert plain["suggestions"][0]["skill"] == "statistics" and plain["targets"] == []
    assert run("profile", "set", "--target", "ml-engineer", *cat).exit_code == 0
    aimed = json.loads(run("next", *cat, "--count", "1", "--format", "json").stdout)
    assert aimed["targets"] == ["ml-engineer"]
    assert aimed["suggestions"][0]["skill"] == "machine-learning"


def test_holding_a_roles_skills_puts_it_first_by_fit_and_readiness() -> None:
    """Fit names the role whose skills a person holds; readiness only says the person is
    fully ready for it (a role that needs a subset of them is fully ready too)."""
    for role in BUNDLED.catalogue.roles:
        full = {s.skill: s.level for s in role.skills}
        essentials = {
            s.skill: s.level for s in role.skills if s.importance is matching.Importance.ESSENTIAL
        }
        for levels in (full, essentials):
            ranked = matching.match(BUNDLED, levels, matching.MatchOptions(by=matching.By.FIT))
            assert ranked[0].role.id == role.id, (role.id, ranked[0].role.id)
        ranked = matching.match(BUNDLED, full, matching.MatchOptions(by=matching.By.READINESS))
        assert ranked[0].score == 100
        assert role.id in {m.role.id for m in ranked if m.score == 100}


def test_fine_tuning_for_medical_images_resembles_the_medical_imaging_scientist() -> None:
    """Medical imaging has few expert labels: its scientists adapt pretrained models (the
    role lists fine-tuning, optional). A text of our own on adapting a diffusion model to
    brain scans names no role; by fit the medical-imaging scientist comes first, not the
    LLM engineer that generative models and fine-tuning would otherwise point to."""
    from careers_cli import cv

    ad = (
        "Stage de recherche : modèles génératifs pour l'imagerie médicale\n\nVous adapterez "
        "un modèle de diffusion pré-entraîné (fine-tuning, transfer learning) à des scanners "
        "cérébraux, en PyTorch, et évaluerez la qualité des images produites."
    )
    levels = cv.levels_from_text(cv.find_skills(BUNDLED, ad))
    assert {"generative-ai", "fine-tuning", "medical-imaging", "pytorch"} <= set(levels)
    assert cv.roles_named(BUNDLED, ad) == ()
    ranked = matching.match(BUNDLED, levels, matching.MatchOptions(by=matching.By.FIT))
    assert ranked[0].role.id == "medical-imaging-ai-scientist"


@pytest.mark.parametrize(
    ("ad", "role", "skills"),
    [  # ads written for these tests
        (
            "ad-data-engineer-fr.txt",
            "data-engineer",
            {"sql": 4, "airflow": 4, "docker": 2, "data-quality": 3, "data-security": 3},
        ),
        (  # the title names the role; by fit alone research-engineer comes first
            "ad-research-scientist-en.txt",
            "ai-research-scientist",
            {"pytorch": 5, "probability": 4, "scientific-research": 3},
        ),
    ],
)
def test_an_ad_names_its_role_first(run: Run, ad: str, role: str, skills: dict[str, int]) -> None:
    path = Path(__file__).parent / "fixtures" / ad
    result = run("match", "--from-text", str(path), "--top", "3", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["roles"][0]["id"] == role
    detected = {d["skill"]: d["level"] for d in data["detected"]}
    assert {k: detected.get(k) for k in skills} == skills


def test_a_role_named_in_the_title_comes_first_and_is_marked(run: Run, tmp_path: Path) -> None:
    ad = tmp_path / "ad.txt"
    body = "We need SQL, Airflow, Spark and Kafka for our pipelines.\n"
    ad.write_text("# Data analyst\n" + body, encoding="utf-8")
    named = json.loads(run("match", "--from-text", str(ad), "--format", "json").stdout)
    assert named["roles"][0]["id"] == "data-analyst" and named["roles"][0]["named"]
    assert [r["id"] for r in named["roles"] if r["named"]] == ["data-analyst"]
    ad.write_text("# Job\n" + body, encoding="utf-8")
    plain = json.loads(run("match", "--from-text", str(ad), "--format", "json").stdout)
    assert not any(r["named"] for r in plain["roles"])
    assert plain["roles"][0]["id"] != "data-analyst"  # the skills alone point elsewhere
    ad.write_text("# Data analyst\n" + body, encoding="utf-8")
    table = run("match", "--from-text", str(ad), env={"COLUMNS": "200"})
    assert "names in its title (Data analyst)" in table.stdout


def test_the_skills_order_the_roles_a_title_names_side_by_side(run: Run, tmp_path: Path) -> None:
    ad = tmp_path / "ad.txt"
    ops = "We need Kubernetes, MLflow, Docker, CI/CD for models and model monitoring.\n"
    for body, first in [(ops, "mlops-engineer"), ("We need prompt engineering.\n", "ai-engineer")]:
        ad.write_text("# AI/MLOps Engineer\n" + body, encoding="utf-8")
        data = json.loads(run("match", "--from-text", str(ad), "--format", "json").stdout)
        named = [r["id"] for r in data["roles"] if r["named"]]
        assert named[0] == first and set(named) == {"ai-engineer", "mlops-engineer"}, body


def test_gap_spells_out_its_essential_count(run: Run) -> None:
    """The gap report's count of essential skills is a line of its own: its label is
    spelt out ("Ess." was never explained there), in both languages."""
    out = run("gap", "data-scientist", "--skills", "python:4").stdout.splitlines()
    assert out[2].split() == ["Essential", "skills", "held", "1/16"]
    french = run("--lang", "fr", "gap", "data-scientist", "--skills", "python:4").stdout
    assert french.splitlines()[2].split() == ["Essentielles", "acquises", "1/16"]


def test_similar_says_how_many_skills_its_table_leaves_out(run: Run) -> None:
    """The table names the first five skills to add and three left aside, and says how
    many more JSON lists (it cut them silently)."""
    data = json.loads(run("similar", "data-analyst", "--top", "1", "--format", "json").stdout)
    near = data["similar"][0]
    more_add, more_left = len(near["to_add"]) - 5, len(near["to_leave"]) - 3
    assert more_add > 0 and more_left > 0
    flat = " ".join(run("similar", "data-analyst", "--top", "1").stdout.split())
    expected = [f"and {more_add} more", f"and {more_left} more"]  # may be the same words
    assert all(flat.count(words) >= expected.count(words) for words in expected)
