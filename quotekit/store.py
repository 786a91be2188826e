"""The entity store: the sources of one document and the people it names, merged as coreference finds
them one.

Requires: the parse, the named entities (:func:`quotekit.entities.find_entities`), the acronyms
(:mod:`quotekit.acronyms`), and the :class:`Memory` of the previous piece of the same text. Its records
are the document's frozen :class:`~quotekit.entities.Entity` records. Provides the pure functions that
make a new record from old ones (:func:`folded`, :func:`merged`, :func:`absorbed`), and the
:class:`Store`, which holds the current record of each entity and swaps in the new one when coreference
folds a mention or an entity into it (:meth:`Store.merge`, :meth:`Store.absorb`), promotes a named person
to a source (:meth:`Store.promote`) or hands the store to the next piece (:meth:`Store.remember`). The
matchers over it are :mod:`quotekit.coref`'s.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import attrs
import regex

from quotekit.acronyms import find_acronyms
from quotekit.document import Parse
from quotekit.entities import Entity
from quotekit.names import name_tokens
from quotekit.profiles import Profile

__all__ = ["Memory", "Store", "absorbed", "canonical_affiliation", "folded", "merged"]


@attrs.frozen
class Memory:
    """What coreference carries from one piece of a long text to the next: the acronyms seen, and the
    sources and named people of the previous piece (older ones are dropped, so memory stays bounded).
    An immutable snapshot: its records are frozen, and the next piece's store only replaces them."""

    acronyms: tuple[tuple[str, str], ...] = ()
    entities: tuple[Entity, ...] = ()
    people: tuple[Entity, ...] = ()
    next_id: int = 1


def canonical_affiliation(affiliation: str | None, acronyms: Mapping[str, str]) -> str | None:
    """An affiliation without its article, an acronym written out: "the S.E.C." -> "Securities and
    Exchange Commission" when the document spells it out."""
    if affiliation is None:
        return None
    bare = regex.sub(r"^(?:the|The)\s+", "", affiliation)
    return acronyms.get(bare.replace(".", ""), bare)


def is_fuller_name(entity: Entity, name: str, acronyms: Mapping[str, str]) -> bool:
    """Whether ``name`` should become the entity's canonical name: it has more words, and it is not the
    acronym of an organization already written out ("FSA" never replaces "Free Syrian Army")."""
    if entity.name is not None and len(name_tokens(name)) <= len(entity.tokens):
        return False
    return entity.kind != "organization" or acronyms.get(name.replace(".", "")) != entity.name


def folded(entity: Entity, other: Entity | Profile, acronyms: Mapping[str, str]) -> Entity:
    """``entity`` with what ``other`` says of it that it lacks: a fuller name, a (current) role, an
    affiliation, a gender. "Lopez" + "Energy Secretary Maria Lopez" -> "Maria Lopez", "Energy Secretary"."""
    changes: dict[str, object] = {}
    if other.name and is_fuller_name(entity, other.name, acronyms):
        changes.update(name=other.name, tokens=name_tokens(other.name))
    if other.role and (not entity.role or (entity.former and not other.former)):
        changes.update(role=other.role, role_noun=other.role_noun, former=other.former)
    other_names = other.names if isinstance(other, Entity) else (other.name,) if other.name else ()
    changes["names"] = tuple(dict.fromkeys((*entity.names, *other_names)))
    changes["affiliation"] = entity.affiliation or canonical_affiliation(other.affiliation, acronyms)
    changes["gender"] = entity.gender or other.gender
    return attrs.evolve(entity, **changes)  # type: ignore[arg-type]


def merged(
    entity: Entity, prof: Profile, position: int, paragraph: int, acronyms: Mapping[str, str]
) -> Entity:
    """``entity`` with a new mention at ``position`` (in ``paragraph``) folded in: what it says, its kind,
    its offset ("Kim said" after "Republican nominee John Kim": one record, both offsets)."""
    entity = folded(entity, prof, acronyms)
    latest = max(entity.position, position)
    return attrs.evolve(
        entity,
        kind=prof.kind if entity.kind == "unknown" else entity.kind,
        mentions=tuple(sorted({*entity.mentions, entity.position, position})),
        position=latest,
        paragraph=paragraph if latest == position else entity.paragraph,
    )


def absorbed(entity: Entity, other: Entity, acronyms: Mapping[str, str]) -> Entity:
    """``entity`` with ``other`` (the same person) folded in: names, role, affiliation, mentions, id.
    "Lopez" (a speaker) + "Maria Lopez" (named earlier) -> one record."""
    entity = folded(entity, other, acronyms)
    return attrs.evolve(
        entity,
        mentions=tuple(sorted({*entity.mentions, *other.mentions, other.position})),
        id=entity.id or other.id,
    )


