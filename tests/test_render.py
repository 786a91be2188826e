"""The HTML view: highlights that survive nesting and escaping, one colour per speaker, the legend, hover
titles, no network; and the seed article rendered in headless Chromium (screenshot and DOM)."""

from __future__ import annotations

import html.parser
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import attrs
import pytest

from quotekit import ConfigError, Cue, Extractor, InputTypeError, Quote, Span, Speaker
from quotekit.model import QuoteKind
from quotekit.render import QuoteView, render_documents, render_fragment, render_html, show


class Page(html.parser.HTMLParser):
    """What a reader of the page sees: the document text, the text under each highlight (by layer and
    quote number), the legend entries, the hover titles and each highlight's style."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[list[tuple[str, int]]] = []
        self.depth_of_text: int | None = None
        self.text = ""
        self.under: dict[tuple[str, int], str] = {}
        self.styles: dict[tuple[str, int], str] = {}
        self.titles: list[str] = []
        self.legend: list[str] = []
        self.feed(page)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {key: value or "" for key, value in attrs}
        classes = found.get("class", "").split()
        if "qk-speaker" in classes:
            self.legend.append(found["data-speaker"])
        marks: list[tuple[str, int]] = []
        if self.depth_of_text is not None:
            layer = next((c[3:] for c in classes if c in ("qk-content", "qk-cue", "qk-mention")), None)
            if layer is not None:
                marks = [(layer, int(n)) for n in found["data-quotes"].split()]
                for mark in marks:
                    self.styles.setdefault(mark, found["style"])
                self.titles.append(found["title"])
        if "qk-text" in classes:
            self.depth_of_text = len(self.open)
        if tag not in ("meta", "br"):
            self.open.append(marks)

    def handle_endtag(self, tag: str) -> None:
        self.open.pop()
        if self.depth_of_text is not None and len(self.open) == self.depth_of_text:
            self.depth_of_text = None

    def handle_data(self, data: str) -> None:
        if self.depth_of_text is None:
            return
        self.text += data
        for marks in self.open:
            for mark in marks:
                self.under[mark] = self.under.get(mark, "") + data


# A text with a quote nested in another, a speaker mention inside another quote's content, markup
# characters to escape, and an unattributed quote.
TEXT = (
    "“Ann said <b>“no” & left,” Bob told us. Ann added: “I won't.” "
    "A sign read “Closed”. Bob said that 3 < 4 & Ann agreed."
)


def span(needle: str, nth: int = 0) -> Span:
    """The ``nth`` occurrence (0-based) of ``needle`` in :data:`TEXT`."""
    at = -1
    for _ in range(nth + 1):
        at = TEXT.index(needle, at + 1)
    return Span.of(TEXT, at, at + len(needle))


def quote(
    content: Span, kind: QuoteKind, cue: Span | None, speaker: Speaker | None, rule: str | None
) -> Quote:
    outer = Span.of(TEXT, content.start - 1, content.end + 1) if kind == "direct" else content
    return Quote(
        content.text,
        outer,
        (content,),
        kind,
        None if cue is None else Cue(cue, "say"),
        speaker,
        rule,
        0.0 if speaker is None else 0.9,
    )


ANN = Speaker("Ann Lee", span("Ann"), role="mayor", affiliation="Springfield", kind="person")
BOB = Speaker("Bob", span("Bob"), kind="person")
QUOTES = [
    quote(span("Ann said <b>“no” & left,"), "direct", span("told"), BOB, "trailing-told"),
    quote(span("no"), "direct", span("said"), ANN, "subject-said"),  # nested; its mention lies in quote 0
    quote(span("I won't."), "direct", span("added"), attrs.evolve(ANN, mention=span("Ann", 1)), "colon"),
    quote(span("Closed"), "direct", None, None, None),
    quote(
        span("3 < 4"), "indirect", span("said", 1), attrs.evolve(BOB, mention=span("Bob", 1)), "subject-said"
    ),
]


def test_the_text_survives_escaping_and_nesting() -> None:
    """Cut at every boundary, each piece escaped once: the page shows exactly the original text."""
    page = Page(render_html(TEXT, QUOTES))
    assert page.text == TEXT


@pytest.mark.parametrize(
    ("layer", "n", "expected"),
    [
        ("content", 0, "Ann said <b>“no” & left,"),
        ("content", 1, "no"),
        ("mention", 1, "Ann"),  # a mention inside another quote's content
        ("cue", 1, "said"),
        ("cue", 0, "told"),
        ("mention", 0, "Bob"),
        ("content", 2, "I won't."),
        ("mention", 2, "Ann"),
        ("content", 3, "Closed"),
        ("content", 4, "3 < 4"),
        ("cue", 4, "said"),
    ],
)
def test_each_highlight_covers_its_words(layer: str, n: int, expected: str) -> None:
    assert Page(render_html(TEXT, QUOTES)).under[(layer, n)] == expected


def test_one_colour_per_speaker() -> None:
    page = Page(render_html(TEXT, QUOTES))
    colour = {n: page.styles[("content", n)] for n in range(len(QUOTES))}
    assert colour[1] == colour[2]  # Ann
    assert colour[0] == colour[4]  # Bob
    assert len({colour[0], colour[1], colour[3]}) == 3  # Bob, Ann, unattributed


def test_legend_lists_speakers_with_role_affiliation_and_count() -> None:
    fragment = render_fragment(TEXT, QUOTES)
    assert Page(fragment).legend == ["Bob", "Ann Lee", "unattributed"]
    assert (
        '<span class="qk-name">Ann Lee</span><span class="qk-role">mayor</span>'
        '<span class="qk-affiliation">Springfield</span><span class="qk-count">2 quotes</span>'
    ) in fragment
    assert '<span class="qk-name">unattributed</span><span class="qk-count">1 quote</span>' in fragment


def test_kind_and_rule_on_hover() -> None:
    titles = Page(render_html(TEXT, QUOTES)).titles
    assert (
        "quote 3: direct, rule colon, confidence 0.90, cue “added” (speech), "
        "speaker Ann Lee (mayor, Springfield)" in titles
    )
    assert any(
        "quote 2: direct, rule subject-said" in t and "quote 1: direct, rule trailing-told" in t
        for t in titles
    )


def test_the_page_is_self_contained() -> None:
    page = render_html(TEXT, QUOTES)
    for needle in ("http:", "https:", "<script", "<link", "src=", "url("):
        assert needle not in page


def test_several_documents_on_one_page() -> None:
    page = render_documents([("first", TEXT, QUOTES), ("second", "No quotes.", [])], title="corpus")
    assert page.count('<section class="qk-doc"') == 2
    assert "<title>corpus</title>" in page and '<h2 class="qk-title">second</h2>' in page


@pytest.mark.parametrize(
    ("text", "quotes", "error", "message"),
    [
        (None, [], InputTypeError, "'text' must be a str (got NoneType)"),
        (TEXT, "quotes", InputTypeError, "'quotes' must be a sequence of Quote (got str)"),
        (TEXT, [1], InputTypeError, "got item 0: 1"),
        ("Another text.", QUOTES, ConfigError, "'quotes' must be the quotes of this text (got quote 0"),
    ],
)
def test_wrong_arguments(text: object, quotes: object, error: type[Exception], message: str) -> None:
    with pytest.raises(error) as caught:
        render_html(text, quotes)  # type: ignore[arg-type]
    assert message in str(caught.value)


def test_show_displays_in_a_notebook() -> None:
    view = show(TEXT, QUOTES)
    assert isinstance(view, QuoteView)
    assert (len(view), list(view)) == (5, QUOTES)
    assert view._repr_html_().startswith('<div class="qk-root"><style>')
    assert Page(view._repr_html_()).text == TEXT
    assert view.html().startswith("<!DOCTYPE html>")


# -- in a real browser -----------------------------------------------------------------------------------

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DOCS = Path(__file__).resolve().parents[1] / "docs"


def png_colours(path: Path) -> int:
    """How many different byte values the image data of a PNG holds (a blank page gives very few)."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    chunks, at = b"", 8
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        if data[at + 4 : at + 8] == b"IDAT":
            chunks += data[at + 8 : at + 8 + length]
        at += 12 + length
    return len(set(zlib.decompress(chunks)))


