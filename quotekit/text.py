"""The raw-text layer: paragraphs, datelines and the pieces a long text is parsed in.

Everything here works on the caller's string alone, before and without any parse, and every offset is an
offset into that string. It is the one place that says what a paragraph is: quotation pairing
(:mod:`quotekit.spans`), the parse's sentences, continued quotes and neighbouring speakers all use
:func:`find_paragraphs`.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence

import regex

__all__ = [
    "DATELINE",
    "DATELINE_CHARS",
    "WORD_RUN",
    "Paragraphs",
    "count_words",
    "cut_points",
    "dateline_end",
    "find_paragraphs",
    "paragraph_index",
    "split_run_ons",
]

Paragraphs = tuple[tuple[int, int], ...]

#: Line breaks: the set of ``str.splitlines`` (``\r\n`` is one break).
LINE_BREAK = regex.compile(r"\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
#: What ends a line that also ends a paragraph: sentence punctuation, perhaps inside a closing mark or
#: bracket, or a colon or dash that introduces what follows.
_FINAL = regex.compile(r"[.!?:\u2014\u2013\u2026][\"'\u201d\u2019)\]\u00bb\u203a]*$|[\"\u201d\u00bb]$")
#: A line that starts with a lower-case letter or a digit continues the line before (no sentence, heading
#: or paragraph starts that way in English news).
_CONTINUES = regex.compile(r"[\p{Ll}\d]")
#: Hard-wrapped text (e-mail, wire copy, archives) has lines no longer than this.
WRAP_WIDTH = 100
#: ... and a line of at least this share of the longest is a full line, so the break after it is a wrap.
FULL_LINE = 0.6
_SPACE = regex.compile(r"\S")
#: A word of the raw text, before any tokenizer: a run of letters, digits and underscores.
WORD_RUN = regex.compile(r"\w+")


def count_words(text: str, start: int, end: int) -> int:
    """The number of :data:`WORD_RUN` words in ``text[start:end]``.

    >>> count_words("the so-called “reset”", 0, 21)
    4
    """
    return len(WORD_RUN.findall(text, start, end))


def find_paragraphs(text: str) -> Paragraphs:
    """Paragraph extents, each without its surrounding whitespace (one empty paragraph for a blank text).

    A line break ends a paragraph unless it *wraps* one: in a text hard-wrapped at a fixed width (e-mail,
    wire copy, archives: see :func:`wrap_width`) the break after a full line, and anywhere the break after
    a line that ends without sentence punctuation when the next starts in lower case ("“We will win\\nthe
    vote,” she said."). A blank line always ends one. Texts with one paragraph per line keep them.

    >>> find_paragraphs("One.\\n\\nTwo.")
    ((0, 4), (6, 10))
    >>> find_paragraphs("“We will win\\nthe vote,” she said.\\nShe left.")
    ((0, 33), (34, 43))
    """
    lines = _lines(text)
    if not lines:
        return ((0, len(text)),)
    width = wrap_width(text, lines)
    out: list[tuple[int, int]] = []
    start = lines[0][0]
    for before, after in itertools.pairwise(lines):
        if not _is_wrap(text, before, after, width):
            out.append((start, before[1]))
            start = after[0]
    out.append((start, lines[-1][1]))
    return tuple(out)


def _lines(text: str) -> list[tuple[int, int]]:
    """The non-blank lines of ``text``, each without its surrounding whitespace."""
    out: list[tuple[int, int]] = []
    pos = 0
    for match in itertools.chain(LINE_BREAK.finditer(text), [None]):
        end = match.start() if match is not None else len(text)
        first = _SPACE.search(text, pos, end)
        if first is not None:
            last = end
            while text[last - 1].isspace():
                last -= 1
            out.append((first.start(), last))
        pos = match.end() if match is not None else len(text)
    return out


def _blank_between(text: str, end: int, start: int) -> bool:
    """Whether a blank line or a paragraph separator lies between two lines."""
    gap = text[end:start]
    return "\u2029" in gap or sum(1 for _ in LINE_BREAK.finditer(gap)) >= 2


def _ends_sentence(text: str, line: tuple[int, int]) -> bool:
    return _FINAL.search(text, *line) is not None


def wrap_width(text: str, lines: Sequence[tuple[int, int]]) -> int:
    """The width ``text`` is hard-wrapped at, or 0 when it is not. Among the lines followed by a single
    line break: at least three, none longer than :data:`WRAP_WIDTH`, and at least half of them ending
    without sentence punctuation (wrapped prose breaks mid-sentence; a paragraph per line ends each with
    a full stop). The width is the longest such line."""
    inner = [a for a, b in itertools.pairwise(lines) if not _blank_between(text, a[1], b[0])]
    if len(inner) < 3 or max(b - a for a, b in inner) > WRAP_WIDTH:
        return 0
    open_ended = sum(1 for line in inner if not _ends_sentence(text, line))
    return max(b - a for a, b in inner) if 2 * open_ended >= len(inner) else 0


def _is_wrap(text: str, before: tuple[int, int], after: tuple[int, int], width: int) -> bool:
    """Whether the line break between two lines wraps one paragraph."""
    if _blank_between(text, before[1], after[0]) or text[after[0] - 1] in " \t\u00a0":
        return False  # a blank line, or an indented line: a new paragraph
    if width and before[1] - before[0] >= FULL_LINE * width:
        return True
    return not _ends_sentence(text, before) and _CONTINUES.match(text, after[0]) is not None


def paragraph_index(paragraphs: Paragraphs, offset: int) -> int:
    """The index of the paragraph holding (or last starting before) character ``offset``."""
    return max(0, bisect.bisect_right(paragraphs, (offset, 1 << 62)) - 1)


# --------------------------------------------------------------------------------------------------------
# Datelines

#: A news dateline opening a paragraph: a place in capitals (a state or country may follow), perhaps the
#: date as the wire services write it, perhaps a news agency in parentheses, then a dash and the story's
#: first word: "WASHINGTON ― The ...", "NEW YORK (Reuters) - The ...", "WILKES-BARRE, Pa. — The ...",
#: "CAMBRIDGE, Mass., Dec. 11 (UPI) — The ...", "PARIS, Jan 5 (AFP) - The ...". It says where the story
#: was filed: its words are neither speaker nor content, whatever the parse makes of them.
DATELINE = regex.compile(
    r"[ \t\u00a0]*\p{Lu}[\p{Lu}\p{M}.'’ \-]*\p{Lu}\.?"  # the place
    r"(?:,[ \t\u00a0]*\p{Lu}[\p{L}.]{0,7}){0,2}?"  # a state or country (abbreviated)
    r"(?:,[ \t\u00a0]*\p{Lu}\p{Ll}{2,8}\.?[ \t\u00a0]+\d{1,2})?"  # the date: "Nov. 19", "July 4"
    r"(?:[ \t\u00a0]*\([^()\n]{1,40}\))?"  # a news agency
    r"[ \t\u00a0]*(?:--|[\-\u2010-\u2015])[ \t\u00a0]+(?=[\p{Lu}\"“‘'])"  # a dash, then the story
)
_CAPITALS = regex.compile(r"\p{Lu}{3}")
#: A dateline is at most this many characters long.
DATELINE_CHARS = 80


def dateline_end(text: str, paragraphs: Paragraphs, offset: int) -> int:
    """Where the :data:`DATELINE` of the paragraph holding ``offset`` ends: the paragraph's start when it
    has none. A dateline names its place in capitals (three capitals in a row at least, so that "U.S. —"
    is none).

    >>> text = "NEW YORK (AP) — Prices rose, the company said."
    >>> text[dateline_end(text, find_paragraphs(text), 0):]
    'Prices rose, the company said.'
    >>> text = "DES MOINES, Iowa, Aug. 10 (UPI) — Prices rose, the company said."
    >>> text[dateline_end(text, find_paragraphs(text), 0):]
    'Prices rose, the company said.'
    """
    start, end = paragraphs[paragraph_index(paragraphs, offset)]
    match = DATELINE.match(text, start, min(end, start + DATELINE_CHARS))
    if match is None or _CAPITALS.search(match.group()) is None:
        return start
    return match.end()


# --------------------------------------------------------------------------------------------------------
# Pieces: where long texts are cut

_BREAK = r"(?:\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029])"
_ANY_BREAK = regex.compile(_BREAK + r"\s*")
_PARAGRAPH_BREAK = regex.compile(_BREAK + r"[ \t\u00a0]*" + _BREAK + r"\s*|\u2029\s*")
_RUN_ON_STOP = regex.compile(r"[.!?][\"'\u201d\u2019)\]]*\s|[\r\n\u2028\u2029]")
_SENTENCE_END = regex.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+")


def cut_points(text: str, limit: int, avoid: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Cut ``text`` into contiguous pieces of at most about ``limit`` characters.

    A cut goes at a blank line outside the ranges in ``avoid`` (quotations, which must not be split),
    else at any line break, else after a sentence end, else at a space, else anywhere: a 10 MB text on one
    line still comes back in pieces. The pieces cover the text exactly.

    >>> cut_points("One.\\n\\nTwo.\\n\\nThree.", 8)
    [(0, 6), (6, 12), (12, 18)]
    """
    if len(text) <= limit:
        return [(0, len(text))]
    blocked = sorted(avoid)
    out: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        end = _best_cut(text, start, start + limit, blocked)
        out.append((start, end))
        start = end
    out.append((start, len(text)))
    return out


def split_run_ons(text: str, pieces: Sequence[tuple[int, int]], limit: int) -> list[tuple[int, int]]:
    """``pieces`` cut further wherever more than ``limit`` characters pass without a sentence end or line
    break, at a comma, semicolon or space: a text without sentence punctuation would otherwise reach the
    dependency parser as one sentence of thousands of words, whose cost grows with the square of its
    length (and whose parse is noise). The pieces still cover the same characters.

    >>> split_run_ons("a, b, c, d, e, f", [(0, 16)], 6)
    [(0, 6), (6, 12), (12, 16)]
    """
    out: list[tuple[int, int]] = []
    for start, end in pieces:
        cuts = [start]
        previous = start
        for stop in [*(m.end() for m in _RUN_ON_STOP.finditer(text, start, end)), end]:
            while stop - previous > limit:  # a run-on stretch: cut it at a comma or space
                previous = _run_on_cut(text, previous, limit)
                cuts.append(previous)
            previous = stop
        out.extend(itertools.pairwise([*cuts, end]))
    return out


def _run_on_cut(text: str, start: int, limit: int) -> int:
    """Where to cut ``limit`` characters from ``start``: after the last comma or semicolon of the window's
    second half, else after its last space, else at the limit."""
    low, high = start + limit // 2, start + limit
    comma = max(text.rfind(", ", low, high), text.rfind("; ", low, high))
    if comma >= 0:
        return comma + 2
    space = text.rfind(" ", low, high)
    return space + 1 if space >= 0 else high


def _best_cut(text: str, start: int, stop: int, blocked: Sequence[tuple[int, int]]) -> int:
    """The latest good cut in ``text[start:stop]``, in the order of preference of :func:`cut_points`."""
    floor = start + (stop - start) // 4
    for pattern, free in ((_PARAGRAPH_BREAK, True), (_ANY_BREAK, False), (_SENTENCE_END, False)):
        for match in reversed(list(pattern.finditer(text, floor, stop))):
            cut = match.end()
            if floor < cut < stop and (not free or not _inside(blocked, cut)):
                return cut
    space = text.rfind(" ", floor, stop)
    return space + 1 if space > floor else stop


def _inside(ranges: Sequence[tuple[int, int]], offset: int) -> bool:
    """Whether ``offset`` falls strictly inside one of the sorted ``ranges``."""
    k = bisect.bisect_right(ranges, (offset, 1 << 62)) - 1
    return any(a < offset < b for a, b in ranges[max(0, k - 8) : k + 1])
