"""Repairs of the misparses of how news introduces a speaker, made on every parse stanza gives.

The offline models (and, less often, stanza's released ones) misparse the basic shapes of a reporting
sentence when something stands between the speaker and the verb. The rules downstream are written for a
correct parse, so the parse is repaired here, before any rule sees it, rather than each rule tuned to the
error. Each repair changes only what a correct parse never has, so a correct parse comes back unchanged:

- :func:`stranded_subjects`: "Ann Kim, an economist at the institute, said taxes would rise" with "Ann"
  parsed as the subject of "rise" (after "said") and "said" left without one: a subject before a verb that
  has none belongs to that verb, not to the clause it governs after it;
- :func:`stranded_relatives`: "John Doe, who heads the Red Cross, said ..." with "heads" parsed as the
  complement of "said": a clause opened by a relative pronoun after a noun and a comma modifies the noun;
- :func:`passive_subjects` (:mod:`.voice`): "She is expected to run" with "She" an active subject beside a
  passive auxiliary: a verb with a passive auxiliary has a passive subject;
- :func:`dated_participles` (:mod:`.times`): "A report released Tuesday found ..." with "report" and
  "Tuesday" both subjects of "found": a day's name right after a participle that modifies the subject
  dates the participle;
- :func:`clauses_after_quotations` (:mod:`.quoted`): "said, “We will see,” when asked whether ..." with
  "asked" a clause of "see": a subordinate clause after a quoted sentence's closing mark belongs to the
  verb the quotation complements;
- :func:`split_subjects` (:mod:`.names`): "Mayor Ellen Briggs said ..." with "Mayor" and "Briggs" both
  subjects of "said": two subjects of one verb with nothing between them are one noun phrase, headed by
  the last;
- :func:`split_names` (:mod:`.names`): "Ann Roe, head of ... stated, “...; it's a problem”" with "Ann"
  the subject of a clause in the quotation: a person's word right before a person's subject is that
  name's first part;
- :func:`appositive_subjects`: "Omar Haddad, the novelist, said the book ..." with "novelist" a second
  subject of "said": a noun phrase set off by commas right before a verb that already has a subject (or
  whose subject was stranded) is an apposition of the noun before it, when the verb's complement has a
  subject of its own (else it is an interruption: "The museum, the mayor said, would open");
- :func:`appositive_coordination`: "Ann Roe, a trade lawyer and senior fellow at ..., said" with "fellow"
  coordinated with "Roe": a noun coordinated after an apposition is coordinated with the apposition;
- :func:`inverted_appositives`: "..., said Ann Roe, the agency's deputy director." with "director" the
  complement of "said": a noun phrase after the inverted speaker and a comma is the speaker's apposition;
- :func:`fronted_participle_complements`: "Noting he studied law, Marsh said he ..." with "studied" a
  complement of "said": a clause between a participle that opens the sentence and the comma before the
  main clause is the participle's complement;
- :func:`titles_with_of`: "Ohio Secretary of State Ann Kim said" with "Secretary" the subject and "State
  Ann Kim" one name: a title with its own "of" phrase before a person's name is the name's title;
- :func:`description_appositions`: "The mayor's pollster, Ines Varga, says" with "Varga" a conjunct of
  "pollster": a name between a description's comma and the verb is the description's apposition;
- :func:`quoted_titles`: "“Late Night” host Ann Roe said" with "Roe" a ``flat`` of "Late": a name never
  runs on across a closing quotation mark;
- :func:`active_subjects` (:mod:`.clauses`): "Germany's ambassador to the UN, Klaus Reiter, warned that
  ..." with "ambassador" the passive subject of "warned": a cue verb with no auxiliary that heads a clause
  is active;
- :func:`trailing_relatives` (:mod:`.clauses`): "He backed parents of citizens who have lived here for
  years" with the "who" clause a conjunct of "backed": a clause after its governor opened by a relative
  pronoun right after a noun is that noun's relative clause;
- :func:`extracted_subjects` (:mod:`.extraction`): "the budget, which the mayor said was too small" with
  "which" the object of "said" and "small" a conjunct of the sentence's verb: a relative pronoun before a
  subject, a verb of saying and a finite verb with no subject is the subject of the clause after the verb
  of saying, which heads the relative clause;
- :func:`split_complements` (:mod:`.complements`): "Sanders said both Obama and Biden have been fair"
  with "Obama" the object of "said" and "fair" its conjunct: a conjunct right after a verb of saying's
  object, opening with an auxiliary or finite verb, with no subject or coordinator, is the complement;
- :func:`label_subjects` (:mod:`.clauses`): "The Latest: Kim urges calm" with "Latest" a second subject:
  the first of two subjects with a colon between them is a heading's label;
- :func:`fronted_subjects` (:mod:`.clauses`): "About four in 10 said they were angry" with "four" an
  oblique of "said": a finite verb with no subject has the noun phrase that opens its clause right
  before it as its subject;
- :func:`participle_complements` (:mod:`.clauses`): "“...,” she said, adding that the plan would work"
  with "work" the complement of "said": a clause right after a participle is the participle's;
- :func:`subjects_after_commas` (:mod:`.clauses`): "Shortly afterward, Olsen said ..." with "Olsen" an
  apposition of "afterward", the subject: a name right before the verb, after a comma, is its subject;
- :func:`demoted_verbs` (:mod:`.demoted`): "Ana Ruiz, a veteran of the White House, declined to comment"
  with "Ana" the root and "declined" a reduced relative of "veteran": a verb right after an apposition's
  closing comma, with no subject, in a sentence whose root is the noun phrase that opens it, is the
  sentence's verb and the noun phrase its subject;
- :func:`resumed_verbs` (:mod:`.demoted`): "Reyes, who has long argued that taxes are too high, voted
  against the bill" with "voted" a conjunct of "high": the verb that follows a relative clause on the noun
  phrase opening the sentence, after the clause's closing comma, with no subject of its own, is the
  sentence's verb and the noun phrase its subject;
- :func:`prepositional_subjects` (:mod:`.clauses`): "In a statement, Brian Fallon, a spokesman for the
  campaign, said ..." with "statement" the subject of "said" (or its oblique, "said" left with no subject)
  and the name its conjunct: a noun phrase with its own preposition is never a subject; the name right
  after its comma is, with the appositions after the name;
- :func:`document_participles`: "Workers received a letter saying the plant would close" with "saying" a
  complement of "received": a participle of saying right after a document the verb takes as object
  modifies the document;
- :func:`fronted_cue_subjects` (:mod:`.clauses`): "Said Ellis: “...”" with "Ellis" the object of "Said":
  a noun phrase between a verb of saying that opens its sentence and the comma or colon before a
  quotation is the verb's inverted subject;
- :func:`vocative_names`: "Varga, a former union leader, had ties to ..." with "Varga" a ``vocative`` and
  "leader" the subject: outside a quotation nobody is addressed, so the name is the subject and the
  phrase between the commas its apposition.

Requires: words with heads in their own sentence (:func:`quotekit.document.sane_heads`). Provides new
words (the input is never changed); :func:`repair` returns its input itself when nothing needs mending.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from quotekit.document import Word
from quotekit.lang.en import (
    DOCUMENT_NOUNS,
    PARTICIPLE_TAGS,
    QUESTION_OPENERS,
    RELATIVE_PRONOUNS,
    SPEECH_VERBS,
)
from quotekit.parse.appositions import (
    appositive_coordination,
    appositive_subjects,
    description_appositions,
    inverted_appositives,
    quoted_titles,
    vocative_names,
)
from quotekit.parse.clauses import (
    active_subjects,
    fronted_cue_subjects,
    fronted_subjects,
    label_subjects,
    participle_complements,
    prepositional_subjects,
    subjects_after_commas,
    trailing_relatives,
)
from quotekit.parse.complements import split_complements
from quotekit.parse.demoted import demoted_verbs, resumed_verbs
from quotekit.parse.extraction import extracted_subjects
from quotekit.parse.names import split_names, split_subjects
from quotekit.parse.quoted import clauses_after_quotations
from quotekit.parse.times import dated_participles, time_word_subjects
from quotekit.parse.tree import (
    CLAUSE_COMPLEMENT_RELS,
    MISATTACHED_CLAUSE_RELS,
    NAME_RELS,
    NOMINAL,
    SUBJECT,
    SUBJECTS,
    VERBAL,
    Tree,
    edges,
    has_subject,
    inside,
    name_head,
    phrase_head,
)
from quotekit.parse.voice import passive_subjects

__all__ = [
    "CLAUSE_COMPLEMENT_RELS",
    "MISATTACHED_CLAUSE_RELS",
    "RELATIVE_PRONOUNS",
    "active_subjects",
    "appositive_coordination",
    "appositive_subjects",
    "demoted_verbs",
    "description_appositions",
    "extracted_subjects",
    "fronted_participle_complements",
    "fronted_subjects",
    "inverted_appositives",
    "label_subjects",
    "participle_complements",
    "possessive_heads",
    "quoted_titles",
    "repair",
    "resumed_verbs",
    "split_complements",
    "split_names",
    "split_subjects",
    "stranded_relatives",
    "stranded_subjects",
    "subjects_after_commas",
    "titles_with_of",
    "trailing_relatives",
    "vocative_names",
]


def repair(words: tuple[Word, ...]) -> tuple[Word, ...]:
    """``words`` with the misparses above repaired, sentence by sentence (``words`` itself if none)."""
    tree = Tree(words, [w.head for w in words], [w.deprel for w in words])
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


def stranded_subjects(tree: Tree, lo: int, hi: int) -> None:
    """ "Ann Kim, an economist, said taxes would rise" parsed with "Ann" under "rise": a nominal subject
    that a complement clause after its verb governs from before that verb, while the verb has no subject,
    is the verb's subject. ("Taxes, Kim said, will rise" keeps "taxes": "said" has its own subject.)"""
    for verb in range(lo, hi):
        if tree.words[verb].upos not in VERBAL or has_subject(tree, verb):
            continue
        for clause in tree.children(verb):
            if clause < verb or tree.rels[clause] not in CLAUSE_COMPLEMENT_RELS:
                continue
            for subject in tree.children(clause):
                if (
                    tree.rels[subject] == SUBJECT
                    and tree.words[subject].upos in NOMINAL
                    and _before(tree, subject, verb, hi)
                ):
                    tree.move(subject, verb, SUBJECT)


