"""Tests for quotekit.spans: quotation-mark spans on the raw text.

Tables first (pairs, apostrophes, nesting, paragraphs, unbalanced marks, messy text, wrong types), then the
properties every output must have, checked on hypothesis-generated text heavy in marks.
"""

from __future__ import annotations

import doctest

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotekit import spans
from quotekit.spans import QuoteSpan, find_quote_spans

#: (depth, quoted text including its marks) per span, in output order.
Rendered = list[tuple[int, str]]


def _render(text: str, found: tuple[QuoteSpan, ...]) -> Rendered:
    return [(span.depth, text[span.start : span.end]) for span in found]


def _parts(text: str, span: QuoteSpan) -> list[str]:
    return [text[start:end] for start, end in span.parts]


def _check_invariants(text: str, found: tuple[QuoteSpan, ...]) -> None:
    """Offsets inside the text, parts inside their span, nested or disjoint, sorted, depths consistent."""
    for span in found:
        assert 0 <= span.start < span.end <= len(text)
        assert text.startswith(span.open_mark, span.start)
        assert span.closed == (span.close_mark != "")
        if span.closed:
            assert text.endswith(span.close_mark, 0, span.end)
        inner_start, inner_end = span.start + len(span.open_mark), span.end - len(span.close_mark)
        previous_end = inner_start
        for start, end in span.parts:
            assert previous_end <= start < end <= inner_end
            assert not text[start].isspace() and not text[end - 1].isspace()
            previous_end = end
    assert list(found) == sorted(found, key=lambda span: (span.start, -span.end))
    open_ends: list[int] = []
    for span in found:
        while open_ends and open_ends[-1] <= span.start:
            open_ends.pop()
        assert not open_ends or span.end <= open_ends[-1], "spans overlap without nesting"
        assert span.depth == len(open_ends)
        open_ends.append(span.end)


# ---------------------------------------------------------------------------------------------------------
# Pairs of marks

PAIR_ROWS = [
    # English curly marks
    ("He said “no” twice.", [(0, "“no”")]),
    ("He said ‘no’ twice.", [(0, "‘no’")]),
    # straight double marks: opening after a space, the start or ( [ — – - :, closing before a space/punct/end
    ('"No," he said.', [(0, '"No,"')]),
    ('He said "no" and "yes."', [(0, '"no"'), (0, '"yes."')]),
    ('Smith ("No way") said', [(0, '"No way"')]),
    ('Smith—"No way"—said', [(0, '"No way"')]),
    ('Smith said:"No."', [(0, '"No."')]),
    ('He said"no"', [(0, '"no"')]),
    # straight single marks, only where clearly a quote
    ("He said 'no' twice.", [(0, "'no'")]),
    ("'Yes,' she said.", [(0, "'Yes,'")]),
    # guillemets both ways, German and Polish low-high marks
    ("«Bonjour», dit-il.", [(0, "«Bonjour»")]),
    ("« Bonjour », dit-il.", [(0, "« Bonjour »")]),
    ("»Hallo«, sagte er.", [(0, "»Hallo«")]),
    ("„Hallo“, sagte er.", [(0, "„Hallo“")]),
    ("„Dzień dobry”, powiedział.", [(0, "„Dzień dobry”")]),
    # Swedish and Finnish ”…” (and English copy typed with the closer first): ” opens only in opening
    # context where nothing is open
    ("”Hej”, sa han.", [(0, "”Hej”")]),
    ("Getty. ”The city needs jobs.” ― Ana Ruiz", [(0, "”The city needs jobs.”")]),
    ("He said no.” Then left.", []),
    # a quotation that picks up mid-sentence opens with a spaced ellipsis
    ("In May. ” … they are so not like him,” she said.", [(0, "” … they are so not like him,”")]),
    ("“ … the deal is dead,” he said.", [(0, "“ … the deal is dead,”")]),
    ("‹oui› et ›ja‹", [(0, "‹oui›"), (0, "›ja‹")]),
    # two apostrophes (NYT wire style) and ``…'' as double quotes
    ("''We will win,'' he said.", [(0, "''We will win,''")]),
    ("``We will win,'' he said.", [(0, "``We will win,''")]),
    # mixed and mistyped marks from edited copy
    ("“Yes,“ he said.", [(0, "“Yes,“")]),
    ('“Yes," he said.', [(0, '“Yes,"')]),
    # empty quotes are spans with no parts
    ("“”", [(0, "“”")]),
    ('He said "" then', [(0, '""')]),
    # negatives: no pair
    ("No quotes at all.", []),
    ("He is 6' tall, 5\" wide.", []),
    ("”Backwards“", []),
    ('a " b', []),
]


