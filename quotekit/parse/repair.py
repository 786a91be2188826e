"""Repairs of three misparses of how news introduces a speaker, made on every parse stanza gives.

The offline models (and, less often, stanza's released ones) misparse the basic shapes of a reporting
sentence when something stands between the speaker and the verb. The rules downstream are written for a
correct parse, so the parse is repaired here, before any rule sees it, rather than each rule tuned to the
error. Each repair changes only what a correct parse never has, so a correct parse comes back unchanged:

- :func:`stranded_subjects`: "Ann Kim, an economist at the institute, said taxes would rise" with "Ann"
  parsed as the subject of "rise" (after "said") and "said" left without one: a subject before a verb that
  has none belongs to that verb, not to the clause it governs after it;
- :func:`stranded_relatives`: "John Doe, who heads the Red Cross, said ..." with "heads" parsed as the
  complement of "said": a clause opened by a relative pronoun after a noun and a comma modifies the noun;
- :func:`split_subjects`: "Mayor Ellen Briggs said ..." with "Mayor" and "Briggs" both subjects of
  "said": two subjects of one verb with nothing between them are one noun phrase, headed by the last;
- :func:`appositive_subjects`: "Omar Haddad, the novelist, said the book ..." with "novelist" a second
  subject of "said": a noun phrase set off by commas right before a verb that already has a subject (or
  whose subject was stranded) is an apposition of the noun before it, when the verb's complement has a
  subject of its own (else it is an interruption: "The museum, the mayor said, would open");
- :func:`appositive_coordination`: "Ann Roe, a trade lawyer and senior fellow at ..., said" with "fellow"
  coordinated with "Roe": a noun coordinated after an apposition is coordinated with the apposition;
- :func:`inverted_appositives`: "..., said Ann Roe, the agency's deputy director." with "director" the
  complement of "said": a noun phrase after the inverted speaker and a comma is the speaker's apposition;
- :func:`titles_with_of`: "Ohio Secretary of State Ann Kim said" with "Secretary" the subject and "State
  Ann Kim" one name: a title with its own "of" phrase before a person's name is the name's title;
- :func:`description_appositions`: "The mayor's pollster, Ines Varga, says" with "Varga" a conjunct of
  "pollster": a name between a description's comma and the verb is the description's apposition.

Requires: words with heads in their own sentence (:func:`quotekit.document.sane_heads`). Provides new
words (the input is never changed); :func:`repair` returns its input itself when nothing needs mending.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import attrs

from quotekit.document import Word
from quotekit.lang.en import TIME_NOUNS

__all__ = [
    "CLAUSE_COMPLEMENT_RELS",
    "MISATTACHED_CLAUSE_RELS",
    "RELATIVE_PRONOUNS",
    "appositive_coordination",
    "appositive_subjects",
    "description_appositions",
    "inverted_appositives",
    "repair",
    "split_subjects",
    "stranded_relatives",
    "stranded_subjects",
    "titles_with_of",
]

#: The subject relation a stranded subject gets, and the relations that count as a subject already.
SUBJECT = "nsubj"
_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "csubj", "csubj:pass"})
#: Relations of a complement clause after its verb, whose subject the models take from before the verb.
CLAUSE_COMPLEMENT_RELS = frozenset({"ccomp", "parataxis"})
#: Relations the models give a relative clause that they hang on the next verb instead of its noun.
MISATTACHED_CLAUSE_RELS = frozenset({"ccomp", "parataxis", "advcl", "conj", "dep", "xcomp", "csubj"})
#: Words that open a relative clause about a person or thing (Huddleston & Pullum 2002, ch. 12).
RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which"})
#: Relations inside one noun phrase's name or title ("Ellen" in "Ellen Briggs").
_NAME_RELS = frozenset({"flat", "flat:name", "compound"})
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
_VERBAL = frozenset({"VERB", "AUX"})


@attrs.define
class _Tree:
    """Mutable heads and relations of a word sequence, while the repairs run; ``kids`` indexes the
    dependents of the words of the sentence being repaired (:meth:`sentence`)."""

    words: Sequence[Word]
    heads: list[int]
    rels: list[str]
    kids: dict[int, list[int]] = attrs.Factory(dict)

    def sentence(self, lo: int, hi: int) -> None:
        self.kids = {}
        for k in range(lo, hi):
            self.kids.setdefault(self.heads[k], []).append(k)

    def children(self, i: int) -> list[int]:
        return list(self.kids.get(i, ()))

    def subtree(self, i: int) -> set[int]:
        out, stack = {i}, [i]
        while stack:
            j = stack.pop()
            for k in self.children(j):
                if k not in out:
                    out.add(k)
                    stack.append(k)
        return out

    def move(self, i: int, head: int, rel: str) -> None:
        self.kids[self.heads[i]].remove(i)
        self.kids.setdefault(head, []).append(i)
        self.kids[head].sort()
        self.heads[i], self.rels[i] = head, rel


def repair(words: tuple[Word, ...]) -> tuple[Word, ...]:
    """``words`` with the misparses above repaired, sentence by sentence (``words`` itself if none)."""
    tree = _Tree(words, [w.head for w in words], [w.deprel for w in words])
    for lo, hi in _sentences(words):
        if any(tree.rels[k] for k in range(lo, hi)):  # a sentence without a parse has nothing to repair
            tree.sentence(lo, hi)
            for _ in range(_MAX_PASSES):  # one repair can expose another: "Kevin Roe, a financial
                before = tree.heads[lo:hi]  # adviser, said" needs the subject moved, then the apposition
                for mend in _REPAIRS:
                    mend(tree, lo, hi)
                if tree.heads[lo:hi] == before:  # this sentence only: linear in the text
                    break
    if all(w.head == h and w.deprel == r for w, h, r in zip(words, tree.heads, tree.rels, strict=True)):
        return words
    return tuple(
        w if (w.head, w.deprel) == (h, r) else attrs.evolve(w, head=h, deprel=r)
        for w, h, r in zip(words, tree.heads, tree.rels, strict=True)
    )


def _sentences(words: Sequence[Word]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    lo = 0
    for k in range(1, len(words) + 1):
        if k == len(words) or words[k].sent != words[lo].sent:
            out.append((lo, k))
            lo = k
    return out


def stranded_subjects(tree: _Tree, lo: int, hi: int) -> None:
    """ "Ann Kim, an economist, said taxes would rise" parsed with "Ann" under "rise": a nominal subject
    that a complement clause after its verb governs from before that verb, while the verb has no subject,
    is the verb's subject. ("Taxes, Kim said, will rise" keeps "taxes": "said" has its own subject.)"""
    for verb in range(lo, hi):
        if tree.words[verb].upos not in _VERBAL or _has_subject(tree, verb):
            continue
        for clause in tree.children(verb):
            if clause < verb or tree.rels[clause] not in CLAUSE_COMPLEMENT_RELS:
                continue
            for subject in tree.children(clause):
                if (
                    tree.rels[subject] == SUBJECT
                    and tree.words[subject].upos in _NOMINAL
                    and max(tree.subtree(subject)) < verb
                ):
                    tree.move(subject, verb, SUBJECT)


