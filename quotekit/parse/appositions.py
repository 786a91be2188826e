"""Parse repairs of appositions (:mod:`quotekit.parse.repair` runs them with the others): a noun phrase set
off by commas beside a speaker's name that the models hang elsewhere.

- :func:`appositive_subjects`: "Omar Haddad, the novelist, said the book ..." with "novelist" a second
  subject of "said";
- :func:`appositive_coordination`: "Ann Roe, a trade lawyer and senior fellow at ..., said" with "fellow"
  coordinated with "Roe";
- :func:`inverted_appositives`: "..., said Ann Roe, the agency's deputy director." with "director" the
  complement of "said";
- :func:`description_appositions`: "The mayor's pollster, Ines Varga, says" with "Varga" a conjunct of
  "pollster".
"""

from __future__ import annotations

from quotekit.lang.en import TIME_NOUNS
from quotekit.parse.tree import (
    NOMINAL,
    SUBJECT,
    VERBAL,
    Tree,
    complement_has_subject,
    edges,
    ends_sentence,
    has_subject,
    inside,
    phrase_head,
    phrase_top,
    trailing_phrases,
)

__all__ = [
    "appositive_coordination",
    "appositive_subjects",
    "description_appositions",
    "inverted_appositives",
]


def appositive_subjects(tree: Tree, lo: int, hi: int) -> None:
    """ "Omar Haddad, the novelist, said the book was done" parsed with "novelist" as a second subject of
    "said" (or as its only one, "John Kim" stranded in the complement): the phrase between the commas is
    an apposition of the noun before it, and that noun's phrase the subject."""
    for verb in range(lo + 3, hi):
        if tree.words[verb].upos not in VERBAL or tree.words[verb - 1].text != ",":
            continue
        late = [s for s in tree.children(verb) if tree.rels[s] == SUBJECT and edges(tree, s)[1] == verb - 2]
        if not late or not complement_has_subject(tree, verb):
            continue
        first = edges(tree, late[0])[0]
        if first - 2 < lo or tree.words[first - 1].text != "," or tree.words[first - 2].upos not in NOMINAL:
            continue
        host = phrase_head(tree, first - 2, first)
        tree.move(late[0], host, "appos")
        top = phrase_top(tree, host, lo, first)
        if tree.heads[top] != verb:  # the phrase was stranded in the complement ("John Kim, head of ...")
            tree.move(top, verb, SUBJECT)


def appositive_coordination(tree: Tree, lo: int, hi: int) -> None:
    """ "Ann Roe, a trade lawyer and senior fellow at the council," parsed with "fellow" coordinated with
    "Roe": a noun coordinated with a name after the name's apposition is coordinated with the apposition."""
    for name in range(lo, hi):
        appositions = [c for c in tree.children(name) if tree.rels[c] == "appos" and c > name]
        for conjunct in tree.children(name):
            if tree.rels[conjunct] != "conj" or tree.words[conjunct].upos != "NOUN":
                continue
            before = [a for a in appositions if a < conjunct]
            if before and all(tree.words[k].text != "," for k in range(before[-1] + 1, conjunct)):
                tree.move(conjunct, before[-1], "conj")


def inverted_appositives(tree: Tree, lo: int, hi: int) -> None:
    """ "“...,” said Ann Roe, the agency's deputy director." parsed with "director" as the complement of
    "said": after an inverted cue ("," or a closing quotation mark before the verb), a noun phrase that
    follows the name after its subject and a comma, and runs to the sentence's end, is the name's
    apposition."""
    for verb in range(lo + 1, hi):
        if tree.words[verb].upos != "VERB" or tree.words[verb - 1].upos != "PUNCT":
            continue
        after = [c for c in tree.children(verb) if c > verb]
        names = [c for c in after if tree.words[c].upos == "PROPN" and tree.rels[c] in {SUBJECT, "obj"}]
        if not names:
            continue
        name = names[0]
        end = edges(tree, name)[1]
        if end + 2 >= hi or tree.words[end + 1].text != ",":
            continue
        for noun in after:
            first, last = edges(tree, noun)
            if noun <= end + 1 or first != end + 2 or tree.words[noun].upos != "NOUN":
                continue
            trailing = trailing_phrases(tree, verb, noun, last)
            if ends_sentence(tree, edges(tree, trailing[-1])[1] if trailing else last, hi):
                tree.move(noun, name, "appos")
                for phrase in trailing:  # "House editor [for the Weekly Review]" hung on "said"
                    tree.move(phrase, noun, "nmod")