@pytest.mark.parametrize(("text", "expected"), PAIR_ROWS)
def test_pairs_of_marks_are_found(text: str, expected: Rendered) -> None:
    """Each supported pair of marks gives one span; marks that pair with nothing give none."""
    assert _render(text, find_quote_spans(text)) == expected


MARK_ROWS = [
    ("He said “no.”", "“", "”"),
    ('He said "no."', '"', '"'),
    ("He said ‘no.’", "‘", "’"),
    ("``No,'' he said", "``", "''"),
    ("''No,'' he said", "''", "''"),
    ("„Nein“, sagte er", "„", "“"),
    ("»Nein«, sagte er", "»", "«"),
]


@pytest.mark.parametrize(("text", "open_mark", "close_mark"), MARK_ROWS)
def test_span_records_its_marks(text: str, open_mark: str, close_mark: str) -> None:
    """``open_mark`` and ``close_mark`` are the marks as written; ``parts`` leave them out."""
    (span,) = find_quote_spans(text)
    assert (span.open_mark, span.close_mark, span.closed) == (open_mark, close_mark, True)
    assert _parts(text, span) == [text[span.start + len(open_mark) : span.end - len(close_mark)].strip()]


# ---------------------------------------------------------------------------------------------------------
# Apostrophes

APOSTROPHE_ROWS = [
    "I don’t think it’s over.",
    "I don't think it's over.",
    "It is the voters’ fault.",
    "It is the voters' fault.",
    "Back in the ’90s, in the '80s and the ‘70s.",
    "They played rock ’n’ roll.",
    "They played rock 'n' roll.",
    "At five o’clock in Russia’s capital.",
    "Get ’em, ’til dawn, 'cause 'tis late.",
    "Class of ’98 and the Joneses’ house.",
    "James’ book and the boss’s desk.",
]


@pytest.mark.parametrize("text", APOSTROPHE_ROWS)
def test_apostrophes_are_not_quote_marks(text: str) -> None:
    """Contractions, possessives, decades and elisions give no span, even with include_unclosed."""
    assert find_quote_spans(text, include_unclosed=True) == ()


APOSTROPHE_INSIDE_ROWS = [
    ("“I don’t know,” he said.", [(0, "“I don’t know,”")]),
    ("'I don't know,' he said.", [(0, "'I don't know,'")]),
    ("‘It’s over,’ he said.", [(0, "‘It’s over,’")]),
    ("He said ‘the ’90s were great’.", [(0, "‘the ’90s were great’")]),
    ("He said 'rock 'n' roll' twice.", [(0, "'rock 'n' roll'")]),
    # an s’ before a word closes only an open ‘ ...
    ("‘They blamed the voters’ he said.", [(0, "‘They blamed the voters’")]),
    ("It was the voters’ choice.", []),
    # ... and not when a later mark in the paragraph can close it instead
    ("‘The voters’ choice,’ he said.", [(0, "‘The voters’ choice,’")]),
    ("'The voters' choice,' he said.", [(0, "'The voters' choice,'")]),
    ("‘The voters’ and the states’ rights,’ he said.", [(0, "‘The voters’ and the states’ rights,’")]),
    # with only s’ marks later, the first one that can close does (the text is ambiguous)
    ("‘The voters’ and the states’ rights’ matter.", [(0, "‘The voters’")]),
    ("‘The voters’ view’ and ‘the states’ rights’", [(0, "‘The voters’ view’"), (0, "‘the states’ rights’")]),
]


