"""The spans stage: quotation-mark spans found on the raw text, before and without any parse.

Requires: the caller's text. Provides: :class:`QuoteSpan` records (character offsets into that text), sorted
by ``(start, -end)``, nested or disjoint, with their nesting depth.

The text is cut into paragraphs (:func:`quotekit.text.find_paragraphs`); each paragraph's marks are
classified from the characters around them (opening context: after a space or an opening bracket or dash,
before a non-space; closing context: after a non-space, before a space, punctuation or the end),
apostrophes are set aside, and a small stack machine pairs what is left. An opening mark left open at a
paragraph's end continues into the next paragraph when that one starts with the same mark (the news
convention for quotes of several paragraphs); otherwise it is dropped, or reported with ``closed=False``
when asked for.

>>> text = "“He called it ‘a disaster,’ she said,” Smith wrote."
>>> [(text[s.start:s.end], s.depth) for s in find_quote_spans(text)]
[('“He called it ‘a disaster,’ she said,”', 0), ('‘a disaster,’', 1)]
"""

from __future__ import annotations

import re
from typing import NamedTuple

import attrs

from quotekit.errors import type_error
from quotekit.text import Paragraphs, find_paragraphs

__all__ = [
    "QUOTE_PAIRS",
    "TOLERATED_PAIRS",
    "QuoteSpan",
    "find_quote_spans",
]

Fragment = tuple[int, int]

# ----------------------------------------------------------------------------------------------------------
# Named data

#: Opening mark -> closing mark. Sources: the Unicode Standard, section 6.2 "Quotation Marks" (English “…” and
#: ‘…’, German „…“ and »…«, French «…» and ‹…›, Polish „…”), the straight ASCII marks, and the ``…'' /
#: ''…'' convention for double quotes (TeX and Penn Treebank text; two apostrophes in NYT-style wire copy).
QUOTE_PAIRS: tuple[tuple[str, str], ...] = (
    ("\u201c", "\u201d"),  # “ ”  English double
    ("\u201d", "\u201d"),  # ” ”  Swedish and Finnish double (and English copy typed with the closer first)
    ("\u2018", "\u2019"),  # ‘ ’  English single
    ('"', '"'),  # straight double, open or close by context
    ("'", "'"),  # straight single, only where clearly a quote
    ("\u201e", "\u201c"),  # „ “  German low-high
    ("\u201e", "\u201d"),  # „ ”  Polish, and German typed with the wrong closer
    ("\u00ab", "\u00bb"),  # « »  French, Swiss
    ("\u00bb", "\u00ab"),  # » «  German
    ("\u2039", "\u203a"),  # ‹ ›  French single
    ("\u203a", "\u2039"),  # › ‹  German single
    ("``", "''"),
    ("''", "''"),
)

#: Mixed or mistyped pairs seen in edited copy: a straight mark closing a curly one (or the reverse), an
#: opening curly mark typed where the closing one belongs (“Yes,“ he said). They only widen what a mark may
#: close where its context lets it close; they never make a mark open.
TOLERATED_PAIRS: tuple[tuple[str, str], ...] = (
    ("\u201c", '"'),
    ('"', "\u201d"),
    ("\u201c", "\u201c"),
    ("\u2018", "'"),
    ("'", "\u2019"),
    ("\u2018", "\u2018"),
)

#: Marks nest only inside a mark of another family (AP Stylebook, "quotation marks": quotes within quotes
#: alternate double and single marks): a double mark inside a double quote restarts the quote.
_FAMILY: dict[str, str] = {
    "\u201c": "double", "\u201d": "double", "\u201e": "double", '"': "double", "``": "double", "''": "double",
    "\u2018": "single", "'": "single",
    "\u00ab": "guillemet", "\u00bb": "guillemet",
    "\u2039": "single guillemet", "\u203a": "single guillemet",
}  # fmt: skip

