"""The parse repairs of a sentence's verb demoted into an aside: "Ana Ruiz, a veteran of the White House,
declined to comment" parsed with "Ana" the root and "declined" a reduced relative of "veteran"; "Reyes,
who has long argued that taxes are too high, voted against the bill" with "voted" a conjunct of "high".

:func:`demoted_verbs` and :func:`resumed_verbs` (:mod:`quotekit.parse.repair` runs them with the others)
change only what a correct parse never has: a verb after the aside's closing comma, with no subject, hung
inside the aside. A sentence whose verb has its subject comes back unchanged.
"""

from __future__ import annotations

from quotekit.lang.en import FINITE_VERB_TAGS, PARTICIPLE_TAGS, RELATIVE_PRONOUNS
from quotekit.parse.tree import (
    NOMINAL,
    SUBJECT,
    SUBJECTS,
    VERBAL,
    Tree,
    edges,
    has_subject,
    inside,
    phrase_head,
)
from quotekit.syntax import closes_apposition, may_resume_main_clause

__all__ = ["demoted_verbs", "resumed_verbs"]

#: How the models hang a participle phrase set off by commas after a noun phrase that opens the sentence.
_PARTICIPLE_ASIDE_RELS = frozenset({"parataxis", "acl", "advcl"})
#: How the models hang the sentence's verb inside such an aside: a reduced relative or adverbial clause.
_DEMOTED_RELS = ("acl", "advcl")


def demoted_verbs(tree: Tree, lo: int, hi: int) -> None:
    """ "Ana Ruiz, a veteran of the White House, declined to comment" parsed with "Ana" the root and
    "declined" a reduced relative (``acl``) of "veteran"; "Ann Roe, playing the senator on the show,
    explained: “...”" with "explained" an adverbial clause of "playing": a sentence whose root is the noun
    phrase that opens it, with an aside set off by commas (:func:`_is_aside`), and right after the aside's
    closing comma a verb with no subject that the parser hung inside the aside, is that verb's sentence:
    the verb is the root, the noun phrase its subject, and what followed the verb on the noun or on the
    aside (a conjunct, the reported clause, the final period) is the verb's."""
    roots = [k for k in range(lo, hi) if tree.heads[k] < 0]
    if len(roots) != 1 or tree.words[roots[0]].upos not in NOMINAL:
        return
    root = roots[0]
    if any(tree.words[k].upos != "PUNCT" for k in range(lo, edges(tree, root)[0])):
        return  # the noun phrase does not open the sentence
    for aside in (c for c in tree.children(root) if c > root and _is_aside(tree, c)):
        for verb in sorted(tree.subtree(aside)):
            if tree.words[verb].upos != "VERB" or not tree.rels[verb].startswith(_DEMOTED_RELS):
                continue
            own = tree.subtree(verb)
            rest = [k for k in tree.subtree(aside) - own if tree.words[k].upos != "PUNCT" and k < verb]
            if not rest or edges(tree, verb)[0] != verb or tree.words[verb - 1].text != ",":
                continue
            if max(rest) != verb - 2 or has_subject(tree, verb):
                continue
            later = [c for c in (*tree.children(root), *tree.children(aside)) if c > verb]
            tree.move(verb, -1, "root")
            for c in later:
                tree.move(c, verb, tree.rels[c])
            tree.move(root, verb, SUBJECT)
            return


def _is_aside(tree: Tree, c: int) -> bool:
    """Whether ``c`` heads an aside on the noun phrase before it: an apposition, or a participle phrase
    set off by a comma ("Ann Roe, [playing] the senator on the show, explained: ...")."""
    if tree.rels[c] == "appos":
        return True
    return (
        tree.rels[c] in _PARTICIPLE_ASIDE_RELS
        and tree.words[c].xpos in PARTICIPLE_TAGS
        and c > 0
        and tree.words[c - 1].text == ","
    )


