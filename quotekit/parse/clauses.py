"""Parse repairs of how a clause hangs (:mod:`quotekit.parse.repair` runs them with the others): a relative
clause the models hang on the verb before its noun, an active verb read as a passive, a headline's label
read as a second subject.

- :func:`trailing_relatives`: "He backed parents of citizens who have lived here for years" with the
  "who" clause a conjunct of "backed";
- :func:`active_subjects`: "Berg pointed to the rise in exports" with "Berg" a passive subject;
- :func:`label_subjects`: "The Latest: Kim urges calm" with "Latest" a second subject of "urges";
- :func:`fronted_subjects`: "About four in 10 said they were angry" with "four" an oblique of "said";
- :func:`participle_complements`: "“...,” she said, adding that the plan would work" with "work" the
  complement of "said";
- :func:`subjects_after_commas`: "Shortly afterward, Olsen said ...", "The good news, Woolson said, is
  ..." with "Olsen" and "Woolson" appositions of the phrase before the comma;
- :func:`fronted_cue_subjects`: "Said Ellis: “...”" with "Ellis" the object of "Said".

The verb the models demote into an aside ("Ana Ruiz, a veteran of ..., declined to comment") is
:mod:`.demoted`'s. Each changes only what a correct parse never has, so a correct parse comes back unchanged.
"""

from __future__ import annotations

import itertools

from quotekit.document import Word
from quotekit.lang.en import (
    CLOSING_QUOTES,
    OPENING_QUOTES,
    PERSON_NOUNS,
    PRONOMINAL_COORDINATORS,
    RELATIVE_PRONOUNS,
    RETAGGED_VERBS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    UNAMBIGUOUS_SPEECH_FORMS,
    WIDE_PREPOSITION_CUES,
)
from quotekit.parse.tree import (
    MISATTACHED_CLAUSE_RELS,
    NOMINAL,
    SUBJECT,
    VERBAL,
    Tree,
    edges,
    has_preposition,
    has_subject,
    inside,
    phrase_head,
)

__all__ = [
    "active_subjects",
    "fronted_cue_subjects",
    "fronted_subjects",
    "label_subjects",
    "participle_complements",
    "prepositional_subjects",
    "subjects_after_commas",
    "trailing_relatives",
]


def trailing_relatives(tree: Tree, lo: int, hi: int) -> None:
    """ "He backed parents of citizens who have lived here for years" parsed with the "who" clause a
    conjunct of "backed": a clause after its governor that opens with a relative pronoun of its own (its
    subject or object, or "whose" on one of them) right after a noun, or a noun and a comma, is that noun's
    relative clause, unless the noun is the governor's object with no comma ("She asked aides who would
    run" is a question; "asked aides which plan" has no pronoun of the clause's own)."""
    for clause in range(lo, hi):
        head = tree.heads[clause]
        if not 0 <= head < clause or tree.rels[clause] not in MISATTACHED_CLAUSE_RELS:
            continue
        first = edges(tree, clause)[0]
        if head > first or not _opens_relative(tree, first, clause):
            continue  # "the bill, which he said he would veto": the clause's governor holds its pronoun
        comma = tree.words[first - 1].text == ","
        noun = first - 2 if comma else first - 1
        if noun < lo or tree.words[noun].upos not in NOMINAL:
            continue
        antecedent = phrase_head(tree, noun, first)
        if not comma and tree.heads[antecedent] == head and tree.rels[antecedent] in _QUESTION_ASKEES:
            continue
        tree.move(clause, antecedent, "acl:relcl")


#: A verb's relations to whom a question is put ("asked aides who would run"): no relative clause there.
_QUESTION_ASKEES = frozenset({"obj", "iobj"})


def _opens_relative(tree: Tree, first: int, clause: int) -> bool:
    """Whether word ``first`` is a relative pronoun of ``clause``'s own ("who" in "who lived there",
    "whose" in "whose bill passed")."""
    word = tree.words[first]
    if word.text.lower() not in RELATIVE_PRONOUNS or first < 1:
        return False
    head = tree.heads[first]
    return head == clause or (word.text.lower() == "whose" and head >= 0 and tree.heads[head] == clause)


