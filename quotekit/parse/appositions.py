"""Parse repairs of appositions (:mod:`quotekit.parse.repair` runs them with the others): a noun phrase set
off by commas beside a speaker's name that the models hang elsewhere.

- :func:`appositive_subjects`: "Omar Haddad, the novelist, said the book ..." with "novelist" a second
  subject of "said";
- :func:`appositive_coordination`: "Ann Roe, a trade lawyer and senior fellow at ..., said" with "fellow"
  coordinated with "Roe";
- :func:`inverted_appositives`: "..., said Ann Roe, the agency's deputy director." with "director" the
  complement of "said";
- :func:`description_appositions`: "The mayor's pollster, Ines Varga, says" with "Varga" a conjunct of
  "pollster";
- :func:`quoted_titles`: "“Late Night” host Ann Roe said" with "Roe" a ``flat`` of "Late": a name
  never runs on across a closing quotation mark;
- :func:`vocative_names`: "Varga, a former union leader, had ties to ..." with "Varga" a ``vocative`` and
  "leader" the subject.
"""

from __future__ import annotations

from quotekit.lang.en import CLOSING_QUOTES, OPENING_QUOTES, TIME_NOUNS
from quotekit.parse.tree import (
    NAME_RELS,
    NOMINAL,
    SUBJECT,
    VERBAL,
    Tree,
    complement_has_subject,
    edges,
    ends_sentence,
    has_preposition,
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
    "quoted_titles",
    "vocative_names",
]


def appositive_subjects(tree: Tree, lo: int, hi: int) -> None:
    """ "Omar Haddad, the novelist, said the book was done" parsed with "novelist" as a second subject of
    "said" (or as its only one, "John Kim" stranded in the complement): the phrase between the commas is
    an apposition of the noun before it, and that noun's phrase the subject."""
    for verb in range(lo + 3, hi):
        if tree.words[verb].upos not in VERBAL or tree.words[verb - 1].text != ",":
            continue
        late = [s for s in tree.children(verb) if tree.rels[s] == SUBJECT and edges(tree, s)[1] == verb - 2]
        if not late:
            continue
        first = edges(tree, late[0])[0]
        if first - 2 < lo or tree.words[first - 1].text != ",":
            continue
        noun = _before_parenthesis(tree, first - 2, lo)  # "Rep. Tom Ekker (R-Ohio), a panel member, said"
        if noun < lo or tree.words[noun].upos not in NOMINAL:
            continue
        if not complement_has_subject(tree, verb) and _ends_at_punctuation(tree, verb, hi):
            continue  # "The museum, the mayor said, would open": an interruption
        host = phrase_head(tree, noun, first)
        top = phrase_top(tree, host, lo, first)
        # "In a statement, Ana Ruiz, the mayor, said": a phrase with its own preposition is no subject
        # (clauses.prepositional_subjects) and hosts no name
        prepositional = has_preposition(tree, top)
        if not prepositional or (top != host and tree.words[late[0]].upos != "PROPN"):
            tree.move(late[0], host, "appos")
        if prepositional:
            continue
        # the phrase stranded in the complement ("John Kim, head of ..."), or a vocative ("Varga, ...")
        if tree.heads[top] != verb or tree.rels[top] != SUBJECT:
            tree.move(top, verb, SUBJECT)


def _ends_at_punctuation(tree: Tree, verb: int, hi: int) -> bool:
    """Whether the verb's clause stops right after it (past its adverbs), at punctuation or the sentence's
    end, as a reporting frame set inside a clause does ("The museum, the mayor said, would open"); not
    "Nordbank, the country's largest lender, says profits fell" (its complement misparsed)."""
    k = verb + 1
    while k < hi and tree.words[k].upos == "ADV":
        k += 1
    return k >= hi or tree.words[k].upos == "PUNCT"


def _before_parenthesis(tree: Tree, i: int, lo: int) -> int:
    """The word before the parenthesis that ``i`` closes ("Ekker" for ")" of "Ekker (R-Ohio)"), else ``i``."""
    if tree.words[i].text != ")":
        return i
    for k in range(i - 1, lo - 1, -1):
        if tree.words[k].text == "(":
            return k - 1
    return i


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


