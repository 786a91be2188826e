"""The coreference stage: one speaker per real-world source within a document.

Requires: the parse, per attribution a mention and its :class:`~quotekit.roles.Profile`, the document's
named entities (:func:`~quotekit.entities.find_entities`), and the :class:`Memory` of the previous piece
of the same text. Provides :class:`~quotekit.model.Speaker` records whose ``name`` is the canonical
(fullest) name the article uses anywhere, whose role and affiliation come from every mention of the
same entity, in any sentence, and whose ``entity`` id groups all quotes of one source.

- partial names: "Issam al-Reis" ... "Issam" ... "al-Reis" (a name whose words are a subset of another's),
  against every entity the document names, introduced before or after;
- pronouns: "he"/"she" -> by gender and salience: the main-clause subject of the sentence before, else
  the nearest preceding mention of a person (speakers first, within :data:`PRONOUN_PARAGRAPHS`);
  "they" -> group or organization, "it" -> organization;
  "I"/"we" get the entity of no one (a quoted first person is the quotation's speaker, found elsewhere);
- role-only mentions: "the spokesman" -> the source earlier described with that role (and a compatible
  affiliation);
- acronyms: "FSA" <-> "Free Syrian Army", by initials or a parenthesis "Free Syrian Army (FSA)".
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from quotekit.document import Parse, Word
from quotekit.entities import Entity
from quotekit.lexicon import FIRST_PERSON, NOMINAL_SUBJECT_RELS, PERSON_POSSESSIVES
from quotekit.model import Span, Speaker, SpeakerKind
from quotekit.conventions import CAMPAIGN
from quotekit.names import in_institution_name, name_tokens
from quotekit.profiles import Profile
from quotekit.speakers import Mention

__all__ = ["Memory", "Registry", "find_acronyms", "resolve_all"]

_FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "de", "al", "&"})
_ACRONYM = regex.compile(r"^[A-Z][A-Z.&]{1,7}$")
_NAME_TOKEN = regex.compile(r"\w+")
#: "Free Syrian Army (FSA)": a name of capitalised words, then its acronym in parentheses.
_ACRONYM_IN_PARENTHESES = regex.compile(r"((?:[A-Z][\w\-]+\s+){1,6}[A-Z][\w\-]+)\s*\(([A-Z][A-Z.&]{1,7})\)")
#: Pronouns look back at most this many paragraphs for a speaker before falling back to any person.
PRONOUN_PARAGRAPHS = 2
#: Determiners of a description that introduces someone new ("a spokesman"): never an entity named elsewhere.
_INDEFINITE = frozenset({"a", "an", "another", "one", "some", "any"})


@attrs.define(eq=False)
class _Entity:
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


def find_acronyms(parse: Parse) -> dict[str, str]:
    """Acronyms in the document mapped to their expansions (by initials or a parenthesis).

    "the Free Syrian Army ... the FSA" -> {"FSA": "Free Syrian Army"}.
    """
    runs = _proper_runs(parse)
    acronyms = {w.text.replace(".", "") for w in parse.words if _ACRONYM.match(w.text)}
    out: dict[str, str] = {}
    for run in runs:
        words = [w for w in _NAME_TOKEN.findall(run) if w.lower() not in _FUNCTION_WORDS]
        if len(words) < 2 or _ACRONYM.match(run):  # "S.E.C." is the acronym, not its expansion
            continue
        initials = "".join(w[0] for w in words).upper()
        if initials in acronyms and initials not in out:
            out[initials] = run
    start, end = (parse.words[0].start, parse.words[-1].end) if parse.words else (0, 0)
    for match in _ACRONYM_IN_PARENTHESES.finditer(parse.text, start, end):  # this piece only
        out[match.group(2).replace(".", "")] = match.group(1)
    return out


def _is_proper(word: Word) -> bool:
    """A word of a proper name: a proper noun, or a word of an organization's name by NER ("Securities"
    in "Securities and Exchange Commission", often tagged a common noun)."""
    return word.upos == "PROPN" or in_institution_name(word, "organization")


def _proper_runs(parse: Parse) -> list[str]:
    runs: list[str] = []
    start: int | None = None
    for word in [*parse.words, None]:
        if word is not None and (
            _is_proper(word) or (start is not None and word.text.lower() in {"of", "and"})
        ):
            if start is None:
                start = word.i
            continue
        if start is not None:
            last = (word.i if word is not None else len(parse.words)) - 1
            while last > start and not _is_proper(parse.words[last]):
                last -= 1
            runs.append(parse.text[parse.words[start].start : parse.words[last].end])
            start = None
    return runs


@attrs.frozen
class Memory:
    """What coreference carries from one piece of a long text to the next: the acronyms seen, and the
    sources and named people of the previous piece (older ones are dropped, so memory stays bounded).
    A registry works on copies of these entities: a Memory never changes."""

    acronyms: tuple[tuple[str, str], ...] = ()
    entities: tuple[_Entity, ...] = ()
    people: tuple[_Entity, ...] = ()
    next_id: int = 1


class Registry:
    """The sources of one document (or piece of one), resolved in text order."""

    def __init__(self, parse: Parse, entities: Sequence[Entity] = (), memory: Memory | None = None) -> None:
        memory = memory if memory is not None else Memory()
        self.parse = parse
        self.acronyms = {**dict(memory.acronyms), **find_acronyms(parse)}
        self.entities: list[_Entity] = [attrs.evolve(e) for e in memory.entities]
        self._people = [attrs.evolve(e) for e in memory.people]
        self._people += [self._document_entity(e) for e in entities]
        self._join_acronyms()
        self.next_id = memory.next_id

    def _join_acronyms(self) -> None:
        """ "the S.E.C." ... "the Securities and Exchange Commission": an organization named by an acronym
        and one named by its expansion are one entity, under the written-out name, whichever comes first."""
        for short in [e for e in self._people if e.kind == "organization" and e.name]:
            expansion = self.acronyms.get((short.name or "").replace(".", ""))
            if expansion is None or short not in self._people:
                continue
            wanted = name_tokens(expansion)
            full = next((e for e in self._people if e is not short and e.tokens == wanted), None)
            if full is not None:
                self._absorb(full, short)

    def remember(self) -> Memory:
        """The memory to hand to the next piece: this piece's sources and people, and every acronym."""
        start = self.parse.words[0].start if self.parse.words else 0
        return Memory(
            tuple(self.acronyms.items()),
            tuple(attrs.evolve(e) for e in self.entities if e.position >= start),
            tuple(attrs.evolve(e) for e in self._people if e.position >= start),
            self.next_id,
        )

    def _document_entity(self, entity: Entity) -> _Entity:
        registered = self._entity(entity.as_profile(), entity.positions[0], spoke=False)
        registered.mentions = entity.positions
        return registered

    def _entity(self, prof: Profile, position: int, *, spoke: bool) -> _Entity:
        return _Entity(
            prof.name,
            prof.kind,
            prof.role,
            self._canonical_affiliation(prof.affiliation),
            prof.role_noun,
            name_tokens(prof.name),
            position,
            self.parse.paragraph_of(position),
            spoke,
            prof.gender,
            former=prof.former,
        )

    def _canonical_affiliation(self, affiliation: str | None) -> str | None:
        if affiliation is None:
            return None
        bare = regex.sub(r"^(?:the|The)\s+", "", affiliation)
        return self.acronyms.get(bare.replace(".", ""), bare)

    def resolve(self, mention: Mention, prof: Profile) -> Speaker:
        """The speaker for one mention; registers or updates its entity."""
        words = mention.words
        span = Span.of(self.parse.text, self.parse.words[words[0]].start, self.parse.words[words[-1]].end)
        prof = self._owned(prof, span.start)
        entity = self._match(prof, span.start, self.parse.words[words[0]].lemma.lower() not in _INDEFINITE)
        if entity is None:
            entity = self._entity(prof, span.start, spoke=True)
            if prof.pronoun is None or entity.kind != "unknown":
                self.entities.append(entity)
        else:
            self._merge(entity, prof, span.start)
        if not entity.id:
            entity.id, self.next_id = f"E{self.next_id}", self.next_id + 1
        kind = entity.kind if entity.kind != "unknown" else prof.kind
        name = entity.name if prof.pronoun not in {"i", "we", "me", "us", "you"} else None
        if kind in {"organization"} and name:
            name = self.acronyms.get(name.replace(".", ""), name)
        return Speaker(name, span, entity.role, entity.affiliation, kind, entity=entity.id)

    def _owned(self, prof: Profile, position: int) -> Profile:
        """ "Clinton ... Her campaign said": a campaign owned by a pronoun is the campaign of the person the
        pronoun stands for, named after that person's surname (SPEAKERS.md §3.1)."""
        if prof.possessor is None or prof.role_noun != CAMPAIGN:
            return prof
        pronoun = Profile(None, "person", pronoun=prof.possessor, gender=PERSON_POSSESSIVES[prof.possessor])
        owner = self._match_pronoun(pronoun, position)
        if owner is None or not owner.name:
            return prof
        return attrs.evolve(prof, name=f"{owner.name.split()[-1]} campaign", role_noun=None, possessor=None)

    def finished(self, speaker: Speaker | None) -> Speaker | None:
        """``speaker`` with what the whole piece says of its entity: "Clinton said ..." early, "the Democratic
        nominee" later names her role for both quotes; a name is kept ``None`` for a first person."""
        entity = next((e for e in self.entities if speaker is not None and e.id == speaker.entity), None)
        if speaker is None or entity is None:
            return speaker
        name = speaker.name
        if name is not None or (speaker.mention is not None and not _is_first_person(speaker.mention.text)):
            name = entity.name
            if entity.kind == "organization" and name:
                name = self.acronyms.get(name.replace(".", ""), name)
        return attrs.evolve(
            speaker,
            name=name,
            role=entity.role or speaker.role,
            affiliation=entity.affiliation or speaker.affiliation,
        )

    # ------------------------------------------------------------------------------------------------
    def _match(self, prof: Profile, position: int, definite: bool = True) -> _Entity | None:
        if prof.pronoun is not None:
            return self._match_pronoun(prof, position)
        if prof.name is not None:
            return self._match_name(prof, position)
        if prof.role_noun is not None:
            if prof.kind == "document" and not definite:
                return None  # "a report" is a new one; "the report" is the one before
            found = self._match_role(prof, position)
            if found is None and definite and prof.kind == "person":
                found = self._match_description(prof, position)
            return found
        return None

    def _match_name(self, prof: Profile, position: int) -> _Entity | None:
        """The entity a name mention names: by acronym, else the one whose name words hold the mention's
        (or the other way round), the most recently mentioned first, then the fullest name."""
        tokens = name_tokens(prof.name)
        expansion = self.acronyms.get((prof.name or "").replace(".", ""))
        found: list[_Entity] = []
        for entity in [*self.entities, *self._people]:
            if not entity.tokens:
                continue
            if expansion is not None and entity.tokens == name_tokens(expansion):
                return self._promote(entity)
            if entity.name and self.acronyms.get(entity.name.replace(".", "")) == prof.name:
                return self._promote(entity)
            compatible = tokens and (tokens <= entity.tokens or entity.tokens <= tokens)
            if compatible and (_kinds_agree(entity.kind, prof.kind) or _surname_of(tokens, entity)):
                found.append(entity)
        if not found:
            return None
        best = max(found, key=lambda e: (_surname_of(tokens, e), e.last_before(position + 1), len(e.tokens)))
        namesakes = [e for e in found if _surname_of(tokens, e)]
        if any(not (a.tokens <= b.tokens or b.tokens <= a.tokens) for a in namesakes for b in namesakes):
            # "Donald Roe ... Ivy Roe ... Roe said": news names the second Roe in full, so a bare shared
            # surname is the person introduced first
            best = min(namesakes, key=lambda e: e.first)
        for other in found:  # the same person twice ("Lopez" as a speaker, "Maria Lopez" named): merge
            if other is not best and (other.tokens <= best.tokens or best.tokens <= other.tokens):
                self._absorb(best, other)
        return self._promote(best)

    def _absorb(self, entity: _Entity, other: _Entity) -> None:
        """Fold ``other`` into ``entity`` (both one person): names, role, affiliation, mentions."""
        if other.name and self._is_fuller_name(entity, other.name):
            entity.name, entity.tokens = other.name, name_tokens(other.name)
        if other.role and (not entity.role or (entity.former and not other.former)):
            entity.role, entity.role_noun, entity.former = other.role, other.role_noun, other.former
        entity.affiliation = entity.affiliation or other.affiliation
        entity.gender = entity.gender or other.gender
        entity.mentions = tuple(sorted({*entity.mentions, *other.mentions, other.position}))
        entity.id = entity.id or other.id
        for pool in (self.entities, self._people):
            if other in pool:
                pool.remove(other)

    def _promote(self, entity: _Entity) -> _Entity:
        """A named person first seen outside an attribution becomes a registered source."""
        if entity in self._people:
            self._people.remove(entity)
            self.entities.append(entity)
        return entity

    def _match_pronoun(self, prof: Profile, position: int) -> _Entity | None:
        wanted = (
            {"person"}
            if prof.kind == "person"
            else {"group", "organization"}
            if prof.kind == "group"
            else {"organization", "document"}
        )
        paragraph = self.parse.paragraph_of(position)
        if prof.kind == "person":
            topic = self._previous_subject(position, prof.gender)
            if topic is not None:
                return self._promote(topic)
        speakers = [
            e
            for e in self.entities
            if e.kind in wanted
            and e.last_before(position) >= 0
            and paragraph - self.parse.paragraph_of(e.last_before(position)) <= PRONOUN_PARAGRAPHS
            and _genders_agree(e.gender, prof.gender)
        ]
        if speakers:
            return max(speakers, key=lambda e: e.last_before(position))
        if prof.kind == "person":
            people = [
                e
                for e in self._people
                if e.kind == "person"
                and e.last_before(position) >= 0
                and _genders_agree(e.gender, prof.gender)
            ]
            if people:
                return self._promote(max(people, key=lambda e: e.last_before(position)))
        return None

    def _previous_subject(self, position: int, gender: str) -> _Entity | None:
        """Salience: "Roe said Monday that Kim had called. He said ...": a person pronoun is the person
        who is the main-clause subject of the sentence before (in its paragraph or ending the one
        before), when that subject agrees with it; else ``None`` (then :meth:`_match_pronoun` takes the
        nearest preceding person)."""
        parse = self.parse
        k = parse.sentence_at(position) - 1
        if k < 0 or parse.paragraph_of(position) - parse.sentences[k].paragraph > 1:
            return None  # also across one paragraph break: '... Kim said. || "...," she said'.
        sentence = parse.sentences[k]
        subjects = [
            w
            for w in parse.words[sentence.first : sentence.last]
            if w.deprel.split(":")[0] in NOMINAL_SUBJECT_RELS
            and w.head >= 0
            and parse.words[w.head].deprel == "root"
        ]
        if len(subjects) != 1:
            return None
        phrase = parse.subtree(subjects[0].i)
        start, end = parse.words[phrase[0]].start, parse.words[phrase[-1]].end
        found = [
            (e.first_within(start, end), e)
            for e in [*self.entities, *self._people]
            if e.kind == "person" and _genders_agree(e.gender, gender)
        ]
        found = [(offset, e) for offset, e in found if offset >= 0]
        return min(found, key=lambda pair: pair[0])[1] if found else None

    def _match_role(self, prof: Profile, position: int) -> _Entity | None:
        for entity in sorted(self.entities + self._people, key=lambda e: -e.position):
            if entity.position >= position or entity.role_noun != prof.role_noun:
                continue
            if (entity.kind == "document") != (prof.kind == "document"):
                continue
            mine = self._canonical_affiliation(prof.affiliation)
            if mine and entity.affiliation and mine != entity.affiliation:
                continue
            return self._promote(entity)
        return None

    def _match_description(self, prof: Profile, position: int) -> _Entity | None:
        """ "Clinton ... The Democratic nominee said": a definite description of one person, whose role no
        named person holds yet, is the source last named before it with no role (within
        :data:`PRONOUN_PARAGRAPHS`). A description before any name ("The state's tax commissioner says
        ...") stays unnamed: the next person named is not necessarily the one described. Descriptions
        with a role someone holds are :meth:`_match_role`'s."""
        paragraph = self.parse.paragraph_of(position)
        before = [
            e
            for e in self.entities
            if e.kind == "person"
            and e.name
            and not e.role
            and _genders_agree(e.gender, prof.gender)
            and e.last_before(position) >= 0
            and paragraph - self.parse.paragraph_of(e.last_before(position)) <= PRONOUN_PARAGRAPHS
        ]
        return self._promote(max(before, key=lambda e: e.last_before(position))) if before else None

    def _is_fuller_name(self, entity: _Entity, name: str) -> bool:
        """Whether ``name`` should become the entity's canonical name: it has more words, and it is not the
        acronym of an organization already written out ("FSA" never replaces "Free Syrian Army")."""
        if entity.name is not None and len(name_tokens(name)) <= len(entity.tokens):
            return False
        return entity.kind != "organization" or self.acronyms.get(name.replace(".", "")) != entity.name

    def _merge(self, entity: _Entity, prof: Profile, position: int) -> None:
        if prof.name and self._is_fuller_name(entity, prof.name):
            entity.name, entity.tokens = prof.name, name_tokens(prof.name)
        if prof.role and (not entity.role or (entity.former and not prof.former)):
            entity.role, entity.role_noun, entity.former = prof.role, prof.role_noun, prof.former
        entity.affiliation = entity.affiliation or self._canonical_affiliation(prof.affiliation)
        if entity.kind == "unknown":
            entity.kind = prof.kind
        entity.gender = entity.gender or prof.gender
        entity.mentions = tuple(sorted({*entity.mentions, entity.position, position}))
        entity.position = max(entity.position, position)
        entity.paragraph = self.parse.paragraph_of(entity.position)