@pytest.mark.parametrize(("text", "expected"), APOSTROPHE_INSIDE_ROWS)
def test_apostrophes_inside_quotes_do_not_end_them(text: str, expected: Rendered) -> None:
    """A quote containing apostrophes runs to its real closing mark."""
    assert _render(text, find_quote_spans(text)) == expected


# ---------------------------------------------------------------------------------------------------------
# Nesting

NESTING_ROWS = [
    (
        "“He called it ‘a disaster,’ she said”",
        [(0, "“He called it ‘a disaster,’ she said”"), (1, "‘a disaster,’")],
    ),
    ("\"He said 'no' twice\"", [(0, "\"He said 'no' twice\""), (1, "'no'")]),
    ("“‘Yes,’ he said.”", [(0, "“‘Yes,’ he said.”"), (1, "‘Yes,’")]),
    ("“A ‘B “C” D’ E”", [(0, "“A ‘B “C” D’ E”"), (1, "‘B “C” D’"), (2, "“C”")]),
    ("«Il a dit “non”.»", [(0, "«Il a dit “non”.»"), (1, "“non”")]),
    # three apostrophes after a word close a nested single quotation, then the outer pair (NYT style)
    ("''He said 'no.''' she wrote", [(0, "''He said 'no.'''"), (1, "'no.'")]),
    ("''It's 'fine,''' he said. ''No.''", [(0, "''It's 'fine,'''"), (1, "'fine,'"), (0, "''No.''")]),
    # ... but three at the opening are the pair, then an elision or a nested opening
    ("'''Tis the season,'' he said.", [(0, "'''Tis the season,''")]),
    # a double mark inside a double quote does not nest: the inner pair wins, the first mark is dropped
    ("“a “b” c”", [(0, "“b”")]),
    ('"a "b" c"', [(0, '"b"')]),
    # a closing mark ends the quotes opened inside it
    ("“a ‘b” c’", [(0, "“a ‘b”")]),
]


@pytest.mark.parametrize(("text", "expected"), NESTING_ROWS)
def test_nested_quotes_get_depths(text: str, expected: Rendered) -> None:
    """A quote inside another has depth 1 (2 inside that); double inside double cannot nest."""
    assert _render(text, find_quote_spans(text)) == expected


# ---------------------------------------------------------------------------------------------------------
# Paragraphs

MULTI_PARAGRAPH_ROWS = [
    ("“One.\n“Two,” he said.", "“One.\n“Two,”", ["One.", "Two,"]),
    ("“One.\n\n“Two.\n“Three,” he said.", "“One.\n\n“Two.\n“Three,”", ["One.", "Two.", "Three,"]),
    ("“One.\r\n“Two.”", "“One.\r\n“Two.”", ["One.", "Two."]),
    ("“One.\r“Two.”", "“One.\r“Two.”", ["One.", "Two."]),
    ('"One.\n"Two."', '"One.\n"Two."', ["One.", "Two."]),
    ("“One ‘a’ b.\n“Two.”", "“One ‘a’ b.\n“Two.”", ["One ‘a’ b.", "Two."]),
    # the last quote of a paragraph may continue too: “A,” he said. “B. / “C.”
    ("“A,” he said. “B.\n“C.”", "“B.\n“C.”", ["B.", "C."]),
]


@pytest.mark.parametrize(("text", "expected", "parts"), MULTI_PARAGRAPH_ROWS)
def test_quote_continues_into_paragraph_reopened_with_same_mark(
    text: str, expected: str, parts: list[str]
) -> None:
    """One span from the first opening to the final closing mark, one part per paragraph."""
    (span,) = [span for span in find_quote_spans(text) if len(span.parts) > 1]
    assert (text[span.start : span.end], _parts(text, span), span.closed) == (expected, parts, True)


PARAGRAPH_BREAK_ROWS = [
    ("“One.\nTwo,” he said.", []),
    ("“One.\n‘Two.’", [(0, "‘Two.’")]),
    ('“One.\n"Two."', [(0, '"Two."')]),
    ("He said “one.\nAnd two” then.", []),
    ("“One.\n  \n\nTwo.”", []),
    ("‘One.\n‘Two.’", [(0, "‘One.\n‘Two.’")]),
]