#: Dependents only an active verb has after it: a complement clause or an object.
_ACTIVE_ONLY_RELS = frozenset({"ccomp", "obj", "xcomp"})
#: What stands before the subject of a verb that frames what was said before it: a comma, a closing mark.
_FRAME_OPENERS = CLOSING_QUOTES | {","}
#: Relations of a participle modifying a noun ("a claim not recognized abroad"): passive, no auxiliary.
_PARTICIPLE_RELS = frozenset({"acl", "amod", "acl:relcl"})


def active_subjects(tree: Tree, lo: int, hi: int) -> None:
    """ "Germany's ambassador to the UN, Klaus Reiter, warned that the council was divided" and "Berg
    pointed to the rise in exports" parsed with the subject a passive one: a passive clause needs its
    auxiliary ("was warned that"), so a cue verb with none (and no "by" agent), heading a clause rather
    than modifying a noun ("a claim not recognized abroad"), is active when it has what only an active
    verb has (:func:`_acts`) or frames what was said before it (:func:`_frames`)."""
    for subject in range(lo, hi):
        verb = tree.heads[subject]
        if tree.rels[subject] != "nsubj:pass" or not subject < verb < hi:
            continue
        if tree.words[verb].lemma not in RETAGGED_VERBS or tree.rels[verb] in _PARTICIPLE_RELS:
            continue
        kids = tree.children(verb)
        if any(tree.rels[c].startswith(("aux", "expl")) or tree.rels[c] == "obl:agent" for c in kids):
            continue
        if _acts(tree, verb, kids) or _frames(tree, subject, verb):
            tree.move(subject, verb, SUBJECT)


def _acts(tree: Tree, verb: int, kids: list[int]) -> bool:
    """Whether ``verb`` has what only an active verb has after it: a clause it says, an object, or the
    preposition it selects ("pointed to the polls", :data:`~quotekit.lang.en.WIDE_PREPOSITION_CUES`)."""
    selected = WIDE_PREPOSITION_CUES.get(tree.words[verb].lemma, frozenset())
    for c in kids:
        if c < verb:
            continue
        if tree.rels[c] in _ACTIVE_ONLY_RELS:
            return True
        if tree.rels[c] == "obl" and any(
            tree.rels[g] == "case" and tree.words[g].lemma.lower() in selected for g in tree.children(c)
        ):
            return True
    return False


def _frames(tree: Tree, subject: int, verb: int) -> bool:
    """Whether ``verb`` frames a quotation or clause before it ("“...,” a friend said", "..., Kim
    predicted."): its subject's phrase opens right after a comma or a closing quotation mark."""
    words = tree.subtree(subject)
    first = min(words)
    return first > 0 and tree.words[first - 1].text in _FRAME_OPENERS and max(words) < verb


def label_subjects(tree: Tree, lo: int, hi: int) -> None:
    """ "The Latest: Kim urges calm" parsed with "Latest" and "Kim" both subjects of "urges": of two
    subjects of one verb with a colon between them, the first is the label of a heading or rubric, not a
    subject (``dep``); a verb has one subject."""
    for verb in range(lo, hi):
        subjects = [c for c in tree.children(verb) if c < verb and tree.rels[c] == SUBJECT]
        for first, second in itertools.pairwise(subjects):
            between = range(max(tree.subtree(first)) + 1, min(tree.subtree(second)))
            if any(tree.words[k].text == ":" for k in between):
                tree.move(first, verb, _LABEL_REL)


#: The relation a heading's label gets: UD's ``dep``, a dependent of no other relation.
_LABEL_REL = "dep"


def fronted_subjects(tree: Tree, lo: int, hi: int) -> None:
    """ "About four in 10 said they were angry", "On taxes, 42% say ...", "Both have promised ...", "By
    big margins, those surveyed say ..." parsed with the subject an oblique, a modifier, a conjunction or
    a clause: a finite verb with no subject has one, so a noun phrase (no punctuation inside it) that
    opens the clause right before the verb, or before its auxiliaries, and is no core argument of another
    word (or the subject of a word before it, or of a cue after it that has its own subject: :func:`_stray`),
    is that verb's subject (UD: a finite clause's subject precedes its verb in a statement)."""
    for verb in range(lo, hi):
        if not _finite(tree, verb) or has_subject(tree, verb):
            continue
        j = verb - 1
        while j >= lo and (
            (tree.heads[j] == verb and tree.rels[j] in _VERB_GROUP_RELS) or _opens_quote(tree, j)
        ):
            j -= 1
        if j < lo or tree.words[j].upos == "PUNCT":
            continue
        top = _phrase_ending(tree, j, lo, verb)
        if _stray(tree, top, verb) and _noun_like(tree, top) and _opens_clause(tree, top, lo):
            tree.move(top, verb, SUBJECT)


