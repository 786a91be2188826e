"""Public output records: frozen ``attrs`` classes, validation only, no behaviour.

Every :class:`Span` is a pair of character offsets into the caller's *original* text plus the text it
covers, so that ``text[span.start:span.end] == span.text`` always holds.

``None`` versus empty, everywhere in this module: ``None`` means *not found* (``Quote.speaker is None``: the
quote could not be attributed; ``Speaker.role is None``: no role was stated), never "empty string".
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal

import attrs

__all__ = [
    "CUE_CLASSES",
    "QUOTE_KINDS",
    "SPEAKER_KINDS",
    "Cue",
    "Quote",
    "Span",
    "Speaker",
    "SpeakerCount",
    "speakers_of",
]

#: ``Quote.kind``: ``direct`` (the content is inside quotation marks), ``mixed`` (reported speech with a
#: quoted fragment inside, "told the BBC the Russians ... are “assisting a regime”"), ``indirect`` (no marks).
QUOTE_KINDS = ("direct", "mixed", "indirect")
#: ``Speaker.kind``.
SPEAKER_KINDS = ("person", "organization", "group", "document", "unknown")
#: ``Cue.cls``: ``speech`` (say, tell, announce), ``cognition`` (believe, think), ``source`` (according to),
#: ``evidence`` (show, demonstrate, appear: what documents and data show) and ``stance`` (plan, refuse,
#: support: intentions and positions); the last two are of the wider notion (``attributions="all"``).
CUE_CLASSES = ("speech", "cognition", "source", "evidence", "stance")

QuoteKind = Literal["direct", "mixed", "indirect"]
SpeakerKind = Literal["person", "organization", "group", "document", "unknown"]
CueClass = Literal["speech", "cognition", "source", "evidence", "stance"]


def _check_offsets(instance: Span, attribute: attrs.Attribute[int], value: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise TypeError(f"'{attribute.name}' must be a non-negative int (got {value!r})")


@attrs.frozen(order=True)
class Span:
    """A stretch of the caller's text: ``text[start:end] == span.text``.

    >>> text = "Moscow says it is attacking."
    >>> span = Span(0, 6, "Moscow")
    >>> text[span.start:span.end] == span.text
    True
    >>> span.to_dict()
    {'start': 0, 'end': 6, 'text': 'Moscow'}
    """

    start: int = attrs.field(validator=_check_offsets)
    end: int = attrs.field(validator=_check_offsets)
    text: str = attrs.field(validator=attrs.validators.instance_of(str))

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"Span end must be >= start (got start={self.start}, end={self.end})")
        if len(self.text) != self.end - self.start:
            raise ValueError(
                f"Span text must have end - start = {self.end - self.start} characters "
                f"(got {len(self.text)}: {self.text!r})"
            )

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span of ``text[start:end]``."""
        return cls(start, end, text[start:end])

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@attrs.frozen
class Cue:
    """The words that mark an attribution: a reporting verb ("said", "told") or "according to".

    ``span`` covers the cue words in the text, ``lemma`` is the lexicon entry that matched
    ("say", "according to"), ``cls`` is its class (see :data:`CUE_CLASSES`).
    """

    span: Span
    lemma: str
    cls: CueClass = attrs.field(default="speech", validator=attrs.validators.in_(CUE_CLASSES))

    def to_dict(self) -> dict[str, Any]:
        return {"span": self.span.to_dict(), "lemma": self.lemma, "cls": self.cls}


