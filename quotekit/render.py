"""A visual view of the quotes: one self-contained HTML page (inline CSS, nothing fetched from the network).

Each quote's content is highlighted in its speaker's colour, its cue is underlined and its speaker mention
is marked in a stronger shade; a legend lists the speakers (name, role, affiliation, number of quotes);
hovering over any highlight shows the quote's kind, rule and confidence. The displaCy idea, for quotes.

Quotes may nest and a speaker mention may lie inside another quote's content, so the text is cut at every
start and end of a highlight and each piece is escaped on its own: the page never mixes up tags.

>>> from quotekit import Cue, Quote, Span, Speaker
>>> text = "“We will win,” the mayor said."
>>> quote = Quote("We will win,", Span.of(text, 0, 14), (Span.of(text, 1, 13),), "direct",
...               Cue(Span.of(text, 25, 29), "say"), Speaker(None, Span.of(text, 15, 24), role="mayor"),
...               rule="trailing-said", confidence=0.9)
>>> page = render_html(text, [quote])
>>> page.startswith("<!DOCTYPE html>") and "http" not in page
True
>>> print(render_fragment(text, [quote]).split('<div class="qk-text">')[1].split("</div>")[0])
“<span class="qk-content" data-quotes="0" ...>We will win,</span>”
<span class="qk-mention" ...>the mayor</span> <span class="qk-cue" ...>said</span>.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Iterable, Iterator, Sequence

import attrs

from quotekit.errors import ConfigError, InputTypeError
from quotekit.model import Quote, Speaker

__all__ = ["QuoteView", "render_documents", "render_fragment", "render_html", "show"]

#: The speakers' hues, in the order speakers get them: ten hues at least 36 degrees apart, neighbours in the
#: legend at least 72 (issue 20: golden-angle steps put the 1st and 9th speakers 20 degrees apart, which look
#: alike in the pale shades). An eleventh speaker shares the first speaker's hue.
HUES = (0, 216, 108, 324, 180, 36, 252, 144, 288, 72)
_UNATTRIBUTED = "unattributed"

CSS = """
.qk-root { font: 16px/1.6 Georgia, "Times New Roman", serif; color: #1d1d1f; max-width: 52em; margin: 0 auto;
  padding: 1em 1.5em; }