#: Closers that close an open partner whatever their context: ” opens only where nothing is open and its
#: context opens (”Yes,” he said), and guillemets are set off by spaces in French (« Bonjour », dit-il),
#: so their context says nothing.
_ALWAYS_CLOSERS = frozenset({"\u201d", "\u00ab", "\u00bb", "\u2039", "\u203a"})
#: Closers that are also openers of their own pair, so they close only in closing context.
_CONTEXT_CLOSERS = frozenset({"'", "\u201c", "\u2018"})
#: Straight double marks: they open only when a non-space follows.
_STRAIGHT_DOUBLES = frozenset({'"', "''"})
#: Marks that double as apostrophes (don't, it’s, voters’, ’90s, rock ’n’ roll).
_SINGLE_MARKS = frozenset({"'", "\u2018", "\u2019"})
#: Characters after which a mark may open a quote: brackets, dashes, slash, colon and the marks themselves.
_OPENING_PUNCT = frozenset(
    "([{<\u2014\u2013\u2012\u2010-/:\u00bf\u00a1" + "\"'`\u201c\u2018\u201e\u00ab\u00bb\u2039\u203a"
)

#: Word-initial elisions after an apostrophe, which are not quotes: decades ('90s), rock 'n' roll, 'em, 'til,
#: 'tis, 'twas, 'cause, 'bout, 'nuff (the apostrophe for omitted letters, Chicago Manual of Style ch. 7).
_ELISION_RE = re.compile(
    r"\d\ds\b|n['\u2018\u2019](?!\S)|(?:em|til|tis|twas|cause|bout|nuff)\b", re.IGNORECASE
)
#: Five or more marks in a row with nothing between them are noise, not quotation (one match, then skipped).
_NOISE_RUN = "[\"'`\u2018\u2019\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a]{5,}"
#: Three apostrophes that close a quotation after a word: a nested single quotation closes first, then the
#: outer double one (two apostrophes before "I would call it 'old-school," then three: "'" then the pair).
_NESTED_CLOSE = "(?<=[^\\s'`])'(?='')"
#: Every mark the scanner looks at, noise runs and two-character marks first; a single mark between two
#: letters or digits (don't, it’s, Russia’s, o’clock) is an apostrophe and is skipped here already.
_MARK_RE = re.compile(
    _NOISE_RUN + "|" + _NESTED_CLOSE + "|``|''|[\"\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a]"
    r"|(?<![^\W_])['\u2018\u2019]|['\u2018\u2019](?![^\W_])"
)


def _closers_to_openers(*tables: tuple[tuple[str, str], ...]) -> dict[str, frozenset[str]]:
    """Invert pair tables: closing mark -> the opening marks it may end."""
    found: dict[str, set[str]] = {}
    for table in tables:
        for opener, closer in table:
            found.setdefault(closer, set()).add(opener)
    return {closer: frozenset(openers) for closer, openers in found.items()}


_OPENERS = frozenset(opener for opener, _ in QUOTE_PAIRS)
_CLOSES = _closers_to_openers(QUOTE_PAIRS, TOLERATED_PAIRS)
_NOTHING: frozenset[str] = frozenset()

#: What a mark needs checked beyond its two neighbouring characters (see :func:`_tentative_or_drop`).
_CHECK_NONE, _CHECK_ELISION, _CHECK_N_ELISION, _CHECK_POSSESSIVE = range(4)


# ----------------------------------------------------------------------------------------------------------
# Public record


@attrs.frozen
class QuoteSpan:
    """A stretch of text between quotation marks, as character offsets into the caller's text.

    ``start`` is the offset of the opening mark, ``end`` the offset just after the closing mark (for an
    unclosed span, ``closed=False``: the end of the quoted text where it was abandoned, i.e. its paragraph's
    end). ``parts`` are the quoted fragments without the marks, trimmed of whitespace: one per paragraph for
    a quote of several paragraphs, none for an empty quote. ``close_mark`` is ``""`` when not closed.
    ``depth`` counts the reported spans that enclose this one (0: outermost).

    >>> text = 'He said "no" twice.'
    >>> span = find_quote_spans(text)[0]
    >>> text[span.start:span.end], [text[s:e] for s, e in span.parts], span.depth, span.closed
    ('"no"', ['no'], 0, True)
    """

    start: int
    end: int
    parts: tuple[Fragment, ...]
    open_mark: str
    close_mark: str
    depth: int
    closed: bool


