"""CoNLL-U in, :class:`~quotekit.document.Parse` out, without any model: rule tests run on fixture parses."""

from __future__ import annotations

from typing import Any

import regex

from quotekit.document import Parse, Sentence, Word
from quotekit.parse.build import lemma_of, ner_class
from quotekit.text import find_paragraphs, paragraph_index

__all__ = ["parse_conllu", "to_conllu"]

_CONLLU_ID = regex.compile(r"\d+(?:-\d+)?")
_MISC_OFFSET = regex.compile(r"(?:^|\|)start_char=(\d+)\|end_char=(\d+)")
_MISC_NER = regex.compile(r"(?:^|\|)ner=([^|]+)")


def _offsets(text: str, form: str, own: regex.Match[str] | None, pos: int) -> tuple[tuple[int, int], int]:
    """A word's offsets: from its MISC entry, else the next occurrence of its form at or after ``pos``."""
    if own:
        start, end = int(own.group(1)), int(own.group(2))
    else:
        found = text.find(form, pos)
        start, end = (found, found + len(form)) if found >= 0 else (pos, pos)
    return (start, end), max(pos, end)


def parse_conllu(conllu: str, text: str) -> Parse:
    """A :class:`Parse` from CoNLL-U (as stanza writes it) and the original text, without any model.

    Word offsets come from ``start_char``/``end_char`` in the MISC column when present, else each form is
    found in ``text`` left to right. A ``ner=`` MISC entry (stanza's) gives the entity tag.
    """
    paragraphs = find_paragraphs(text)
    pos = 0
    words: list[Word] = []
    sentences: list[Sentence] = []
    for block in regex.split(r"\n\s*\n", conllu.strip()):
        first = len(words)
        rows: list[tuple[int, list[str], int, int, str]] = []  # (id, columns, start, end, NER tag)
        token_end, token_offsets, token_ner = -1, (0, 0), ""
        for line in block.splitlines():
            cols = line.split("\t")
            if line.startswith("#") or len(cols) != 10 or not _CONLLU_ID.fullmatch(cols[0]):
                continue  # comments, empty nodes (1.1) and malformed lines
            own = _MISC_OFFSET.search(cols[9])
            ner_match = _MISC_NER.search(cols[9])
            if "-" in cols[0]:  # a multi-word token's range line: offsets and NER for its words
                token_end = int(cols[0].split("-")[1])
                token_offsets, pos = _offsets(text, cols[1], own, pos)
                token_ner = ner_match.group(1) if ner_match else ""
                continue
            wid = int(cols[0])
            in_token = wid <= token_end
            if own or not in_token:
                (start, end), pos = _offsets(text, cols[1], own, pos)
            else:
                start, end = token_offsets
            tag = ner_match.group(1) if ner_match else (token_ner if in_token else "")
            rows.append((wid, cols, start, end, tag))
        index_of = {wid: first + k for k, (wid, *_) in enumerate(rows)}
        for k, (_, cols, start, end, tag) in enumerate(rows):
            head = index_of.get(int(cols[6]), -1) if cols[6].isdigit() else -1
            words.append(
                Word(
                    i=first + k,
                    text=text[start:end] if end > start else cols[1],
                    lemma=lemma_of(cols[2], cols[3]),
                    upos=cols[3],
                    xpos=cols[4] if cols[4] != "_" else "",
                    feats=cols[5] if cols[5] != "_" else "",
                    head=head,
                    deprel=cols[7],
                    start=start,
                    end=end,
                    sent=len(sentences),
                    ner=ner_class(tag),
                )
            )
        if len(words) > first:
            s_start = words[first].start
            sentences.append(
                Sentence(
                    len(sentences),
                    first,
                    len(words),
                    s_start,
                    words[-1].end,
                    paragraph_index(paragraphs, s_start),
                )
            )
    return Parse(text, tuple(words), tuple(sentences), paragraphs)


def to_conllu(doc: Any) -> str:
    """CoNLL-U of a stanza Document, offsets and NER in MISC (used to write test fixtures)."""
    return f"{doc:C}"