def resumed_verbs(tree: Tree, lo: int, hi: int) -> None:
    """ "Reyes, who has long argued that taxes are too high, voted against the bill" parsed with "voted" a
    conjunct of "high" (or "argued" the root and "Reyes" its second subject): a noun phrase that opens the
    sentence (after a fronted phrase with no finite verb at most), a non-restrictive relative clause on it
    (", who ...", ", which ..."), and after one of the clause's commas a verb where a finite verb of the
    main clause stands (:func:`_resumes`), with no subject but the noun phrase or a word of the clause,
    hung inside the clause: the verb is the sentence's root, the noun phrase its subject, the relative
    clause the noun's (``acl:relcl``), and what the parser hung across the comma goes back to its side."""
    for pronoun in range(lo + 2, hi):
        if tree.words[pronoun].text.lower() not in _RELATIVE_OPENERS or tree.words[pronoun - 1].text != ",":
            continue
        start = _noun_phrase_start(tree, lo, pronoun - 1)
        if start is None:
            continue
        antecedent = phrase_head(tree, pronoun - 2, pronoun)
        found = _resuming_verb(tree, (pronoun, antecedent), hi)
        if found is None:
            continue
        comma, verb = found
        if tree.heads[antecedent] == verb and not _stray_subjects(tree, pronoun, comma, verb):
            continue  # the parse is right
        if not (tree.heads[verb] < 0 or start <= tree.heads[verb] < verb):
            continue  # the verb hangs on a word after it: no main clause of this noun phrase
        roots = [k for k in range(lo, hi) if tree.heads[k] < 0 and k != verb]
        if any(r > verb and not inside(tree, r, verb) for r in roots):
            continue
        _raise(tree, (lo, hi), (start, antecedent, pronoun, comma, verb), roots)
        return


def _raise(
    tree: Tree, sentence: tuple[int, int], where: tuple[int, int, int, int, int], roots: list[int]
) -> None:
    """Make ``verb`` the root with ``antecedent`` its subject and the relative clause from ``pronoun`` to
    ``comma`` the antecedent's; the words hung across the comma go back to their side."""
    lo, hi = sentence
    start, antecedent, pronoun, comma, verb = where
    clause = tree.heads[pronoun] if pronoun < tree.heads[pronoun] < comma else None
    tree.move(verb, -1, "root")
    for root in roots:
        if root < start:  # the fronted phrase ("Speaking on the show, ...")
            tree.move(root, verb, "advcl" if tree.words[root].upos in VERBAL else "obl")
    for stray in _stray_subjects(tree, pronoun, comma, verb):  # a word of the clause, its role there unknown
        tree.move(stray, antecedent if clause is None else clause, "dep")
    tree.move(antecedent, verb, SUBJECT)
    if clause is None:
        return
    if tree.heads[clause] != antecedent and not inside(tree, antecedent, clause):
        tree.move(clause, antecedent, "acl:relcl")
    for k in range(pronoun, comma):  # a word of the clause hung past it, or left as a second root
        outside = tree.heads[k] < 0 or tree.heads[k] > comma
        if k != clause and outside and not inside(tree, clause, k):
            tree.move(k, clause, "ccomp" if tree.heads[k] < 0 else tree.rels[k])
    for k in [*range(lo, start), *range(comma + 1, hi)]:  # a word of the main clause hung inside the
        if start <= tree.heads[k] <= comma and k != verb and not inside(tree, verb, k):  # clause ("But")
            tree.move(k, verb, _relation_on_verb(tree, verb, k))


def _relation_on_verb(tree: Tree, verb: int, k: int) -> str:
    """The relation to ``verb`` of word ``k`` of its clause that the parser hung inside the relative clause:
    a noun phrase right after the verb is its object ("blasted [Clinton]" parsed as a conjunct of a noun
    of the clause), any other noun phrase an oblique; other words keep their relation."""
    if tree.words[k].upos not in NOMINAL:
        return tree.rels[k]
    return "obj" if all(tree.words[j].upos == "PUNCT" for j in range(verb + 1, edges(tree, k)[0])) else "obl"


