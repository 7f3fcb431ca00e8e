"""A reviewer's findings on names (fix-names): the family labels `list` prints and the
source tags every footer prints were refused by `--family` and `--source`, a family's
"did you mean" named an id in French, and an ambiguous name said "it matches 8 names"
whatever the real count, with French adjectives that did not agree."""

from __future__ import annotations

import json
from collections.abc import Sequence

import pytest

from careers_cli import catalogue, explore
from careers_cli.errors import NotFoundError
from careers_cli.lang import Lang, speaking
from careers_cli.text import name_key

from .conftest import Run

CACHES = [[], ["--no-cache"]]  # the compiled index, and the catalogue held in memory


@pytest.fixture(scope="module", params=[True, False], ids=["compiled", "memory"])
def index(request: pytest.FixtureRequest) -> catalogue.Index:
    return catalogue.load(None, use_cache=request.param)


def test_every_label_of_a_family_finds_it(index: catalogue.Index) -> None:
    for family in index.families.values():
        assert family.short is not None  # the bundled families all have a short name
        labels = [family.id, *family.name, *family.short]
        for label in labels:
            assert explore.find_family(index, label).id == family.id, label


@pytest.mark.parametrize("cache", CACHES)
@pytest.mark.parametrize(
    ("args", "family"),
    [
        (["list", "--family", "Data & infra"], "data-infrastructure"),
        (["--lang", "fr", "list", "--family", "Architectes IA"], "ai-architects"),
        (["--lang", "fr", "list", "--family", "Données & infra"], "data-infrastructure"),
        (["--lang", "fr", "list", "--family", "Rôles émergents"], "emerging-roles"),
        (["--lang", "fr", "list", "--family", "Architectes de l'intelligence"], "ai-architects"),
    ],
)
def test_list_takes_the_family_labels_it_prints(
    run: Run, cache: list[str], args: list[str], family: str
) -> None:
    result = run(*cache, *args, "--format", "json")
    assert result.exit_code == 0, result.output
    kept = [r["family"]["id"] for r in json.loads(result.stdout)["roles"]]
    roles = catalogue.load(None, use_cache=False).catalogue.roles
    assert kept == [r.family for r in roles if r.family == family]  # that family's roles


@pytest.mark.parametrize("cache", CACHES)
def test_a_family_suggestion_is_a_name_in_the_users_language(run: Run, cache: list[str]) -> None:
    fr = run(*cache, "--lang", "fr", "list", "--family", "Architectes de l'inteligence")
    assert fr.exit_code == 1
    assert "vouliez-vous dire 'Architectes de l'intelligence' ?" in fr.stderr
    assert "ai-architects" not in fr.stderr
    nothing = run(*cache, "--lang", "fr", "list", "--family", "zzz")
    assert "les familles sont : Architectes de l'intelligence, Spécialistes" in nothing.stderr


def test_every_tag_a_footer_shows_finds_its_source(index: catalogue.Index) -> None:
    sources = list(index.sources.values())
    for source in sources:
        tag = source.tag or source.short  # what table cells and footers print
        sharing = [s.id for s in sources if name_key(tag) in map(name_key, (s.tag or "", s.short))]
        if len(sharing) == 1:
            assert explore.find_source(index, tag).id == source.id, tag
        else:  # a tag two sources share names neither: the error lists both
            with pytest.raises(NotFoundError, match="ambiguous") as caught:
                explore.find_source(index, tag)
            assert caught.value.suggestions == sorted(sharing)


@pytest.mark.parametrize("cache", CACHES)
@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("BLS", "BLS OEWS May 2025"),
        ("index", "aijobs.net salary index"),
        ("aijobs", "aijobs.net salary index"),  # a prefix of the id aijobs-index
        ("bls oews may 2025", "BLS OEWS May 2025"),
    ],
)
def test_rank_takes_the_source_tags_it_prints(
    run: Run, cache: list[str], name: str, title: str
) -> None:
    result = run(*cache, "rank", "--source", name)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].endswith(f" - {title}")


@pytest.mark.parametrize("cache", CACHES)
def test_an_unknown_or_shared_source_points_to_the_list(run: Run, cache: list[str]) -> None:
    unknown = run(*cache, "rank", "--source", "nope")
    assert unknown.exit_code == 1
    assert unknown.stderr.splitlines()[-1] == "careers sources lists the sources, with their ids"
    close = run(*cache, "rank", "--source", "aijob-index")
    assert "did you mean 'aijobs-index'?" in close.stderr
    shared = run(*cache, "rank", "--source", "QuestEducation")
    assert "source 'QuestEducation' is ambiguous: it matches 2 names" in shared.stderr
    assert "questeducation-chef-projet-ia, questeducation-prompt-engineer" in shared.stderr
    fr = run(*cache, "--lang", "fr", "rank", "--source", "nope")
    assert "careers sources liste les sources" in fr.stderr


def _starting(items: Sequence[catalogue.Named], prefix: str) -> int:
    """How many items have a name, alias or id whose key starts with ``prefix``."""
    labels = [(i.id, i.name.en, i.name.fr, *i.aliases) for i in items]
    return sum(any(name_key(n).startswith(prefix) for n in names) for names in labels)


@pytest.mark.parametrize("cache", CACHES)
def test_an_ambiguous_name_says_how_many_it_matches(run: Run, cache: list[str]) -> None:
    roles = list(catalogue.load(None, use_cache=False).catalogue.roles)
    count = _starting(roles, "data")
    assert count > 8  # more than are listed: the message must count them
    result = run(*cache, "show", "data")
    assert result.exit_code == 1
    message, hint = result.stderr.splitlines()
    assert message == f"error: role 'data' is ambiguous: it matches {count} names"
    assert hint.startswith("one of: ") and hint.endswith(f" and {count - 8} more")
    assert hint.count(", ") == 7  # the first eight are named


@pytest.mark.parametrize("cache", CACHES)
def test_french_ambiguity_agrees_with_the_noun(run: Run, cache: list[str]) -> None:
    cat = catalogue.load(None, use_cache=False).catalogue
    skill = run(*cache, "--lang", "fr", "skill", "c").stderr
    assert "erreur : compétence « c » ambiguë : " in skill and "\nl'une de : " in skill
    n = _starting(cat.applications, "d")
    application = run(*cache, "--lang", "fr", "application", "d").stderr
    assert f"application « d » ambiguë : {n} correspondances" in application
    assert application.rstrip().endswith(f" et {n - 8} autres")
    n = _starting(cat.roles, "ml")
    assert n == 9  # one more than are listed: "et 1 autre", in the singular
    role = run(*cache, "--lang", "fr", "show", "ml").stderr
    assert f"métier « ml » ambigu : {n} correspondances" in role and "\nl'un de : " in role
    assert role.rstrip().endswith(" et 1 autre")


def test_an_ambiguous_error_counts_beyond_what_it_lists(index: catalogue.Index) -> None:
    with speaking(Lang.EN), pytest.raises(NotFoundError) as caught:
        index.skills.get("c")
    skills = list(index.every_skill())
    assert caught.value.count == _starting(skills, "c") > len(caught.value.suggestions) == 8
