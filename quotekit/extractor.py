"""The orchestrator: runs the stages in order and builds the public records.

text -> parse -> quote spans -> cues -> speakers -> roles -> coreference -> :class:`~quotekit.model.Quote`.
"""

from __future__ import annotations

import bisect
import os
import threading
import weakref
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import attrs

from quotekit import _workers, coref, cues, parse, spans, speakers
from quotekit.errors import ConfigError, type_error
from quotekit.lexicon import cue_lexicon
from quotekit.model import CUE_CLASSES, Cue, Quote, Span, Speaker

__all__ = ["Extractor", "extract"]

#: Cue classes used unless the caller asks otherwise: reported speech and "according to".
DEFAULT_CUE_CLASSES = ("speech", "source")


class Extractor:
    """Extracts quotations from English news text.

    - ``models_dir``: a stanza resources folder; default ``$STANZA_RESOURCES_DIR``, else stanza's default
      (``~/stanza_resources``). Nothing is downloaded unless ``download=True``.
    - ``cue_classes``: which cues count, any of ``"speech"`` (say, tell), ``"cognition"`` (believe,
      think), ``"source"`` (according to); default speech and source.
    - ``extra_cues``: more reporting verbs, lemma -> class, e.g. ``{"aver": "speech"}``.
    - ``scare_quotes``: keep the quotations that look like titles or scare quotes: fewer than four words,
      no verb, and no cue governing them ("the so-called “reset”"). By default they are left out; every
      other quotation around words is in the output, with ``speaker=None`` when nobody could be found.
    - ``full_parse``: run stanza's whole pipeline on every sentence. By default only sentences that may
      hold a cue get lemmas, the dependency parse and NER, and only those with a cue form or a short
      quotation get POS tags (the rest are tokenized): the same quotes, faster (see docs/benchmarks.md).

    The stanza pipeline is built on first use and shared by extractors with the same models and device.
    An Extractor holds no per-call state: one instance may serve several threads. Calls into the shared
    stanza pipeline are serialized by a lock of that pipeline; the rules run in parallel.
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
        full_parse: bool = False,
        lang: str = "en",
    ) -> None:
        if isinstance(cue_classes, str):
            cue_classes = tuple(c.strip() for c in cue_classes.split(","))
        if not isinstance(cue_classes, Iterable):
            raise type_error("Extractor", "cue_classes", "a sequence of str", cue_classes)
        cue_classes = tuple(cue_classes)
        unknown = [c for c in cue_classes if c not in CUE_CLASSES]
        if unknown or not cue_classes:
            raise ConfigError(f"cue_classes must be some of {CUE_CLASSES} (got {cue_classes!r})")
        if extra_cues is not None and not isinstance(extra_cues, Mapping):
            raise type_error("Extractor", "extra_cues", "a mapping of lemma to cue class", extra_cues)
        for lemma, cls in (extra_cues or {}).items():
            if cls not in CUE_CLASSES or not isinstance(lemma, str) or not lemma.strip():
                raise ConfigError(f"extra_cues maps a lemma to one of {CUE_CLASSES} (got {lemma!r}: {cls!r})")
        if models_dir is not None and not isinstance(models_dir, (str, os.PathLike)):
            raise type_error("Extractor", "models_dir", "a str or path", models_dir)
        if device is not None and not isinstance(device, str):
            raise type_error("Extractor", "device", "a str such as 'cpu' or 'cuda', or None", device)
        if not isinstance(lang, str):
            raise type_error("Extractor", "lang", "a str", lang)
        for name, flag in (
            ("download", download),
            ("scare_quotes", scare_quotes),
            ("full_parse", full_parse),
        ):
            if not isinstance(flag, bool):
                raise type_error("Extractor", name, "a bool", flag)
        self.models_dir = models_dir
        self.download = download
        self.device = device
        self.lang = lang
        self.cue_classes = tuple(cue_classes)
        self.lexicon = cue_lexicon({lemma.strip().lower(): cls for lemma, cls in (extra_cues or {}).items()})
        self.forms = cues.CueForms(self.lexicon, self.cue_classes)
        self.scare_quotes = scare_quotes
        self.full_parse = full_parse
        self._stanza_lock: threading.Lock = threading.Lock()
        self._workers: _workers.Pool | None = None
        self._pool_lock = threading.Lock()
        self._options: dict[str, Any] = {
            "models_dir": models_dir,
            "download": download,
            "device": device,
            "cue_classes": self.cue_classes,
            "extra_cues": dict(extra_cues or {}),
            "scare_quotes": scare_quotes,
            "full_parse": full_parse,
            "lang": lang,
        }
        if lang != "en":
            parse.load_pipeline(models_dir, lang=lang)  # raises UnsupportedLanguageError

    # -- entry points --------------------------------------------------------------------------------
    def extract(self, text: str) -> list[Quote]:
        """Every quotation in ``text``, in text order."""
        if not isinstance(text, str):
            raise type_error("extract", "text", "str", text)
        return next(self.pipe([text]))

    def pipe(self, texts: Iterable[str], batch_size: int = 8, n_process: int = 1) -> Iterator[list[Quote]]:
        """The quotes of each text, in the order of ``texts``: an iterator that reads ``texts`` lazily.

        Texts (long ones cut into pieces of about :data:`PIECE_CHARS` characters at paragraph breaks) go to
        stanza ``batch_size`` pieces at a time, so memory stays bounded however many or long the texts are.

        ``n_process`` > 1 spreads the batches over that many worker processes (``-1``: one per CPU core),
        which is faster on a multi-core CPU. The workers start on first use (each loads the models), stay
        for later calls, and end with :meth:`close` (or the ``with`` block, or the Extractor). Like any
        ``multiprocessing`` code, a script that uses them needs an ``if __name__ == "__main__":`` guard.
        """
        if isinstance(texts, (str, bytes)) or not isinstance(texts, Iterable):
            raise type_error("pipe", "texts", "an iterable of str", texts)
        if not isinstance(batch_size, int) or isinstance(batch_size, bool) or batch_size < 1:
            raise ConfigError(f"batch_size must be a positive int (got {batch_size!r})")
        if not isinstance(n_process, int) or isinstance(n_process, bool) or n_process == 0 or n_process < -1:
            raise ConfigError(
                f"n_process must be a positive int, or -1 for one per CPU core (got {n_process!r})"
            )
        workers = _workers.cpu_count() if n_process == -1 else n_process
        if workers > 1:
            return self._pool(workers).map(_checked(texts), batch_size)
        return self._pipe(texts, batch_size)

    def close(self) -> None:
        """Stop the worker processes of ``pipe(..., n_process=N)``, if any (they restart when needed)."""
        pool, self._workers = self._workers, None
        if pool is not None:
            pool.close()

    def __enter__(self) -> Extractor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _pool(self, n: int) -> _workers.Pool:
        with self._pool_lock:
            if self._workers is None or self._workers.n != n:
                self.close()
                self._workers = _workers.Pool(n, self._options)
                weakref.finalize(self, self._workers.close)
            return self._workers

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
        job = _Job(parsed.text, spans.find_quote_spans(parsed.text), [(0, len(parsed.text))])
        job.quotes.extend(self._attribute(job, parsed))
        return job.result()

    # -- the run -------------------------------------------------------------------------------------
    def _pipe(self, texts: Iterable[str], batch_size: int) -> Iterator[list[Quote]]:
        batch: list[tuple[_Job, int]] = []
        for text in _checked(texts):
            job = self._job(text)
            if not job.pieces and not batch:
                yield []
                continue
            batch.extend((job, k) for k in range(len(job.pieces)) or [-1])
            while len(batch) >= batch_size:
                yield from self._run_batch(batch[:batch_size])
                batch = batch[batch_size:]
        if batch:
            yield from self._run_batch(batch)

    def _job(self, text: str) -> _Job:
        """A text with its quotation spans and the pieces it will be parsed in (none when blank)."""
        if not text.strip():
            return _Job(text, (), [])
        quotes = spans.find_quote_spans(text)
        outer = [(q.start, q.end) for q in quotes if q.depth == 0]
        pieces = parse.split_run_ons(text, parse.cut_points(text, PIECE_CHARS, outer), RUN_ON_CHARS)
        return _Job(text, quotes, [(s, e) for s, e in pieces if text[s:e].strip()])

    def _run_batch(self, batch: list[tuple[_Job, int]]) -> Iterator[list[Quote]]:
        """Parse a batch of pieces together, attribute each piece in order, and yield every text whose
        last piece this batch holds (a blank text is a piece ``-1`` with nothing to parse)."""
        todo = [(job, k) for job, k in batch if k >= 0]
        parsed: list[parse.Parse] = []
        if todo:
            pipeline = self._pipeline()
            pieces = [self._piece(job, k) for job, k in todo]
            with self._stanza_lock:
                parsed = parse.parse_pieces(pieces, pipeline)
        results = iter(parsed)
        for job, k in batch:
            if k >= 0:
                job.quotes.extend(self._attribute(job, next(results), k))
            if k == len(job.pieces) - 1 or k < 0:
                yield job.result()

    def _pipeline(self) -> Any:
        pipeline = parse.load_pipeline(
            self.models_dir, lang=self.lang, download=self.download, device=self.device
        )
        self._stanza_lock = parse.pipeline_lock(pipeline)
        return pipeline

    def _piece(self, job: _Job, k: int) -> parse.Piece:
        start, end = job.pieces[k]
        quotes = job.quotes_in(start, end)
        plan = None
        if not self.full_parse:
            plan = cues.CuePlan(self.forms, job.text, quotes, start, end)
        return parse.Piece(job.text, start, end, job.paragraphs, plan)

    def _attribute(self, job: _Job, parsed: parse.Parse, k: int = 0) -> list[Quote]:
        start, end = job.pieces[k] if job.pieces else (0, len(job.text))
        quote_spans = job.quotes_in(start, end)
        return _attribute(parsed, quote_spans, self.lexicon, self.cue_classes, self.scare_quotes, job.memory)


def _checked(texts: Iterable[str]) -> Iterator[str]:
    """``texts``, each checked to be a ``str`` as it is read."""
    for text in texts:
        if not isinstance(text, str):
            raise type_error("pipe", "texts", "an iterable of str", text)
        yield text


#: Stretches longer than this without a sentence end are cut (see :func:`~quotekit.parse.split_run_ons`).
RUN_ON_CHARS = 1_000
#: Texts longer than this many characters are parsed in pieces cut at paragraph breaks (outside quotations),
#: so that memory does not grow with the length of a text.
PIECE_CHARS = 20_000


@attrs.define
class _Job:
    """One text on its way through :meth:`Extractor.pipe`: its quotation spans, the pieces it is parsed in,
    the quotes found so far and what attribution carries from one piece to the next."""

    text: str
    quote_spans: tuple[spans.QuoteSpan, ...]
    pieces: list[tuple[int, int]]
    quotes: list[Quote] = attrs.Factory(list)
    memory: _Memory = attrs.Factory(lambda: _Memory())
    _paragraphs: tuple[tuple[int, int], ...] | None = None

    @property
    def paragraphs(self) -> tuple[tuple[int, int], ...]:
        if self._paragraphs is None:
            self._paragraphs = parse.find_paragraphs(self.text)
        return self._paragraphs

    def quotes_in(self, start: int, end: int) -> tuple[spans.QuoteSpan, ...]:
        """The quotation spans that start in ``text[start:end]`` (the spans are sorted by start)."""
        low = bisect.bisect_left(self.quote_spans, start, key=lambda q: q.start)
        high = bisect.bisect_left(self.quote_spans, end, key=lambda q: q.start)
        return self.quote_spans[low:high]

    def result(self) -> list[Quote]:
        """The quotes in text order (by start, the wider first), each once, nested or disjoint."""
        return _untangle(_dedupe(sorted(self.quotes, key=lambda q: (q.span.start, -q.span.end))))


@attrs.define
class _Memory:
    """What attribution of one piece of a text passes to the next: the sources seen (coreference) and the
    quotes of the last paragraph (a quotation continuing over a paragraph break)."""

    sources: coref.Memory = attrs.Factory(coref.Memory)
    last: list[Quote] = attrs.Factory(list)


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
    parsed: parse.Parse,
    quote_spans: Sequence[spans.QuoteSpan],
    lexicon: Mapping[str, str],
    classes: Sequence[str],
    scare_quotes: bool,
    memory: _Memory | None = None,
) -> list[Quote]:
    """The stages on one parsed text (or piece of a text), in order; ``memory`` carries coreference and the
    last paragraph's quotes from the previous piece of the same text, and is updated for the next."""
    if not parsed.words:
        return []
    memory = memory if memory is not None else _Memory()
    # 1. cues and the content they govern; direct quotes go to the cue that frames them
    found = cues.find_cues(parsed, quote_spans, lexicon, classes)
    linked, orphans = cues.link_quotes(parsed, found, quote_spans)
    linked = [c for c in linked if c.content]
    # 2. the speaker mention of each cue
    mentions = [speakers.find_speaker(parsed, c) for c in linked]
    # 3-4. roles, affiliations and coreference, in text order
    order = sorted(range(len(linked)), key=lambda k: parsed.words[linked[k].head].start)
    resolved = coref.resolve_all(parsed, [mentions[k] for k in order], memory.sources)
    speaker_of = {k: resolved[n] for n, k in enumerate(order)}
    records = [_quote_record(parsed, linked[k], speaker_of[k], mentions[k]) for k in range(len(linked))]
    # 5. quotes no cue governs: the neighbouring attribution's speaker, or none
    records = _merge_continuations(parsed, records, orphans)
    claimed = {(p.start, p.end) for q in records for p in q.parts}
    orphans = [o for o in orphans if not all(part in claimed for part in o.quote.parts)]
    records += _orphan_records(parsed, orphans, [*memory.last, *records], scare_quotes)
    memory.last = records
    return records


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
    if not cues.is_short_quote(parsed.text, quote):
        return False
    words = [w for s, e in quote.parts for w in cues._words_between(parsed, s, e)]
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
        if parsed.paragraph_of(q.cue.span.start) != paragraph:  # type: ignore[union-attr]
            continue
        cue_sent = cues._sentence_at(parsed, q.cue.span.start)  # type: ignore[union-attr]
        gap = first - cue_sent if cue_sent < first else cue_sent - last
        if gap == 1 and (best is None or gap < best[0]):
            best = (gap, q)
    if best is not None:
        return best[1].speaker, "adjacent-sentence"
    before = [q for q in with_speaker if parsed.paragraph_of(q.span.start) == paragraph - 1]
    if before and before[-1].kind in {"direct", "mixed"} and paragraph > 0:
        return before[-1].speaker, "previous-paragraph"
    return None, None