@pytest.mark.parametrize(("text", "expected"), PARAGRAPH_BREAK_ROWS)
def test_quotes_do_not_cross_paragraphs_otherwise(text: str, expected: Rendered) -> None:
    """Without a re-opening mark of the same kind, a quote stops at its paragraph's end."""
    assert _render(text, find_quote_spans(text)) == expected


WRAPPED = (
    "The mayor said on Tuesday that the old bridge over the river would\n"
    "be rebuilt by next spring. “We will find the money, whatever the\n"
    "cost,” she told the council. Members of the council agreed that the\n"
    "work could not wait.\n"
)
#: (text, spans): a line break inside a paragraph (hard-wrapped text) is no paragraph break (issue 9).
HARD_WRAP_ROWS = [
    ("“We will win\nthe vote,” she said.", [(0, "“We will win\nthe vote,”")]),
    ('"We will win\nthe vote," she said.', [(0, '"We will win\nthe vote,"')]),
    ("He said “one\nand two” then.", [(0, "“one\nand two”")]),
    (WRAPPED, [(0, "“We will find the money, whatever the\ncost,”")]),
]


@pytest.mark.parametrize(("text", "expected"), HARD_WRAP_ROWS)
def test_a_quotation_wrapped_over_a_line_break_is_one_quotation(text: str, expected: Rendered) -> None:
    """Hard-wrapped text (e-mail, wire copy): the quotation runs on past the line break."""
    assert _render(text, find_quote_spans(text)) == expected


# ---------------------------------------------------------------------------------------------------------
# Unbalanced marks

#: (text, spans by default, (quoted text, closed) with include_unclosed=True)
UNBALANCED_ROWS = [
    ("He said “no.", [], [("“no.", False)]),
    ("He said “no.  \nThen left.", [], [("“no.", False)]),
    ("He said no.” Then left.", [], []),
    ("”", [], []),
    ("“", [], [("“", False)]),
    ("“One.\n“Two.", [], [("“One.\n“Two.", False)]),
    ("“a “b” c", [(0, "“b”")], [("“a", False), ("“b”", True)]),
    ("“a ‘b” c", [(0, "“a ‘b”")], [("“a ‘b”", True), ("‘b", False)]),
    ("“Yes,” he said. “No", [(0, "“Yes,”")], [("“Yes,”", True), ("“No", False)]),
    ("'Hello there", [], [("'Hello there", False)]),
]


@pytest.mark.parametrize(("text", "default", "with_unclosed"), UNBALANCED_ROWS)
def test_unbalanced_marks_degrade_without_raising(
    text: str, default: Rendered, with_unclosed: list[tuple[str, bool]]
) -> None:
    """Unclosed opening marks are dropped, or reported with closed=False on request; strays are ignored."""
    assert _render(text, find_quote_spans(text)) == default
    found = find_quote_spans(text, include_unclosed=True)
    assert [(text[span.start : span.end], span.closed) for span in found] == with_unclosed
    _check_invariants(text, found)


def test_unclosed_span_has_no_close_mark_and_parts_to_paragraph_end() -> None:
    """An unclosed span runs to its paragraph's end, trailing whitespace left out."""
    text = "He said “we will win  \nOk"
    (span,) = find_quote_spans(text, include_unclosed=True)
    assert (span.close_mark, span.closed, _parts(text, span)) == ("", False, ["we will win"])
    assert span.end == text.index("win") + 3


# ---------------------------------------------------------------------------------------------------------
# Messy text and wrong types

MESSY_ROWS = [
    "",
    " ",
    "\n\n\r\n\r",
    "\x00\x01\x1b“\x7f”",
    "\ud800“a\udfff”",
    "“😀” 👍🏽 said",
    "“שלום,” אמר הוא",
    "\u202e“abc”\u202c",
    "e\u0301“é”",
    "“" * 7 + "”" * 7,
    "'" * 4 + '"' * 4,
    "“\u2028”\u2029“",
]


