"""Verbs the tagger read as plural nouns, tagged as verbs again before the dependency parse.

The offline models (and, less often, stanza's released ones) tag a reporting verb in the third person as a
plural noun right after its subject: "A new poll shows/NNS Kim ahead", "The ministry says/NNS it will
appeal". The parser then builds one noun phrase of subject, verb and object, and no rule can read the
clause. A word is tagged as the verb it is (VBZ) before the parse when, on the tags alone:

- it is the third-person form of a verb a cue lexicon holds (:data:`~quotekit.lang.en.RETAGGED_VERBS`),
  written in lower case (a capital is a name's: "the United States"), unless the sentence is a headline
  in title case ("New Poll Shows Wide Gap", "Kim Says She Will Run");
- the word before it can end its subject's phrase: a noun, a name, a pronoun, a number or a gerund ("poll",
  "Kim", "it", "an average of polls", "One", "polling"), not a determiner, adjective or possessive ("his
  plans", "new shows");
- the word after it can open its complement: "that", or anything but a verb ("TV shows air"), a
  preposition ("floor shows than"), "to", a conjunction, an adverb ("TV shows never die") or punctuation.

A verb before a quotation (right after it, or after a colon or comma) after a one-word subject with an
article ("The ad says “...”", a homograph too: "The ad claims “...”") is a verb whatever the tagger made
of that subject ("ad/JJ").
A "that" right after such a verb that the tagger read as a pronoun or determiner is tagged as the
complementizer that opens the verb's clause (:func:`misread_complementizers`). A verb in the past that the
tagger read as a past participle between its subject and its object ("Most young voters backed/VBN Kim")
is tagged as the past verb it is (:func:`misread_participles`), and so is one right after the comma that
closes its subject's apposition, before any finite verb ("Roe, a former aide, criticized/VBN Kim":
:func:`misread_pasts_after_comma`). A cue verb in the plural present that the
tagger read as a noun, adjective or preposition between the end of its subject and its clause ("Cologne
police say/IN they ...") is tagged as the verb it is (:func:`misread_base_forms`), and so is a form of a
verb of saying that is never a noun ("says", "wrote", "insists": :func:`misread_speech_forms`).

A reflexive pronoun the tagger read as a noun, adjective or verb ("Cruz himself/VB said"), and "whose" read
as a determiner, are tagged as the pronouns they are (:func:`misread_pronouns`).

A form whose plural is a common noun as well (:data:`~quotekit.lang.en.NOUN_VERB_HOMOGRAPHS`: "news
reports", "phone calls", "his claims that") is a verb only right after a name or pronoun that no
determiner, possessive, adjective or preposition precedes, and before a pronoun, determiner, possessive,
name or number ("Biden calls/NNS Trump a risk"; not "the Paris attacks", "Paris attacks test ...") or the
preposition the verb selects in the wider notion ("Perez talks/NNS about ...", "Francis points/NNS to ...":
:data:`~quotekit.lang.en.WIDE_PREPOSITION_CUES`; not "Peace talks about ...", after a common noun);
"states" never ("the early states").

Requires: each sentence's words as (text, xpos) pairs from the tagger. Provides :func:`misread_verbs`,
:func:`misread_complementizers`, :func:`misread_participles`, :func:`misread_pasts_after_comma`,
:func:`misread_base_forms` and :func:`misread_speech_forms`, the indices to retag; :mod:`.build`
applies them to stanza's words before the parse runs (with those of :mod:`.openers`: a participle of
saying or a "that" that opens a reported clause).
"""

from __future__ import annotations

from collections.abc import Sequence

from quotekit.lang.en import (
    FINITE_VERB_TAGS,
    NAMING_CUES,
    NOUN_ONLY_FORMS,
    NOUN_VERB_HOMOGRAPHS,
    OPENING_QUOTES,
    PRONOUN_TAGS,
    RETAGGED_VERBS,
    TIME_NOUNS,
    UNAMBIGUOUS_APPEARANCE_FORMS,
    UNAMBIGUOUS_SPEECH_FORMS,
    WIDE_PREPOSITION_CUES,
    verb_forms,
)

__all__ = [
    "COMPLEMENTIZERS",
    "COMPLEMENTIZER_TAGS",
    "PARTICIPLE_TAGS",
    "PAST_TAGS",
    "PLURAL_VERB_TAGS",
    "THAT_PRONOUN_TAGS",
    "VERB_TAGS",
    "misread_base_forms",
    "misread_complementizers",
    "misread_fronted_forms",
    "misread_participles",
    "misread_pasts_after_comma",
    "misread_pronouns",
    "misread_speech_forms",
    "misread_verbs",
]