def _before(tree: Tree, subject: int, verb: int, hi: int) -> bool:
    """Whether ``subject``'s phrase lies before ``verb``: all of it, or all but the comma after the verb
    the models hang on it ("Tomas Berg, president of ... stated, “...”") when the verb is no frame set
    inside its clause (:func:`_interrupts`)."""
    if max(tree.subtree(subject)) < verb:
        return True
    return edges(tree, subject)[1] < verb and not _interrupts(tree, verb, hi)


def _interrupts(tree: Tree, verb: int, hi: int) -> bool:
    """Whether ``verb`` is a frame set inside its clause ("The issue, Mr. Kim added, is cost"; "The
    contrast, said Kim, is clear"): a comma or an inverted speaker's name right after it."""
    after = tree.words[verb + 1] if verb + 1 < hi else None
    return after is not None and (after.text == "," or after.upos == "PROPN")


def stranded_relatives(tree: Tree, lo: int, hi: int) -> None:
    """ "John Doe, who heads the Red Cross, said ..." parsed with "heads" under "said": a clause before its
    governor that opens with a relative pronoun right after a comma and a noun is that noun's relative
    clause (``acl:relcl``)."""
    for clause in range(lo, hi):
        head = tree.heads[clause]
        if (
            tree.words[clause].upos not in VERBAL
            or head < clause
            or tree.rels[clause] not in (MISATTACHED_CLAUSE_RELS)
        ):
            continue
        first = min(tree.subtree(clause))
        if tree.words[first].text.lower() not in RELATIVE_PRONOUNS or first - 2 < lo:
            continue
        if tree.words[first - 1].text != "," or tree.words[first - 2].upos not in NOMINAL:
            continue
        tree.move(clause, phrase_head(tree, first - 2, first), "acl:relcl")