def description_appositions(tree: Tree, lo: int, hi: int) -> None:
    """ "The mayor's pollster, Ines Varga, says ..." parsed with "Varga" a conjunct of "pollster" (or a second
    subject): a person's name after a comma ending a common noun phrase, before a verb (after a comma or
    none), is the phrase's apposition, the phrase the verb's subject if it has none ("“...,” a spokeswoman,
    Ann Roe, said"); so is a name hung on the noun in pieces ("the bank's chairman, Ann Roe, last year")."""
    for after in range(lo + 3, hi):
        verb = _verb_at(tree, after)
        following = tree.words[min(after + 1, hi - 1)].upos  # "the mayor, Ann Roe, and the governor": a list
        if verb is None and (tree.words[after].text != "," or following in _LIST_GOES_ON):
            continue
        last = after - 2 if verb is not None and tree.words[after - 1].text == "," else after - 1
        first = last
        while first > lo and (tree.words[first - 1].upos, tree.words[first - 1].ner) == _PERSON_WORD:
            first -= 1
        if first - 2 < lo or tree.words[first - 1].text != "," or tree.words[last].ner != "person":
            continue
        noun = _nominal_top(tree, first - 2, first - 1)
        start = edges(tree, noun)[0]
        if not _is_description(tree, noun):
            continue
        if verb is None:
            if any(tree.heads[k] not in {*range(first, last + 1), noun} for k in range(first, last + 1)):
                continue  # only a name the parser hung on the noun
        elif (tree.heads[noun], tree.rels[noun]) != (verb, SUBJECT) and not (
            start == lo or tree.words[start - 1].upos in {"PUNCT", "ADV"}  # "Now the chancellor ..."
        ):
            continue  # "Asked about the device, O'Neill said": the phrase is another verb's object
        name = _one_name(tree, first, last)
        if inside(tree, noun, name):  # the name heads the description: the description takes its place
            tree.move(noun, tree.heads[name], tree.rels[name])
        if (tree.heads[name], tree.rels[name]) != (noun, "appos"):
            tree.move(name, noun, "appos")
        if verb is not None:
            _description_subject(tree, verb, noun, start)


def _verb_at(tree: Tree, i: int) -> int | None:
    """The verb that word ``i`` starts: the verb, or the verb of an auxiliary ("has" of "has faced")."""
    if tree.words[i].upos == "VERB":
        return i
    head = tree.heads[i]
    if tree.words[i].upos == "AUX" and tree.rels[i].startswith("aux") and head > i:
        return head if tree.words[head].upos == "VERB" else None
    return None


def _description_subject(tree: Tree, verb: int, noun: int, start: int) -> None:
    """``noun``'s phrase as ``verb``'s subject, a subject split off its front put back ("Delta Mills's")."""
    for stray in [s for s in tree.children(verb) if tree.rels[s] == SUBJECT and s != noun]:
        if edges(tree, stray)[1] + 1 == start and not inside(tree, start, stray):
            tree.move(stray, start, "compound")
            start = edges(tree, stray)[0]
    if not has_subject(tree, verb) and not inside(tree, verb, noun):
        tree.move(noun, verb, SUBJECT)


#: A word of a person's name; what follows the comma after a name in a list ("the mayor, Ann Roe, and").
_PERSON_WORD = ("PROPN", "person")


_LIST_GOES_ON = frozenset({"CCONJ", "PROPN", "PUNCT"})


#: Relations of a noun phrase that says when or how, not who ("Last week, Ann Roe said").
_ADVERBIAL_RELS = frozenset({"obl", "obl:tmod", "obl:npmod", "nmod:tmod", "advmod", "advcl", "vocative"})


def _is_description(tree: Tree, noun: int) -> bool:
    """A common noun that can describe a person: no adverbial, time or preposition's object."""
    word, kids = tree.words[noun], tree.children(noun)
    timeless = word.lemma.lower() not in TIME_NOUNS and tree.rels[noun] not in _ADVERBIAL_RELS
    return word.upos == "NOUN" and timeless and not any(tree.rels[c] == "case" and c < noun for c in kids)


def _nominal_top(tree: Tree, i: int, stop: int) -> int:
    """The top of the noun phrase ``i`` ends: "chancellor" for "University" in "the chancellor of ..."."""
    while 0 <= tree.heads[i] < stop and tree.words[tree.heads[i]].upos in NOMINAL:
        i = tree.heads[i]
    return i


def _one_name(tree: Tree, first: int, last: int) -> int:
    """The head of the name ``first..last``, its stray words (hung outside it) made its ``flat``."""
    tops = [k for k in range(first, last + 1) if not first <= tree.heads[k] <= last]
    for k in tops[1:]:
        if not inside(tree, tops[0], k):  # never a loop: "Ann" under a comma that hangs on "Roe"
            tree.move(k, tops[0], "flat")
    return tops[0]
