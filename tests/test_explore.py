"""The explore core, without the CLI: look-ups, filters, ranking, comparison, search."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from careers_cli import catalogue, explore
from careers_cli.errors import CareersError, NotFoundError
from careers_cli.model import Degree


@pytest.fixture
def bundled() -> catalogue.Index:
    return catalogue.load(None)


@pytest.fixture
def mini_index(mini: dict[str, Any], write_catalogue: Callable[..., Path]) -> catalogue.Index:
    return catalogue.load(str(write_catalogue(mini)))


@pytest.mark.parametrize(
    ("query", "role_id"),
    [
        ("machine-learning-engineer", "machine-learning-engineer"),
        ("Machine-learning engineer", "machine-learning-engineer"),
        ("ingénieur ml", "machine-learning-engineer"),
        ("INGENIEUR ML", "machine-learning-engineer"),
        ("ingenieur-ml", "machine-learning-engineer"),
        ("Chercheur en intelligence artificielle", "ai-research-scientist"),
        ("chercheur en intel", "ai-research-scientist"),
        (
            "data-sci",
            "data-scientist",
        ),  # also starts "data scientist imagerie médicale": the id wins
        ("spécialiste en éthique de l'ia", "ai-ethics-specialist"),
        ("big data", "big-data-architect"),
    ],
)
def test_role_names_resolve(bundled: catalogue.Index, query: str, role_id: str) -> None:
    assert bundled.roles.get(query).id == role_id


def test_ambiguity_and_suggestions(bundled: catalogue.Index) -> None:
    with pytest.raises(NotFoundError) as caught:
        bundled.roles.get("ml")
    assert {"machine-learning-engineer", "mlops-engineer"} <= set(caught.value.suggestions)
    assert "ambiguous" in str(caught.value)
    with pytest.raises(NotFoundError) as caught:
        bundled.roles.get("dat scientis")
    assert "data-scientist" in caught.value.suggestions
    assert "did you mean" in str(caught.value)


def test_skill_aliases_in_both_languages(bundled: catalogue.Index) -> None:
    assert bundled.skills.get("sklearn").id == "scikit-learn"
    assert bundled.skills.get("k8s").id == "kubernetes"
    assert bundled.skills.get("apprentissage automatique").id == "machine-learning"
    assert bundled.skills.get("Statistiques").id == "statistics"


def test_filters(bundled: catalogue.Index) -> None:
    ids = lambda rows: [r.role.id for r in rows]  # noqa: E731
    full = lambda row: bundled.roles.items[row.role.id]  # noqa: E731  (a line names its role)
    by_skill = explore.list_roles(bundled, explore.Filters(skill="pytorch"))
    assert all(any(s.skill == "pytorch" for s in full(r).skills) for r in by_skill)
    assert "machine-learning-engineer" in ids(by_skill)
    by_tool = explore.list_roles(bundled, explore.Filters(tool="spark"))
    assert all("spark" in full(r).tools for r in by_tool) and by_tool
    by_family = explore.list_roles(bundled, explore.Filters(family="Architectes de l'intelligence"))
    assert {r.family.id for r in by_family} == {"ai-architects"}
    by_app = explore.list_roles(bundled, explore.Filters(application="diagnostic médical"))
    assert all("medical-diagnosis" in full(r).applications for r in by_app) and by_app
    rich = explore.list_roles(bundled, explore.Filters(min_salary=130000, region="US"))
    for row in rich:
        salary = explore.pick(full(row), "US", explore.Measure.MEDIAN)
        assert salary is not None and salary.median is not None and salary.median >= 130000
    assert "data-scientist" in ids(rich)  # index median 155,000 (the BLS group's is 120,230)
    assert "data-analyst" not in ids(rich)  # index median 101,080
    master = explore.list_roles(bundled, explore.Filters(education=Degree.MASTER))
    assert "ai-research-scientist" not in ids(master)  # typically a doctorate


def unaccented(name: str) -> str:
    """A sort key written here, not taken from the code under test."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def test_sorting_is_deterministic(bundled: catalogue.Index) -> None:
    by_salary = explore.list_roles(bundled, sort=explore.SortKey.SALARY)
    # role-level medians first, in order; then roles with only a group figure; no data last
    role_level = [r.us.median for r in by_salary if r.us is not None]
    assert role_level == sorted(role_level, reverse=True)  # type: ignore[type-var]
    first_group_only = next(i for i, r in enumerate(by_salary) if r.us is None)
    assert all(r.us is None for r in by_salary[first_group_only:])
    group_only = [r.us_group.median for r in by_salary if r.us is None and r.us_group]
    assert group_only == sorted(group_only, reverse=True)  # type: ignore[type-var]
    assert by_salary[-1].us is None and by_salary[-1].us_group is None
    by_name = explore.list_roles(bundled, sort=explore.SortKey.NAME, lang="fr")
    french = [r.role.name.fr for r in by_name]
    assert french != [r.name.fr for r in bundled.catalogue.roles]  # the sort did something
    # Alphabetical on the French names, accents and case ignored ("Économiste" after "D").
    assert french == sorted(french, key=unaccented)


def test_rank_salary(bundled: catalogue.Index) -> None:
    ranking = explore.rank_roles(bundled)
    sections = [b.section for b in ranking.blocks]
    assert sections == [explore.Section.ROLE, explore.Section.GROUP_ONLY, explore.Section.MISSING]
    for block in ranking.blocks[:2]:
        scored = block.rows
        assert [r.position for r in scored] == list(range(1, len(scored) + 1))
        assert [r.value for r in scored] == sorted((r.value for r in scored), reverse=True)
    # Three roles with only a group figure share the BLS 15-2051 median: the id breaks the tie.
    tied = [r.role.id for r in ranking.blocks[1].rows if r.value == 120230]
    assert len(tied) >= 2 and tied == sorted(tied)
    assert ranking.rows[-1].value is None
    scored = [r for r in ranking.rows if r.value is not None]
    assert ranking.low is not None and ranking.high is not None
    assert ranking.low <= min(r.salary.p10 or r.value for r in scored if r.salary)  # type: ignore[operator]