def stranded_relatives(tree: _Tree, lo: int, hi: int) -> None:
    """ "John Doe, who heads the Red Cross, said ..." parsed with "heads" under "said": a clause before its
    governor that opens with a relative pronoun right after a comma and a noun is that noun's relative
    clause (``acl:relcl``)."""
    for clause in range(lo, hi):
        head = tree.heads[clause]
        if (
            tree.words[clause].upos not in _VERBAL
            or head < clause
            or tree.rels[clause] not in (MISATTACHED_CLAUSE_RELS)
        ):
            continue
        first = min(tree.subtree(clause))
        if tree.words[first].text.lower() not in RELATIVE_PRONOUNS or first - 2 < lo:
            continue
        if tree.words[first - 1].text != "," or tree.words[first - 2].upos not in _NOMINAL:
            continue
        tree.move(clause, _phrase_head(tree, first - 2, first), "acl:relcl")


def split_subjects(tree: _Tree, lo: int, hi: int) -> None:
    """ "Mayor Ellen Briggs said" parsed with "Mayor" and "Briggs" both subjects of "said" (or, after an
    inverted cue, "said Ohio Secretary ..." with two objects): two nominal subjects, or objects, of one word
    whose subtrees touch, with no punctuation between, are one noun phrase; the earlier becomes a
    ``compound`` of the later (English noun phrases end in their head)."""
    for verb in range(lo, hi):
        for rel in _DOUBLED_RELS:
            _join_doubled(tree, [c for c in tree.children(verb) if tree.rels[c] == rel])


