"""Properties of the whole extractor, on hypothesis-generated texts and parses (no model needed).

For any text and any tree-shaped parse of it: extraction never raises; every span slices the caller's
text exactly and lies inside it; quotes are nested or disjoint and come in text order; the same input
gives the same output; and no quotation is lost (with ``scare_quotes=True`` every closed pair of marks
around words is inside some quote).

The fuzz target ``test_fuzz_extractor`` runs the same checks with a budget taken from the environment:
``QUOTEKIT_FUZZ_EXAMPLES=1000000 python -m pytest tests/test_properties.py -k fuzz`` runs for hours.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from strategies import any_parse, texts

from quotekit import Extractor, Quote, Span
from quotekit.parse import Parse
from quotekit.spans import find_quote_spans

#: Examples per property in the ordinary test run, and in the fuzz target unless the environment says.
EXAMPLES = 150
FUZZ_EXAMPLES = int(os.environ.get("QUOTEKIT_FUZZ_EXAMPLES", "400"))


def spans_of(quote: Quote) -> list[Span]:
    out = [quote.span, *quote.parts]
    if quote.cue is not None:
        out.append(quote.cue.span)
    if quote.speaker is not None and quote.speaker.mention is not None:
        out.append(quote.speaker.mention)
    return out


def check_invariants(text: str, quotes: list[Quote]) -> None:
    """Every span slices ``text``; parts in order inside their quote; quotes sorted, nested or disjoint."""
    for quote in quotes:
        for span in spans_of(quote):
            assert 0 <= span.start <= span.end <= len(text)
            assert text[span.start : span.end] == span.text
        assert list(quote.parts) == sorted(quote.parts)
        assert all(quote.span.start <= p.start and p.end <= quote.span.end for p in quote.parts)
        assert quote.text == " ".join(p.text for p in quote.parts)
        assert quote.kind in {"direct", "mixed", "indirect"}
        assert 0.0 <= quote.confidence <= 1.0
    assert [q.span.start for q in quotes] == sorted(q.span.start for q in quotes)
    for a in quotes:
        for b in quotes:
            crossing = a.span.start < b.span.start < a.span.end < b.span.end
            assert not crossing, f"quotes cross: {a.span} {b.span}"


def check_nothing_lost(text: str, quotes: list[Quote]) -> None:
    """Each closed outermost quotation with a letter or digit in it lies in some quote's span."""
    for found in find_quote_spans(text):
        words = [k for s, e in found.parts for k in range(s, e) if text[k].isalnum()]
        if found.depth or not found.closed or not words:
            continue
        assert any(q.span.start <= words[0] < q.span.end for q in quotes), (
            f"lost {text[found.start : found.end]!r}"
        )


def run(parse: Parse, **options: object) -> list[Quote]:
    return Extractor(**options).extract_parse(parse)  # type: ignore[arg-type]


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(parse=any_parse())
def test_extraction_keeps_its_invariants(parse: Parse) -> None:
    """Never raises; offsets exact; sorted; nested or disjoint; deterministic."""
    quotes = run(parse)
    check_invariants(parse.text, quotes)
    assert run(parse) == quotes


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(parse=any_parse())
def test_no_quotation_is_lost(parse: Parse) -> None:
    """With the scare-quote filter off, every quotation around words comes out (speaker may be None)."""
    quotes = run(parse, scare_quotes=True)
    check_invariants(parse.text, quotes)
    check_nothing_lost(parse.text, quotes)


@settings(max_examples=EXAMPLES, deadline=None)
@given(parse=any_parse())
def test_scare_quote_filter_only_removes_quotes(parse: Parse) -> None:
    """The filter drops short quotations no cue governs; it never changes the quotes it keeps."""
    kept, every = run(parse), run(parse, scare_quotes=True)
    assert set(kept) <= set(every)
    assert all(q.cue is None and q.kind == "direct" for q in set(every) - set(kept))


@settings(max_examples=FUZZ_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(parse=any_parse(), text=texts)
def test_fuzz_extractor(parse: Parse, text: str) -> None:
    """The fuzz target: the extractor on a random parse and the span stage on a random text, every option."""
    for options in ({}, {"scare_quotes": True}, {"cue_classes": ("speech", "cognition", "source")}):
        quotes = run(parse, **options)
        check_invariants(parse.text, quotes)
    check_nothing_lost(parse.text, run(parse, scare_quotes=True))
    found = find_quote_spans(text, include_unclosed=True)
    assert all(0 <= s.start < s.end <= len(text) for s in found)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "“”",
        "“ ”",
        "''''",
        "\x00“\x00”\x00",
        "“a” “b” “c",
        "‘’’‘",
        "\ud800“\udfff”",
    ],
)
def test_degenerate_texts_with_empty_parses(text: str) -> None:
    """A parse with no words at all gives no quotes and no error."""
    from quotekit.parse import find_paragraphs

    assert run(Parse(text, (), (), find_paragraphs(text))) == []