def chromium(*args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    command = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)


@pytest.mark.models
@pytest.mark.skipif(
    CHROMIUM is None, reason="needs Debian's chromium (apt-get install chromium; CI installs it)"
)
def test_seed_article_in_headless_chromium(extractor: Extractor, seed_text: str, tmp_path: Path) -> None:
    """The screenshot is not blank; the DOM holds every quote and every speaker."""
    quotes = extractor.extract(seed_text)
    page = tmp_path / "seed.html"
    page.write_text(render_html(seed_text, quotes, title="UPI: FSA rejects Russia"), encoding="utf-8")
    shot = tmp_path / "seed.png"
    chromium(f"--screenshot={shot}", "--window-size=1100,1400", "--hide-scrollbars", page.as_uri())
    assert png_colours(shot) > 50
    dom = Page(chromium("--dump-dom", page.as_uri()).stdout)
    assert dom.text == seed_text
    for n, found in enumerate(quotes):
        assert dom.under[("content", n)] == "".join(part.text for part in found.parts)
        if found.speaker is not None and found.speaker.mention is not None:
            assert dom.under[("mention", n)] == found.speaker.mention.text
    names = {
        q.speaker.name or (q.speaker.mention.text if q.speaker.mention else "")
        for q in quotes
        if q.speaker and (q.speaker.name or q.speaker.mention)
    }
    assert set(dom.legend) - {"unattributed"} == names