class Store:
    """The current record of each source of one document (or piece of one) and of each person it names,
    as coreference finds them. Records are frozen: an operation builds a new one and swaps it in."""

    def __init__(self, parse: Parse, entities: Sequence[Entity] = (), memory: Memory | None = None) -> None:
        memory = memory if memory is not None else Memory()
        self.parse = parse
        self.acronyms = {**dict(memory.acronyms), **find_acronyms(parse)}
        self.entities: list[Entity] = list(memory.entities)
        self.people = [*memory.people, *(self.document_entity(e) for e in entities)]
        self.next_id = memory.next_id
        self.join_acronyms()

    def join_acronyms(self) -> None:
        """ "the S.E.C." ... "the Securities and Exchange Commission": an organization named by an acronym
        and one named by its expansion are one entity, under the written-out name, whichever comes first."""
        for short in [e for e in self.people if e.kind == "organization" and e.name]:
            expansion = self.acronyms.get((short.name or "").replace(".", ""))
            if expansion is None or short not in self.people:
                continue
            wanted = name_tokens(expansion)
            full = next((e for e in self.people if e is not short and e.tokens == wanted), None)
            if full is not None:
                self.absorb(full, short)

    def remember(self) -> Memory:
        """The memory to hand to the next piece: this piece's sources and people, and every acronym."""
        start = self.parse.words[0].start if self.parse.words else 0
        return Memory(
            tuple(self.acronyms.items()),
            tuple(e for e in self.entities if e.position >= start),
            tuple(e for e in self.people if e.position >= start),
            self.next_id,
        )

    def document_entity(self, entity: Entity) -> Entity:
        """A named entity of the document (:mod:`quotekit.entities`) as the store keeps it: a person not yet
        speaking, its affiliation in canonical form."""
        return attrs.evolve(entity, affiliation=self.canonical_affiliation(entity.affiliation))

    def new(self, prof: Profile, position: int, *, spoke: bool) -> Entity:
        """A record for a mention that names no entity seen before (not yet in the store)."""
        return Entity(
            prof.name,
            prof.kind,
            prof.role,
            self.canonical_affiliation(prof.affiliation),
            prof.role_noun,
            name_tokens(prof.name),
            position,
            self.parse.paragraph_of(position),
            spoke,
            prof.gender,
            former=prof.former,
            names=(prof.name,) if prof.name else (),
        )

    def canonical_affiliation(self, affiliation: str | None) -> str | None:
        """:func:`canonical_affiliation` with this document's acronyms."""
        return canonical_affiliation(affiliation, self.acronyms)

    def is_fuller_name(self, entity: Entity, name: str) -> bool:
        """:func:`is_fuller_name` with this document's acronyms."""
        return is_fuller_name(entity, name, self.acronyms)

    def replace(self, old: Entity, new: Entity) -> Entity:
        """Swap ``new`` in for ``old`` in whichever pool holds it; returns ``new``."""
        for pool in (self.entities, self.people):
            for k, record in enumerate(pool):
                if record is old:
                    pool[k] = new
        return new

    def absorb(self, entity: Entity, other: Entity) -> Entity:
        """Fold ``other`` into ``entity`` (one person, :func:`absorbed`) and drop ``other``; returns the new
        record of ``entity``."""
        for pool in (self.entities, self.people):
            if other in pool:
                pool.remove(other)
        return self.replace(entity, absorbed(entity, other, self.acronyms))

    def merge(self, entity: Entity, prof: Profile, position: int) -> Entity:
        """Fold a new mention at ``position`` into ``entity`` (:func:`merged`); returns the new record."""
        paragraph = self.parse.paragraph_of(position)
        return self.replace(entity, merged(entity, prof, position, paragraph, self.acronyms))

    def promote(self, entity: Entity) -> Entity:
        """A named person first seen outside an attribution becomes a registered source."""
        if entity in self.people:
            self.people.remove(entity)
            self.entities.append(entity)
        return entity

    def add(self, entity: Entity) -> Entity:
        """Register a new source."""
        self.entities.append(entity)
        return entity

    def identify(self, entity: Entity) -> Entity:
        """``entity`` with a speaker id ("E3"), the next free one if it has none yet."""
        if entity.id:
            return entity
        self.next_id += 1
        return self.replace(entity, attrs.evolve(entity, id=f"E{self.next_id - 1}"))
