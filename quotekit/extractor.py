"""The orchestrator: runs the stages in order and builds the public records.

text -> parse -> quote spans -> cues -> speakers -> roles -> coreference -> :class:`~quotekit.model.Quote`.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import attrs

from quotekit import coref, cues, parse, spans, speakers
from quotekit.errors import ConfigError, type_error
from quotekit.lexicon import cue_lexicon
from quotekit.model import CUE_CLASSES, Cue, Quote, Span, Speaker

__all__ = ["Extractor", "extract"]

#: Cue classes used unless the caller asks otherwise: reported speech and "according to".
DEFAULT_CUE_CLASSES = ("speech", "source")
#: Unattributed quotations shorter than this many words, with no verb, are scare quotes or titles
#: ("the so-called “reset”"): dropped unless ``scare_quotes=True``.
SCARE_QUOTE_WORDS = 4


class Extractor:
    """Extracts quotations from English news text.

    - ``models_dir``: a stanza resources folder; default ``$STANZA_RESOURCES_DIR``, else stanza's default
      (``~/stanza_resources``). Nothing is downloaded unless ``download=True``.
    - ``cue_classes``: which cues count, any of ``"speech"`` (say, tell), ``"cognition"`` (believe,
      think), ``"source"`` (according to); default speech and source.
    - ``extra_cues``: more reporting verbs, lemma -> class, e.g. ``{"aver": "speech"}``.
    - ``scare_quotes``: keep short unattributed quotations such as titles and scare quotes.

    The stanza pipeline is built on first use and shared by extractors with the same models and device.
    An Extractor holds no per-call state: one instance may serve several threads (stanza calls are
    serialized by a lock, the rules run in parallel).
    """

    def __init__(
        self,
        models_dir: str | os.PathLike[str] | None = None,
        *,
        download: bool = False,
        device: str | None = None,
        cue_classes: Sequence[str] = DEFAULT_CUE_CLASSES,
        extra_cues: Mapping[str, str] | None = None,
        scare_quotes: bool = False,
        lang: str = "en",
    ) -> None:
        if isinstance(cue_classes, str):
            cue_classes = tuple(c.strip() for c in cue_classes.split(","))
        unknown = [c for c in cue_classes if c not in CUE_CLASSES]
        if unknown or not cue_classes:
            raise ConfigError(f"cue_classes must be some of {CUE_CLASSES} (got {tuple(cue_classes)!r})")
        for lemma, cls in (extra_cues or {}).items():
            if cls not in CUE_CLASSES or not isinstance(lemma, str):
                raise ConfigError(f"extra_cues maps a lemma to one of {CUE_CLASSES} (got {lemma!r}: {cls!r})")
        if models_dir is not None and not isinstance(models_dir, (str, os.PathLike)):
            raise type_error("Extractor", "models_dir", "a str or path", models_dir)
        self.models_dir = models_dir
        self.download = download
        self.device = device
        self.lang = lang
        self.cue_classes = tuple(cue_classes)
        self.lexicon = cue_lexicon(extra_cues)
        self.scare_quotes = scare_quotes
        self._lock = threading.Lock()
        if lang != "en":
            parse.load_pipeline(models_dir, lang=lang)  # raises UnsupportedLanguageError

    # -- entry points --------------------------------------------------------------------------------
    def extract(self, text: str) -> list[Quote]:
        """Every quotation in ``text``, in text order."""
        return next(self.pipe([text]))

    def pipe(self, texts: Iterable[str], batch_size: int = 8) -> Iterator[list[Quote]]:
        """Quotes of each text, in order; texts go to stanza ``batch_size`` at a time."""
        if isinstance(texts, str) or not isinstance(texts, Iterable):
            raise type_error("pipe", "texts", "an iterable of str", texts)
        if not isinstance(batch_size, int) or isinstance(batch_size, bool) or batch_size < 1:
            raise ConfigError(f"batch_size must be a positive int (got {batch_size!r})")
        batch: list[str] = []
        for text in texts:
            if not isinstance(text, str):
                raise type_error("extract", "text", "str", text)
            batch.append(text)
            if len(batch) >= batch_size:
                yield from self._run_batch(batch)
                batch = []
        if batch:
            yield from self._run_batch(batch)

    def extract_document(self, doc: Any, text: str | None = None) -> list[Quote]:
        """Quotes from a stanza ``Document`` the caller already parsed (processors tokenize, pos, lemma,
        depparse, ideally ner). ``text`` is needed when the document has none (read from CoNLL-U)."""
        if not hasattr(doc, "sentences"):
            raise type_error("extract_document", "doc", "a stanza Document", doc)
        if text is not None and not isinstance(text, str):
            raise type_error("extract_document", "text", "str", text)
        return self.extract_parse(parse.parse_document(doc, text))

    def extract_parse(self, parsed: parse.Parse) -> list[Quote]:
        """Quotes from a :class:`~quotekit.parse.Parse` (e.g. from :func:`~quotekit.parse.parse_conllu`)."""
        return _attribute(parsed, self.lexicon, self.cue_classes, self.scare_quotes)

    def _run_batch(self, texts: list[str]) -> Iterator[list[Quote]]:
        todo = [t for t in texts if t.strip()]
        parsed: Iterator[parse.Parse] = iter(())
        if todo:
            pipeline = parse.load_pipeline(
                self.models_dir, lang=self.lang, download=self.download, device=self.device
            )
            with self._lock:
                parsed = iter(list(parse.parse_texts(todo, pipeline)))
        for text in texts:
            yield self.extract_parse(next(parsed)) if text.strip() else []


_DEFAULT: dict[str, Extractor] = {}
_DEFAULT_LOCK = threading.Lock()


def extract(text: str, **options: Any) -> list[Quote]:
    """Every quotation in ``text`` (see :class:`Extractor` for ``options``).

    An empty or blank text needs no model:

    >>> extract("   ")
    []
    """
    if not isinstance(text, str):
        raise type_error("extract", "text", "str", text)
    if not text.strip():
        return []
    key = repr(sorted(options.items()))
    with _DEFAULT_LOCK:
        if key not in _DEFAULT:
            _DEFAULT[key] = Extractor(**options)
        extractor = _DEFAULT[key]
    return extractor.extract(text)


# --------------------------------------------------------------------------------------------------------
# The stages


def _attribute(
    parsed: parse.Parse, lexicon: Mapping[str, str], classes: Sequence[str], scare_quotes: bool
) -> list[Quote]:
    if not parsed.words:
        return []
    # 1. quotation marks on the raw text
    quote_spans = spans.find_quote_spans(parsed.text)
    # 2. cues and the content they govern; direct quotes go to the cue that frames them
    found = cues.find_cues(parsed, quote_spans, lexicon, classes)
    linked, orphans = cues.link_quotes(parsed, found, quote_spans)
    linked = [c for c in linked if c.content]
    # 3. the speaker mention of each cue
    mentions = [speakers.find_speaker(parsed, c) for c in linked]
    # 4-5. roles, affiliations and coreference, in text order
    order = sorted(range(len(linked)), key=lambda k: parsed.words[linked[k].head].start)
    resolved = coref.resolve_all(parsed, [mentions[k] for k in order])
    speaker_of = {k: resolved[n] for n, k in enumerate(order)}
    records = [_quote_record(parsed, linked[k], speaker_of[k], mentions[k]) for k in range(len(linked))]
    # 6. quotes no cue governs: the neighbouring attribution's speaker, or none
    records = _merge_continuations(parsed, records, orphans)
    claimed = {(p.start, p.end) for q in records for p in q.parts}
    orphans = [o for o in orphans if not all(part in claimed for part in o.quote.parts)]
    records += _orphan_records(parsed, orphans, records, scare_quotes)
    return _dedupe(sorted(records, key=lambda q: (q.span.start, -q.span.end)))


def _quote_record(
    parsed: parse.Parse, cue: cues.CueMatch, speaker: Speaker | None, mention: speakers.Mention | None
) -> Quote:
    text = parsed.text
    kind = cue.kind(text)
    if kind == "direct":
        parts = tuple(Span.of(text, s, e) for q in cue.quotes for s, e in q.parts)
        outer = (min(q.start for q in cue.quotes), max(q.end for q in cue.quotes))
    else:
        parts = tuple(Span.of(text, s, e) for s, e in cue.content)
        outer = (cue.content[0][0], cue.content[-1][1])
    if not parts:
        parts = (Span.of(text, *outer),)
    cue_words = [parsed.words[i] for i in cue.words]
    cue_span = Span.of(text, cue_words[0].start, cue_words[-1].end)
    rule = mention.rule if mention is not None and speaker is not None else None
    return Quote(
        text=" ".join(p.text for p in parts),
        span=Span.of(text, *outer),
        parts=parts,
        kind=kind,  # type: ignore[arg-type]
        cue=Cue(cue_span, cue.lemma, cue.cls),  # type: ignore[arg-type]
        speaker=speaker,
        rule=rule,
        confidence=speakers.RULE_CONFIDENCE.get(rule or "", 0.0),
    )


def _merge_continuations(
    parsed: parse.Parse, records: list[Quote], orphans: Sequence[cues.QuoteLink]
) -> list[Quote]:
    """ "“A,” he said. “B.”": a quotation with no cue, in the sentence right after (or before) an attributed
    direct quote of the same paragraph, continues it: it becomes another part of that Quote."""
    out = list(records)
    for link in sorted(orphans, key=lambda o: o.quote.start):
        quote = link.quote
        if not quote.parts:
            continue
        first = cues._sentence_at(parsed, quote.start)
        last = cues._sentence_at(parsed, max(quote.start, quote.end - 1))
        paragraph = parsed.paragraph_of(quote.start)
        for k, record in enumerate(out):
            if (
                record.kind != "direct"
                or record.speaker is None
                or parsed.paragraph_of(record.span.start) != paragraph
            ):
                continue
            r_first = cues._sentence_at(parsed, record.span.start)
            r_last = cues._sentence_at(parsed, max(record.span.start, record.span.end - 1))
            if r_last + 1 == first or last + 1 == r_first:
                out[k] = _with_quote(parsed.text, record, quote)
                break
    return out


def _with_quote(text: str, record: Quote, quote: spans.QuoteSpan) -> Quote:
    """``record`` with the parts of ``quote`` added and its span widened to cover the quote's marks."""
    parts = tuple(sorted({*record.parts, *(Span.of(text, s, e) for s, e in quote.parts)}))
    span = Span.of(text, min(record.span.start, quote.start), max(record.span.end, quote.end))
    return attrs.evolve(record, parts=parts, text=" ".join(p.text for p in parts), span=span)