#: Relations a verb has once: two of them side by side are one phrase the parser split.
_DOUBLED_RELS = (SUBJECT, "obj")


def _join_doubled(tree: _Tree, dependents: list[int]) -> None:
    for first, second in itertools.pairwise(dependents):
        left, right = tree.subtree(first), tree.subtree(second)
        if max(left) + 1 != min(right) or tree.words[max(left)].upos == "PUNCT":
            continue
        if tree.words[first].upos not in {"NOUN", "PROPN"} or tree.words[second].upos != "PROPN":
            continue
        tree.move(first, second, "compound")


def appositive_subjects(tree: _Tree, lo: int, hi: int) -> None:
    """ "Omar Haddad, the novelist, said the book was done" parsed with "novelist" as a second subject of
    "said" (or as its only one, "John Kim" stranded in the complement): the phrase between the commas is
    an apposition of the noun before it, and that noun's phrase the subject."""
    for verb in range(lo + 3, hi):
        if tree.words[verb].upos not in _VERBAL or tree.words[verb - 1].text != ",":
            continue
        late = [s for s in tree.children(verb) if tree.rels[s] == SUBJECT and _edges(tree, s)[1] == verb - 2]
        if not late or not _complement_has_subject(tree, verb):
            continue
        first = _edges(tree, late[0])[0]
        if first - 2 < lo or tree.words[first - 1].text != "," or tree.words[first - 2].upos not in _NOMINAL:
            continue
        host = _phrase_head(tree, first - 2, first)
        tree.move(late[0], host, "appos")
        top = _phrase_top(tree, host, lo, first)
        if tree.heads[top] != verb:  # the phrase was stranded in the complement ("John Kim, head of ...")
            tree.move(top, verb, SUBJECT)


def appositive_coordination(tree: _Tree, lo: int, hi: int) -> None:
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


def inverted_appositives(tree: _Tree, lo: int, hi: int) -> None:
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
        end = _edges(tree, name)[1]
        if end + 2 >= hi or tree.words[end + 1].text != ",":
            continue
        for noun in after:
            first, last = _edges(tree, noun)
            if noun <= end + 1 or first != end + 2 or tree.words[noun].upos != "NOUN":
                continue
            trailing = _trailing_phrases(tree, verb, noun, last)
            if _ends_sentence(tree, _edges(tree, trailing[-1])[1] if trailing else last, hi):
                tree.move(noun, name, "appos")
                for phrase in trailing:  # "House editor [for the Weekly Review]" hung on "said"
                    tree.move(phrase, noun, "nmod")