def titles_with_of(tree: Tree, lo: int, hi: int) -> None:
    """ "Ohio Secretary of State Ann Kim said", "Minister of Foreign Affairs Ann Kim said" parsed with the
    title as the head and "State Ann Kim" as one name: when a capitalised title word is followed by "of",
    proper nouns that NER does not call a person, then a person's name, the name heads the phrase in the
    title's place, the title is its ``compound``, and the "of" phrase the title's ``nmod``. A title's "of"
    phrase names a domain, never a person, so where NER runs the person on from right after "of" ("said
    Secretary of State Ann Roe" with "State Ann Roe" one person), its first word is the domain."""
    for of in range(lo + 1, hi - 2):
        title = of - 1
        if tree.words[of].text != "of" or not _is_title_word(tree.words[title]):
            continue
        person = of + 1
        while person < hi and tree.words[person].upos == "PROPN" and tree.words[person].ner != "person":
            person += 1
        if person == of + 1 and name_head(tree, person, hi) - person >= _MIN_NAME_AFTER_DOMAIN:
            person += 1  # "State" of "State Ann Roe": the domain word NER ran into the name
        if person == of + 1 or person >= hi or tree.words[person].ner != "person":
            continue
        name, up = name_head(tree, person, hi), tree.heads[title]
        last = person - 1  # "State" of "Secretary of State": the object of "of"
        if up == name and tree.heads[last] != title and not inside(tree, title, last):
            for k in range(person, name):  # "Republican Secretary of State Jon Husted": the title is the
                if tree.heads[k] == title:  # name's, but "State Jon" hangs on it as one more name
                    tree.move(k, name, "compound")
        elif inside(tree, title, name) or up == name or (up >= 0 and inside(tree, up, name)):
            continue  # the title is the name's already (a correct parse), or the move would loop
        else:
            tree.move(name, up, tree.rels[title])
            tree.move(title, name, "compound")
        tree.move(last, title, "nmod")
        tree.move(of, last, "case")
        for k in range(of + 1, last):
            tree.move(k, last, "compound")


