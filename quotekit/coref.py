"""The coreference stage: one speaker per real-world source within a document.

Requires: the parse, per attribution a mention and its :class:`~quotekit.roles.Profile`, the document's
named entities (:func:`~quotekit.entities.find_entities`), and the :class:`Memory` of the previous piece
of the same text. Provides :class:`~quotekit.model.Speaker` records whose ``name`` is the canonical
(fullest) name the article uses anywhere, whose role and affiliation come from every mention of the
same entity, in any sentence, and whose ``entity`` id groups all quotes of one source.

- partial names: "Issam al-Reis" ... "Issam" ... "al-Reis" (a name whose words are a subset of another's),
  against every entity the document names, introduced before or after;
- pronouns: "he"/"she" -> by gender and salience: the main-clause subject of the sentence before, else
  the nearest preceding mention of a person (speakers first, within :data:`PRONOUN_PARAGRAPHS`; beyond
  them, any person, a speaker included);
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

from quotekit.conventions import CAMPAIGN
from quotekit.document import Parse
from quotekit.entities import Entity
from quotekit.lang.en import FIRST_PERSON, PERSON_POSSESSIVES
from quotekit.model import Span, Speaker
from quotekit.names import name_tokens
from quotekit.profiles import Profile
from quotekit.speakers import Mention
from quotekit.store import Memory, Store
from quotekit.syntax import is_subject

__all__ = ["PRONOUN_PARAGRAPHS", "Memory", "resolve", "resolve_all"]

#: Pronouns look back at most this many paragraphs for a speaker before falling back to any person.
PRONOUN_PARAGRAPHS = 2
#: Determiners of a description that introduces someone new ("a spokesman"): never an entity named elsewhere.
_INDEFINITE = frozenset({"a", "an", "another", "one", "some", "any"})


def resolve(store: Store, mention: Mention, prof: Profile) -> Speaker:
    """The speaker for one mention; registers or updates its entity."""
    words = mention.words
    span = Span.of(store.parse.text, store.parse.words[words[0]].start, store.parse.words[words[-1]].end)
    prof = _owned(store, prof, span.start)
    entity = _match(store, prof, span.start, store.parse.words[words[0]].lemma.lower() not in _INDEFINITE)
    if entity is None:
        entity = store.new(prof, span.start, spoke=True)
        if prof.pronoun is None or entity.kind != "unknown":
            store.add(entity)
    else:
        entity = store.merge(entity, prof, span.start)
    entity = store.identify(entity)
    kind = entity.kind if entity.kind != "unknown" else prof.kind
    name = entity.name if prof.pronoun not in {"i", "we", "me", "us", "you"} else None
    if kind in {"organization"} and name:
        name = store.acronyms.get(name.replace(".", ""), name)
    return Speaker(name, span, entity.role, entity.affiliation, kind, entity=entity.id)


def _owned(store: Store, prof: Profile, position: int) -> Profile:
    """ "Clinton ... Her campaign said": a campaign owned by a pronoun is the campaign of the person the
    pronoun stands for, named as news names a campaign: after the candidate's name as the article uses
    it alone ("the Clinton campaign")."""
    if prof.possessor is None or prof.role_noun != CAMPAIGN:
        return prof
    pronoun = Profile(None, "person", pronoun=prof.possessor, gender=PERSON_POSSESSIVES[prof.possessor])
    owner = _match_pronoun(store, pronoun, position)
    if owner is None or not owner.name:
        return prof
    name = f"{short_name(owner, store.parse.text)} campaign"
    return attrs.evolve(prof, name=name, role_noun=None, possessor=None)


def short_name(entity: Entity, text: str) -> str:
    """The name the article uses alone for a person (news names a campaign so: "the Clinton campaign"): a
    word of the full name written more often than the full name ("Xi Jinping ... Xi said" -> "Xi";
    "Hillary Clinton ... Clinton" -> "Clinton"), the most frequent; else the full name ("Ann Kim Lopez")."""
    full = entity.name or ""
    words = full.split()
    if len(words) < 2:
        return full
    times = len(regex.findall(rf"\b{regex.escape(full)}\b", text))
    alone = [(len(regex.findall(rf"\b{regex.escape(w)}\b", text)) - times, k, w) for k, w in enumerate(words)]
    count, _, word = max(alone)
    return word if count > 0 and word[:1].isupper() and word.isalpha() else full  # not an initial


def finished(store: Store, speaker: Speaker | None) -> Speaker | None:
    """``speaker`` with what the whole piece says of its entity: "Clinton said ..." early, "the Democratic
    nominee" later names her role for both quotes; a name is kept ``None`` for a first person."""
    entity = next((e for e in store.entities if speaker is not None and e.id == speaker.entity), None)
    if speaker is None or entity is None:
        return speaker
    name = speaker.name
    if name is not None or (speaker.mention is not None and not _is_first_person(speaker.mention.text)):
        name = entity.name
        if entity.kind == "organization" and name:
            name = store.acronyms.get(name.replace(".", ""), name)
    return attrs.evolve(
        speaker,
        name=name,
        role=entity.role or speaker.role,
        affiliation=entity.affiliation or speaker.affiliation,
    )


