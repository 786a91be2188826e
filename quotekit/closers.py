"""What closes a content but is not part of what was said: a comment on its last noun, and the occasion of
the saying.

- "said the money went to Ali Hassan[, who ran the agency]": a non-restrictive relative clause that closes
  the content comments on its host (:func:`appended_comment`);
- "said talks would resume [when asked about the strike]": a reduced clause of saying tells when the source
  spoke (:func:`reduced_saying`);
- "said the former president had made a good case[, while other voters said ...]", "said they were not
  looking forward to it[; 46 percent said ...]": a clause with its own subject after a semicolon, or after
  a comma and "while"/"whereas", is the writer's next statement, not more of what was said
  (:func:`next_statement`);
- "The minister, who declared a state of emergency[, will visit the region ...]": a cue inside a
  non-restrictive relative clause reports up to the clause's end, where the main clause resumes with its
  verb (:func:`main_clause_resumed`).

Requires: a parse (:mod:`quotekit.document`). Provides word indices to drop from a content.
"""

from __future__ import annotations

from collections.abc import Callable

from quotekit.document import Parse, Word
from quotekit.lang.en import REDUCED_CLAUSE_MARKS, SPEECH_VERBS
from quotekit.syntax import closes_apposition, may_resume_main_clause

__all__ = ["appended_comment", "comment_clauses", "main_clause_resumed", "next_statement", "reduced_saying"]


def appended_comment(parse: Parse, verb: Word, content: list[int]) -> list[int]:
    """The comment that closes ``content``, to drop: "said the emails were exchanges between Carter and
    Fanning[, who was his chief of staff]" (PolNeAR's content stops at the comma). A non-restrictive
    relative clause set off by a comma (", who ...", ", which ..."), however the parser hung it, comments
    on its host and is not part of what was said; the comma goes with it. The whole content is kept when
    nothing else is left."""
    k = _closing_phrase(parse, verb, content, _is_appended_comment)
    if k is None:
        return []
    return _cut(content, {*parse.subtree(k), _lead(parse, k) - 1})


def comment_clauses(parse: Parse, head: int) -> list[int]:
    """The words of the non-restrictive relative clauses on ``head`` (:func:`_is_appended_comment`), with
    the commas that set them off: "The mayor[, who has led the city since May,] appears certain to win" says
    nothing of what appears."""
    out: list[int] = []
    for c in parse.children[head]:
        if c > head and _is_appended_comment(parse, c):
            words = parse.subtree(c)
            out.extend([*words, _lead(parse, c) - 1])
            after = max(words) + 1
            if after < len(parse.words) and parse.words[after].text == ",":
                out.append(after)
    return out


def _closing_phrase(
    parse: Parse, verb: Word, content: list[int], test: Callable[[Parse, int], bool]
) -> int | None:
    """The first word of ``content`` (not the cue) whose phrase lies in it and closes it and that passes
    ``test``, or None."""
    members = set(content)
    end = max(content, default=-1)
    for k in sorted(members):
        words = parse.subtree(k)
        if k != verb.i and max(words) == end and members.issuperset(words) and test(parse, k):
            return k
    return None


def _cut(content: list[int], cut: set[int]) -> list[int]:
    """The words of ``content`` in ``cut``, to drop; none when nothing else would be left."""
    kept = [j for j in content if j not in cut]
    return [j for j in content if j in cut] if kept else []


def _is_appended_comment(parse: Parse, k: int) -> bool:
    """Whether word ``k`` heads a non-restrictive relative clause set off by a comma (", who was his chief
    of staff", ", which includes ..."), however the parser hung it: a comment on its host, not part of it."""
    word = parse.words[k]
    first = _lead(parse, k)
    if first <= 0 or first <= word.head or parse.words[first - 1].text != ",":
        return False
    return parse.words[first].lemma.lower() in _RELATIVE_OPENERS and word.deprel in _COMMENT_RELS


def _lead(parse: Parse, k: int) -> int:
    """The first word of ``k``'s phrase that is not punctuation (-1 when there is none)."""
    return min((j for j in parse.subtree(k) if parse.words[j].upos != "PUNCT"), default=-1)


#: How the parser hangs a non-restrictive relative clause: on its noun, or on the verb before it.
_COMMENT_RELS = frozenset({"acl:relcl", "conj", "parataxis", "advcl"})
#: Relative pronouns that open a non-restrictive relative clause after a comma.
_RELATIVE_OPENERS = frozenset({"who", "which"})


def reduced_saying(parse: Parse, verb: Word, content: list[int]) -> list[int]:
    """The reduced clause of the occasion that closes ``content``, to drop: "said talks would resume [when
    asked about the strike]". A participle of a verb of saying without subject or auxiliary, after a
    subordinator of :data:`~quotekit.lang.en.REDUCED_CLAUSE_MARKS`, tells when the source spoke, not what
    was said (it is an attribution of its own, whose content is what was asked)."""
    k = _closing_phrase(parse, verb, content, _is_reduced_saying)
    return [] if k is None else _cut(content, set(parse.subtree(k)))


