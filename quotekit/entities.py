"""The entity registry stage: every person and organization a document names, wherever it is named.

Requires: a :class:`~quotekit.document.Parse` (NER and the dependency parse on the sentences that introduce
a named entity: :func:`quotekit.plan.introduces_entity`). Provides one :class:`Entity` per real-world
person or organization, found in every analysed sentence, not only cue subjects, with all its name forms
and what any of its mentions states (:func:`quotekit.roles.profile`: titles, appositions, "X, the Y of
Z", "Z's Y X", "Y for Z", "X, Republican of Ohio", "X (D-Calif.)", "X, who heads Y"). Coreference
(:mod:`quotekit.coref`) resolves speaker mentions against these entities.

- one person: "Energy Secretary Maria Lopez" ... "Ms. Lopez" ... "Lopez" (a name whose words are a subset
  of another's) -> name "Maria Lopez", role "Energy Secretary";
- the fullest form is the name ("Maria J. Lopez" over "Maria Lopez");
- the first role stated wins, a current one over a former one (:func:`merge_profiles`).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from quotekit.conventions import PARTY_TAG
from quotekit.document import Parse
from quotekit.lang.en import FORMER_WORDS, PERSON_POSSESSIVES, PRONOUNS
from quotekit.mentions import names_a_time
from quotekit.model import SpeakerKind
from quotekit.names import given_name_gender, is_headline, name_tokens
from quotekit.predicates import stated_roles
from quotekit.profiles import Profile, profile
from quotekit.spans import QuoteSpan
from quotekit.speakers import is_quoted, mention_words
from quotekit.syntax import is_subject

__all__ = ["ENTITY_NER", "Entity", "find_entities", "merge_profiles"]

#: NER classes of the names the registry collects (places speak only as governments, groups are no one).
ENTITY_NER = frozenset({"person", "organization"})
#: Relations of a name word inside a longer name ("Maria" in "Maria Lopez"): not an entity head itself.
_INNER_RELS = frozenset({"flat", "compound", "flat:name"})
#: Relations inside one person's name or description ("Walsh" of "Mayor Walsh's aide, Ann Roe,").
_NAME_PART_RELS = frozenset({*_INNER_RELS, "appos", "nmod:poss"})


@attrs.frozen(eq=False)
class Entity:
    """One person or organization of a document (or a source that only a description or pronoun names):
    the one entity record of quotekit, made by :func:`find_entities` and by coreference
    (:mod:`quotekit.store`), frozen; a change is a new record (:func:`quotekit.store.merged`).

    ``name`` is the fullest written form, ``names`` every form seen, ``tokens`` its words; role,
    affiliation, role noun and gender come from every mention (:func:`merge_profiles`), ``None`` / ""
    when no mention states them. ``position`` is the offset of its latest mention, ``mentions`` those of
    its other mentions in text order; ``spoke`` whether it is a source, ``id`` the speaker id it got when
    it first spoke ("E3"). Records compare by identity: two people may be described alike.
    """

    name: str | None
    kind: SpeakerKind
    role: str | None
    affiliation: str | None
    role_noun: str | None
    tokens: frozenset[str]
    position: int
    paragraph: int
    spoke: bool = False
    gender: str = ""
    mentions: tuple[int, ...] = ()
    id: str = ""
    former: bool = False
    names: tuple[str, ...] = ()

    @property
    def positions(self) -> tuple[int, ...]:
        """The offsets of its mentions, in text order, each once."""
        return tuple(sorted({*self.mentions, self.position}))

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

    def as_profile(self) -> Profile:
        """The entity as one :class:`~quotekit.roles.Profile`."""
        return Profile(
            self.name,
            self.kind,
            self.role,
            self.affiliation,
            self.role_noun,
            gender=self.gender,
            former=self.former,
        )


def find_entities(parse: Parse, quoted: Sequence[QuoteSpan] = ()) -> tuple[Entity, ...]:
    """Every named person and organization of ``parse``, in order of first mention, each once.

    Names are read only from analysed sentences (NER ran there); a person named by a subset of another
    person's name words ("Lopez", "Maria Lopez") is the same entity, as are organizations of the same
    words. A name inside one of the ``quoted`` spans gives its name only: a role or affiliation there is
    the quoted speaker's claim ("our next senator, Ann Kim"), not what the article states.
    """
    found: list[tuple[int, Profile]] = []
    stated = stated_roles(parse, quoted)
    for i in _name_heads(parse):
        prof = profile(parse, i, mention_words(parse, i))
        if is_quoted(parse.words[i], quoted):
            prof = attrs.evolve(prof, role=None, affiliation=None, role_noun=None, former=False)
        prof = _with_stated_role(prof, stated.get(i))
        if prof.kind == "person" and not prof.gender:
            prof = attrs.evolve(prof, gender=_bound_gender(parse, i, quoted) or given_name_gender(prof.name))
        if prof.name and prof.kind in {"person", "organization"}:
            found.append((parse.words[i].start, prof))
    clusters: list[list[tuple[int, Profile]]] = []
    for position, prof in sorted(found, key=lambda item: -len(name_tokens(item[1].name))):
        home = _cluster_of(clusters, prof)
        if home is None:
            clusters.append([(position, prof)])
        else:
            home.append((position, prof))
    entities = [_entity(parse, sorted(cluster, key=lambda item: item[0])) for cluster in clusters]
    return tuple(sorted(entities, key=lambda e: e.positions[0]))


def _with_stated_role(prof: Profile, stated: Profile | None) -> Profile:
    """A name's profile with the role a clause states of it (:func:`quotekit.predicates.stated_roles`:
    "Ruiz won a second term as Leeds mayor") where its own phrase states none."""
    if stated is None or prof.role:
        return prof
    affiliation = prof.affiliation or stated.affiliation
    return attrs.evolve(
        prof, role=stated.role, affiliation=affiliation, role_noun=stated.role_noun, former=stated.former
    )


def _bound_gender(parse: Parse, head: int, quoted: Sequence[QuoteSpan]) -> str:
    """The gender of the person named at ``head`` from the pronoun that takes it up in its own sentence:
    "Sanders said his plan ..." -> "Masc"; "" when another person is named between, the pronouns
    disagree, or the pronoun is inside a quotation (whose "he" is the quoted speaker's)."""
    sent = parse.sentences[parse.words[head].sent]
    genders = set()
    main = _later_main_subject(parse, head)
    for word in parse.words[head + 1 : sent.last]:
        if word.ner == "person" and word.upos == "PROPN" and word.head != head and word.i - 1 != head:
            break  # another person named: the pronoun may be theirs
        if main is not None and word.i < main:
            continue  # cataphora: "With Mayor Ed Walsh by her side, Ann Roe spoke": her is Roe's
        lower = word.text.lower()
        gender = PRONOUNS.get(lower, ("", ""))[1] or PERSON_POSSESSIVES.get(lower, "")
        if word.upos == "PRON" and gender in {"Masc", "Fem"} and not is_quoted(word, quoted):
            genders.add(gender)
    return genders.pop() if len(genders) == 1 else ""


def _later_main_subject(parse: Parse, head: int) -> int | None:
    """The main-clause subject of ``head``'s sentence when it is another person named after ``head``:
    a pronoun before that subject takes it up ahead ("With Mayor Ed Walsh by her side, Ann Roe spoke"),
    so it says nothing of ``head``'s gender; ``None`` when ``head`` is in the main subject or before none."""
    sent = parse.sentences[parse.words[head].sent]
    for word in parse.words[head + 1 : sent.last]:
        if not is_subject(word) or word.head < 0 or parse.words[word.head].deprel != "root":
            continue
        if word.ner == "person" and word.upos == "PROPN" and not _in_name_of(parse, head, word.i):
            return word.i
    return None


def _in_name_of(parse: Parse, i: int, top: int) -> bool:
    """Whether word ``i`` is part of the name or apposition headed by ``top`` ("Walsh" of "Mayor Walsh's
    aide, Ann Roe,"), climbing only through name-internal relations (:data:`_NAME_PART_RELS`)."""
    while i != top:
        word = parse.words[i]
        if word.head < 0 or word.deprel not in _NAME_PART_RELS:
            return False
        i = word.head
    return True


def _name_heads(parse: Parse) -> list[int]:
    """The head word of each NER name: a proper noun of a person or organization that is not an inner
    part of a longer name of the same class."""
    out: list[int] = []
    headlines = {s.index for s in parse.sentences if is_headline(parse, s.first, s.last)}
    lo, hi = (parse.words[0].start, parse.words[-1].end) if parse.words else (0, 0)
    tags = [found.span() for found in PARTY_TAG.finditer(parse.text, lo, hi)]  # "(D-Va.)": no one's name
    for word in parse.words:
        if word.ner not in ENTITY_NER or word.upos != "PROPN" or word.sent in headlines:
            continue
        if any(start <= word.start and word.end <= end for start, end in tags):
            continue
        if names_a_time(parse, word.i):  # "Minutes later, she ...": a time the tagger capitalized
            continue
        head = parse.words[word.head] if word.head >= 0 else None
        if head is not None and head.ner == word.ner and word.deprel in _INNER_RELS:
            continue
        out.append(word.i)
    return out


def _cluster_of(clusters: list[list[tuple[int, Profile]]], prof: Profile) -> list[tuple[int, Profile]] | None:
    """The cluster whose fullest name contains every word of ``prof``'s name, of the same kind."""
    tokens = name_tokens(prof.name)
    if not tokens:
        return None
    for cluster in clusters:
        first = cluster[0][1]  # the fullest name: clusters are seeded longest first
        if first.kind == prof.kind and tokens <= name_tokens(first.name):
            if prof.kind == "organization" and tokens != name_tokens(first.name):
                continue  # "Post" is not "Washington Post" by itself: organizations match whole
            return cluster
    return None


def _entity(parse: Parse, cluster: Sequence[tuple[int, Profile]]) -> Entity:
    profiles = [prof for _, prof in cluster]
    merged = merge_profiles(profiles)
    fullest = max((p.name or "" for p in profiles), key=lambda n: (len(name_tokens(n)), len(n)))
    positions = tuple(position for position, _ in cluster)
    return Entity(
        fullest,
        merged.kind,
        merged.role,
        merged.affiliation,
        merged.role_noun,
        name_tokens(fullest),
        positions[0],
        parse.paragraph_of(positions[0]),
        gender=merged.gender,
        mentions=positions,
        former=merged.former,
        names=tuple(dict.fromkeys(p.name for p in profiles if p.name)),
    )


def is_former(role: str | None) -> bool:
    """Whether a role is no longer held: "former secretary of state", "ex-minister"."""
    if not role:
        return False
    first = role.lower().replace("-", " ").split()[0]
    return first in FORMER_WORDS


def merge_profiles(profiles: Sequence[Profile]) -> Profile:
    """One profile from several mentions of one entity, in text order: the first role stated, a current
    one before a former one ("former secretary of state" < "nominee"), with its affiliation, else the first
    affiliation stated; the first gender stated."""
    if not profiles:
        raise ValueError("merge_profiles needs at least one profile (got none)")
    with_role = sorted((p for p in profiles if p.role), key=lambda p: p.former or is_former(p.role))
    chosen = with_role[0] if with_role else profiles[0]
    affiliation = chosen.affiliation or next((p.affiliation for p in profiles if p.affiliation), None)
    gender = next((p.gender for p in profiles if p.gender), "")
    kind = next((p.kind for p in profiles if p.kind != "unknown"), profiles[0].kind)
    former = chosen.former or is_former(chosen.role)
    return Profile(
        profiles[0].name, kind, chosen.role, affiliation, chosen.role_noun, gender=gender, former=former
    )