.qk-root h1 { font: 600 1.3em system-ui, sans-serif; margin: 0.4em 0; }
.qk-root h2 { font: 600 1.05em system-ui, sans-serif; margin: 1.6em 0 0.4em; color: #444; }
.qk-key, .qk-legend { font: 0.85em/1.5 system-ui, sans-serif; list-style: none; padding: 0; margin: 0.4em 0;
  display: flex; flex-wrap: wrap; gap: 0.3em 1.2em; }
.qk-legend li { display: flex; align-items: baseline; gap: 0.35em; }
.qk-swatch { display: inline-block; width: 0.9em; height: 0.9em; border-radius: 0.2em;
  border: 1px solid rgba(0, 0, 0, 0.25); align-self: center; }
.qk-name { font-weight: 600; }
.qk-role, .qk-count { color: #555; }
.qk-role + .qk-affiliation { margin-left: -0.35em; }
.qk-role + .qk-affiliation::before { content: ", "; color: #555; }
.qk-text { white-space: pre-wrap; border-top: 1px solid #ddd; padding-top: 0.6em; }
.qk-content { border-radius: 0.15em; padding: 0.05em 0; }
.qk-mention { font-weight: 700; border-radius: 0.2em; padding: 0.05em 0.1em; }
.qk-cue { font-weight: 700; text-decoration: underline; text-decoration-thickness: 0.15em;
  text-underline-offset: 0.15em; }
.qk-content[title], .qk-mention[title], .qk-cue[title] { cursor: help; }
"""


@attrs.frozen
class _Speaker:
    """One entry of the legend: a speaker and the quotes attributed to it."""

    key: str
    label: str
    role: str | None
    affiliation: str | None
    hue: float | None  # None: the grey of unattributed quotes
    count: int

    def light(self) -> str:
        return "#e6e6e6" if self.hue is None else f"hsl({self.hue:.0f}, 85%, 87%)"

    def strong(self) -> str:
        return "#b5b5b5" if self.hue is None else f"hsl({self.hue:.0f}, 70%, 70%)"

    def dark(self) -> str:
        return "#555" if self.hue is None else f"hsl({self.hue:.0f}, 70%, 32%)"

    def describe(self) -> str:
        extra = ", ".join(x for x in (self.role, self.affiliation) if x)
        return f"{self.label} ({extra})" if extra else self.label


def _speaker_key(speaker: Speaker | None) -> tuple[str, str]:
    """The legend entry of a quote's speaker: its canonical name, else its mention, else unattributed."""
    if speaker is None:
        return _UNATTRIBUTED, _UNATTRIBUTED
    if speaker.name:
        return f"name:{speaker.name}", speaker.name
    if speaker.mention is not None:
        return f"mention:{speaker.mention.text}", speaker.mention.text
    label = speaker.role or "unnamed source"
    return f"role:{label}:{speaker.affiliation}", label


def _legend(quotes: Sequence[Quote]) -> tuple[list[_Speaker], list[_Speaker]]:
    """The legend (speakers in order of first quote, unattributed last) and each quote's entry."""
    order: list[str] = []
    found: dict[str, list[Quote]] = {}
    labels: dict[str, str] = {}
    for quote in quotes:
        key, label = _speaker_key(quote.speaker)
        if key not in found:
            order.append(key)
            found[key] = []
            labels[key] = label
        found[key].append(quote)
    order.sort(key=lambda key: key == _UNATTRIBUTED)
    entries: dict[str, _Speaker] = {}
    for n, key in enumerate(order):
        speakers = [q.speaker for q in found[key] if q.speaker is not None]
        entries[key] = _Speaker(
            key,
            labels[key],
            next((s.role for s in speakers if s.role), None),
            next((s.affiliation for s in speakers if s.affiliation), None),
            None if key == _UNATTRIBUTED else HUES[n % len(HUES)],
            len(found[key]),
        )
    return [entries[key] for key in order], [entries[_speaker_key(q.speaker)[0]] for q in quotes]


def _checked(text: object, quotes: object) -> tuple[str, list[Quote]]:
    if not isinstance(text, str):
        raise InputTypeError(f"'text' must be a str (got {type(text).__name__})")
    if isinstance(quotes, (str, bytes)) or not isinstance(quotes, Iterable):
        raise InputTypeError(f"'quotes' must be a sequence of Quote (got {type(quotes).__name__})")
    checked = list(quotes)
    for n, quote in enumerate(checked):
        if not isinstance(quote, Quote):
            raise InputTypeError(f"'quotes' must be a sequence of Quote (got item {n}: {quote!r:.60})")
        if text[quote.span.start : quote.span.end] != quote.span.text:
            raise ConfigError(
                f"'quotes' must be the quotes of this text (got quote {n} with span "
                f"{quote.span.start}-{quote.span.end} {quote.span.text[:40]!r}, which the text does not hold)"
            )
    return text, checked


def _marks(quotes: Sequence[Quote]) -> list[tuple[int, int, str, int]]:
    """Every highlight as (start, end, layer, quote index); layers: content, cue, mention."""
    marks: list[tuple[int, int, str, int]] = []
    for n, quote in enumerate(quotes):
        marks.extend((part.start, part.end, "content", n) for part in quote.parts if part.end > part.start)
        if quote.cue is not None and quote.cue.span.end > quote.cue.span.start:
            marks.append((quote.cue.span.start, quote.cue.span.end, "cue", n))
        mention = None if quote.speaker is None else quote.speaker.mention
        if mention is not None and mention.end > mention.start:
            marks.append((mention.start, mention.end, "mention", n))
    return marks


def _quote_title(n: int, quote: Quote, speaker: _Speaker) -> str:
    cue = f", cue “{quote.cue.span.text}” ({quote.cue.cls})" if quote.cue else ", no cue"
    return (
        f"quote {n + 1}: {quote.kind}, rule {quote.rule or 'none'}, confidence {quote.confidence:.2f}"
        f"{cue}, speaker {speaker.describe()}"
    )


def _text_html(text: str, quotes: Sequence[Quote], speakers: Sequence[_Speaker]) -> str:
    """The text cut at every highlight boundary, each piece escaped and wrapped in the spans it lies in."""
    marks = _marks(quotes)
    starts: dict[int, list[tuple[str, int]]] = {}
    ends: dict[int, list[tuple[str, int]]] = {}
    for start, end, layer, n in marks:
        starts.setdefault(start, []).append((layer, n))
        ends.setdefault(end, []).append((layer, n))
    cuts = sorted({0, len(text), *starts, *ends})
    active: dict[str, set[int]] = {"content": set(), "cue": set(), "mention": set()}
    pieces = []
    for left, right in itertools.pairwise(cuts):
        for layer, n in ends.get(left, ()):
            active[layer].discard(n)
        for layer, n in starts.get(left, ()):
            active[layer].add(n)
        piece = html.escape(text[left:right], quote=False)
        if any(active.values()):
            piece = _wrapped(piece, active, quotes, speakers)
        pieces.append(piece)
    return "".join(pieces)


def _wrapped(
    piece: str, active: dict[str, set[int]], quotes: Sequence[Quote], speakers: Sequence[_Speaker]
) -> str:
    """One piece of text in nested spans: content (innermost quote's colour), mention, cue."""
    for layer in ("content", "mention", "cue"):
        indices = sorted(active[layer])
        if not indices:
            continue
        # the innermost quote colours the piece: the one that starts last (and, at a tie, ends first)
        inner = max(indices, key=lambda n: (quotes[n].span.start, -quotes[n].span.end))
        speaker = speakers[inner]
        if layer == "content":
            style = f"background-color: {speaker.light()}"
            title = "\n".join(_quote_title(n, quotes[n], speakers[n]) for n in indices)
        elif layer == "mention":
            style = f"background-color: {speaker.strong()}"
            title = "\n".join(f"speaker of quote {n + 1}: {speakers[n].describe()}" for n in indices)
        else:
            style = f"text-decoration-color: {speaker.dark()}"
            title = "\n".join(_cue_title(n, quotes[n]) for n in indices if quotes[n].cue is not None)
        numbers = " ".join(map(str, indices))
        piece = (
            f'<span class="qk-{layer}" data-quotes="{numbers}" style="{style}" '
            f'title="{html.escape(title)}">{piece}</span>'
        )
    return piece


def _cue_title(n: int, quote: Quote) -> str:
    lemma, cls = ("-", "-") if quote.cue is None else (quote.cue.lemma, quote.cue.cls)
    return f"cue of quote {n + 1}: {lemma} ({cls}), {quote.kind}, rule {quote.rule or 'none'}"


def _legend_html(speakers: Sequence[_Speaker]) -> str:
    items = []
    for speaker in speakers:
        details = "".join(
            f'<span class="qk-{cls}">{html.escape(value)}</span>'
            for cls, value in (("role", speaker.role), ("affiliation", speaker.affiliation))
            if value
        )
        count = f"{speaker.count} quote{'s' if speaker.count != 1 else ''}"
        items.append(
            f'<li class="qk-speaker" data-speaker="{html.escape(speaker.label)}">'
            f'<span class="qk-swatch" style="background-color: {speaker.light()}"></span>'
            f'<span class="qk-name">{html.escape(speaker.label)}</span>{details}'
            f'<span class="qk-count">{count}</span></li>'
        )
    return f'<ul class="qk-legend">{"".join(items)}</ul>'


def render_fragment(text: str, quotes: Sequence[Quote], *, title: str | None = None) -> str:
    """One document as an HTML fragment (a ``<section>``: optional heading, legend, highlighted text);
    needs :data:`CSS` around it, as :func:`render_html` and :meth:`QuoteView._repr_html_` give."""
    text, checked = _checked(text, quotes)
    legend, speakers = _legend(checked)
    heading = "" if title is None else f'<h2 class="qk-title">{html.escape(title)}</h2>'
    return (
        f'<section class="qk-doc" data-quote-count="{len(checked)}">{heading}{_legend_html(legend)}'
        f'<div class="qk-text">{_text_html(text, checked, speakers)}</div></section>'
    )


_KEY = (
    '<ul class="qk-key"><li><span class="qk-content" style="background-color: hsl(210, 85%, 87%)">'
    'quoted content</span></li><li><span class="qk-cue">cue</span></li><li><span class="qk-mention" '
    'style="background-color: hsl(210, 70%, 70%)">speaker</span></li><li>hover for kind and rule</li></ul>'
)


def render_documents(
    documents: Iterable[tuple[str, str, Sequence[Quote]]], *, title: str = "quotekit"
) -> str:
    """One page for several documents, given as (heading, text, quotes) triples."""
    sections = [render_fragment(text, quotes, title=heading) for heading, text, quotes in documents]
    return _page(title, "".join(sections))


def render_html(text: str, quotes: Sequence[Quote], *, title: str = "quotekit") -> str:
    """One self-contained HTML page (inline CSS, no scripts, nothing from the network) that shows
    ``quotes`` in ``text``: content, cue and speaker mention highlighted, one colour per speaker, a
    legend of speakers, each quote's kind and rule on hover."""
    return _page(title, render_fragment(text, quotes))


def _page(title: str, body: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{html.escape(title)}</title><style>{CSS}</style></head>"
        f'<body><main class="qk-root"><h1>{html.escape(title)}</h1>{_KEY}{body}</main></body></html>\n'
    )


@attrs.frozen
class QuoteView:
    """A text with its quotes that shows itself in a notebook (``_repr_html_``) and iterates over the
    quotes. Made by :func:`show`; :meth:`html` gives the whole page."""

    text: str
    quotes: tuple[Quote, ...]

    def __len__(self) -> int:
        return len(self.quotes)

    def __iter__(self) -> Iterator[Quote]:
        return iter(self.quotes)

    def html(self, title: str = "quotekit") -> str:
        """The self-contained page of :func:`render_html`."""
        return render_html(self.text, self.quotes, title=title)

    def _repr_html_(self) -> str:
        return (
            f'<div class="qk-root"><style>{CSS}</style>{_KEY}{render_fragment(self.text, self.quotes)}</div>'
        )


def show(text: str, quotes: Sequence[Quote] | None = None, **options: object) -> QuoteView:
    """``text`` with its quotes (extracted with ``options`` unless given), for a notebook cell to show.

    >>> view = show("No quotation here.", [])
    >>> len(view), view._repr_html_().startswith('<div class="qk-root">')
    (0, True)
    """
    if quotes is None:
        from quotekit.extractor import extract

        quotes = extract(text, **options)
    text, checked = _checked(text, quotes)
    return QuoteView(text, tuple(checked))
