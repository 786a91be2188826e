"""The entity store: the sources of one document and the people it names, merged as coreference finds
them one.

Requires: the parse, the named entities (:func:`quotekit.entities.find_entities`), the acronyms
(:mod:`quotekit.acronyms`), and the :class:`Memory` of the previous piece of the same text. Provides the
:class:`Store`: its sources (who spoke), its people (named, not yet speaking), and the operations that
fold one mention or entity into another (:meth:`Store.merge`, :meth:`Store.absorb`), promote a named
person to a source (:meth:`Store.promote`) and hand the store to the next piece (:meth:`Store.remember`).
The matchers over it are :mod:`quotekit.coref`'s.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from quotekit.acronyms import find_acronyms
from quotekit.document import Parse
from quotekit.entities import Entity
from quotekit.model import SpeakerKind
from quotekit.names import name_tokens
from quotekit.profiles import Profile

__all__ = ["Memory", "Source", "Store"]


@attrs.define(eq=False)
class Source:
    name: str | None
    kind: SpeakerKind
    role: str | None
    affiliation: str | None
    role_noun: str | None
    tokens: frozenset[str]
    position: int
    paragraph: int
    spoke: bool
    gender: str = ""
    mentions: tuple[int, ...] = ()  # offsets of its name mentions (document entities), for salience
    id: str = ""  # "E3": given when it first becomes a speaker
    former: bool = False

    @property
    def offsets(self) -> tuple[int, ...]:
        """The offsets of all its mentions: its name mentions and its latest one."""
        return (*self.mentions, self.position)

    @property
    def first(self) -> int:
        """The offset of its first mention."""
        return min(self.offsets)

    def last_before(self, position: int) -> int:
        """The offset of its last mention before ``position`` (-1 if none)."""
        return max((m for m in self.offsets if m < position), default=-1)

    def first_within(self, start: int, end: int) -> int:
        """The offset of its first mention in ``[start, end)`` (-1 if none)."""
        return min((m for m in self.offsets if start <= m < end), default=-1)


@attrs.frozen
class Memory:
    """What coreference carries from one piece of a long text to the next: the acronyms seen, and the
    sources and named people of the previous piece (older ones are dropped, so memory stays bounded).
    A registry works on copies of these entities: a Memory never changes."""

    acronyms: tuple[tuple[str, str], ...] = ()
    entities: tuple[Source, ...] = ()
    people: tuple[Source, ...] = ()
    next_id: int = 1


class Store:
    """The sources of one document (or piece of one) and the people it names, as coreference finds them."""

    def __init__(self, parse: Parse, entities: Sequence[Entity] = (), memory: Memory | None = None) -> None:
        memory = memory if memory is not None else Memory()
        self.parse = parse
        self.acronyms = {**dict(memory.acronyms), **find_acronyms(parse)}
        self.entities: list[Source] = [attrs.evolve(e) for e in memory.entities]
        self.people = [attrs.evolve(e) for e in memory.people]
        self.people += [self.document_entity(e) for e in entities]
        self.join_acronyms()
        self.next_id = memory.next_id

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
            tuple(attrs.evolve(e) for e in self.entities if e.position >= start),
            tuple(attrs.evolve(e) for e in self.people if e.position >= start),
            self.next_id,
        )

    def document_entity(self, entity: Entity) -> Source:
        registered = self.new(entity.as_profile(), entity.positions[0], spoke=False)
        registered.mentions = entity.positions
        return registered

    def new(self, prof: Profile, position: int, *, spoke: bool) -> Source:
        return Source(
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
        )

    def canonical_affiliation(self, affiliation: str | None) -> str | None:
        if affiliation is None:
            return None
        bare = regex.sub(r"^(?:the|The)\s+", "", affiliation)
        return self.acronyms.get(bare.replace(".", ""), bare)

    def absorb(self, entity: Source, other: Source) -> None:
        """Fold ``other`` into ``entity`` (one person) and drop it: names, role, affiliation, mentions."""
        self._fold(entity, other)
        entity.mentions = tuple(sorted({*entity.mentions, *other.mentions, other.position}))
        entity.id = entity.id or other.id
        for pool in (self.entities, self.people):
            if other in pool:
                pool.remove(other)

    def _fold(self, entity: Source, other: Source | Profile) -> None:
        """What ``other`` says of ``entity`` that it lacks: a fuller name, a (current) role, an
        affiliation, a gender."""
        if other.name and self.is_fuller_name(entity, other.name):
            entity.name, entity.tokens = other.name, name_tokens(other.name)
        if other.role and (not entity.role or (entity.former and not other.former)):
            entity.role, entity.role_noun, entity.former = other.role, other.role_noun, other.former
        entity.affiliation = entity.affiliation or self.canonical_affiliation(other.affiliation)
        entity.gender = entity.gender or other.gender

    def promote(self, entity: Source) -> Source:
        """A named person first seen outside an attribution becomes a registered source."""
        if entity in self.people:
            self.people.remove(entity)
            self.entities.append(entity)
        return entity

    def is_fuller_name(self, entity: Source, name: str) -> bool:
        """Whether ``name`` should become the entity's canonical name: it has more words, and it is not the
        acronym of an organization already written out ("FSA" never replaces "Free Syrian Army")."""
        if entity.name is not None and len(name_tokens(name)) <= len(entity.tokens):
            return False
        return entity.kind != "organization" or self.acronyms.get(name.replace(".", "")) != entity.name

    def merge(self, entity: Source, prof: Profile, position: int) -> None:
        """Fold a new mention at ``position`` into ``entity``: what it says, its kind, its offset."""
        self._fold(entity, prof)
        if entity.kind == "unknown":
            entity.kind = prof.kind
        entity.mentions = tuple(sorted({*entity.mentions, entity.position, position}))
        entity.position = max(entity.position, position)
        entity.paragraph = self.parse.paragraph_of(entity.position)
