"""The speaker stage: the words that name the source of each cue.

Requires: a :class:`~quotekit.parse.Parse` and :class:`~quotekit.cues.CueMatch` records. Provides a
:class:`Mention` (head word, contiguous words, the rule that found it) per cue, or ``None``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs

from quotekit.according import according_to_object
from quotekit.adjuncts import (
    subject_of_absolute,
    subject_of_fronted_participle,
    subject_of_purpose_infinitive,
)
from quotekit.cues import CueMatch, in_discourse_marker
from quotekit.document import Parse, Word
from quotekit.frames import as_clause_mention
from quotekit.inversion import (
    continues_phrase,
    may_precede_inversion,
    past_determiners,
    possessor_phrase_end,
    reported_after,
    speaker_phrase_head,
    speaker_tail,
)
from quotekit.issuers import document_issuer, speaking_document
from quotekit.lang.en import (
    ADVERBS_NOT_SPEAKERS,
    CLOSING_QUOTES,
    OPTIONAL_ADDRESSEE_CUES,
    RETAGGED_VERBS,
    SINGULAR_QUANTIFIERS,
    SUBJECT_RELS,
)
from quotekit.mentions import (
    appended_to_apposition,
    coordination,
    mention_words,
    names_a_time,
    names_no_speaker,
    past_dateline,
    words_hung_on_cue,
)
from quotekit.preceding import (
    noun_next_to_cue,
    own_subject_before,
    passive_asker,
    subject_before_cue,
    unnamed_passive_source,
)
from quotekit.quantifiers import quantifier_subject
from quotekit.rules import CueForm, Rule
from quotekit.second_acts import reporting_participle, second_saying_of
from quotekit.spans import QuoteSpan
from quotekit.syntax import NOMINAL_UPOS, is_ancestor

__all__ = ["Mention", "appended_to_apposition", "coordination", "find_speaker", "is_quoted", "mention_words"]


@attrs.frozen
class Mention:
    """A speaker mention: its head word, its words (contiguous, in order) and the rule that found it. For a
    relative pronoun ("Lopez, who said ...") the words are the pronoun and the head its antecedent, which
    names the speaker."""

    head: int
    words: tuple[int, ...]
    rule: Rule


def find_speaker(parse: Parse, cue: CueMatch, quoted: Sequence[QuoteSpan] = ()) -> Mention | None:
    """The source of a cue, by the first rule that applies. A candidate inside the cue's own quotation
    ("“I would,” Melanie said" misparsed with "I" as subject), or inside any of the text's quotations
    (``quoted``: "..., because the town depends on the river,” adding ..." misparsed), is never the
    speaker: a cue outside quotation marks has its source outside them. Nor is a time ("by telephone
    Saturday to discuss" with "Saturday" next to the cue): the next rule is tried."""
    verb = parse.words[cue.head]
    if cue.form is CueForm.ACCORDING_TO:
        return _speaker_from_according_to(parse, verb)
    if cue.source is not None:
        return _speaker_of_mark(parse, cue)
    if cue.form is CueForm.AS_CLAUSE:
        phrase = as_clause_mention(parse, verb)
        return None if phrase is None else Mention(*phrase, Rule.AS_CLAUSE)
    if cue.form is CueForm.COLON_FRAME:
        return _first_speaker(parse, cue, quoted, _COLON_RULES)
    if cue.form is CueForm.FRAME:
        found = _first_speaker(parse, cue, quoted, _FRAME_RULES)
        return None if found is None else attrs.evolve(found, rule=Rule.FRAME)
    if unnamed_passive_source(parse, verb):
        return None  # "She was asked if ...", "It was reported that ...": who asked or reported is unsaid
    return _first_speaker(parse, cue, quoted, _VERB_RULES)


def _first_speaker(
    parse: Parse,
    cue: CueMatch,
    quoted: Sequence[QuoteSpan],
    rules: Sequence[tuple[Rule, Callable[[Parse, Word], int | None]]],
) -> Mention | None:
    """The mention of the first of ``rules`` that finds an admissible one (see :func:`find_speaker`)."""
    verb = parse.words[cue.head]
    for rule, finder in rules:
        if rule is Rule.INVERSION and reported_after(cue, verb):
            continue  # "Lee, a Scott ally, called the rules “strong.”": no inversion before its quotation
        head = finder(parse, verb)
        if (
            head is not None
            and not _inside(parse.words[head], cue)
            and not is_quoted(parse.words[head], quoted)
            and not names_no_speaker(parse, head)  # "Friday", "against/NN"; not "said Lawrence Summers"
        ):
            antecedent = _antecedent(parse, head)
            if antecedent != head:  # "Lopez, who said ...": the mention is "who", Lopez names the speaker
                return Mention(antecedent, (head,), rule)
            words = coordination(parse, head) or mention_words(parse, head)
            span = inverted_speaker_span(parse, verb) if rule is Rule.INVERSION else None
            if span is not None and span[0] <= head <= span[1]:  # "said Scott Meyer" split by the parser:
                words = tuple(range(span[0], span[1] + 1))  # the phrase as written, without "of Ohio"
            return Mention(head, words_hung_on_cue(parse, _apart_from_cue(words, head, verb.i), verb), rule)
    return None


def _apart_from_cue(words: tuple[int, ...], head: int, cue: int) -> tuple[int, ...]:
    """A mention's words on its head's side of the cue: "says/NNS Scott Meyer" parsed as one phrase is
    the mention "Scott Meyer"."""
    kept = tuple(w for w in words if w != cue and (w > cue) == (head > cue))
    return kept or words


def _speaker_of_mark(parse: Parse, cue: CueMatch) -> Mention | None:
    """ "“...” ― Ana Ruiz", "MORALES: Well, ...": the name the punctuation cue points at."""
    if cue.source is None:
        return None
    words = [w.i for w in parse.words if cue.source[0] <= w.start and w.end <= cue.source[1]]
    if not words:
        return None
    rule = Rule.LABEL if cue.form is CueForm.LABEL else Rule.DASH
    return Mention(_phrase_head(parse, words[0], words[-1]), tuple(words), rule)


def _inside(word: Word, cue: CueMatch) -> bool:
    return any(q.start <= word.start and word.end <= q.end for q in cue.quotes)


def is_quoted(word: Word, quoted: Sequence[QuoteSpan]) -> bool:
    """Whether ``word`` lies inside one of the (outermost) quotations of ``quoted``."""
    return any(q.depth == 0 and q.start < word.start and word.end < q.end for q in quoted)


def _antecedent(parse: Parse, i: int) -> int:
    """ "Gary Johnson, who says ...": a relative pronoun stands for the noun its clause modifies."""
    word = parse.words[i]
    if word.feat("PronType") != "Rel" or word.head < 0:
        return i
    clause = parse.words[word.head]
    if clause.deprel == "acl:relcl" and clause.head >= 0 and parse.words[clause.head].upos in NOMINAL_UPOS:
        return clause.head
    j = i - 1  # the clause attached elsewhere: the noun phrase right before the pronoun
    while j >= 0 and parse.words[j].upos == "PUNCT" and parse.words[j].sent == word.sent:
        j -= 1
    if j >= 0 and parse.words[j].sent == word.sent and parse.words[j].upos in {"PROPN", "NOUN"}:
        while (
            parse.words[j].deprel in {"flat", "compound", "flat:name"} and 0 <= j - parse.words[j].head <= 3
        ):
            j = parse.words[j].head
        return j
    return i


def _speaker_from_according_to(parse: Parse, according: Word) -> Mention | None:
    """ "According to X, ...": X is :func:`~quotekit.according.according_to_object` ("according to campaign
    manager Jeff Wade" read with "campaign" a verb: the mention is then the phrase as written)."""
    head = according_to_object(parse, according)
    phrase = NOMINAL_UPOS | {"NUM", "DET"}  # "according to [one] of his aides"
    if head is not None and (head != according.head or parse.words[head].upos not in phrase):
        return Mention(head, tuple(range(according.i + 2, head + 1)), Rule.ACCORDING_TO)
    if according.head < 0 or parse.words[according.head].upos not in phrase:
        return None
    return Mention(according.head, mention_words(parse, according.head), Rule.ACCORDING_TO)


def _speaker_from_inversion(parse: Parse, verb: Word) -> int | None:
    """ "“We will not leave,” said Ahmed Karimi, a farmer.": after a closing quote or comma, a cue followed
    by a noun phrase that ends the clause (no verb of its own follows) has it as subject."""
    span = inverted_speaker_span(parse, verb)
    return None if span is None else speaker_phrase_head(parse, *span)


def inverted_speaker_span(parse: Parse, verb: Word) -> tuple[int, int] | None:
    """The first and last word of the noun phrase of an inverted speaker (:func:`_speaker_from_inversion`),
    by position: the parser often splits it ("says/NNS Scott Meyer" with "Scott" under "says")."""
    sent = parse.sentences[verb.sent]
    if verb.i == sent.first or verb.xpos == "VBG" or not may_precede_inversion(parse.words[verb.i - 1]):
        return None
    if verb.lemma in _ADDRESSEE_CUES and not _inverted_after_quote(parse, verb):
        return None  # "..., told reporters": the noun after the cue is the addressee
    lo = verb.i + 1
    if lo >= sent.last:
        return None  # the text ends at the cue: "“Why not?” asked"
    if parse.words[lo].xpos == "PRP$" and parse.words[verb.i - 1].text not in CLOSING_QUOTES:
        return None  # "..., defended his record": an object; "“...,” said his best friend": a speaker
    j = _noun_phrase_end(parse, lo, sent.last)
    if j is None:
        return None
    k = j + 1  # "said Ann Kim of the Virgin Islands", "said one source on the panel": a place or a body
    if k < sent.last and parse.words[k].lemma.lower() in _INVERSION_PREPOSITIONS:
        end = _noun_phrase_end(parse, k + 1, sent.last)
        if end is not None and parse.words[end].ner == "person" and parse.words[j].ner != "person":
            j = end  # "said Ohio Secretary of State Ann Kim": the "of" phrase of a title ends in the name
        k = k if end is None else end + 1
    return (lo, j) if speaker_tail(parse, verb.i, lo, k, sent.last) else None


def _inverted_after_quote(parse: Parse, verb: Word) -> bool:
    """ "“Why?” asked the boy.": right after a closing mark, a cue whose addressee may go unsaid inverts."""
    return verb.lemma in OPTIONAL_ADDRESSEE_CUES and parse.words[verb.i - 1].text != ","


#: Cues whose object is the addressee, never an inverted speaker: "Mr. Ruiz, 82, told reporters."
_ADDRESSEE_CUES = frozenset({"tell", "ask", "inform", "assure", "remind", "warn"})
#: Prepositions of a phrase that may follow an inverted speaker: "said Ann Kim of Ohio".
_INVERSION_PREPOSITIONS = frozenset({"of", "on", "from", "at", "for", "with"})


def _noun_phrase_end(parse: Parse, lo: int, last: int) -> int | None:
    """The last word of a simple noun phrase from ``lo`` ("the", "one", adjectives, nouns, "well-connected"),
    or None; a quantifier that stands for a person by itself ("“...,” tweeted another.") is the phrase."""
    j = past_determiners(parse, lo, last)
    if (j is None or parse.words[j].upos == "PUNCT") and parse.words[lo].text.lower() in SINGULAR_QUANTIFIERS:
        return lo
    if j is None:
        return None
    while j + 1 < last and continues_phrase(parse, j):
        j += 1
    if j >= last or parse.words[j].upos not in {"PROPN", "NOUN"}:
        return None
    return possessor_phrase_end(parse, j, last)  # "said Lee's chief adviser Ana Ruiz"


def _phrase_head(parse: Parse, lo: int, hi: int) -> int:
    """The word of ``lo..hi`` whose head lies outside the span (the last word if the parse disagrees)."""
    for i in range(lo, hi + 1):
        if not lo <= parse.words[i].head <= hi:
            return i
    return hi


def _speaker_from_interruption(parse: Parse, verb: Word) -> int | None:
    """ "The museum, the mayor said, would open in May": of two subjects the parser gave the cue, the one
    after the comma, right before the cue, speaks; the first is the reported clause's own subject."""
    subjects = [
        c
        for c in parse.children[verb.i]
        if c < verb.i and parse.words[c].deprel in SUBJECT_RELS and parse.words[c].upos in NOMINAL_UPOS
    ]
    if len(subjects) < 2:
        return None
    first, last = subjects[0], subjects[-1]
    if not any(parse.words[k].text == "," for k in range(first + 1, last)):
        return None
    return last


def _speaker_from_subject(parse: Parse, verb: Word) -> int | None:
    """ "X said ...", "..., said X", "X told Y ...": the verb's subject. A dateline cannot speak ("LONDON
    (Reuters) - ..., analysts said" with "LONDON" as a subject), nor a time: when a time is parsed as the
    subject ("Last week, officials said" with "week" as the subject; "Even Monday, she claimed" with two
    subjects), the noun coordinated with it, or the verb's next subject, speaks. A cue set off by commas
    inside what it reports has the speaker after the comma (:func:`_speaker_from_interruption`)."""
    interrupted = _speaker_from_interruption(parse, verb)
    if interrupted is not None:
        return interrupted
    for c in parse.children[verb.i]:
        if parse.words[c].deprel in SUBJECT_RELS and parse.words[c].upos in NOMINAL_UPOS:
            if in_discourse_marker(parse, parse.words[c]):  # "Needless to say, the mayor warned"
                continue
            subject = past_dateline(parse, c)
            if subject is not None:
                subject = _not_a_time(parse, subject)
            if subject is not None:
                return subject
    return None


#: Relations by which a misparse hangs a name under the time or adverb it precedes ("Roe later").
_NAME_INTO_RELS = frozenset({"compound", "flat", "nmod:poss"})


def _not_a_time(parse: Parse, i: int) -> int | None:
    """``i``, or when it names a time or is an adverb tagged as a noun, the first nominal conjunct of it
    that does not, else the proper name compounded into it ("Congress Friday said", "Roe later said"
    misparsed with "Friday" or "later" heading the subject); else ``None``."""
    word = parse.words[i]
    if not names_a_time(parse, i) and word.text.lower() not in ADVERBS_NOT_SPEAKERS:
        return i
    for c in parse.children[i]:
        if parse.words[c].deprel == "conj" and parse.words[c].upos in NOMINAL_UPOS:
            return _not_a_time(parse, c)
    names = [c for c in parse.children[i] if c < i and parse.words[c].deprel in _NAME_INTO_RELS]
    for c in names:  # "Ruiz earlier Thursday said": the name under "earlier", itself under "Thursday"
        found = _not_a_time(parse, c) if parse.words[c].upos != "PROPN" else None
        if found is not None and found != c:
            return found
    names = [c for c in names if parse.words[c].upos == "PROPN" and not names_a_time(parse, c)]
    return names[-1] if names else None


def _governor_speaker(parse: Parse, verb: Word) -> int | None:
    """The subject of a governing verb, the nearest before it of two ("Later, she escalated ..., calling"
    with "Later" a subject too), or its inverted speaker ("“...,” said Mr. Hale, adding that ...")."""
    subjects = _nominal_subjects(parse, verb)
    before = [c for c in subjects if c < verb.i]
    found = before[-1] if before else next(iter(subjects), None)
    found = quantifier_subject(parse, verb) if found is None else found  # "All of the candidates oppose"
    return _speaker_from_inversion(parse, verb) if found is None else found


def _any_subject(parse: Parse, verb: Word) -> int | None:
    return next(iter(_nominal_subjects(parse, verb)), None)


def _nominal_subjects(parse: Parse, verb: Word) -> list[int]:
    """The verb's nominal subjects, active or passive, in text order."""
    return [
        c
        for c in parse.children[verb.i]
        if parse.words[c].deprel.startswith("nsubj") and parse.words[c].upos in NOMINAL_UPOS
    ]


def _speaker_from_possessive(parse: Parse, cue: Word) -> int | None:
    """ "Trump's claim that ...": the possessor of a noun cue."""
    if cue.upos != "NOUN":
        return None
    for c in parse.children[cue.i]:
        if parse.words[c].deprel == "nmod:poss" and parse.words[c].upos in NOMINAL_UPOS:
            return c
    return None


def _speaker_from_governor(parse: Parse, verb: Word) -> int | None:
    """ "X rejected the offer, saying ...": a participle's speaker is the governing clause's subject."""
    if verb.deprel not in {"advcl", "xcomp", "acl"} or not verb.xpos.startswith("VBG"):
        return None
    return _subject_up(parse, parse.words[verb.head] if reporting_participle(parse, verb) else verb)


def _speaker_from_controller(parse: Parse, verb: Word) -> int | None:
    """ "X appeared to suggest ...", "X is determined to warn ...": an infinitive cue shares the subject of
    the verb it complements; "Y forced X to admit ...": the object, when the governor has one before the
    cue (object control, Huddleston & Pullum 2002, ch. 14)."""
    if verb.deprel != "xcomp" or verb.xpos != "VB" or verb.head < 0 or verb.head > verb.i:
        return None
    for c in parse.children[verb.head]:
        if parse.words[c].deprel == "obj" and c < verb.i and parse.words[c].upos in NOMINAL_UPOS:
            return c
    return _subject_up(parse, verb)


#: Words a reporting verb may have after it before the comma of a participle: "said at a rally in San
#: Diego, adding", "said Vice President Ana Ruiz, urging".
_FRAME_TAIL = 8


def _speaker_after_frame(parse: Parse, verb: Word) -> int | None:
    """ "“...,” the mayor said, adding that ...": a participle right after a reporting verb and a comma
    (however the parser attached it) shares that verb's speaker: its inverted speaker ("“...,” said Ana
    Ruiz, urging ..."), else its nearest subject."""
    if verb.xpos != "VBG" or verb.i < 2 or parse.words[verb.i - 1].text != ",":
        return None
    k = verb.i - 2  # past the verb's own trailing words: "said [on Monday], adding"
    while k > verb.i - 2 - _FRAME_TAIL and parse.words[k].upos != "VERB":
        k -= 1
    before = parse.words[k]
    if before.sent != verb.sent or before.upos != "VERB" or before.lemma not in RETAGGED_VERBS:
        return None  # "jobs that serve as a ladder to the middle class, noting ...": no frame
    if any(not is_ancestor(parse, k, j) for j in range(k + 1, verb.i - 1)):
        return None
    inverted = _speaker_from_inversion(parse, before)
    if inverted is not None:
        return inverted
    for c in reversed(parse.children[before.i]):  # the nearest: "“... volumes,” she said, adding"
        if parse.words[c].deprel in SUBJECT_RELS and parse.words[c].upos in NOMINAL_UPOS:
            return c
    return None


def _speaker_from_shared_subject(parse: Parse, verb: Word) -> int | None:
    """ "X smiled and said ...": a coordinated verb shares its first conjunct's subject (the cue's, for a
    second saying the parser hung on the reported clause)."""
    if verb.deprel != "conj" or own_subject_before(parse, verb):
        return None
    found = _subject_up(parse, parse.words[verb.head] if second_saying_of(parse, verb) else verb)
    first = parse.words[verb.head]
    if found is None and 0 <= first.i < verb.i and first.upos == "VERB":
        found = noun_next_to_cue(parse, first)  # "Gov. Rick Olsen (R) blasted/no subject ... and said"
    return found


def _subject_up(parse: Parse, verb: Word) -> int | None:
    """The subject (active or passive: "X was arrested and said") of the nearest governing clause before
    the verb (a governor after it is the reported clause, misattached by the parser)."""
    j = verb.head
    for _ in range(4):
        if j < 0:
            return None
        found = _governor_speaker(parse, parse.words[j]) if j < verb.i else None
        if found is not None:
            return found
        if parse.words[j].deprel not in {"conj", "advcl", "xcomp"}:
            return None
        j = parse.words[j].head
    return None


#: The speaker rules of a verb or noun cue, tried in order (docs/rules.md). The passive agent ("..., it was
#: announced by X") is not one: right for 8 % of its quotes on PolNeAR train, it guessed (see the xfail rows).
_VERB_RULES = (
    (Rule.ASKER, passive_asker),
    (Rule.INVERSION, _speaker_from_inversion),
    (Rule.SUBJECT, _speaker_from_subject),
    (Rule.QUANTIFIER, quantifier_subject),
    (Rule.POSSESSIVE, _speaker_from_possessive),
    (Rule.PARTICIPLE, subject_of_absolute),  # "..., with 30 percent of voters saying ..."
    (Rule.PARTICIPLE, _speaker_from_governor),
    (Rule.PARTICIPLE, _speaker_after_frame),
    (Rule.PARTICIPLE, subject_of_fronted_participle),
    (Rule.SHARED_SUBJECT, _speaker_from_shared_subject),
    (Rule.CONTROLLER, _speaker_from_controller),
    (Rule.CONTROLLER, subject_of_purpose_infinitive),
    (Rule.PARTICIPLE, document_issuer),  # "The campaign released a statement saying ..."
    (Rule.ADJACENT, speaking_document),  # "Workers received a letter saying ..."
    (Rule.ADJACENT, noun_next_to_cue),
    (Rule.PRECEDING_SUBJECT, subject_before_cue),
)
#: The speaker rules of a frame verb (:mod:`quotekit.frames`): its subject after it or before it, or a
#: subject misparsed as passive ("“...?” Hannity pressed/VBN."); the quote then reports :data:`Rule.FRAME`.
_FRAME_RULES = (
    (Rule.INVERSION, _speaker_from_inversion),
    (Rule.SUBJECT, _speaker_from_subject),
    (Rule.SUBJECT, _any_subject),
)
#: The speaker rule of a colon frame (:mod:`quotekit.colons`): the subject of the clause before the colon.
_COLON_RULES = ((Rule.COLON_FRAME, _speaker_from_subject),)