def quoted_titles(tree: Tree, lo: int, hi: int) -> None:
    """ "“Late Night” host Ann Roe said" parsed with "Roe" a ``flat`` of "Night" (NER runs the person over
    the show's title): a name never runs on across a closing quotation mark. The name after the mark
    takes the title's place in the sentence, and the quoted title (every word of it hung outside it) is
    the name's ``compound``, as a show's name before a role is ("CNN anchor Ann Roe")."""
    for name in range(lo + 2, hi):
        title = tree.heads[name]
        if tree.rels[name] not in NAME_RELS or not lo <= title < name or tree.words[name].upos != "PROPN":
            continue
        marks = [k for k in range(title + 1, name) if tree.words[k].text in CLOSING_QUOTES]
        opening = _title_opening(tree, lo, title, marks[0]) if marks else None
        if opening is None or any(tree.words[k].upos not in _ROLE_PHRASE for k in range(marks[0] + 1, name)):
            continue  # "the ''Buffett rule'' after Warren Buffett": the name is no part of the phrase
        tree.move(name, tree.heads[title], tree.rels[title])
        tree.move(title, name, "compound")
        for stray in range(opening + 1, marks[0]):  # "Daily" of "“Daily Show”" hung on the verb
            inner = opening < tree.heads[stray] < marks[0]
            if stray != title and not inner and not inside(tree, title, stray):
                tree.move(stray, title, "flat")


def _title_opening(tree: Tree, lo: int, title: int, mark: int) -> int | None:
    """The opening quotation mark of a short quoted title ("“Daily Show”") around ``title`` that ``mark``
    closes: at most :data:`_TITLE_WORDS` words, not a quotation's end ("..., Mr. President,”")."""
    if tree.words[mark - 1].upos == "PUNCT":
        return None
    for k in range(title - 1, max(lo, mark - _TITLE_WORDS - 1) - 1, -1):
        if tree.words[k].text in OPENING_QUOTES:
            return k
        if tree.words[k].upos == "PUNCT":
            return None
    return None


#: The most words a quoted title of a show, book or film before a role noun has ("“Meet the Press”").
_TITLE_WORDS = 6
#: Word classes between a quoted title and the name: the role ("host", "executive producer").
_ROLE_PHRASE = frozenset({"NOUN", "PROPN", "ADJ"})


def vocative_names(tree: Tree, lo: int, hi: int) -> None:
    """ "Varga, a former union leader, had close ties to the mayor" parsed with "Varga" a ``vocative`` of
    "had" and "leader" its subject: outside a quotation (nothing before the name but the sentence's
    start), a name addressed by no one is the subject, and the phrase between the commas its apposition.
    A quotation's "“Ann, the kids are hungry”" keeps its vocative (a quotation mark before the name)."""
    for name in range(lo, hi - 3):
        verb = tree.heads[name]
        if tree.rels[name] != "vocative" or tree.words[name].upos != "PROPN" or verb <= name + 2:
            continue
        if tree.words[name + 1].text != "," or tree.words[verb - 1].text != ",":
            continue
        if any(tree.words[k].upos == "PUNCT" for k in range(lo, edges(tree, name)[0])):
            continue  # a quotation's vocative, or a name after a dash or a colon: not the sentence's start
        late = [s for s in tree.children(verb) if tree.rels[s] == SUBJECT and name < s < verb]
        if len(late) == 1 and edges(tree, late[0]) == (name + 2, verb - 2) and _is_description(tree, late[0]):
            tree.move(late[0], name, "appos")
            tree.move(name, verb, SUBJECT)


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
    """A common noun that can describe a person: no adverbial, time or preposition's object, nor the
    predicate of a clause of its own ("It is a [reminder], Rogers said, that ...": a subject, copula or
    auxiliary of its own)."""
    word, kids = tree.words[noun], tree.children(noun)
    timeless = word.lemma.lower() not in TIME_NOUNS and tree.rels[noun] not in _ADVERBIAL_RELS
    if any(tree.rels[c] in _PREDICATE_RELS for c in kids):
        return False
    return word.upos == "NOUN" and timeless and not any(tree.rels[c] == "case" and c < noun for c in kids)


#: Dependents only a predicate has: a subject, a copula, an auxiliary.
_PREDICATE_RELS = frozenset({"nsubj", "nsubj:pass", "csubj", "cop", "aux", "aux:pass"})


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