@attrs.frozen
class Speaker:
    """Who said it.

    - ``name``: the canonical name of the source: the fullest form the document uses anywhere, without
      titles ("Maria J. Lopez" for a quote whose sentence says only "Ms. Lopez" or "she"; "Free Syrian
      Army" for "FSA"). Always a proper name, or ``None`` when the source is never named: an unnamed or
      described source ("officials", "Western nations", "a spokesman", "Saudi Arabia's foreign minister",
      "the report"), a group of several ("Roe and Kim"), or a first-person "I"/"we" with no speaker; its
      words are in ``mention`` and ``entity`` still groups its quotes. A document ("a Treasury report",
      "the memo") has kind "document", no name or role, and its issuer as ``affiliation``.
    - ``mention``: the words that name the source where it was found (may be a pronoun): in the quote's
      own sentence, or, for a speaker carried over from a neighbouring attribution (``Quote.rule``
      "adjacent-sentence" or "previous-paragraph"), in that attribution's sentence. quotekit always sets
      it; ``None`` is left for records built by hand.
    - ``role``: "spokesman", "Foreign Minister", ... or ``None`` when none was stated.
    - ``affiliation``: the organization, party or country of the role ("Free Syrian Army", "Russia"),
      or ``None``.
    - ``kind``: one of :data:`SPEAKER_KINDS`.
    - ``entity``: an id of the source, the same for all its quotes within one document ("E1", "E2", ...
      in order of first attribution), also when it has no name; ``None`` for records built by hand.
      :func:`speakers_of` lists a document's sources with their quote counts.
    """

    name: str | None
    mention: Span | None
    role: str | None = None
    affiliation: str | None = None
    kind: SpeakerKind = attrs.field(default="unknown", validator=attrs.validators.in_(SPEAKER_KINDS))
    entity: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(str))
    )

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "mention": None if self.mention is None else self.mention.to_dict(),
            "role": self.role,
            "affiliation": self.affiliation,
            "kind": self.kind,
            "entity": self.entity,
        }


@attrs.frozen
class Quote:
    """One attribution: what was said, the cue, and who said it.

    - ``parts``: the content fragments, in text order; a quote interrupted by "he said" has two parts.
      For direct quotes the parts exclude the quotation marks.
    - ``span``: the outer extent, from the first part to the last (including the marks of a direct quote).
    - ``text``: the parts' texts joined by a single space.
    - ``kind``: one of :data:`QUOTE_KINDS`.
    - ``cue``: ``None`` when the quote has no reporting cue of its own (a quote attributed from the
      neighbouring sentence, or an unattributed quotation).
    - ``speaker``: ``None`` when quotekit could not attribute the quote.
    - ``rule``: the name of the rule that found the speaker (see docs/rules.md), ``None`` if unattributed.
    - ``confidence``: the share of quotes found by ``rule`` whose speaker is right, measured on the PolNeAR
      train split (docs/rules.md); 0.0 when unattributed.
    """

    text: str
    span: Span
    parts: tuple[Span, ...]
    kind: QuoteKind = attrs.field(validator=attrs.validators.in_(QUOTE_KINDS))
    cue: Cue | None = None
    speaker: Speaker | None = None
    rule: str | None = None
    confidence: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        """The documented JSON form (see docs/format.md)."""
        return {
            "text": self.text,
            "span": self.span.to_dict(),
            "parts": [p.to_dict() for p in self.parts],
            "kind": self.kind,
            "cue": None if self.cue is None else self.cue.to_dict(),
            "speaker": None if self.speaker is None else self.speaker.to_dict(),
            "rule": self.rule,
            "confidence": self.confidence,
        }


@attrs.frozen
class SpeakerCount:
    """One source of a document (:func:`speakers_of`): its ``entity`` id, the speaker of its first quote
    (name, role, affiliation, kind) and how many quotes it has."""

    entity: str
    speaker: Speaker
    quotes: int


def speakers_of(quotes: Iterable[Quote]) -> list[SpeakerCount]:
    """The sources of one document's quotes, most quoted first (then in order of first quote).

    >>> a = Speaker("Ann Kim", Span(0, 3, "Kim"), entity="E1")
    >>> b = Speaker(None, Span(9, 12, "she"), entity="E1")
    >>> part = Span(21, 25, "Yes.")
    >>> q = [Quote("Yes.", Span(20, 26, '"Yes."'), (part,), "direct", speaker=s) for s in (a, b)]
    >>> [(c.entity, c.speaker.name, c.quotes) for c in speakers_of(q)]
    [('E1', 'Ann Kim', 2)]
    """
    firsts: dict[str, Speaker] = {}
    counts: dict[str, int] = {}
    for quote in quotes:
        speaker = quote.speaker
        if speaker is None or speaker.entity is None:
            continue
        if speaker.entity not in firsts or (firsts[speaker.entity].name is None and speaker.name is not None):
            firsts[speaker.entity] = speaker
        counts[speaker.entity] = counts.get(speaker.entity, 0) + 1
    order = list(counts)
    return [
        SpeakerCount(e, firsts[e], counts[e])
        for e in sorted(order, key=lambda e: (-counts[e], order.index(e)))
    ]