def _orphan_records(
    parsed: parse.Parse, orphans: Sequence[cues.QuoteLink], attributed: Sequence[Quote], scare_quotes: bool
) -> list[Quote]:
    out: list[Quote] = []
    for link in orphans:
        quote = link.quote
        parts = tuple(Span.of(parsed.text, s, e) for s, e in quote.parts)
        if not parts:
            continue
        if not scare_quotes and _is_scare_quote(parsed, quote):
            continue
        speaker, rule = _neighbour_speaker(parsed, quote, attributed)
        out.append(
            Quote(
                text=" ".join(p.text for p in parts),
                span=Span.of(parsed.text, quote.start, quote.end),
                parts=parts,
                kind="direct",
                speaker=speaker,
                rule=rule,
                confidence=speakers.RULE_CONFIDENCE.get(rule or "", 0.0),
            )
        )
    return out


def _is_scare_quote(parsed: parse.Parse, quote: spans.QuoteSpan) -> bool:
    """Few words and no verb: a title, a term or a scare quote rather than something said."""
    words = [w for s, e in quote.parts for w in cues._words_between(parsed, s, e) if w.upos != "PUNCT"]
    if len(words) >= SCARE_QUOTE_WORDS:
        return False
    return not any(w.upos in {"VERB", "AUX"} for w in words)