def _untangle(quotes: list[Quote]) -> list[Quote]:
    """Quotes whose spans cross ("[A said (B] told C)", from a misparse) are made nested or disjoint: the
    later one loses the words it shares with the earlier, and goes when nothing is left. Nothing is lost:
    those words are in the earlier quote. A trimmed quote starts later, so passes repeat until none
    changes (one, almost always)."""
    for _ in range(len(quotes) + 1):
        untangled = _untangle_pass(quotes)
        if untangled == quotes:
            break
        quotes = untangled
    return quotes


def _untangle_pass(quotes: list[Quote]) -> list[Quote]:
    """One pass over quotes sorted by ``(start, -end)``, with a stack of the quotes still open (nested, so
    their ends shrink towards the top)."""
    out: list[Quote] = []
    open_quotes: list[Quote] = []
    for quote in quotes:
        while open_quotes and open_quotes[-1].span.end <= quote.span.start:
            open_quotes.pop()
        crossed = [q.span.end for q in open_quotes if q.span.end < quote.span.end]
        if crossed:
            trimmed = _cut_before(quote, max(crossed))
            if trimmed is None:
                continue
            quote = trimmed
            while open_quotes and open_quotes[-1].span.end <= quote.span.start:
                open_quotes.pop()
        open_quotes.append(quote)
        out.append(quote)
    return sorted(out, key=lambda q: (q.span.start, -q.span.end))


def _cut_before(quote: Quote, cut: int) -> Quote | None:
    """``quote`` without what lies before offset ``cut`` (nor the punctuation and spaces right after it);
    ``None`` when no words are left."""
    parts: list[Span] = []
    for part in quote.parts:
        skip = max(0, cut - part.start)
        while skip < len(part.text) and not part.text[skip].isalnum():
            skip += 1
        if skip < len(part.text):
            parts.append(Span(part.start + skip, part.end, part.text[skip:]))
    if not parts:
        return None
    base = quote.span.start
    span = Span(parts[0].start, quote.span.end, quote.span.text[parts[0].start - base :])
    return attrs.evolve(quote, parts=tuple(parts), span=span, text=" ".join(p.text for p in parts))


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