#: Person words that must follow the first word after a title's "of" before that word is read as the title's
#: domain rather than part of the name: two ("State Ann Roe"), so that "Secretary of Ann Roe" is left alone.
_MIN_NAME_AFTER_DOMAIN = 2


def _is_title_word(word: Word) -> bool:
    return word.upos in {"PROPN", "NOUN"} and word.text[:1].isupper() and word.ner != "person"


def fronted_participle_complements(tree: Tree, lo: int, hi: int) -> None:
    """ "Noting he studied law in college, Marsh said he reads every bill twice", "Asked whether the plan
    would work, the minister said it would" parsed with "studied" ("work") under "said": a complement
    clause of a verb that lies wholly between a participle opening the sentence (an adverbial clause of
    that verb, without a complement of its own) and the comma before the verb's subject is the
    participle's complement (``ccomp``)."""
    first = lo
    while first < hi and tree.words[first].upos == "PUNCT":
        first += 1
    if first >= hi or tree.words[first].xpos not in PARTICIPLE_TAGS or tree.rels[first] != "advcl":
        return
    verb = tree.heads[first]
    if verb <= first or any(tree.rels[k] in CLAUSE_COMPLEMENT_RELS for k in tree.children(first)):
        return
    subjects = [k for k in tree.children(verb) if tree.rels[k] in SUBJECTS and first < k < verb]
    for clause in tree.children(verb):
        if tree.rels[clause] not in CLAUSE_COMPLEMENT_RELS or not first < clause < verb:
            continue
        words = sorted(k for k in tree.subtree(clause) if tree.words[k].upos != "PUNCT")
        opener = {tree.words[k].text.lower() for k in (words[0] - 1, words[0])}
        if tree.words[first].xpos == "VBN" and not opener & QUESTION_OPENERS:
            continue  # "Asked [whether ...]": a passive participle's complement is the question put
        if subjects and words[-1] < min(subjects) and tree.words[words[-1] + 1].text == ",":
            tree.move(clause, first, "ccomp")


