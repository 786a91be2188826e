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
from checks import check_invariants, check_nothing_lost
from hypothesis import HealthCheck, given, settings
from strategies import any_parse, texts

from quotekit import Extractor, Quote
from quotekit.parse import Parse
from quotekit.spans import find_quote_spans

#: Examples per property in the ordinary test run, and in the fuzz target unless the environment says.
EXAMPLES = 150
FUZZ_EXAMPLES = int(os.environ.get("QUOTEKIT_FUZZ_EXAMPLES", "400"))


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
    from quotekit.text import find_paragraphs

    assert run(Parse(text, (), (), find_paragraphs(text))) == []