def test_rank_top_family_source_and_unknown_source(bundled: catalogue.Index) -> None:
    Q = explore.RankQuery
    top = explore.rank_roles(bundled, Q(top=2))
    assert [len(b.rows) for b in top.blocks[:2]] == [2, 2]  # --top applies to each block
    fam = explore.rank_roles(bundled, Q(family="emerging-roles"))
    assert {r.role.family for r in fam.rows} == {"emerging-roles"}
    aijobs = explore.rank_roles(bundled, Q(source="aijobs-index"))
    assert all(r.salary is None or r.salary.source == "aijobs-index" for r in aijobs.rows)
    assert any(r.salary is not None for r in aijobs.rows)
    with pytest.raises(NotFoundError, match="unknown source"):
        explore.rank_roles(bundled, Q(source="nope"))


def test_rank_by_skills(mini_index: catalogue.Index) -> None:
    ranking = explore.rank_roles(mini_index, explore.RankQuery(by=explore.RankBy.SKILLS))
    assert [(r.role.id, r.value) for r in ranking.rows] == [
        ("data-scientist", 3.0),
        ("ml-engineer", 3.0),
    ]


def test_overlap_by_hand(mini_index: catalogue.Index) -> None:
    ds = mini_index.roles.get("data-scientist")
    mle = mini_index.roles.get("ml-engineer")
    # weights: ds python 2*4/5=1.6, statistics 1.6, ML (optional) 1*3/5=0.6
    #          mle python 2*5/5=2.0, ML 2*4/5=1.6, pytorch (optional) 0.6
    # min sum: python 1.6 + ML 0.6 = 2.2; max sum: 2.0 + 1.6 + 1.6 + 0.6 = 5.8
    assert explore.overlap(ds, mle) == pytest.approx(2.2 / 5.8)
    assert explore.overlap(ds, ds) == 1.0


def test_compare(mini_index: catalogue.Index) -> None:
    c = explore.compare_roles(mini_index, ["data-scientist", "mle"])
    assert [row.skill.id for row in c.skills][:2] == ["python", "machine-learning"]
    assert c.skills[0].shared_by == 2
    assert c.overlaps[("data-scientist", "ml-engineer")] == pytest.approx(2.2 / 5.8)
    with pytest.raises(CareersError, match="at least two"):
        explore.compare_roles(mini_index, ["data-scientist"])
    with pytest.raises(CareersError, match=r"(?m)given twice$"):
        explore.compare_roles(mini_index, ["data-scientist", "mle", "data-scientist"])
    with pytest.raises(
        CareersError, match="'ml-engineer' is given twice: 'ml-engineer' and 'mle' both name it"
    ):
        explore.compare_roles(mini_index, ["Data scientist", "ml-engineer", "mle"])


def test_compare_places_every_tool_once(bundled: catalogue.Index) -> None:
    """With three roles, a tool two of them list is shown with those two, never dropped."""
    ids = ["data-scientist", "machine-learning-engineer", "mlops-engineer"]
    c = explore.compare_roles(bundled, ids)
    placed: dict[str, tuple[str, ...]] = {t.id: tuple(ids) for t in c.tools_shared}
    for role_id, tools in c.tools_only.items():
        placed.update({t.id: (role_id,) for t in tools})
    for holders, tools in c.tools_some:
        assert 1 < len(holders) < len(ids)
        for tool in tools:
            assert tool.id not in placed
            placed[tool.id] = holders
    roles = [bundled.roles.get(i) for i in ids]
    expected = {
        tool: tuple(r.id for r in roles if tool in r.tools) for r in roles for tool in r.tools
    }
    assert placed == expected
    assert any(len(h) == 2 for h in placed.values())  # the case this test is about


def test_skill_report(mini_index: catalogue.Index) -> None:
    report = explore.skill_report(mini_index, "py")
    assert report.skill.id == "python"
    assert [n.role.id for n in report.needed_by] == ["ml-engineer", "data-scientist"]
    assert report.worth == 100000 and report.worth_count == 1  # only one role has a median
    ml = explore.skill_report(mini_index, "machine learning")
    assert [s.id for s in ml.prerequisites] == ["python", "statistics"]
    assert [(s.id, w) for s, w in ml.credit_from] == [("statistics", 0.3)]
    assert [s.id for s in ml.unlocks] == ["pytorch"]


def test_application_report(bundled: catalogue.Index) -> None:
    report = explore.application_report(bundled, "computer-aided medical diagnosis")
    assert report.application.id == "medical-diagnosis"
    assert "ai-research-scientist" in [r.role.id for r in report.roles]


def test_search_ranks_and_folds(bundled: catalogue.Index) -> None:
    result = explore.search(bundled, "Vision par ordinateur")
    assert result.hits[0].id == "computer-vision"
    accents = explore.search(bundled, "ethique")
    assert {"ai-ethics-specialist", "ai-ethics"} <= {h.id for h in accents.hits}
    assert explore.search(bundled, "zzzz-nothing").hits == []
    with pytest.raises(CareersError, match="nothing to search"):
        explore.search(bundled, "  ")
    again = explore.search(bundled, "data")
    assert again.hits == explore.search(bundled, "data").hits
    scores = [h.score for h in again.hits]
    assert scores == sorted(scores, reverse=True)