def _opens_quote(tree: Tree, j: int) -> bool:
    """Whether word ``j`` is a quotation mark that opens a quotation inside the clause ("Lee and his team
    are “losing ground,” Kim said"): written before the next word without a space, after one."""
    word = tree.words[j]
    if word.text not in OPENING_QUOTES or j + 1 >= len(tree.words) or j == 0:
        return False
    return tree.words[j + 1].start == word.end and tree.words[j - 1].end < word.start


def _stray(tree: Tree, top: int, verb: int) -> bool:
    """Whether the models hung a fronted subject elsewhere: an oblique, modifier, coordinator or clause; the
    subject of a word before it ("Asked about the claim that it had been a fire, Kim said, “...”" with
    "Kim" the subject of "fire"); or a second subject of the cue that ``verb``'s clause hangs on, whose own
    subject stands between the two ("A number of factors make a win unlikely, aides said" with "number"
    and "aides" both subjects of "said")."""
    rel, head = tree.rels[top], tree.heads[top]
    if rel in _STRAY_SUBJECT_RELS:
        return True
    if rel not in _NOMINAL_SUBJECT_RELS:
        return False
    return head < top or (
        tree.heads[verb] == head
        and any(verb < c < head and tree.rels[c] in _NOMINAL_SUBJECT_RELS for c in tree.children(head))
    )


#: Words between a subject and its verb: auxiliaries, negation, adverbs ("have also promised").
_VERB_GROUP_RELS = frozenset({"aux", "aux:pass", "advmod"})
#: What the models make of a fronted subject: never a subject or an object of another word.
_STRAY_SUBJECT_RELS = frozenset(
    {
        "obl",
        "obl:npmod",
        "obl:unmarked",
        "nmod",
        "nmod:npmod",
        "nmod:unmarked",
        "cc",
        "advcl",
        "dep",
        "dislocated",
    }
)
#: Tags of a finite verb.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
#: Relations of a base-form verb that is no finite one: "helped them [win]", "let voters [decide]".
_COMPLEMENT_RELS = frozenset({"xcomp", "ccomp", "csubj", "acl", "advcl"})
#: Where a clause may open: a comma, colon, semicolon, dash or coordinator before its first word.
_CLAUSE_OPENERS = frozenset({",", ":", ";", "—", "–", "--", "-", "and", "but"})


def _finite(tree: Tree, verb: int) -> bool:
    """A verb in a tense, or with an auxiliary before it; the tagger gives a present plural after a number
    the base form ("42% say/VB"): one that is no infinitive or complement counts too."""
    word = tree.words[verb]
    if word.upos != "VERB":
        return False
    if word.xpos in _FINITE_TAGS:
        return True
    kids = [c for c in tree.children(verb) if c < verb]
    if any(tree.rels[c] == "aux" and tree.words[c].text.lower() != "to" for c in kids):
        return True
    return (
        word.xpos == "VB"
        and tree.rels[verb] not in _COMPLEMENT_RELS
        and not any(tree.rels[c] == "mark" for c in kids)
    )


def _phrase_ending(tree: Tree, j: int, lo: int, verb: int) -> int:
    """The largest phrase that ends with word ``j`` and holds no punctuation: "four" for "10" in "About
    four in 10", "42" (not "prices") for "%" in "On prices, 42%"."""
    top = j
    while lo <= tree.heads[top] < verb:
        words = tree.subtree(tree.heads[top])
        if max(words) != j or any(tree.words[k].upos == "PUNCT" for k in words):
            break
        top = tree.heads[top]
    return top


def _noun_like(tree: Tree, top: int) -> bool:
    """A noun, pronoun, number, quantifier ("most", "both") or participle with a determiner ("those
    surveyed")."""
    word = tree.words[top]
    if word.upos in NOMINAL or word.upos in {"NUM", "DET", "ADJ"}:
        return True
    if word.upos == "CCONJ":
        return word.text.lower() in PRONOMINAL_COORDINATORS
    return word.upos == "VERB" and any(tree.rels[c] == "det" for c in tree.children(top))