# ----------------------------------------------------------------------------------------------------------
# Marks and their roles


class _Role(NamedTuple):
    """What a mark may do, judged from its neighbouring characters."""

    opens: bool
    closes: frozenset[str]  # the opening marks it may end; empty when it cannot close
    check: int  # one of the _CHECK_* codes


_NO_ROLE = _Role(False, _NOTHING, _CHECK_NONE)
#: A mark found in a paragraph: (start, end, mark, role, tentative), where ``tentative`` marks a
#: possessive-looking s’. Plain tuples, since a 10 MB text has millions.
_Token = tuple[int, int, str, _Role, bool]
#: previous character + mark + next character -> role; running text repeats a few hundred such keys.
_ROLE_CACHE: dict[str, _Role] = {}
_ROLE_CACHE_SIZE = 4096


#: An ellipsis set off by a space right after an opening mark: a quotation that picks up mid-sentence
#: (“ … they are so not like him,” she said).
_SPACED_ELLIPSES = (" \u2026", " ...", "\u00a0\u2026")


def _tokens(text: str, first: int, last: int) -> list[_Token]:
    """The marks in ``text[first:last]`` that may open or close a quote; apostrophes and noise are left out.

    The hot loop of the module: one pass of ``_MARK_RE`` and a cached role per mark.
    """
    tokens: list[_Token] = []
    size = len(text)
    cache = _ROLE_CACHE
    for match in _MARK_RE.finditer(text, first, last):
        start, end = match.span()
        if text.startswith(_SPACED_ELLIPSES, end):  # ”[ …] they are so not like him,”: the words go on
            role = _role(text[start - 1] if start else "", match[0], "\u2026")
        elif start and end < size:
            key = text[start - 1 : end + 1]
            role = cache.get(key) or _cache_role(key)
        else:
            role = _role(text[start - 1] if start else "", match[0], text[end] if end < size else "")
        if role is _NO_ROLE:
            continue
        tentative = _tentative_or_drop(text, start, end, role.check) if role.check else False
        if tentative is not None:
            tokens.append((start, end, match[0], role, tentative))
    return tokens


def _cache_role(key: str) -> _Role:
    """Compute, cache and return the role for ``key`` (a mark with one character either side); the cache is
    emptied when full, to bound memory."""
    if len(_ROLE_CACHE) >= _ROLE_CACHE_SIZE:
        _ROLE_CACHE.clear()
    role = _ROLE_CACHE[key] = _role(key[0], key[1:-1], key[-1])
    return role


def _role(prev: str, mark: str, nxt: str) -> _Role:
    """The roles ``mark`` may play between ``prev`` and ``nxt`` ("" at the text's ends), or ``_NO_ROLE``.

    >>> _role(" ", '"', "N").opens, _role(",", '"', " ").closes == {'"', "“"}
    (True, True)
    >>> _role("n", "''", "t") is _NO_ROLE
    True
    """
    if len(mark) > 2:
        return _NO_ROLE  # a noise run

    if (mark in _SINGLE_MARKS or mark == "''") and prev.isalnum() and nxt.isalnum():
        return _NO_ROLE  # an apostrophe inside a word: don't, it’s, Russia’s
    may_open, may_close = _context(prev, nxt)
    opens = mark in _OPENERS and _can_open(mark, may_open, may_close, nxt)
    closes = _closable(mark, prev, may_open, may_close)
    if not opens and not closes:
        return _NO_ROLE
    return _Role(opens, closes, _check_for(mark, prev, nxt, opens))