def titles_with_of(tree: _Tree, lo: int, hi: int) -> None:
    """ "Ohio Secretary of State Ann Kim said", "Minister of Foreign Affairs Ann Kim said" parsed with the
    title as the head and "State Ann Kim" as one name: when a capitalised title word is followed by "of",
    proper nouns that NER does not call a person, then a person's name, the name heads the phrase in the
    title's place, the title is its ``compound``, and the "of" phrase the title's ``nmod``."""
    for of in range(lo + 1, hi - 2):
        title = of - 1
        if tree.words[of].text != "of" or not _is_title_word(tree.words[title]):
            continue
        person = of + 1
        while person < hi and tree.words[person].upos == "PROPN" and tree.words[person].ner != "person":
            person += 1
        if person == of + 1 or person >= hi or tree.words[person].ner != "person":
            continue
        name, up = _name_head(tree, person, hi), tree.heads[title]
        if _inside(tree, title, name) or up == name or (up >= 0 and _inside(tree, up, name)):
            continue  # the title is the name's already (a correct parse), or the move would loop
        tree.move(name, up, tree.rels[title])
        tree.move(title, name, "compound")
        last = person - 1  # "State" of "Secretary of State": the object of "of"
        tree.move(last, title, "nmod")
        tree.move(of, last, "case")
        for k in range(of + 1, last):
            tree.move(k, last, "compound")


def description_appositions(tree: _Tree, lo: int, hi: int) -> None:
    """ "The mayor's pollster, Ines Varga, says ..." parsed with "Varga" a conjunct of "pollster" (or a second
    subject): a person's name after a comma ending a common noun phrase, before a verb (after a comma or
    none), is the phrase's apposition, the phrase the verb's subject if it has none ("“...,” a spokeswoman,
    Ann Roe, said"); so is a name hung on the noun in pieces ("the bank's chairman, Ann Roe, last year")."""
    for after in range(lo + 3, hi):
        verb = after if tree.words[after].upos == "VERB" else None
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
        start = _edges(tree, noun)[0]
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
        if _inside(tree, noun, name):  # the name heads the description: the description takes its place
            tree.move(noun, tree.heads[name], tree.rels[name])
        if (tree.heads[name], tree.rels[name]) != (noun, "appos"):
            tree.move(name, noun, "appos")
        if verb is not None:
            _description_subject(tree, verb, noun, start)


def _description_subject(tree: _Tree, verb: int, noun: int, start: int) -> None:
    """``noun``'s phrase as ``verb``'s subject, a subject split off its front put back ("Delta Mills's")."""
    for stray in [s for s in tree.children(verb) if tree.rels[s] == SUBJECT and s != noun]:
        if _edges(tree, stray)[1] + 1 == start and not _inside(tree, start, stray):
            tree.move(stray, start, "compound")
            start = _edges(tree, stray)[0]
    if not _has_subject(tree, verb) and not _inside(tree, verb, noun):
        tree.move(noun, verb, SUBJECT)


#: A word of a person's name; what follows the comma after a name in a list ("the mayor, Ann Roe, and").
_PERSON_WORD = ("PROPN", "person")
_LIST_GOES_ON = frozenset({"CCONJ", "PROPN", "PUNCT"})
#: Relations of a noun phrase that says when or how, not who ("Last week, Ann Roe said").
_ADVERBIAL_RELS = frozenset({"obl", "obl:tmod", "obl:npmod", "nmod:tmod", "advmod", "advcl", "vocative"})


def _is_description(tree: _Tree, noun: int) -> bool:
    """A common noun that can describe a person: no adverbial, time or preposition's object."""
    word, kids = tree.words[noun], tree.children(noun)
    timeless = word.lemma.lower() not in TIME_NOUNS and tree.rels[noun] not in _ADVERBIAL_RELS
    return word.upos == "NOUN" and timeless and not any(tree.rels[c] == "case" and c < noun for c in kids)


def _nominal_top(tree: _Tree, i: int, stop: int) -> int:
    """The top of the noun phrase ``i`` ends: "chancellor" for "University" in "the chancellor of ..."."""
    while 0 <= tree.heads[i] < stop and tree.words[tree.heads[i]].upos in _NOMINAL:
        i = tree.heads[i]
    return i


