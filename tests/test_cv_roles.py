"""The role a job ad names in its title (careers_cli.cv.roles_named) and how match puts
it first. Texts written for these tests, in English and French (no real job ad)."""

from __future__ import annotations

from careers_cli import catalogue, cv, matching

BUNDLED = catalogue.load(None)

FILLER = " ".join(["Lorem"] * cv.TITLE_WORDS)


def test_the_title_names_the_ads_role_in_english_and_french() -> None:
    assert cv.roles_named(BUNDLED, "# Senior Data Engineer (H/F)\nJoin us.")[0] == "data-engineer"
    text = "Nous recherchons un(e) Data Analyst confirmé(e) pour notre pôle Finance."
    assert cv.roles_named(BUNDLED, text) == ("data-analyst",)
    assert cv.roles_named(BUNDLED, "Ingénieur MLOps AWS - Lyon")[0] == "mlops-engineer"


def test_roles_are_given_in_the_order_the_title_names_them() -> None:
    text = "Analytics Engineer / Data Engineer, remote"
    assert cv.roles_named(BUNDLED, text)[:2] == ("analytics-engineer", "data-engineer")


def test_roles_named_after_the_title_are_colleagues_not_the_ads_role() -> None:
    text = f"{FILLER}\nYou will work with data scientists and data engineers."
    assert cv.roles_named(BUNDLED, text) == ()
    assert cv.roles_named(BUNDLED, text, words=1000) != ()


def test_a_web_address_names_no_role() -> None:
    text = "Apply at https://jobs.example.com/data-engineer/123 before Friday."
    assert cv.roles_named(BUNDLED, text) == ()


def test_a_named_role_comes_first_with_its_scores_unchanged() -> None:
    ds = BUNDLED.roles.items["data-scientist"]
    levels = {s.skill: s.level for s in ds.skills}
    options = matching.MatchOptions(by=matching.By.FIT)
    plain = matching.match(BUNDLED, levels, options)
    assert plain[0].role.id == "data-scientist"  # the premise: the skills say data scientist
    named = matching.match(BUNDLED, levels, options._replace(named=("data-engineer",)))
    assert named[0].role.id == "data-engineer" and named[0].named
    assert not any(m.named for m in named[1:])
    before = {m.role.id: (m.score, m.fit) for m in plain}
    assert {m.role.id: (m.score, m.fit) for m in named} == before
    rest = [m.role.id for m in plain if m.role.id != "data-engineer"]
    assert [m.role.id for m in named[1:]] == rest


def test_a_named_role_still_obeys_the_filters() -> None:
    levels = {"python": 3, "sql": 3}
    options = matching.MatchOptions(family="ai-architects", named=("data-engineer",))
    ranked = matching.match(BUNDLED, levels, options)
    assert ranked and "data-engineer" not in {m.role.id for m in ranked}


def test_a_slash_in_the_title_names_both_roles() -> None:
    named = cv.roles_named(BUNDLED, "# AI/ML Engineer (H/F)\nRejoignez-nous.")
    assert named[:2] == ("ai-engineer", "machine-learning-engineer")


def test_a_title_written_role_comma_speciality_is_read_speciality_first() -> None:
    text = "# [Architect, Big Data](https://jobs.example.com/1)\nRemote."
    assert cv.roles_named(BUNDLED, text)[0] == "big-data-architect"
    # only the first line is read that way; a comma further on joins nothing
    assert cv.roles_named(BUNDLED, "Hello\nArchitect, Big Data.") == ()