def _context(prev: str, nxt: str) -> tuple[bool, bool]:
    """(opening context, closing context) from the characters either side of a mark ("" at the text's ends).

    Opening: after a space, the start, an opening bracket, dash or mark, and before a non-space (`` "Yes``).
    Closing: after a non-space and before a space, the end or punctuation (``yes," he``).

    >>> _context(" ", "Y"), _context(",", " "), _context("a", "b")
    ((True, False), (False, True), (False, False))
    """
    prev_space = not prev or prev.isspace()
    next_space = not nxt or nxt.isspace()
    may_open = not next_space and (prev_space or prev in _OPENING_PUNCT)
    may_close = not prev_space and (next_space or not nxt.isalnum())
    return may_open, may_close


def _can_open(mark: str, may_open: bool, may_close: bool, nxt: str) -> bool:
    """Whether an opening mark may open here: never in closing-only context; a straight ' only before a letter
    in opening context ('Yes,' he said); a straight double only before a non-space."""
    if mark == "'":
        return may_open and not may_close and nxt.isalpha()
    if mark == "\u201d":  # ” opens only in opening context: ”Yes,” he said
        return may_open and not may_close
    if may_close and not may_open:
        return False
    if mark in _STRAIGHT_DOUBLES:
        return bool(nxt) and not nxt.isspace()
    return True


def _closable(mark: str, prev: str, may_open: bool, may_close: bool) -> frozenset[str]:
    """The opening marks this mark may close here: ” « » ‹ › anywhere, ’ after a non-space, straight double
    marks unless in opening-only context, ' “ ‘ only in closing-only context."""
    closes = _CLOSES.get(mark, _NOTHING)
    if mark in _ALWAYS_CLOSERS:
        allowed = True
    elif mark == "\u2019":
        allowed = bool(prev) and not prev.isspace()
    elif mark in _CONTEXT_CLOSERS:
        allowed = may_close and not may_open
    else:
        allowed = may_close or not may_open
    return closes if allowed else _NOTHING


def _check_for(mark: str, prev: str, nxt: str, opens: bool) -> int:
    """Which further check a single mark needs: an opener after a non-letter may start an elision ('90s);
    a closer after n may end rock 'n' roll; a closer after s and before a space may be a possessive."""
    if mark not in _SINGLE_MARKS:
        return _CHECK_NONE
    if opens:
        return _CHECK_NONE if prev.isalnum() else _CHECK_ELISION
    if prev in "nN":
        return _CHECK_N_ELISION
    if prev in "sS" and nxt in " \u00a0":
        return _CHECK_POSSESSIVE
    return _CHECK_NONE


def _tentative_or_drop(text: str, start: int, end: int, check: int) -> bool | None:
    """Run a ``_CHECK_*`` check: None for an elision apostrophe (’90s, 'em, rock 'n' roll), else whether the
    mark is a possessive-looking s’ before a word (the voters’ choice).

    >>> _tentative_or_drop("the '90s", 4, 5, _CHECK_ELISION), _tentative_or_drop("voters’ choice", 6, 7, 3)
    (None, True)
    """
    if check == _CHECK_ELISION:
        return None if _ELISION_RE.match(text, end) else False
    if check == _CHECK_N_ELISION:
        return None if _ends_n_elision(text, start) else False
    if check == _CHECK_POSSESSIVE:
        return end + 1 < len(text) and text[end + 1].isalnum()
    return False


def _ends_n_elision(text: str, start: int) -> bool:
    """Whether the mark at ``start`` ends a free-standing 'n' (rock 'n' roll, rock ’n’ roll)."""
    return start >= 2 and text[start - 2] in _SINGLE_MARKS and (start == 2 or text[start - 3].isspace())


def _deferred_possessives(tokens: list[_Token]) -> frozenset[int]:
    """Indices of possessive-looking s’ marks that a later single closer, before the next single opener, can
    close the quote for instead (‘the voters’ choice,’ he said). A reverse scan keeps this linear."""
    if not any(token[4] for token in tokens):
        return frozenset()
    deferred: set[int] = set()
    later_closer = False
    for index in range(len(tokens) - 1, -1, -1):
        _, _, mark, role, tentative = tokens[index]
        if mark not in _SINGLE_MARKS:
            continue
        if tentative:
            if later_closer:
                deferred.add(index)
        elif role.closes:
            later_closer = True
        elif role.opens:
            later_closer = False
    return frozenset(deferred)