def _neighbour_speaker(
    parsed: parse.Parse, quote: spans.QuoteSpan, attributed: Sequence[Quote]
) -> tuple[Speaker | None, str | None]:
    """The speaker of the adjacent attributed sentence in the same paragraph, else the one who spoke last
    in the previous paragraph (the news convention of a speaker continuing over paragraphs)."""
    paragraph = parsed.paragraph_of(quote.start)
    first = cues._sentence_at(parsed, quote.start)
    last = cues._sentence_at(parsed, max(quote.start, quote.end - 1))
    with_speaker = [q for q in attributed if q.speaker is not None and q.cue is not None]
    best: tuple[int, Quote] | None = None
    for q in with_speaker:
        cue_sent = cues._sentence_at(parsed, q.cue.span.start)  # type: ignore[union-attr]
        if parsed.paragraph_of(q.cue.span.start) != paragraph:  # type: ignore[union-attr]
            continue
        gap = first - cue_sent if cue_sent < first else cue_sent - last
        if gap == 1 and (best is None or gap < best[0]):
            best = (gap, q)
    if best is not None:
        return best[1].speaker, "adjacent-sentence"
    before = [q for q in with_speaker if parsed.paragraph_of(q.span.start) == paragraph - 1]
    if before and before[-1].kind in {"direct", "mixed"} and paragraph > 0:
        return before[-1].speaker, "previous-paragraph"
    return None, None


def _dedupe(quotes: list[Quote]) -> list[Quote]:
    seen: set[tuple[tuple[int, int], ...]] = set()
    out: list[Quote] = []
    for quote in quotes:
        key = tuple((p.start, p.end) for p in quote.parts)
        if key in seen:
            continue
        seen.add(key)
        out.append(quote)
    return out