def _surname_of(tokens: frozenset[str], entity: _Entity) -> bool:
    """Whether a name is part of a person's fuller name ("Roe" of "John Roe"): the person, whatever
    NER called the short form (a surname alone is often tagged as an organization)."""
    return entity.kind == "person" and tokens < entity.tokens


def _is_first_person(text: str) -> bool:
    return text.lower() in FIRST_PERSON


def _genders_agree(a: str, b: str) -> bool:
    return not a or not b or a == b


def _kinds_agree(a: str, b: str) -> bool:
    return a == b or "unknown" in (a, b)


def resolve_all(
    parse: Parse,
    mentions: Sequence[Mention | None],
    profiles: Sequence[Profile | None],
    entities: Sequence[Entity] = (),
    memory: Memory | None = None,
) -> tuple[list[Speaker | None], Memory]:
    """Speakers for mentions given in text order with their profiles (``None`` stays ``None``), and the
    memory for the next piece of the same text. With ``memory`` (a long text parsed in pieces), sources of
    the previous piece are known; ``memory`` itself is not changed."""
    registry = Registry(parse, entities, memory)
    out: list[Speaker | None] = []
    for mention, prof in zip(mentions, profiles, strict=True):
        out.append(None if mention is None or prof is None else registry.resolve(mention, prof))
    return [registry.finished(s) for s in out], registry.remember()