def possessive_heads(tree: Tree, lo: int, hi: int) -> None:
    """ "NBC’s Lena Ortiz asked" parsed with the unsplit possessive "NBC’s" as the head and the name after
    it as its ``flat``: a possessive never heads the name after it (a possessor determines a noun), so the
    name's first word takes the possessive's place and the possessive becomes its ``nmod:poss``."""
    for i in range(lo, hi - 1):
        word = tree.words[i]
        if word.upos != "PROPN" or not _POSSESSIVE_END.search(word.text):
            continue
        if tree.words[i + 1].upos != "PROPN":
            continue
        if tree.heads[i] > i and tree.rels[i] in NAME_RELS:  # "the Ledger's Dana Wills" as one compound
            tree.move(i, tree.heads[i], "nmod:poss")
            continue
        name = [k for k in range(i + 1, hi) if tree.heads[k] == i and tree.rels[k] in NAME_RELS]
        if not name or name[0] != i + 1:
            continue
        run = [k for k in name if k == i + 1 + name.index(k)]  # the words right after the possessive
        first = run[0]
        tree.move(first, tree.heads[i], tree.rels[i])
        tree.move(i, first, "nmod:poss")
        for k in run[1:]:
            tree.move(k, first, "flat")


def document_participles(tree: Tree, lo: int, hi: int) -> None:
    """ "Workers received a letter saying the plant would close" parsed with "saying" a complement (or
    adverbial clause) of "received": a participle of saying right after a document noun that is the object
    of the participle's own governor modifies the noun (``acl``): the letter says it, not the workers."""
    for part in range(lo + 1, hi):
        word, noun = tree.words[part], part - 1
        if word.xpos != "VBG" or tree.rels[part] not in _DOCUMENT_PARTICIPLE_RELS:
            continue
        if word.lemma.lower() not in SPEECH_VERBS or tree.words[noun].lemma.lower() not in DOCUMENT_NOUNS:
            continue
        if tree.rels[noun] == "obj" and tree.heads[noun] == tree.heads[part]:
            tree.move(part, noun, "acl")


#: How the models hang a participle on the verb whose object it modifies: "received a letter [saying] ...".
_DOCUMENT_PARTICIPLE_RELS = frozenset({"xcomp", "advcl"})
#: A token that ends in a possessive clitic the tokenizer did not split off ("NBC’s", "Peru's").
_POSSESSIVE_END = regex.compile(r"\w['\u2019]s$")


#: The repairs, in the order they run on each sentence, repeated (at most :data:`_MAX_PASSES` times) until
#: the tree stops changing.
_REPAIRS = (
    passive_subjects,
    demoted_verbs,
    prepositional_subjects,
    stranded_relatives,
    trailing_relatives,
    extracted_subjects,
    split_complements,
    clauses_after_quotations,
    appositive_subjects,
    stranded_subjects,
    label_subjects,
    dated_participles,
    split_subjects,
    time_word_subjects,
    split_names,
    appositive_coordination,
    inverted_appositives,
    titles_with_of,
    possessive_heads,
    fronted_participle_complements,
    document_participles,
    description_appositions,
    quoted_titles,
    vocative_names,
    active_subjects,
    fronted_subjects,
    participle_complements,
    subjects_after_commas,
    fronted_cue_subjects,
    resumed_verbs,  # last: the noun phrase's own misparses mended first ("In October, Mr. Harlan, who ...")
)


_MAX_PASSES = 3
