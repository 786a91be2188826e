"""Checks shared by the test files: the invariants every extraction result must keep."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
import regex

from quotekit import Extractor, Quote, Span
from quotekit.document import Parse, Word
from quotekit.parse import parse_conllu
from quotekit.plan import is_short_quote
from quotekit.spans import QuoteSpan, find_quote_spans


def spans_of(quote: Quote) -> list[Span]:
    """Every span a quote holds: its extent, its parts, its cue, its speaker's mention."""
    out = [quote.span, *quote.parts]
    if quote.cue is not None:
        out.append(quote.cue.span)
    if quote.speaker is not None and quote.speaker.mention is not None:
        out.append(quote.speaker.mention)
    return out


def check_offsets(text: str, quotes: list[Quote]) -> None:
    """Every span lies in ``text`` and slices it exactly."""
    for quote in quotes:
        for span in spans_of(quote):
            assert 0 <= span.start <= span.end <= len(text)
            assert text[span.start : span.end] == span.text


def check_invariants(text: str, quotes: list[Quote]) -> None:
    """Exact offsets; parts in order inside their quote; quotes sorted, nested or disjoint; no two quotes
    with the same parts (issue 13)."""
    check_offsets(text, quotes)
    for quote in quotes:
        assert list(quote.parts) == sorted(quote.parts)
        assert all(quote.span.start <= p.start and p.end <= quote.span.end for p in quote.parts)
        assert quote.text == " ".join(p.text for p in quote.parts)
        assert quote.kind in {"direct", "mixed", "indirect"}
        assert 0.0 <= quote.confidence <= 1.0
    assert [q.span.start for q in quotes] == sorted(q.span.start for q in quotes)
    parts = [tuple((p.start, p.end) for p in q.parts) for q in quotes]
    assert len(parts) == len(set(parts)), f"quotes with the same parts: {quotes}"
    for a in quotes:
        for b in quotes:
            assert not a.span.start < b.span.start < a.span.end < b.span.end, (
                f"quotes cross: {a.span} {b.span}"
            )


def check_nothing_lost(text: str, quotes: list[Quote], *, scare_quotes: bool = True) -> None:
    """Each closed outermost quotation with a letter or digit in it lies in some quote's span (short ones
    and titles, a few words in title case, only when the extractor kept scare quotes)."""
    for found in find_quote_spans(text):
        words = [k for s, e in found.parts for k in range(s, e) if text[k].isalnum()]
        if found.depth or not found.closed or not words:
            continue
        if not scare_quotes and (is_short_quote(text, found) or _looks_like_title(text, found)):
            continue
        assert any(q.span.start <= words[0] < q.span.end for q in quotes), (
            f"lost {text[found.start : found.end]!r}"
        )


def _looks_like_title(text: str, found: QuoteSpan) -> bool:
    """At most twelve words, each of four letters or more capitalized ("Morning Desk With Tom Lutz")."""
    words = [w for s, e in found.parts for w in regex.findall(r"\w+", text[s:e])]
    major = [w for w in words if len(w) >= 4 and w[0].isalpha()]
    return len(words) <= 12 and bool(major) and all(w[0].isupper() for w in major)


#: A quote's speaker mention text and rule name.
Found = tuple[str | None, str | None]


def mention_and_rule(extractor: Extractor, text: str, *, index: int = 0) -> Found:
    """The speaker mention's text (``None`` without one) and the rule of ``text``'s quote at ``index``."""
    quote = extractor.extract(text)[index]
    mention = quote.speaker.mention if quote.speaker else None
    return (mention.text if mention else None), quote.rule


#: A speaker's (name, role, affiliation).
Profile = tuple[str | None, str | None, str | None]


def speaker_profile(extractor: Extractor, text: str, *, last: bool = False) -> Profile:
    """The (name, role, affiliation) of the speaker of ``text``'s one quote (its last quote with ``last``)."""
    quotes = extractor.extract(text)
    if last:
        assert quotes, "no quote found"
    else:
        assert len(quotes) == 1
    speaker = quotes[-1].speaker
    assert speaker is not None
    return speaker.name, speaker.role, speaker.affiliation


def rows_and_gaps(rows: Mapping[str, object], gaps: Mapping[str, tuple[Any, ...]]) -> list[Any]:
    """Parameters for a table of rows on the models: every row by name, then every known gap as a strict
    xfail with its reason (the gap's third field)."""
    return [
        *sorted(rows),
        *(
            pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=gap[2]))
            for name, gap in gaps.items()
        ),
    ]


#: The rule fixtures: NAME.txt and its parse NAME.conllu.
RULES = Path(__file__).resolve().parents[1] / "fixtures" / "rules"


def load_fixture(name: str) -> Parse:
    """The parse of the rule fixture ``name`` (its CoNLL-U over its text)."""
    text = (RULES / f"{name}.txt").read_text(encoding="utf-8")
    return parse_conllu((RULES / f"{name}.conllu").read_text(encoding="utf-8"), text)


def word_arcs(words: tuple[Word, ...]) -> set[tuple[str, str, str, str]]:
    """(dependent, its word class, relation, head) of every word, by text."""
    return {(w.text, w.upos, w.deprel, words[w.head].text if w.head >= 0 else "ROOT") for w in words}


def row_or_gap(
    rows: Mapping[str, tuple[str, Any]], gaps: Mapping[str, tuple[Any, ...]], name: str
) -> tuple[str, Any]:
    """The (text, expected answer) of a model table's row ``name``: a passing row, or a known gap's."""
    if name in rows:
        return rows[name]
    text, expected = gaps[name][:2]
    return text, expected