def _one_name(tree: _Tree, first: int, last: int) -> int:
    """The head of the name ``first..last``, its stray words (hung outside it) made its ``flat``."""
    tops = [k for k in range(first, last + 1) if not first <= tree.heads[k] <= last]
    for k in tops[1:]:
        if not _inside(tree, tops[0], k):  # never a loop: "Ann" under a comma that hangs on "Roe"
            tree.move(k, tops[0], "flat")
    return tops[0]


def _is_title_word(word: Word) -> bool:
    return word.upos in {"PROPN", "NOUN"} and word.text[:1].isupper() and word.ner != "person"


def _name_head(tree: _Tree, first: int, hi: int) -> int:
    """The word heading the person's name that starts at ``first``: the last of its person words."""
    k = first
    while k + 1 < hi and tree.words[k + 1].ner == "person" and tree.words[k + 1].upos == "PROPN":
        k += 1
    return k


def _inside(tree: _Tree, ancestor: int, i: int) -> bool:
    """Whether ``ancestor`` lies on the path from ``i`` up to the root (moving ``i`` there would loop)."""
    j = tree.heads[ancestor]
    while j >= 0:
        if j == i:
            return True
        j = tree.heads[j]
    return False


def _trailing_phrases(tree: _Tree, verb: int, noun: int, last: int) -> list[int]:
    """The prepositional phrases the parser hung on ``verb`` that follow ``noun``'s phrase without a gap:
    they belong to the noun ("..., House editor for the Weekly Review.")."""
    out: list[int] = []
    for phrase in (c for c in tree.children(verb) if c > noun):
        first, phrase_last = _edges(tree, phrase)
        if first != last + 1 or tree.rels[phrase] not in {"obl", "nmod"}:
            break
        out.append(phrase)
        last = phrase_last
    return out


def _edges(tree: _Tree, i: int) -> tuple[int, int]:
    """The first and last words of ``i``'s subtree that are not punctuation."""
    words = sorted(k for k in tree.subtree(i) if tree.words[k].upos != "PUNCT")
    return (words[0], words[-1]) if words else (i, i)


def _ends_sentence(tree: _Tree, last: int, hi: int) -> bool:
    return all(tree.words[k].upos == "PUNCT" for k in range(last + 1, hi))


def _complement_has_subject(tree: _Tree, verb: int) -> bool:
    """Whether a clausal complement after ``verb`` has a nominal subject of its own after ``verb``."""
    return any(
        tree.rels[c] in CLAUSE_COMPLEMENT_RELS
        and c > verb
        and any(tree.rels[s] in _SUBJECTS and s > verb for s in tree.children(c))
        for c in tree.children(verb)
    )


def _phrase_top(tree: _Tree, i: int, lo: int, stop: int) -> int:
    """The top of the phrase of ``i`` that lies before ``stop``: "John" for "Lines" in "John Kim, head of
    Harbor Freight Lines"."""
    while lo <= tree.heads[i] < stop:
        i = tree.heads[i]
    return i


def _has_subject(tree: _Tree, verb: int) -> bool:
    return any(tree.rels[c] in _SUBJECTS for c in tree.children(verb))


def _phrase_head(tree: _Tree, i: int, stop: int) -> int:
    """The head of the name or noun phrase that word ``i`` ends ("Doe" -> "John" in "John Doe")."""
    while tree.rels[i] in _NAME_RELS and tree.heads[i] < stop and tree.heads[i] >= 0:
        if tree.words[tree.heads[i]].upos not in _NOMINAL:
            break
        i = tree.heads[i]
    return i


#: The repairs, in the order they run on each sentence, repeated (at most :data:`_MAX_PASSES` times) until
#: the tree stops changing.
_REPAIRS = (
    stranded_relatives,
    appositive_subjects,
    stranded_subjects,
    split_subjects,
    appositive_coordination,
    inverted_appositives,
    titles_with_of,
    description_appositions,
)
_MAX_PASSES = 3