def _noun_phrase_start(tree: Tree, lo: int, comma: int) -> int | None:
    """The first word of the noun phrase right before ``comma`` when it opens the sentence (after "But" or
    an adverb), or follows a fronted phrase with no finite verb and its comma; None otherwise, or when the
    words hold a verb or a subordinator."""
    start = comma
    while start > lo and tree.words[start - 1].text != ",":
        start -= 1
    while start < comma and tree.words[start].upos in {"CCONJ", "ADV"}:  # "But Okafor, who ..."
        start += 1
    words = range(start, comma)
    if not words or any(tree.words[k].upos in _CLAUSE_UPOS for k in words):
        return None
    if tree.words[comma - 1].upos not in NOMINAL and tree.words[comma - 1].text != ")":
        return None
    if any(tree.words[k].xpos in FINITE_VERB_TAGS for k in range(lo, start)):
        return None
    return start


def _resuming_verb(tree: Tree, relative: tuple[int, int], hi: int) -> tuple[int, int] | None:
    """The comma and the first verb after a comma past the relative pronoun (after adverbs and the verb's
    auxiliaries) that may resume the main clause (:func:`_resumes`), when it has no subject but the
    antecedent (or one the parser took from the relative clause); None when there is none, or the first
    such verb has another subject."""
    pronoun, antecedent = relative
    for k in range(pronoun + 2, hi):
        if tree.words[k - 1].text != "," or closes_apposition(tree.words, pronoun, k - 1):
            continue
        j = k
        while j < hi and tree.words[j].upos == "ADV":
            j += 1
        j = _verb_of_auxiliary(tree, j, hi)
        if j < hi and _resumes(tree, j):
            own = [c for c in tree.children(j) if tree.rels[c] in SUBJECTS and not pronoun < c < k - 1]
            return None if any(c != antecedent for c in own) else (k - 1, j)
    return None


def _stray_subjects(tree: Tree, pronoun: int, comma: int, verb: int) -> list[int]:
    """Subjects of ``verb`` the parser took from inside the relative clause before it ("who won Ohio and
    her native [state] of Vermont, is calling")."""
    return [c for c in tree.children(verb) if tree.rels[c] in SUBJECTS and pronoun < c < comma]


def _verb_of_auxiliary(tree: Tree, j: int, hi: int) -> int:
    """The verb a finite auxiliary at ``j`` belongs to ("[has] also criticized", "[is] calling for"), when
    only auxiliaries and adverbs stand between them; ``j`` itself otherwise."""
    head = tree.heads[j]
    if tree.words[j].upos != "AUX" or tree.words[j].xpos not in FINITE_VERB_TAGS or not j < head < hi:
        return j
    if tree.words[head].upos != "VERB":
        return j
    between = range(j + 1, head)
    return head if all(tree.words[k].upos in {"AUX", "ADV", "PART"} for k in between) else j


def _resumes(tree: Tree, j: int) -> bool:
    """Whether word ``j`` may be a main clause's verb (:func:`~quotekit.syntax.may_resume_main_clause`: a
    verb of saying read as an adjunct's participle only without a passive auxiliary or agent), or one with
    a finite auxiliary ("has also criticized"); never a participle on a noun."""
    word, kids = tree.words[j], tree.children(j)
    if word.upos != "VERB" or tree.rels[j] in _MODIFIER_RELS:
        return False
    if may_resume_main_clause(word, tree.rels[j]):
        read_as_adjunct = word.xpos == "VBN" and tree.rels[j] == "advcl"  # "said"
        return not read_as_adjunct or not any(tree.rels[c] in {"aux:pass", "obl:agent"} for c in kids)
    return any(tree.words[c].upos == "AUX" and tree.words[c].xpos in FINITE_VERB_TAGS and c < j for c in kids)


#: Relative pronouns that open a non-restrictive relative clause after a comma.
_RELATIVE_OPENERS = RELATIVE_PRONOUNS - {"whom", "whose"}
#: Words that make a clause of what stands before the relative pronoun ("When Ruiz, who ...": a
#: subordinate clause; "Ruiz said Kim, who ..."): no noun phrase opening the sentence.
_CLAUSE_UPOS = VERBAL | {"SCONJ"}
#: How the parser hangs a participle on a noun ("the plan, drafted in May, ..."): never a main clause.
_MODIFIER_RELS = frozenset({"acl", "amod", "acl:relcl"})
