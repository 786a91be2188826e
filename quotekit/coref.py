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
from quotekit.document import Parse, Word
from quotekit.entities import Entity
from quotekit.lang.en import (
    COPULA_RELS,
    DESCRIBED_RELS,
    FIRST_PERSON,
    HYPOTHETICAL_ROLE_MODIFIERS,
    PERSON_POSSESSIVES,
    PREDICATIVE_CASES,
    ROLE_NOUNS,
)
from quotekit.model import Span, Speaker
from quotekit.names import name_tokens
from quotekit.profiles import Profile, profile
from quotekit.salience import genders_agree, previous_subject
from quotekit.spans import QuoteSpan
from quotekit.speakers import Mention, is_quoted, mention_words
from quotekit.store import Memory, Store, folded
from quotekit.syntax import cases, is_ancestor, is_subject

__all__ = ["PRONOUN_PARAGRAPHS", "Memory", "describe_people", "resolve", "resolve_all"]

#: Pronouns look back at most this many paragraphs for a speaker before falling back to any person.
PRONOUN_PARAGRAPHS = 2
#: Determiners of a description that introduces someone new ("a spokesman"): never an entity named elsewhere.
_INDEFINITE = frozenset({"a", "an", "another", "one", "some", "any"})


def resolve(store: Store, mention: Mention, prof: Profile) -> Speaker:
    """The speaker for one mention; registers or updates its entity."""
    words = mention.words
    span = Span.of(store.parse.text, store.parse.words[words[0]].start, store.parse.words[words[-1]].end)
    prof = _surname_tagged_noun(store, _owned(store, prof, span.start), words)
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


def _surname_tagged_noun(store: Store, prof: Profile, words: tuple[int, ...]) -> Profile:
    """ "Winters added ...", with "Winters" tagged a common noun (so no name): a capitalized one-word
    mention that is the surname of a person the document names ("Ann Winters") names that person."""
    word = store.parse.words[words[0]]
    if prof.name is not None or prof.pronoun is not None or len(words) != 1 or word.upos != "NOUN":
        return prof
    if not word.text[:1].isupper() or word.text.isupper():
        return prof
    surname = word.text.lower()
    if any(e.kind == "person" and len(e.tokens) > 1 and _last_token(e) == surname for e in store.entities):
        return attrs.evolve(prof, name=word.text, kind="person")
    return prof


def _last_token(entity: Entity) -> str:
    return entity.name.split()[-1].lower() if entity.name else ""


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
        topic = previous_subject(store, position, prof.gender)
        if topic is not None:
            return store.promote(topic)
    speakers = [
        e
        for e in store.entities
        if e.kind in wanted
        and e.last_before(position) >= 0
        and paragraph - store.parse.paragraph_of(e.last_before(position)) <= PRONOUN_PARAGRAPHS
        and genders_agree(e.gender, prof.gender)
    ]
    if speakers:
        return max(speakers, key=lambda e: e.last_before(position))
    if prof.kind == "person":
        people = [
            e
            for e in [*store.entities, *store.people]
            if e.kind == "person" and e.last_before(position) >= 0 and genders_agree(e.gender, prof.gender)
        ]
        if people:
            return store.promote(max(people, key=lambda e: e.last_before(position)))
    return None


def _match_role(store: Store, prof: Profile, position: int) -> Entity | None:
    for entity in sorted(store.entities + store.people, key=lambda e: -e.position):
        if entity.position >= position or entity.role_noun != prof.role_noun:
            continue
        if (entity.kind == "document") != (prof.kind == "document"):
            continue
        if prof.kind == "group" and entity.kind == "person":
            continue  # "the city's mayors" are not "Mayor Walsh" before them
        mine = store.canonical_affiliation(prof.affiliation)
        if mine and entity.affiliation and mine != entity.affiliation:
            continue
        return store.promote(entity)
    return None


def _described_subject(store: Store, prof: Profile, position: int) -> Entity | None:
    """Salience: "Ann Kim has sold her shares. || In a filing, the finance minister said ...": a definite
    description is the named person who is the main-clause subject of the sentence before
    (:func:`~quotekit.salience.previous_subject`), when nothing contradicts it: that person holds no other
    role, nobody named before holds the description's role, and no other person is named in that sentence
    or before the description in its own."""
    person = previous_subject(store, position, prof.gender)
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


def describe_people(store: Store, mentions: Sequence[Mention | None], quoted: Sequence[QuoteSpan]) -> None:
    """What the article's own definite descriptions say of the people it named: "Now that Ana Ruiz has won
    the vote, the Socialist nominee must form a cabinet" gives Ruiz the role "nominee" and the affiliation
    "Socialist" for all her quotes (a role stated once belongs to the person). A description
    that is a speaker mention is :func:`_match`'s; one inside a quotation is the quoted speaker's words.
    The person is :func:`_described_person`; a person who already has a role keeps it."""
    parse = store.parse
    taken = {i for mention in mentions if mention is not None for i in mention.words}
    for word in parse.words:
        if word.i in taken or not _is_role_description(parse, word) or is_quoted(word, quoted):
            continue
        prof = profile(parse, word.i, mention_words(parse, word.i))
        if prof.kind != "person" or prof.name or not prof.role:
            continue  # "the nominee, Ana Ruiz": a name's apposition, the registry's
        person = _described_person(store, prof, word.i)
        if person is not None and not person.role:
            store.replace(person, folded(person, prof, store.acronyms))