# ----------------------------------------------------------------------------------------------------------
# Pairing


@attrs.define
class _Open:
    """A quote opened and not yet closed; ``parts`` holds the fragments of earlier paragraphs."""

    mark: str
    start: int
    inner: int  # where the current paragraph's fragment begins (just after the opening or re-opening mark)
    parts: list[Fragment] = attrs.Factory(list)
    last_end: int = 0  # the end of the paragraph it was left open in, while it waits for a re-opening mark


#: A span before depths are known: (start, end, parts, open_mark, close_mark, closed).
_Found = tuple[int, int, tuple[Fragment, ...], str, str, bool]


class _Stack:
    """The open quotes of a paragraph, innermost last, with a count per mark so lookups stay cheap."""

    def __init__(self) -> None:
        self.items: list[_Open] = []
        self._counts: dict[str, int] = {}

    def push(self, entry: _Open) -> None:
        self.items.append(entry)
        self._counts[entry.mark] = self._counts.get(entry.mark, 0) + 1

    def pop(self) -> _Open:
        entry = self.items.pop()
        self._counts[entry.mark] -= 1
        return entry

    def find(self, marks: frozenset[str]) -> int | None:
        """The index of the innermost open quote whose mark is in ``marks``."""
        items = self.items
        if items and items[-1].mark in marks:
            return len(items) - 1
        if not any(self._counts.get(mark) for mark in marks):
            return None
        for index in range(len(items) - 2, -1, -1):
            if items[index].mark in marks:
                return index
        return None


class _Pairer:
    """Pairs the marks of one text, paragraph by paragraph, and collects the spans found."""

    def __init__(self, text: str, keep_unclosed: bool) -> None:
        self.text = text
        self.keep_unclosed = keep_unclosed
        self.found: list[_Found] = []
        self.carry: _Open | None = None  # the outermost quote the last paragraph left open
        self._stack = _Stack()  # empty between paragraphs

    def paragraph(self, first: int, last: int) -> None:
        """Pair the marks of ``text[first:last]``; keep its outermost open quote in ``carry``."""
        tokens = _tokens(self.text, first, last)
        if not tokens and self.carry is None:
            return
        deferred = _deferred_possessives(tokens)
        stack = self._stack
        for index in range(self._continue(stack, tokens, first), len(tokens)):
            self._step(stack, tokens[index], index in deferred)
        while len(stack.items) > 1:
            self._abandon(stack.pop(), last)
        self.carry = stack.pop() if stack.items else None
        if self.carry is not None:
            self.carry.last_end = last

    def finish(self) -> list[_Found]:
        """Abandon the quote still open at the end of the text and return every span found."""
        if self.carry is not None:
            self._abandon(self.carry, self.carry.last_end)
            self.carry = None
        return self.found

    def _continue(self, stack: _Stack, tokens: list[_Token], first: int) -> int:
        """Continue the previous paragraph's open quote when this one starts with the same mark, else abandon
        it; return the index of the first token left to pair. AP Stylebook, "quotation marks" (running
        quotations): each paragraph of a quote opens with a quotation mark, only the last one closes."""
        carry, self.carry = self.carry, None
        if carry is None:
            return 0
        if not tokens or tokens[0][0] != first or tokens[0][2] != carry.mark or not tokens[0][3].opens:
            self._abandon(carry, carry.last_end)
            return 0
        fragment = _trimmed(self.text, carry.inner, carry.last_end)
        if fragment is not None:
            carry.parts.append(fragment)
        carry.inner = tokens[0][1]
        stack.push(carry)
        return 1

    def _step(self, stack: _Stack, token: _Token, deferred: bool) -> None:
        """Close the innermost quote this mark can close (abandoning those opened inside it), else open one.

        An opening mark of the same family as the innermost open quote cannot nest in it (“a “b” c”): that
        quote is abandoned and the new one takes its place.
        """
        start, end, mark, role, _ = token
        closes = role.closes
        if closes and not deferred:
            index = stack.find(closes)
            if index is not None:
                while len(stack.items) > index + 1:
                    self._abandon(stack.pop(), start)
                entry = stack.pop()
                parts = _parts(self.text, entry, start)
                self.found.append((entry.start, end, parts, entry.mark, mark, True))
                return
        if role.opens:
            if stack.items and _FAMILY[stack.items[-1].mark] == _FAMILY[mark]:
                self._abandon(stack.pop(), start)
            stack.push(_Open(mark, start, end))

    def _abandon(self, entry: _Open, stop: int) -> None:
        """Record ``entry`` as unclosed, up to ``stop`` less trailing whitespace (if unclosed are kept)."""
        if self.keep_unclosed:
            end = _rstrip(self.text, entry.inner, stop)
            self.found.append((entry.start, end, _parts(self.text, entry, end), entry.mark, "", False))