#: What a retagged word becomes: UPOS, XPOS and features of a verb in the third person singular present ...
VERB_TAGS = ("VERB", "VBZ", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin")
#: ... of a verb in the present, not in the third person singular ("police say/VBP") ...
PLURAL_VERB_TAGS = ("VERB", "VBP", "Mood=Ind|Tense=Pres|VerbForm=Fin")
#: ... and of the "that" that opens its clause ...
COMPLEMENTIZER_TAGS = ("SCONJ", "IN", None)
#: ... and of a verb in the past read as a participle ...
PAST_TAGS = ("VERB", "VBD", "Mood=Ind|Tense=Past|VerbForm=Fin")
#: ... and of a present participle read as a noun.
PARTICIPLE_TAGS = ("VERB", "VBG", "Tense=Pres|VerbForm=Part")
#: The third-person and the regular past forms of :data:`RETAGGED_VERBS`, each with its verb
#: (:func:`~quotekit.lang.en.verb_forms`): "shows" -> "show", "denies" -> "deny", "committed" -> "commit".
_THIRD_PERSON = {f: v for v in sorted(RETAGGED_VERBS) for f in verb_forms(v) if f.endswith("s") and f != v}
_PAST = {f: v for v in sorted(RETAGGED_VERBS) for f in verb_forms(v) if f.endswith("ed") and f != v}
#: The verb forms that are never nouns, whatever the tagger makes of them.
_NEVER_NOUNS = UNAMBIGUOUS_SPEECH_FORMS | UNAMBIGUOUS_APPEARANCE_FORMS
#: A homograph is a verb only right after a name or pronoun (not one inside a noun phrase: "the Paris
#: attacks", "his Twitter posts") and before a word that opens its object: a pronoun, determiner,
#: possessive, name, number, an opening quotation mark.
_NAME_TAGS = frozenset({"NNP", "PRP"})
_MODIFIER_TAGS = frozenset({"DT", "PRP$", "POS", "JJ", "IN", "WP$"})
#: Tags of the first word of a verb's object: a name, determiner, pronoun, possessive, number.
_OBJECT_TAGS = frozenset({"NNP", "DT", "PRP", "PRP$", "CD"})
_OPENER_TAGS = _OBJECT_TAGS | {"``"}
#: Tags of the first word of a homograph's object: an opener, or a gerund ("Cruz supports/NNS [raising]
#: taxes", "Critics attack/NN [cutting] the budget"), which no noun of a compound runs on into.
_HOMOGRAPH_OBJECT_TAGS = _OPENER_TAGS | {"VBG"}
#: The same without the opening quotation mark.
_GERUND_OR_OBJECT = _OBJECT_TAGS | {"VBG"}
#: Tags of a plural noun, common or proper, that may be a misread verb.
_PLURAL_NOUN_TAGS = frozenset({"NNS", "NNPS"})
#: In a headline in title case the tagger reads a capitalized verb as any noun, a name's too.
_HEADLINE_NOUN_TAGS = _PLURAL_NOUN_TAGS | {"NNP", "NN"}
#: A headline in title case: this many words at least, this share of them capitalized.
_HEADLINE_WORDS = 4
_HEADLINE_SHARE = 0.8
#: Tags of a word that can end the verb's subject phrase: a noun or name, also a plural one that ends a
#: phrase after its head ("an average of polls shows/NNS ..."), a pronoun, a number ("One says/NNS ..."), a
#: gerund ("Exit polling shows/NNS ...").
_SUBJECT_END_TAGS = frozenset({"NN", "NNP", "NNS", "NNPS", "PRP", "CD", "VBG"})
#: Tag prefixes of a word that cannot follow a verb as its complement's first word but does follow a plural
#: noun: a verb ("TV shows air"), a preposition ("floor shows than"), "to", a conjunction, an adverb ("TV
#: shows never die"), punctuation or a possessive ending.
_NOT_AFTER_VERB_TAGS = ("VB", "MD", "IN", "TO", "CC", "RB", "POS", ".", ",", ":", "''", "-")
#: Words that open a complement clause (tagged IN, but a verb's complement).
COMPLEMENTIZERS = frozenset({"that"})
#: Verbs whose passive participle takes a noun complement ("a host considered one of the best", "a group
#: called Vox"): a participle of theirs before a noun phrase stays one.
_COMPLEMENT_PASSIVES = NAMING_CUES | frozenset({"consider", "deem", "term", "name", "title"})
#: Auxiliaries of a perfect or passive participle, up to this many words before it ("has long backed").
_AUXILIARIES = frozenset("be is are was were been being am have has had having".split())
_AUXILIARY_REACH = 4
#: Tags of the word before a misread past verb: the end of its subject's phrase.
_PARTICIPLE_SUBJECT_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP"})
#: Homographs whose verb reports a "that" clause right after a name ("the Washington Post reports that",
#: "Brookings estimates that"), where their noun takes a relative clause less often ("Clinton emails that").
_THAT_HOMOGRAPHS = frozenset({"report", "estimate", "note", "claim"})
#: Tags of "that" read as a pronoun or determiner.
THAT_PRONOUN_TAGS = frozenset({"WDT", "DT"})


def misread_verbs(tagged: Sequence[tuple[str, str]]) -> list[int]:
    """The indices of ``tagged`` (one sentence's (text, xpos) pairs) that are verbs read as plural nouns.

    >>> misread_verbs([("A", "DT"), ("poll", "NN"), ("shows", "NNS"), ("Kim", "NNP"), ("ahead", "RB")])
    [2]
    >>> misread_verbs([("His", "PRP$"), ("claims", "NNS"), ("that", "IN"), ("he", "PRP"), ("won", "VBD")])
    []
    """
    out = []
    headline = _in_title_case(tagged)  # "New Poll Shows/NNPS Wide Gap": every word capitalized
    for k in range(1, len(tagged) - 1):
        text, xpos = tagged[k]
        tags, written = (
            (_HEADLINE_NOUN_TAGS, text[:1].isupper()) if headline else (_PLURAL_NOUN_TAGS, text.islower())
        )
        if xpos in tags and written and _verb_stands(tagged, k, _THIRD_PERSON.get(text.lower())):
            out.append(k)
    return out


def misread_base_forms(tagged: Sequence[tuple[str, str]]) -> list[int]:
    """The indices of ``tagged`` that are verbs in the plural present read as a noun, adjective or
    preposition ("Cologne police say/IN they have not ...", "A mere 9 percent say/NN they ..."): the base
    form of a cue verb whose noun is no homograph (:data:`~quotekit.lang.en.NOUN_VERB_HOMOGRAPHS`: "the
    final say" has an adjective before it, "a report that" is a noun), in lower case, right after a noun,
    name or number that ends its subject (no determiner, possessive or adjective before the form) and
    before the clause it reports (a pronoun, determiner, possessive, name or number, or "that").

    >>> misread_base_forms([("Cologne", "NNP"), ("police", "NN"), ("say", "IN"), ("they", "PRP")])
    [2]
    >>> misread_base_forms([("the", "DT"), ("final", "JJ"), ("say", "NN"), ("on", "IN")])
    []
    """
    out = []
    for k in range(1, len(tagged) - 1):
        text, xpos = tagged[k]
        if not text.islower() or text not in _BASE_FORMS or xpos.startswith(("VB", "MD")):
            continue
        (_, before), (after_text, after) = tagged[k - 1], tagged[k + 1]
        opens = after in _REPORT_OPENER_TAGS or after_text.lower() in COMPLEMENTIZERS
        single = before == "NN" and k >= 2 and tagged[k - 2][0].lower() in _SINGULAR_OPENERS
        if before in _BASE_SUBJECT_TAGS and opens and not single:  # not "an hourlong/NN show that aired"
            out.append(k)
    return sorted({*out, *_misread_homograph_bases(tagged)})


def _misread_homograph_bases(tagged: Sequence[tuple[str, str]]) -> list[int]:
    """The base forms of noun-verb homographs read as nouns right after a plural noun and before the first
    word of an object that no noun phrase runs on into: a determiner, name, pronoun, possessive, number or
    gerund ("Most voters support/NN [the] plan", "Two-thirds support/NN [reducing] sentences"; a plural
    noun modifies no noun after it). Before a common noun the form stays a noun ("union members support
    staff" is ambiguous)."""
    out = []
    for k in range(1, len(tagged) - 1):
        text, xpos = tagged[k]
        after = tagged[k + 1][1]
        plural_before = tagged[k - 1][1] in _PLURAL_NOUN_TAGS
        if (
            text in _HOMOGRAPH_BASES
            and xpos in {"NN", "NNP", "JJ"}
            and plural_before
            and after in _GERUND_OR_OBJECT
        ):
            out.append(k)
    return out


#: Base forms that are common nouns as well, beyond the homographs of plural forms: "One label Rubio resists",
#: "the rowdy feel that".
_NOUN_BASES = frozenset("label feel express echo blast forecast embrace mock dub muse highlight".split())
#: Base forms of the cue verbs whose nouns are no homographs ("say", "argue", "believe", "insist").
_BASE_FORMS = frozenset(
    v for v in RETAGGED_VERBS if v not in NOUN_VERB_HOMOGRAPHS | _NOUN_BASES and v.isalpha()
)
#: Base forms of the cue verbs whose nouns are homographs ("support", "attack", "plan").
_HOMOGRAPH_BASES = frozenset(v for v in RETAGGED_VERBS if v in NOUN_VERB_HOMOGRAPHS and v.isalpha())
#: Tags of a word that may open the clause a verb in the plural present reports ("say [they] ...").
_REPORT_OPENER_TAGS = _OPENER_TAGS | {"PRP$", "EX"}
#: Articles before the one-word subject of a verb that introduces a quotation.
_ARTICLES = frozenset({"the", "a", "an"})
#: Words before a singular noun that make it a noun phrase of its own, no subject of a plural verb.
_SINGULAR_OPENERS = _ARTICLES | {"one", "this", "that"}
#: Tags of the word that ends a plural subject right before its verb: "police", "voters", "Democrats", "43".
_BASE_SUBJECT_TAGS = frozenset({"NN", "NNS", "NNPS", "NNP", "CD"})


def misread_speech_forms(tagged: Sequence[tuple[str, str]]) -> list[int]:
    """The indices of ``tagged`` that are forms of verbs of saying or appearance that are never nouns
    (:data:`~quotekit.lang.en.UNAMBIGUOUS_SPEECH_FORMS`: "says", "wrote", "insists";
    :data:`~quotekit.lang.en.UNAMBIGUOUS_APPEARANCE_FORMS`: "appears", "seemed") read as a noun,
    adjective or preposition ("Rubio says/NNS, win or lose, he ...", "“...,” Rubio wrote/NN."), in lower
    case, not after a determiner or possessive nor right before a finite verb ("Everything Trump says is
    a lie": a relative clause), outside a headline in title case.

    >>> misread_speech_forms([("Rubio", "NNP"), ("says", "NNS"), (",", ","), ("win", "VB")])
    [1]
    """
    if _in_title_case(tagged):
        return []
    return [
        k
        for k, (text, xpos) in enumerate(tagged)
        if text in _NEVER_NOUNS
        and not xpos.startswith(("VB", "MD"))
        and (k == 0 or tagged[k - 1][1] not in {"DT", "PRP$", "POS"})
        and (k + 1 == len(tagged) or tagged[k + 1][1] not in FINITE_VERB_TAGS)  # "... says/NNS is a lie"
    ]


def misread_fronted_forms(tagged: Sequence[tuple[str, str]]) -> list[int]:
    """The index of a form of a verb of saying that opens its sentence before its speaker and the quotation
    (quotative inversion with the verb first: "Said Ellis: “...”", "Added the mayor, “...”"), which the
    tagger reads as a name ("Said/NNP Ellis"), when a comma or colon and an opening quotation mark follow
    the speaker's words; else none.

    >>> misread_fronted_forms([("Said", "NNP"), ("Ellis", "NNP"), (":", ":"), ("“", "``"), ("No", "UH")])
    [0]
    """
    if not tagged or tagged[0][0].lower() not in _FRONTED_FORMS or not tagged[0][0][:1].isupper():
        return []
    for k in range(1, min(len(tagged) - 1, _FRONTED_SPEAKER_WORDS + 1)):
        if tagged[k][0] in {",", ":"}:
            return [0] if k > 1 and tagged[k + 1][0] in OPENING_QUOTES else []
    return []


#: The forms of verbs of saying that open a sentence before their speaker and quotation ("Said Ellis:").
_FRONTED_FORMS = UNAMBIGUOUS_SPEECH_FORMS | frozenset(
    "added stated explained noted continued declared replied recalled concluded observed".split()
)
#: The most words of a fronted verb's speaker before the comma or colon of its quotation.
_FRONTED_SPEAKER_WORDS = 8


def misread_pronouns(tagged: Sequence[tuple[str, str]]) -> list[int]:
    """The indices of the pronouns of ``tagged`` whose tags never vary (the reflexives, "whose":
    :data:`~quotekit.lang.en.PRONOUN_TAGS`) tagged as anything else ("Cruz himself/VB said", "calls
    herself/NN a moderate", "Ruiz, whose/DT campaign said ..."): such a word is the same pronoun wherever
    it stands.

    >>> misread_pronouns([("Cruz", "NNP"), ("himself", "VB"), ("said", "VBD"), ("whose", "DT")])
    [1, 3]
    """
    return [
        k
        for k, (text, tag) in enumerate(tagged)
        if text.lower() in PRONOUN_TAGS and tag != PRONOUN_TAGS[text.lower()][1]
    ]


def _in_title_case(tagged: Sequence[tuple[str, str]]) -> bool:
    """Whether a sentence is a headline in title case or capitals ("New Poll Shows Wide Gap"): four words or
    more, nearly all capitalized."""
    words = [text for text, _ in tagged if text[:1].isalpha()]
    capitalized = sum(text[:1].isupper() for text in words)
    return len(words) >= _HEADLINE_WORDS and capitalized >= _HEADLINE_SHARE * len(words)


def misread_participles(tagged: Sequence[tuple[str, str]]) -> list[int]:
    """The indices of ``tagged`` that are verbs in the past read as past participles ("Most young voters
    backed/VBN Kim"): a cue verb's -ed form right after its subject, with no auxiliary before it, and
    before its object (a name, pronoun, determiner, possessive or number, or "that"). A participle that
    modifies a noun takes no object ("the plan released Tuesday", "a host considered one of the best":
    a time word, or a verb whose passive takes a noun complement, stays a participle).

    >>> misread_participles([("Most", "JJS"), ("voters", "NNS"), ("backed", "VBN"), ("Kim", "NNP")])
    [2]
    >>> misread_participles([("The", "DT"), ("plan", "NN"), ("released", "VBN"), ("Tuesday", "NNP")])
    []
    """
    out = []
    for k in range(1, len(tagged) - 1):
        text, xpos = tagged[k]
        lemma = _PAST.get(text)
        if xpos != "VBN" or not text.islower() or lemma is None or lemma in _COMPLEMENT_PASSIVES:
            continue
        if any(word.lower() in _AUXILIARIES for word, _ in tagged[max(0, k - _AUXILIARY_REACH) : k]):
            continue
        if tagged[k - 1][1] in _PARTICIPLE_SUBJECT_TAGS and _object_after(tagged, k):
            out.append(k)
    return out


def _object_after(tagged: Sequence[tuple[str, str]], k: int) -> bool:
    """Whether the word after ``k`` opens a past verb's object or clause (a name, pronoun, determiner,
    possessive or number, or "that"), and is no time word ("the plan released Tuesday")."""
    after_text, after = tagged[k + 1]
    opens = after in _OBJECT_TAGS or after_text.lower() in COMPLEMENTIZERS or _modified_noun(tagged, k + 1)
    return opens and after_text.lower() not in TIME_NOUNS


def _modified_noun(tagged: Sequence[tuple[str, str]], j: int) -> bool:
    """Whether an adjective at ``j`` opens a noun phrase ("opposed/VBN [congressional] efforts"): a noun
    right after it, neither a time word ("released [last] week")."""
    if tagged[j][1] != "JJ" or j + 1 >= len(tagged) or tagged[j + 1][1] not in _COMMON_NOUN_TAGS:
        return False
    return tagged[j][0].lower() not in _TIME_ADJECTIVES and tagged[j + 1][0].lower() not in TIME_NOUNS


#: Tags of a common noun after an adjective, and adjectives that open a phrase of time.
_COMMON_NOUN_TAGS = frozenset({"NN", "NNS"})
_TIME_ADJECTIVES = frozenset({"last", "next", "past", "previous", "early", "late", "recent"})


def misread_pasts_after_comma(tagged: Sequence[tuple[str, str]]) -> list[int]:
    """The indices of ``tagged`` that are the main verb in the past read as a participle after a comma that
    closes its subject's apposition or an adjunct ("Mukasey, a former attorney general, criticized/VBN
    Clinton's ...", "Cruz, with unconcealed delight, chided/VBN Trump"): a cue verb's -ed form right after
    a comma, with no finite verb before it in the sentence (its clause has no verb yet) nor an auxiliary,
    before its object (:func:`_object_after`, as for :func:`misread_participles`).

    >>> misread_pasts_after_comma([("Roe", "NNP"), (",", ","), ("an", "DT"), ("aide", "NN"), (",", ","),
    ...                            ("praised", "VBN"), ("Kim", "NNP")])
    [5]
    >>> misread_pasts_after_comma([("The", "DT"), ("plan", "NN"), (",", ","), ("released", "VBN"),
    ...                            ("Tuesday", "NNP"), (",", ","), ("failed", "VBD")])
    []
    """
    out = []
    for k in range(2, len(tagged) - 1):
        text, xpos = tagged[k]
        lemma = _PAST.get(text)
        if xpos != "VBN" or tagged[k - 1][0] != "," or lemma is None or lemma in _COMPLEMENT_PASSIVES:
            continue
        if any(tag in FINITE_VERB_TAGS or word.lower() in _AUXILIARIES for word, tag in tagged[:k]):
            continue
        if _object_after(tagged, k):
            out.append(k)
    return out


def misread_complementizers(tagged: Sequence[tuple[str, str]], verbs: Sequence[int]) -> list[int]:
    """The indices of "that" right after the retagged ``verbs`` that opens their clause but was tagged as
    a pronoun or determiner ("A poll shows that/WDT most voters ..."): "that" before anything but a verb
    (a relative "that" is its clause's subject: "that is").

    >>> misread_complementizers([("poll", "NN"), ("shows", "NNS"), ("that", "WDT"), ("most", "JJS")], [1])
    [2]
    """
    out = []
    for k in verbs:
        that, after = k + 1, k + 2
        if after >= len(tagged) or tagged[that][0].lower() not in COMPLEMENTIZERS:
            continue
        if tagged[that][1] in THAT_PRONOUN_TAGS and not tagged[after][1].startswith(_NOT_AFTER_VERB_TAGS):
            out.append(that)
    return out


def _verb_stands(tagged: Sequence[tuple[str, str]], k: int, lemma: str | None) -> bool:
    """Whether the form at ``k`` stands where a verb of ``lemma`` stands: after its subject, before its
    clause or object (see the module's notes)."""
    if lemma is None or lemma in NOUN_ONLY_FORMS:
        return False
    (_, before), (after_text, after) = tagged[k - 1], tagged[k + 1]
    if _quotes_after(tagged, k) and _noun_after_article(tagged, k - 1):
        return True  # "The ad says/NNS “...”", "The ad/JJ claims/NNS “...”": a noun phrase, then a quotation
    if lemma in NOUN_VERB_HOMOGRAPHS:  # "Biden calls/NNS Trump a risk", not "news reports", "his claims that"
        return (
            before in _NAME_TAGS
            and (
                after in _HOMOGRAPH_OBJECT_TAGS
                or (lemma in _THAT_HOMOGRAPHS and after_text.lower() == "that")
                or after_text.lower() in WIDE_PREPOSITION_CUES.get(lemma, ())  # "Roe talks about ..."
            )
            and (k < 2 or tagged[k - 2][1] not in _MODIFIER_TAGS)
        )
    opens = after_text.lower() in COMPLEMENTIZERS or not after.startswith(_NOT_AFTER_VERB_TAGS)
    return before in _SUBJECT_END_TAGS and opens


def _quotes_after(tagged: Sequence[tuple[str, str]], k: int) -> bool:
    """Whether an opening quotation mark follows word ``k``, right after it or after a colon or comma:
    "says “...", "claims: “..."."""
    after = k + 1
    if after < len(tagged) and tagged[after][0] in {":", ","}:
        after += 1
    return after < len(tagged) and tagged[after][0] in OPENING_QUOTES


def _noun_after_article(tagged: Sequence[tuple[str, str]], k: int) -> bool:
    """Whether word ``k`` is a one-word noun after an article ("The ad", which the tagger may call an
    adjective: "ad/JJ"), the whole subject of the verb after it."""
    return (
        k >= 1
        and tagged[k][1] in {"NN", "NNP", "JJ"}
        and tagged[k - 1][0].lower() in _ARTICLES
        and (k < 2 or tagged[k - 2][1] not in _MODIFIER_TAGS | {"NN", "NNP", "NNS"})
    )