def _opens_clause(tree: Tree, top: int, lo: int) -> bool:
    """Whether ``top``'s phrase opens the sentence or follows a punctuation mark or coordinator."""
    first = min(tree.subtree(top))
    return first == lo or tree.words[first - 1].text.lower() in _CLAUSE_OPENERS


def participle_complements(tree: Tree, lo: int, hi: int) -> None:
    """ "“...,” she said, adding that the plan would work" parsed with "work" the complement of "said": a
    clause that opens right after a participle set off by a comma (past the participle's adverbs), and that
    a word before the participle governs, is the participle's complement, when it has none of its own."""
    for part in range(lo + 1, hi):
        if tree.words[part].xpos != "VBG" or tree.words[part - 1].text != ",":
            continue
        if any(tree.rels[c] in _OWN_COMPLEMENT_RELS for c in tree.children(part) if c > part):
            continue
        first = part + 1
        while first < hi and tree.words[first].upos == "ADV":
            first += 1
        for clause in range(first, hi):
            if (
                tree.rels[clause] in _HUNG_CLAUSE_RELS
                and tree.heads[clause] < part
                and edges(tree, clause)[0] == first
                and not inside(tree, part, clause)
            ):
                tree.move(clause, part, "ccomp")
                break


#: A participle's own complement: a clause, an infinitive or an object after it.
_OWN_COMPLEMENT_RELS = frozenset({"ccomp", "xcomp", "obj", "parataxis"})
#: How the models hang a participle's clause on the verb before it (a conjunct with no coordinator: the
#: clause opens right after the participle).
_HUNG_CLAUSE_RELS = frozenset({"ccomp", "parataxis", "conj"})


def subjects_after_commas(tree: Tree, lo: int, hi: int) -> None:
    """ "Shortly afterward, Olsen said ...", "Last Monday, Jeb Olsen told ...", "The good news, Woolson
    said, is that ...", "The reef ... would have consequences, Carter said." parsed with the name an
    apposition (or flat, or conjunct) of the phrase before the comma, and that phrase the verb's subject:
    a name or personal pronoun between a comma and the verb right after it is the verb's subject (a
    second one, which the speaker rules take as the speaker), unless the phrase before the comma is a
    person or a role it describes ("The mayor's pollster, Ines Varga says"); of a finite verb with no
    subject at all, the only one ("At a rally on Tuesday, Senator Ana Ruiz of Vermont endorsed ..." with
    the name a conjunct of "Tuesday")."""
    for verb in range(lo + 2, hi):
        if tree.words[verb].upos != "VERB":
            continue
        subjects = [c for c in tree.children(verb) if c < verb and tree.rels[c] in _NOMINAL_SUBJECT_RELS]
        if not subjects and (tree.words[verb].xpos not in _FINITE_TAGS or has_subject(tree, verb)):
            continue
        last = verb - 1
        while last > lo and tree.words[last].upos == "ADV" and tree.heads[last] == verb:
            last -= 1
        comma = last
        while comma > lo and tree.words[comma].text != "," and tree.words[comma].upos != "PUNCT":
            comma -= 1
        if tree.words[comma].text != "," or comma == last:
            continue
        tops = [k for k in range(comma + 1, last + 1) if not comma < tree.heads[k] <= last]
        if len(tops) != 1 or not _names_a_speaker(tree.words[tops[0]]):
            continue
        top = tops[0]
        if not subjects:  # "At a rally on Tuesday, [Senator Ana Ruiz] of Vermont endorsed ...": no subject
            if tree.rels[top] in _STRAY_NAME_RELS and lo <= tree.heads[top] < comma:
                tree.move(top, verb, SUBJECT)
            continue
        owner = next((s for s in subjects if top in tree.subtree(s)), None)
        if owner is None or tree.rels[top] not in _STRAY_NAME_RELS or _describes_person(tree.words[owner]):
            continue
        tree.move(top, verb, SUBJECT)


