"""Acronyms of a document and their expansions: "the Free Syrian Army ... the FSA".

Requires: a :class:`~quotekit.document.Parse`. Provides :func:`find_acronyms`, by initials or by a
parenthesis ("Free Syrian Army (FSA)"), which the entity store uses to join an acronym and its expansion.
"""

from __future__ import annotations

import regex

from quotekit.document import Parse, Word
from quotekit.names import FUNCTION_WORDS, in_institution_name

__all__ = ["find_acronyms"]

_ACRONYM = regex.compile(r"^[A-Z][A-Z.&]{1,7}$")
_NAME_TOKEN = regex.compile(r"\w+")
#: "Free Syrian Army (FSA)": a name of capitalised words, then its acronym in parentheses.
_ACRONYM_IN_PARENTHESES = regex.compile(r"((?:[A-Z][\w\-]+\s+){1,6}[A-Z][\w\-]+)\s*\(([A-Z][A-Z.&]{1,7})\)")


def find_acronyms(parse: Parse) -> dict[str, str]:
    """Acronyms in the document mapped to their expansions (by initials or a parenthesis).

    "the Free Syrian Army ... the FSA" -> {"FSA": "Free Syrian Army"}.
    """
    runs = _proper_runs(parse)
    acronyms = {w.text.replace(".", "") for w in parse.words if _ACRONYM.match(w.text)}
    out: dict[str, str] = {}
    for run in runs:
        words = [w for w in _NAME_TOKEN.findall(run) if w.lower() not in FUNCTION_WORDS]
        if len(words) < 2 or _ACRONYM.match(run):  # "S.E.C." is the acronym, not its expansion
            continue
        initials = "".join(w[0] for w in words).upper()
        if initials in acronyms and initials not in out:
            out[initials] = run
    start, end = (parse.words[0].start, parse.words[-1].end) if parse.words else (0, 0)
    for match in _ACRONYM_IN_PARENTHESES.finditer(parse.text, start, end):  # this piece only
        out[match.group(2).replace(".", "")] = match.group(1)
    return out


def _is_proper(word: Word) -> bool:
    """A word of a proper name: a proper noun, or a word of an organization's name by NER ("Securities"
    in "Securities and Exchange Commission", often tagged a common noun)."""
    return word.upos == "PROPN" or in_institution_name(word, "organization")


def _proper_runs(parse: Parse) -> list[str]:
    runs: list[str] = []
    start: int | None = None
    for word in [*parse.words, None]:
        if word is not None and (
            _is_proper(word) or (start is not None and word.text.lower() in {"of", "and"})
        ):
            if start is None:
                start = word.i
            continue
        if start is not None:
            last = (word.i if word is not None else len(parse.words)) - 1
            while last > start and not _is_proper(parse.words[last]):
                last -= 1
            runs.append(parse.text[parse.words[start].start : parse.words[last].end])
            start = None
    return runs