def _is_role_description(parse: Parse, word: Word) -> bool:
    """ "the Socialist nominee", "the former mayor of Lyon": a singular role noun with the definite article,
    in an argument position (not a predicate: "Ruiz is the nominee", "named him as the envoy" state a role
    another way, nor an apposition of the name after it: :func:`_named_next`), of someone who holds it
    ("the next mayor" is no one named yet)."""
    if word.upos != "NOUN" or word.feat("Number") != "Sing" or word.lemma.lower() not in ROLE_NOUNS:
        return False
    if word.deprel not in DESCRIBED_RELS or cases(parse, word.i) & PREDICATIVE_CASES:
        return False
    if _named_next(parse, word):
        return False
    dependents = [parse.words[c] for c in parse.children[word.i]]
    articles = [d for d in dependents if d.deprel == "det"]
    predicate = any(d.deprel in COPULA_RELS for d in dependents)
    hypothetical = any(d.lemma.lower() in HYPOTHETICAL_ROLE_MODIFIERS for d in dependents)
    return bool(articles) and articles[0].lemma.lower() == "the" and not predicate and not hypothetical


def _named_next(parse: Parse, word: Word) -> bool:
    """ "Now the chancellor of Baylor College, Ann Kim said": the description is an apposition of the name
    after it, not a re-mention of someone before."""
    last = max(j for j in parse.subtree(word.i) if parse.words[j].upos != "PUNCT")
    after = parse.words[last + 1 : last + 3]
    return len(after) == 2 and after[0].text == "," and after[1].upos == "PROPN"


def _described_person(store: Store, prof: Profile, i: int) -> Entity | None:
    """The one person a definite description re-mentions: named (by a full name somewhere) in the sentence
    before or in its own before it, of an agreeing gender and no other role; ``None`` when two such people
    are in play, when someone named earlier holds the role, when the description re-mentions an unnamed
    one ("a police officer ... the officer"), or when the subject of a clause above it is a pronoun. The
    subject of a clause above the description is never the person it describes ("Roe said that the mayor
    ...": the mayor is not Roe)."""
    parse = store.parse
    word = parse.words[i]
    sentence = parse.sentences[word.sent]
    before = parse.sentences[word.sent - 1] if word.sent > 0 else sentence
    start = before.start if sentence.paragraph - before.paragraph <= 1 else sentence.start
    window = parse.words[parse.word_at(start) : i]
    if any(w.lemma.lower() == word.lemma.lower() and w.upos == "NOUN" for w in window):
        return None  # "a police officer shot ... the officer": the one introduced unnamed
    governing = _governing_subjects(parse, i)
    if any(parse.words[g].upos == "PRON" for g in governing):
        return None  # "she asked the front-runner": "she" is someone else, unknown here
    excluded = {parse.words[w].start for g in governing for w in parse.subtree(g)}
    people = [e for e in [*store.entities, *store.people] if e.kind == "person" and len(e.tokens) > 1]
    if any(e.role_noun == prof.role_noun and 0 <= e.first < word.start for e in people):
        return None
    found = [
        e
        for e in people
        if any(start <= m < word.start and m not in excluded for m in e.offsets)
        and genders_agree(e.gender, prof.gender)
        and (not e.role or e.role_noun == prof.role_noun)
    ]
    return found[0] if len(found) == 1 else None


def _governing_subjects(parse: Parse, i: int) -> list[int]:
    """The heads of the subjects of the clauses above word ``i`` ("Roe said that the mayor ...": "Roe")."""
    out: list[int] = []
    j = parse.words[i].head
    while j >= 0:
        out += [
            c
            for c in parse.children[j]
            if is_subject(parse.words[c]) and c != i and not is_ancestor(parse, c, i)
        ]
        j = parse.words[j].head
    return out


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
        and genders_agree(e.gender, prof.gender)
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


def _kinds_agree(a: str, b: str) -> bool:
    return a == b or "unknown" in (a, b)


def resolve_all(
    parse: Parse,
    mentions: Sequence[Mention | None],
    profiles: Sequence[Profile | None],
    entities: Sequence[Entity] = (),
    memory: Memory | None = None,
    quoted: Sequence[QuoteSpan] = (),
) -> tuple[list[Speaker | None], Memory]:
    """Speakers for mentions given in text order with their profiles (``None`` stays ``None``), and the
    memory for the next piece of the same text. With ``memory`` (a long text parsed in pieces), sources of
    the previous piece are known; ``memory`` itself is not changed. The text's ``quoted`` spans hold no
    description of the article's own (:func:`describe_people`)."""
    store = Store(parse, entities, memory)
    out: list[Speaker | None] = []
    for mention, prof in zip(mentions, profiles, strict=True):
        out.append(None if mention is None or prof is None else resolve(store, mention, prof))
    describe_people(store, mentions, quoted)
    return [finished(store, s) for s in out], store.remember()