def _is_reduced_saying(parse: Parse, k: int) -> bool:
    """Whether word ``k`` is a participle of a verb of saying after a subordinator, with no subject or
    auxiliary of its own ("when asked about the strike")."""
    word = parse.words[k]
    kids = [parse.words[c] for c in parse.children[k]]
    marked = any(c.i < k and c.text.lower() in REDUCED_CLAUSE_MARKS for c in kids)
    reduced = not any(c.deprel.startswith(("nsubj", "aux")) for c in kids)
    return word.xpos == "VBN" and word.lemma in SPEECH_VERBS and marked and reduced


def next_statement(parse: Parse, verb: Word, content: list[int]) -> list[int]:
    """The words of ``content`` from a semicolon, or from a comma before "while"/"whereas", that opens a
    clause with a nominal subject of its own, to drop (the writer's next statement, set beside what was
    said: "said the plan had failed[; 46 percent said ...]"), after words with a verb ("argued that, while
    the tax may ..., workers ..." keeps it all); none for a content before its cue, and the whole content
    is kept when nothing else is left."""
    if not content or min(content) < verb.i:
        return []
    members = sorted(content)
    for n, k in enumerate(members[1:-1], start=1):
        text = parse.words[k].text
        nxt = parse.words[members[n + 1]]
        if text == ";" or (text == "," and nxt.lemma.lower() in _CONTRAST_MARKS):
            rest, before = members[n + 1 :], members[:n]
            if _has_clause(parse, rest) and any(parse.words[j].upos in {"VERB", "AUX"} for j in before):
                return _cut(content, set(members[n:]))
    return []


#: Subordinators of contrast after a comma that set a statement of the writer's beside what was said.
_CONTRAST_MARKS = frozenset({"while", "whereas"})


def _has_clause(parse: Parse, words: list[int]) -> bool:
    """Whether ``words`` hold a verb with a nominal subject among them (a clause of its own)."""
    have = set(words)
    return any(
        parse.words[j].deprel.startswith("nsubj")
        and parse.words[j].upos in {"NOUN", "PROPN", "PRON", "NUM"}
        and parse.words[j].head in have
        for j in words
    )


def main_clause_resumed(parse: Parse, verb: Word, content: list[int]) -> list[int]:
    """The words of ``content`` from the comma where the main clause resumes, to drop, when the cue heads a
    relative clause: "The minister, who declared a state of emergency in the north[, will visit the region
    on Friday]", "Mendez, a lawyer who advised the mayor on the budget[, said ...]". Such a clause (",
    who ...", ", which ...", or a relative pronoun its subject) ends at the comma before the verb of the
    clause it interrupts, the verb of its host (a finite verb after the comma, perhaps after an adverb);
    whatever the parser hung on the cue past it is not what the relative clause said. None when the cue
    opens no such clause, and the whole content is kept when nothing else is left."""
    if not content or min(content) < verb.i or not _opens_relative_clause(parse, verb):
        return []
    members = sorted(content)
    for n, k in enumerate(members[1:-1], start=1):
        if parse.words[k].text != "," or members[n + 1] != k + 1 or closes_apposition(parse.words, verb.i, k):
            continue
        j = k + 1
        while j < len(parse.words) and parse.words[j].upos == "ADV" and j in content:
            j += 1
        if (
            j < len(parse.words)
            and j in content
            and may_resume_main_clause(parse.words[j], parse.words[j].deprel)
        ):
            if _subject_continues(parse, members[:n], k):
                return []
            return _cut(content, set(members[n:]))
    return []


def _subject_continues(parse: Parse, before: list[int], comma: int) -> bool:
    """Whether a subject among ``before`` has its verb past ``comma``: the reported clause goes on after an
    aside ("said that the mayor, under fire for the delays, would resign")."""
    return any(parse.words[j].deprel.startswith("nsubj") and parse.words[j].head > comma for j in before)


def _opens_relative_clause(parse: Parse, verb: Word) -> bool:
    """Whether ``verb`` is the verb of a relative clause: its subject (or the word before it, when the parser
    hung the pronoun elsewhere) is "who" or "which" after a comma ("Reyes, who has long argued ..."), or a
    relative pronoun that is its subject ("a lawyer who advised the mayor on the budget, said ...")."""
    start = verb.i - 1
    while start > 0 and parse.words[start].upos in {"AUX", "ADV", "PART"}:
        start -= 1
    pronoun = parse.words[start]
    if start < 1 or pronoun.lemma.lower() not in _RELATIVE_SUBJECTS:
        return False
    if pronoun.head == verb.i and pronoun.deprel.startswith("nsubj"):
        return True
    return (
        pronoun.lemma.lower() in _RELATIVE_OPENERS and parse.words[start - 1].text == "," and pronoun.head < 0
    )


#: Relative pronouns that may be a relative clause's subject ("the firms that sued", "a lawyer who ...").
_RELATIVE_SUBJECTS = _RELATIVE_OPENERS | {"that"}
