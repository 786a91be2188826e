"""Punctuation cues found on the raw text, before any parse: a dash before the speaker's name after a
quotation ("“...” ― Ana Ruiz"), and speaker labels opening a paragraph ("MORALES: Well, ...").

PARC 3.0 annotates such cues too. The cue stage turns them into :class:`~quotekit.cues.CueMatch` records
where the parse agrees that the source can speak; the parse plan tags and parses their sentences.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from quotekit.document import Word
from quotekit.lang.en import LABEL_RUBRICS
from quotekit.spans import QuoteSpan
from quotekit.syntax import Fragment
from quotekit.text import count_words

__all__ = ["LABEL_WORDS", "SOURCE_DASHES", "MarkCue", "find_mark_cues", "label_can_speak"]


#: Dashes that introduce the speaker's name after a quotation ("“...” ― Ana Ruiz").
SOURCE_DASHES = "\u2015\u2014\u2013"

_NAME_WORD = r"\p{Lu}[\p{L}\p{M}'’.\-]*"

_NAME_PARTICLE = r"(?:de|da|del|der|van|von|al|bin|ibn|la|le|di|du|dos)"

_NAME = rf"{_NAME_WORD}(?:[ \t\u00a0]+(?:{_NAME_WORD}|{_NAME_PARTICLE})){{0,5}}"

#: What may follow the name of a dash cue to its line's end: a stop, or a comma and a short description
#: ("― Ana Ruiz, mayor of Tulsa", "-President Obama, tweeting after the speech").
_NAME_TAIL = r"(?=[ \t\u00a0.;]*(?:[\r\n]|\Z)|[ \t\u00a0]*,[^\r\n]{0,100}(?:[\r\n]|\Z))"

_DASH_SOURCE = regex.compile(
    rf"[ \t\u00a0]*[{SOURCE_DASHES}][ \t\u00a0]*({_NAME}){_NAME_TAIL}"
    # or on a line of its own after a quotation that is a paragraph of its own, a hyphen serving as the
    # dash ("\n\n- Ana Ruiz.")
    rf"|[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*){{1,2}}[{SOURCE_DASHES}\-][ \t\u00a0]*({_NAME}){_NAME_TAIL}"
)

#: A speaker label opening a paragraph: "MORALES: Well, ...", "Ann Lee: Voters Want Answers ...".
_LABEL = regex.compile(
    rf"(?m)^[ \t\u00a0]*[\"“]?[ \t\u00a0]*"  # an opening mark some transcripts put before each turn
    rf"({_NAME_WORD}(?:[ \t\u00a0]+{_NAME_WORD}){{0,3}})"
    # a headline's addressee or venue: "Kim to Voters:", "Kim at Rally:"
    rf"(?:[ \t\u00a0]+(?:to|at)[ \t\u00a0]+{_NAME_WORD}(?:[ \t\u00a0]+{_NAME_WORD}){{0,3}})?"
    rf":[ \t\u00a0]+(?=\S)"
)

#: A speaker label after a spaced dash inside a line, before a quotation: the news roundup's "POLLS MISSED
#: THE SURGE - Ann Lee: “We found that ...”" (the dash closes the item's heading).
_DASH_LABEL = regex.compile(
    rf"(?<=[ \t\u00a0][\-\u2013\u2014][ \t\u00a0]+)"
    rf"({_NAME_WORD}(?:[ \t\u00a0]+{_NAME_WORD}){{0,3}}):[ \t\u00a0]+(?=[\"\u201c\u2018'])"
)

_LINE_END = regex.compile(r"\s*(?:[\r\n]|\Z)")

#: A label's content must have at least this many words (a heading like "Update: 5 p.m." is no speech).
LABEL_WORDS = 3


@attrs.frozen
class MarkCue:
    """A punctuation cue found on the raw text (PARC 3.0 annotates such cues too): ``kind`` "dash" for a
    quotation followed by a dash and the speaker's name, "label" for a speaker label ending in a colon at a
    paragraph's start (interview transcripts, headlines). ``mark`` is the offset of the dash or colon,
    ``source`` and ``content`` character ranges; ``capitals`` tells an all-capitals label ("MORALES:")."""

    kind: str
    mark: int
    source: Fragment
    content: Fragment
    capitals: bool = False


#: A label that opens with an article names no speaker: "The Ninth Circle: ..." is a headline. A label
#: before title-case words is a headline that reports its label ("Lee: Tax Plan Will Fail"), as news writing
#: attributes in headlines (PolNeAR annotates them: 73 headlines of train).
_ARTICLES = frozenset({"the", "a", "an"})


def _is_headline(label: regex.Match[str]) -> bool:
    """Whether a "Label: words" line is a headline with no speaker: its label opens with an article."""
    return label.group(1).split()[0].lower() in _ARTICLES


#: Entity classes of a label that names no speaker: "Iowa:" (a place), "Brexit:" (misc).
_MUTE_ENTITIES = frozenset({"place", "misc"})


def label_can_speak(
    words: Sequence[Word], capitals: bool, text_words: Sequence[Word] = (), *, named: bool = False
) -> bool:
    """Whether a label's words name someone who can speak: the NER calls them a person or organization;
    or, naming no place, they are in capitals ("MORALES:"), all proper nouns the NER left unclassed, as
    a headline names its speaker ("Ruiz: ‘We will win.’", whose title case throws the NER off), or end in
    a word that the NER puts in a person's or organization's name elsewhere in the text (``text_words``:
    "Sanders: Brexit's
    message ...", with "Sanders" read as a plural noun in the headline and as a person's name in "Bernie
    Sanders warned"). A rubric (:data:`~quotekit.lang.en.LABEL_RUBRICS`: "Breaking:", "Correction:",
    "Wow:") gives none. ``named``: the label is a headline's "Kim to Voters:" or "Kim at Rally:", which a
    section heading shares ("Limited Tools to Fight Terrorism:"), so only a name the NER calls a person or
    organization, with no verb in it, speaks."""
    rubric = [w for w in words if w.text.lower() in LABEL_RUBRICS]
    if rubric and len(words) == 1:
        return False  # "EXCLUSIVE:", "Update:", whatever the NER makes of the word
    kinds = {w.ner for w in words}
    if named and any(w.upos == "VERB" for w in words):
        return False  # "Limited Tools to Fight Terrorism:", a section heading, whatever the NER makes of it
    if kinds & {"person", "organization"}:
        return True  # "Judicial Watch:"
    if named:
        return False
    if kinds & _MUTE_ENTITIES or rubric:
        return False  # "Iowa:", "EDITOR'S NOTE:", "Delegate Update:"
    if capitals or (words and _named_elsewhere(words[-1].text, text_words)):
        return True
    return not kinds - {""} and all(w.upos == "PROPN" for w in words)


def _named_elsewhere(text: str, words: Sequence[Word]) -> bool:
    """Whether the NER puts a word written ``text`` in a person's or an organization's name in ``words``."""
    return any(w.text == text and w.ner in _SPEAKING_ENTITIES for w in words)


#: Entity classes of names that speak.
_SPEAKING_ENTITIES = frozenset({"person", "organization"})


def _opens_line(text: str, start: int) -> bool:
    """Whether a quotation opens its line: only such a quotation takes a dash on the next line."""
    return not text[text.rfind("\n", 0, start) + 1 : start].strip()


def _without_stop(text: str, span: Fragment) -> Fragment:
    """A name without the full stop that ends its line ("- Ana Ruiz."), not an abbreviation's ("Jr.")."""
    start, end = span
    last = text[start:end].split()[-1]
    return (start, end - 1) if last.endswith(".") and len(last) > _ABBREVIATION_CHARS else span