def _match(store: Store, prof: Profile, position: int, definite: bool = True) -> Entity | None:
    if prof.pronoun is not None:
        return _match_pronoun(store, prof, position)
    if prof.name is not None:
        return _match_name(store, prof, position)
    if prof.role_noun is not None:
        if prof.kind == "document" and not definite:
            return None  # "a report" is a new one; "the report" is the one before
        found = _match_role(store, prof, position)
        if found is None and definite and prof.kind == "person":
            found = _described_subject(store, prof, position) or _match_description(store, prof, position)
        return found
    return None


def _match_name(store: Store, prof: Profile, position: int) -> Entity | None:
    """The entity a name mention names: by acronym, else the one whose name words hold the mention's
    (or the other way round), the most recently mentioned first, then the fullest name."""
    tokens = name_tokens(prof.name)
    expansion = store.acronyms.get((prof.name or "").replace(".", ""))
    found: list[Entity] = []
    for entity in [*store.entities, *store.people]:
        if not entity.tokens:
            continue
        if expansion is not None and entity.tokens == name_tokens(expansion):
            return store.promote(entity)
        if entity.name and store.acronyms.get(entity.name.replace(".", "")) == prof.name:
            return store.promote(entity)
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
            best = store.absorb(best, other)
    return store.promote(best)


def _match_pronoun(store: Store, prof: Profile, position: int) -> Entity | None:
    wanted = (
        {"person"}
        if prof.kind == "person"
        else {"group", "organization"}
        if prof.kind == "group"
        else {"organization", "document"}
    )
    paragraph = store.parse.paragraph_of(position)
    if prof.kind == "person":
        topic = _previous_subject(store, position, prof.gender)
        if topic is not None:
            return store.promote(topic)
    speakers = [
        e
        for e in store.entities
        if e.kind in wanted
        and e.last_before(position) >= 0
        and paragraph - store.parse.paragraph_of(e.last_before(position)) <= PRONOUN_PARAGRAPHS
        and _genders_agree(e.gender, prof.gender)
    ]
    if speakers:
        return max(speakers, key=lambda e: e.last_before(position))
    if prof.kind == "person":
        people = [
            e
            for e in [*store.entities, *store.people]
            if e.kind == "person" and e.last_before(position) >= 0 and _genders_agree(e.gender, prof.gender)
        ]
        if people:
            return store.promote(max(people, key=lambda e: e.last_before(position)))
    return None


