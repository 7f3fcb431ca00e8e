"""What a report reads from the compiled index (issue 16: a command reads what it
prints): the items a report names are read in one query, not one query each."""

from __future__ import annotations

import pytest

from careers_cli import catalogue
from careers_cli.choices import Lang
from careers_cli.stored import StoredIndex
from careers_cli.views.roles import ShowView


def statements(index: StoredIndex) -> list[str]:
    """The SQL the index runs from now on."""
    seen: list[str] = []
    index.store.conn.set_trace_callback(seen.append)
    return seen


def test_many_answers_what_one_by_one_answers() -> None:
    index = catalogue.load(None)
    assert isinstance(index, StoredIndex)
    memory = catalogue.load(None, use_cache=False)
    ids = [s.id for s in memory.catalogue.skills[:30]][::-1]
    assert index.skills.many([*ids, ids[0]]) == [memory.skills.items[i] for i in [*ids, ids[0]]]
    with pytest.raises(KeyError):
        index.skills.many([ids[1], "no-such-skill"])


def test_show_reads_a_roles_skills_tools_and_neighbours_in_one_query_each() -> None:
    index = catalogue.load(None)
    assert isinstance(index, StoredIndex)
    role = index.roles.get("machine-learning-engineer")
    assert len(role.skills) > 5 and len(role.tools) > 2 and len(role.related) > 1
    seen = statements(index)
    ShowView(index, role).document(Lang.EN)
    reads = {table: [s for s in seen if f"FROM {table} " in s] for table in ("skills", "roles")}
    assert len(reads["skills"]) <= 3, reads["skills"]  # essential, optional skills; tools
    assert len(reads["roles"]) == 1, reads["roles"]  # the related roles