def prepositional_subjects(tree: Tree, lo: int, hi: int) -> None:
    """ "In a statement, Brian Fallon, a spokesman for the campaign, said ..." parsed with "statement" the
    subject of "said" (or its oblique, the verb left without a subject) and the name a conjunct or
    apposition inside that phrase: a noun phrase opened by its own preposition is never a subject. The
    first name or pronoun right after a comma inside it, which the parser hung there, is the subject (the
    name words and appositions after it hung on it), and the phrase an oblique."""
    for verb in range(lo + 1, hi):
        if tree.words[verb].upos not in VERBAL:
            continue
        for phrase in [c for c in tree.children(verb) if c < verb and has_preposition(tree, c)]:
            if tree.rels[phrase] not in _NOMINAL_SUBJECT_RELS and (
                tree.rels[phrase] != "obl" or has_subject(tree, verb)
            ):
                continue
            name = next((k for k in sorted(tree.subtree(phrase)) if _stray_name(tree, phrase, k)), None)
            if name is None:
                continue
            head = name  # "Senator Ana Ruiz": the name's last word heads it, as split_subjects has it
            while head + 1 < verb and tree.words[head].upos == tree.words[head + 1].upos == "PROPN":
                head += 1
            rest = {c for h in (phrase, tree.heads[name], name) for c in tree.children(h) if c > name}
            tree.move(phrase, verb, "obl")
            tree.move(head, verb, SUBJECT)
            for c in sorted(rest | set(range(name, head))):
                if c == head or inside(tree, c, head) or tree.rels[c] == "punct":  # the name's already
                    continue
                keep = tree.rels[c] == "nmod" and has_preposition(tree, c)  # "Ana Ruiz [of Vermont]"
                tree.move(c, head, "compound" if c < head else tree.rels[c] if keep else "appos")
            last = edges(tree, head)[1]  # the marks inside the name's phrase, not its commas: "Olsen (R)"
            for c in sorted(rest):
                if tree.rels[c] == "punct" and c <= last + 1 and tree.words[c].text != ",":
                    tree.move(c, head, "punct")


def _stray_name(tree: Tree, phrase: int, k: int) -> bool:
    """Whether word ``k`` of a prepositional ``phrase`` is a name or pronoun the parser hung on it right
    after a comma ("In a statement, [Ana Ruiz], ...")."""
    return (
        k > phrase
        and tree.rels[k] in _STRAY_NAME_RELS
        and tree.words[k - 1].text == ","
        and edges(tree, k)[0] == k
        and _names_a_speaker(tree.words[k])
    )


#: Subject relations of a verb before it.
_NOMINAL_SUBJECT_RELS = frozenset({"nsubj", "nsubj:pass"})
#: How the models hang a speaker's name on the phrase before its comma.
_STRAY_NAME_RELS = frozenset({"appos", "flat", "conj", "list", "dep", "compound", "nmod", "parataxis"})
#: Personal pronouns that name a speaker after a comma: "Later in the day, [she] said".
_SPEAKER_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})


def _names_a_speaker(word: Word) -> bool:
    """A proper name or a personal pronoun heads the phrase."""
    return word.upos == "PROPN" or (word.upos == "PRON" and word.text.lower() in _SPEAKER_PRONOUNS)


def _describes_person(word: Word) -> bool:
    """ "The mayor's [pollster], Ines Varga says": a person's name or a noun of a person or role."""
    lemma = word.lemma.lower()
    return word.ner == "person" or lemma in ROLE_NOUNS or lemma in PERSON_NOUNS


def fronted_cue_subjects(tree: Tree, lo: int, hi: int) -> None:
    """ "Said Ellis: “...”", "Added the mayor, “...”" parsed with the speaker the object of the verb that
    opens the sentence: a verb of saying that opens its sentence, with a noun phrase right after it and
    then a comma or colon and an opening quotation mark, is inverted with its subject (quotative inversion,
    Quirk et al. 1985, §18.39), so the noun phrase is its subject."""
    verb = lo
    while verb < hi and tree.words[verb].upos == "PUNCT":
        verb += 1
    word = tree.words[verb] if verb < hi else None
    if word is None or word.upos != "VERB" or not word.text[:1].isupper():
        return
    if word.lemma.lower() not in SPEECH_VERBS and word.text.lower() not in UNAMBIGUOUS_SPEECH_FORMS:
        return  # the lemmatizer may keep the capital of "Said"
    for c in tree.children(verb):
        if tree.rels[c] != "obj" or edges(tree, c)[0] != verb + 1:
            continue
        after = edges(tree, c)[1] + 1
        if (
            after + 1 < hi
            and tree.words[after].text in {",", ":"}
            and tree.words[after + 1].text in OPENING_QUOTES
        ):
            tree.move(c, verb, SUBJECT)