def _previous_subject(store: Store, position: int, gender: str) -> Entity | None:
    """Salience: "Roe said Monday that Kim had called. He said ...": a person pronoun is the person
    who is the main-clause subject of the sentence before (in its paragraph or ending the one
    before), when that subject agrees with it; else ``None`` (then :func:`_match_pronoun` takes the
    nearest preceding person). A name the parser split into two subjects ("Tom" and "Reyes" both
    ``nsubj`` of "told") is still the subject: the first person inside the subjects is taken."""
    parse = store.parse
    k = parse.sentence_at(position) - 1
    if k < 0 or parse.paragraph_of(position) - parse.sentences[k].paragraph > 1:
        return None  # also across one paragraph break: '... Kim said. || "...," she said'.
    sentence = parse.sentences[k]
    subjects = [
        w
        for w in parse.words[sentence.first : sentence.last]
        if is_subject(w) and w.head >= 0 and parse.words[w.head].deprel == "root"
    ]
    if not subjects:
        return None
    phrase = sorted(i for subject in subjects for i in parse.subtree(subject.i))
    start, end = parse.words[phrase[0]].start, parse.words[phrase[-1]].end
    found = [
        (e.first_within(start, end), e)
        for e in [*store.entities, *store.people]
        if e.kind == "person" and _genders_agree(e.gender, gender)
    ]
    found = [(offset, e) for offset, e in found if offset >= 0]
    return min(found, key=lambda pair: pair[0])[1] if found else None


def _match_role(store: Store, prof: Profile, position: int) -> Entity | None:
    for entity in sorted(store.entities + store.people, key=lambda e: -e.position):
        if entity.position >= position or entity.role_noun != prof.role_noun:
            continue
        if (entity.kind == "document") != (prof.kind == "document"):
            continue
        mine = store.canonical_affiliation(prof.affiliation)
        if mine and entity.affiliation and mine != entity.affiliation:
            continue
        return store.promote(entity)
    return None


def _described_subject(store: Store, prof: Profile, position: int) -> Entity | None:
    """Salience: "Ann Kim has sold her shares. || In a filing, the finance minister said ...": a definite
    description is the named person who is the main-clause subject of the sentence before
    (:func:`_previous_subject`), when nothing contradicts it: that person holds no other role, nobody named
    before holds the description's role, and no other person is named in that sentence or before the
    description in its own."""
    person = _previous_subject(store, position, prof.gender)
    if person is None or not person.name or (person.role and person.role_noun != prof.role_noun):
        return None
    others = [e for e in [*store.entities, *store.people] if e is not person and e.kind == "person"]
    if any(e.role_noun == prof.role_noun and 0 <= e.first < position for e in others):
        return None  # "Mayor Roe ... Kim said. The mayor said": a role someone else holds is theirs
    k = store.parse.sentence_at(position)
    start = store.parse.sentences[max(k - 1, 0)].start
    if any(e.first_within(start, position) >= 0 for e in others):
        return None  # "Roe met Kim. The minister said": another person is in play
    return store.promote(person)


def _match_description(store: Store, prof: Profile, position: int) -> Entity | None:
    """ "Clinton ... The Democratic nominee said": a definite description of one person, whose role no
    named person holds yet, is the source last named before it with no role (within
    :data:`PRONOUN_PARAGRAPHS`). A description before any name ("The state's tax commissioner says
    ...") stays unnamed: the next person named is not necessarily the one described. Descriptions
    with a role someone holds are :func:`_match_role`'s."""
    paragraph = store.parse.paragraph_of(position)
    before = [
        e
        for e in store.entities
        if e.kind == "person"
        and e.name
        and not e.role
        and _genders_agree(e.gender, prof.gender)
        and e.last_before(position) >= 0
        and paragraph - store.parse.paragraph_of(e.last_before(position)) <= PRONOUN_PARAGRAPHS
    ]
    return store.promote(max(before, key=lambda e: e.last_before(position))) if before else None


def _surname_of(tokens: frozenset[str], entity: Entity) -> bool:
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
    store = Store(parse, entities, memory)
    out: list[Speaker | None] = []
    for mention, prof in zip(mentions, profiles, strict=True):
        out.append(None if mention is None or prof is None else resolve(store, mention, prof))
    return [finished(store, s) for s in out], store.remember()
