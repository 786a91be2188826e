"""The entity store (issue 17): frozen entity records, pure functions that make new ones, immutable
memory; and the name a campaign takes from its candidate (issue 18). No model needed."""

from __future__ import annotations

import attrs
import pytest

from quotekit.coref import short_name
from quotekit.entities import Entity
from quotekit.names import name_tokens
from quotekit.profiles import Profile
from quotekit.store import Memory, absorbed, folded, merged


def entity(
    name: str | None,
    role: str | None = None,
    position: int = 0,
    *,
    mentions: tuple[int, ...] = (),
    id: str = "",
    former: bool = False,
) -> Entity:
    names = (name,) if name else ()
    tokens = name_tokens(name)
    return Entity(
        name,
        "person",
        role,
        None,
        None,
        tokens,
        position,
        0,
        mentions=mentions,
        id=id,
        former=former,
        names=names,
    )


@pytest.mark.parametrize(
    ("before", "other", "name", "role", "affiliation"),
    [
        # a fuller name and a role from a later mention: "Lopez" + "Energy Secretary Maria Lopez"
        pytest.param(
            entity("Lopez"),
            Profile("Maria Lopez", "person", "Energy Secretary", "Energy Department"),
            "Maria Lopez",
            "Energy Secretary",
            "Energy Department",
            id="fuller_name_and_role",
        ),
        # negative: a shorter name never replaces the full one, the first role stays
        pytest.param(
            entity("Maria Lopez", "mayor"),
            Profile("Lopez", "person", "candidate"),
            "Maria Lopez",
            "mayor",
            None,
            id="shorter_name_kept",
        ),
        # a current role beats a former one
        pytest.param(
            entity("Ann Kim", "former senator", former=True),
            Profile("Kim", "person", "nominee"),
            "Ann Kim",
            "nominee",
            None,
            id="current_over_former",
        ),
        # an affiliation written as an acronym is written out: "the FSA" -> "Free Syrian Army"
        pytest.param(
            entity("John Roe"),
            Profile("Roe", "person", "spokesman", "the FSA"),
            "John Roe",
            "spokesman",
            "Free Syrian Army",
            id="acronym_written_out",
        ),
    ],
)
def test_folded(before: Entity, other: Profile, name: str, role: str | None, affiliation: str | None) -> None:
    snapshot = attrs.asdict(before)
    after = folded(before, other, {"FSA": "Free Syrian Army"})
    assert (after.name, after.role, after.affiliation) == (name, role, affiliation)
    assert attrs.asdict(before) == snapshot  # the old record is untouched
    assert after is not before


def test_merged_adds_the_mention_and_keeps_the_old_record() -> None:
    kim = entity("John Kim", "nominee", position=10, mentions=(10,))
    later = merged(kim, Profile("Kim", "person"), 200, 3, {})
    assert later.positions == (10, 200) and later.position == 200 and later.paragraph == 3
    assert (later.name, later.role) == ("John Kim", "nominee")  # "Kim said" in paragraph 9 keeps the role
    assert kim.position == 10 and kim.mentions == (10,)


def test_absorbed_joins_mentions_names_and_id() -> None:
    speaker = entity("Lopez", position=50, id="E2")
    named = entity("Maria Lopez", "spokeswoman", position=5, mentions=(5,))
    one = absorbed(named, speaker, {})
    assert (one.name, one.role, one.id) == ("Maria Lopez", "spokeswoman", "E2")
    assert one.positions == (5, 50) and set(one.names) == {"Maria Lopez", "Lopez"}


def test_entities_compare_by_identity() -> None:
    # two people described alike are two records ("a spokesman" and "a spokesman")
    assert entity(None, "spokesman") != entity(None, "spokesman")


def test_memory_is_frozen() -> None:
    memory = Memory(entities=(entity("Ann Kim"),))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        memory.entities = ()  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        memory.entities[0].role = "mayor"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        # the name the article uses alone: a surname-first name keeps its family name
        pytest.param(
            "Xi Jinping", "Xi Jinping spoke. Xi said the talks went well.", "Xi", id="family_name_first"
        ),
        pytest.param(
            "Hillary Clinton", "Hillary Clinton spoke. Clinton said so.", "Clinton", id="surname_last"
        ),
        # negative: never shortened in the article -> the full name, no guessed surname
        pytest.param(
            "Ann Kim Lopez", "Ann Kim Lopez spoke on Monday.", "Ann Kim Lopez", id="never_shortened"
        ),
        # a one-word name is itself
        pytest.param("Obama", "Obama said so.", "Obama", id="one_word"),
    ],
)
def test_short_name(name: str, text: str, expected: str) -> None:
    assert short_name(entity(name), text) == expected