#: A name's last word of at most this many characters with a full stop is an abbreviation: "Jr.", "Sr.".
_ABBREVIATION_CHARS = 3


def find_mark_cues(
    text: str, quotes: Sequence[QuoteSpan], start: int = 0, end: int | None = None
) -> list[MarkCue]:
    """Punctuation cues in ``text[start:end]``: dashes after ``quotes``, then speaker labels.

    >>> text = "“Nobody listens.” ― Ana Ruiz\\n\\nHARPER: Do you really rate those two as equals?"
    >>> from quotekit.spans import find_quote_spans
    >>> [(m.kind, text[m.source[0]:m.source[1]]) for m in find_mark_cues(text, find_quote_spans(text))]
    [('dash', 'Ana Ruiz'), ('label', 'HARPER')]
    >>> find_mark_cues("The Long Road: Why Voters Stayed Home This Year", ())  # a headline
    []
    """
    stop = len(text) if end is None else end
    out: list[MarkCue] = []
    for quote in quotes:
        if quote.depth == 0 and quote.closed and start <= quote.end < stop:
            match = _DASH_SOURCE.match(text, quote.end)
            if match and (match.group(1) or _opens_line(text, quote.start)):
                name = 1 if match.group(1) else 2
                dash = quote.end + len(match.group(0)) - len(match.group(0).lstrip(" \t\u00a0\r\n"))
                out.append(
                    MarkCue("dash", dash, _without_stop(text, match.span(name)), (quote.start, quote.end))
                )
    labels = [*_LABEL.finditer(text, start, stop), *_DASH_LABEL.finditer(text, start, stop)]
    for match in sorted(labels, key=lambda m: m.start()):
        line_end = _LINE_END.search(text, match.end())
        content = (match.end(), line_end.start() if line_end else len(text))
        if match.re is _DASH_LABEL:  # "... - Ann Lee: “...” [Pew.]": the quotation, not the credit
            quoted = [q for q in quotes if q.start == match.end() and q.closed and q.end <= content[1]]
            content = (quoted[0].start, quoted[0].end) if quoted else content
        if count_words(text, *content) >= LABEL_WORDS and not _is_headline(match):
            label = match.group(1)
            capitals = label.upper() == label and any(ch.isalpha() for ch in label)
            colon = text.rfind(":", match.end(1), match.end())  # after "Kim to Voters", the colon
            out.append(MarkCue("label", colon, match.span(1), content, capitals))
    return out