@pytest.mark.parametrize("text", MESSY_ROWS)
def test_messy_text_never_raises(text: str) -> None:
    """Empty text, control characters, lone surrogates, emoji, RTL and runs of marks give valid spans."""
    for include_unclosed in (False, True):
        _check_invariants(text, find_quote_spans(text, include_unclosed=include_unclosed))


@pytest.mark.parametrize(
    ("value", "type_name"),
    [(b'"no"', "bytes"), (None, "NoneType"), (42, "int"), (["a"], "list"), (bytearray(b"x"), "bytearray")],
)
def test_non_str_text_raises_type_error_naming_the_type(value: object, type_name: str) -> None:
    """The message says what was expected and what came."""
    with pytest.raises(TypeError, match=rf"find_quote_spans\(\): 'text' must be str \(got {type_name}"):
        find_quote_spans(value)  # type: ignore[arg-type]


def test_non_bool_include_unclosed_raises_type_error() -> None:
    with pytest.raises(TypeError, match=r"'include_unclosed' must be bool \(got str"):
        find_quote_spans("“a”", include_unclosed="yes")  # type: ignore[arg-type]


def test_a_megabyte_dense_with_marks() -> None:
    """1 MB dense with marks, apostrophes, nesting, strays and paragraphs (10 MB, and the time it takes, are
    measured by benchmarks/hostile.py, not here)."""
    unit = (
        "“He called it ‘a disaster,’ she said,” the voters’ rep said. \"Don't,\" 'he' said ''ok'' «x» „y“ "
        "it’s ’90s. “Stray ‘open “again\n“Continued.\n"
    )
    text = unit * (1_000_000 // len(unit)) + "“" * 10_000 + "”‘" * 10_000 + '"a' * 10_000
    found = find_quote_spans(text)
    assert len(found) > 1_000_000 // len(unit) * 4


# ---------------------------------------------------------------------------------------------------------
# Known gaps, kept as strict xfail rows

KNOWN_GAP_ROWS = [
    pytest.param(
        "the letter 'n' is silent",
        [(0, "'n'")],
        marks=pytest.mark.xfail(strict=True, reason="'n' read as rock 'n' roll"),
    ),
    pytest.param(
        "“Outer ‘inner.\n“‘Still inner,’ he said.”",
        [(0, "“Outer ‘inner.\n“‘Still inner,’ he said.”"), (1, "‘inner.\n“‘Still inner,’")],
        marks=pytest.mark.xfail(strict=True, reason="only the outermost quote continues across paragraphs"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), KNOWN_GAP_ROWS)
def test_known_gaps(text: str, expected: Rendered) -> None:
    assert _render(text, find_quote_spans(text)) == expected


# ---------------------------------------------------------------------------------------------------------
# Properties

#: A small alphabet heavy in quotation marks, apostrophes, letters, spaces and line breaks.
_ALPHABET = [*"“”‘’\"'«»„‹›`s n a.,—(\n\r", "''", "``", "\u2028", "😀", "\ud800"]
_MARKY_TEXT = st.lists(st.sampled_from(_ALPHABET), max_size=80).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=_MARKY_TEXT, include_unclosed=st.booleans())
def test_spans_keep_their_invariants(text: str, include_unclosed: bool) -> None:
    """Never raises; offsets in the text; parts inside spans; nested or disjoint; sorted; deterministic."""
    found = find_quote_spans(text, include_unclosed=include_unclosed)
    _check_invariants(text, found)
    assert find_quote_spans(text, include_unclosed=include_unclosed) == found


@settings(max_examples=300, deadline=None)
@given(text=_MARKY_TEXT)
def test_closed_spans_are_the_same_with_or_without_unclosed(text: str) -> None:
    """Asking for unclosed spans adds spans; it never changes the closed ones (only, maybe, their depth)."""
    closed = [(s.start, s.end, s.parts) for s in find_quote_spans(text)]
    everything = find_quote_spans(text, include_unclosed=True)
    assert [(s.start, s.end, s.parts) for s in everything if s.closed] == closed


def test_docstring_examples_run() -> None:
    """Every example in the module's docstrings passes."""
    failures, _ = doctest.testmod(spans)
    assert failures == 0