def _parts(text: str, entry: _Open, stop: int) -> tuple[Fragment, ...]:
    """The fragments of earlier paragraphs plus the current one up to ``stop``, empty ones dropped."""
    last = _trimmed(text, entry.inner, stop)
    return (*entry.parts, last) if last is not None else tuple(entry.parts)


def _trimmed(text: str, start: int, end: int) -> Fragment | None:
    """``(start, end)`` without surrounding whitespace, or None when nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    end = _rstrip(text, start, end)
    return (start, end) if start < end else None


def _rstrip(text: str, start: int, end: int) -> int:
    """``end`` moved back over whitespace, not past ``start``."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


# ----------------------------------------------------------------------------------------------------------
# Public function


def find_quote_spans(
    text: str, *, include_unclosed: bool = False, paragraphs: Paragraphs | None = None
) -> tuple[QuoteSpan, ...]:
    """Quotation-mark spans in ``text``, sorted by ``(start, -end)``: nested or disjoint, never overlapping.

    Apostrophes (don't, voters’ choice, ’90s) are not quotation marks. A quote does not run past its
    paragraph unless the next paragraph opens with the same mark. Unbalanced marks never raise: a stray
    closing mark is ignored, and an opening mark never closed is dropped unless ``include_unclosed`` is true,
    in which case it is reported with ``closed=False``, running to its paragraph's end (or to where an
    enclosing quote closes). Paragraphs are those of :func:`~quotekit.text.find_paragraphs` (pass
    ``paragraphs`` when you have them): a quotation hard-wrapped over a line break is one quotation.
    Raises :class:`~quotekit.errors.InputTypeError` (a ``TypeError``) for non-str.

    >>> text = "“We will win.\\n“We must,” she said. He added: 'Never"
    >>> [(text[s.start:s.end], [text[a:b] for a, b in s.parts]) for s in find_quote_spans(text)]
    [('“We will win.\\n“We must,”', ['We will win.', 'We must,'])]
    >>> [(s.open_mark, s.closed) for s in find_quote_spans(text, include_unclosed=True)]
    [('“', True), ("'", False)]
    """
    if not isinstance(text, str):
        raise type_error("find_quote_spans", "text", "str", text)
    if not isinstance(include_unclosed, bool):
        raise type_error("find_quote_spans", "include_unclosed", "bool", include_unclosed)
    pairer = _Pairer(text, include_unclosed)
    for first, last in find_paragraphs(text) if paragraphs is None else paragraphs:
        if first < last:
            pairer.paragraph(first, last)
    return _with_depths(pairer.finish())


def _with_depths(found: list[_Found]) -> tuple[QuoteSpan, ...]:
    """Sort by ``(start, -end)`` and give each span the number of spans around it."""
    found.sort()  # by start alone, as no two spans share an opening mark: (start, -end) order
    ends: list[int] = []
    spans: list[QuoteSpan] = []
    for start, end, parts, open_mark, close_mark, closed in found:
        while ends and ends[-1] <= start:
            ends.pop()
        spans.append(QuoteSpan(start, end, parts, open_mark, close_mark, len(ends), closed))
        ends.append(end)
    return tuple(spans)
