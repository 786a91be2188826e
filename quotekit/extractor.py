"""The orchestrator: runs the stages in order. It holds no stage logic of its own.

text -> paragraphs, quote spans, parse plan (:mod:`~quotekit.text`, :mod:`~quotekit.spans`,
:mod:`~quotekit.plan`) -> parse (:mod:`~quotekit.parse`) -> cues and content (:mod:`~quotekit.cues`) ->
quotes to cues (:mod:`~quotekit.link`) -> speaker mentions (:mod:`~quotekit.speakers`) -> profiles
(:mod:`~quotekit.profiles`: names, roles, conventions) -> named entities (:mod:`~quotekit.entities`) ->
coreference over the entity store (:mod:`~quotekit.coref`, :mod:`~quotekit.store`) ->
:class:`~quotekit.model.Quote` records (:mod:`~quotekit.assemble`). The language profile
(:mod:`~quotekit.lang`) holds the word lists the stages read.
"""

from __future__ import annotations

import functools
import os
import threading
import weakref
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from quotekit import (
    _workers,
    adjectives,
    assemble,
    colons,
    coref,
    cues,
    embedded,
    entities,
    hearsay,
    hosts,
    jobs,
    link,
    mixed,
    nominal,
    parse,
    plan,
    profiles,
    raising,
    spans,
    speakers,
    wide,
    wideverbs,
)
from quotekit.document import Parse
from quotekit.errors import PipelineError, type_error
from quotekit.lang import profile_for
from quotekit.lang.en import cue_lexicon
from quotekit.model import CUE_CLASSES, Quote
from quotekit.options import DEFAULT_CUE_CLASSES, Options, check_batch, check_options

__all__ = ["DEFAULT_CUE_CLASSES", "Extractor", "extract"]


class Extractor:
    """Extracts quotations from English news text (the options: :class:`~quotekit.options.Options`).

    ``models_dir`` is a stanza resources folder (default ``$STANZA_RESOURCES_DIR``, else
    ``~/stanza_resources``); nothing is downloaded unless ``download=True``, and then only what the folder
    lacks. ``cue_classes`` are any of "speech" (say, tell), "cognition" (believe), "source" (according
    to); ``extra_cues`` adds verbs; ``scare_quotes`` keeps short verbless quotations; ``full_parse``
    parses every sentence (by default only those that may hold a cue or introduce a speaker: the same
    quotes, faster); ``threads`` limits torch's CPU threads (``threads=1`` on a busy machine);
    ``attributions="all"`` finds every attribution as PARC and PolNeAR define it (evidence, beliefs,
    stances, noun-phrase contents, nominal cues), not only reported speech (docs/rules.md).

    Every option is checked here: a wrong type raises :class:`~quotekit.errors.InputTypeError`, a bad
    value :class:`~quotekit.errors.ConfigError`. The stanza pipeline is built on first use and shared by
    extractors with the same models and device. An Extractor holds no per-call state: one instance may
    serve several threads (calls into stanza are serialized; the rules run in parallel).
    """

    def __init__(
        self,
        models_dir: str | os.PathLike[str] | None = None,
        *,
        download: bool = False,
        device: str | None = None,
        cue_classes: Sequence[str] | str = DEFAULT_CUE_CLASSES,
        extra_cues: dict[str, str] | None = None,
        scare_quotes: bool = False,
        full_parse: bool = False,
        threads: int | None = None,
        lang: str = "en",
        attributions: str = "speech",
    ) -> None:
        self.options = Options(
            models_dir=models_dir,
            download=download,
            device=device,
            cue_classes=cue_classes,
            extra_cues=extra_cues,
            scare_quotes=scare_quotes,
            full_parse=full_parse,
            threads=threads,
            lang=lang,
            attributions=attributions,
        )
        self.lexicon = cue_lexicon(self.options.extra_cues)
        #: Whether the wider notion of attribution is on (:mod:`quotekit.wide`): every cue class, its verbs'
        #: content patterns, nominal cues.
        self.wide = self.options.attributions == "all"
        if self.wide:
            self.lexicon = wideverbs.verb_lexicon(self.lexicon)
            nouns = wide.noun_forms() if wide.NOMINAL_CUES_ON else None
            self.forms = cues.CueForms(
                self.lexicon,
                CUE_CLASSES,
                wideverbs.VERB_CONTENT_PATTERNS,
                nouns,
                hearsay.ADVERBS | adjectives.ADJECTIVES,
            )
        else:
            self.forms = cues.CueForms(self.lexicon, self.options.cue_classes)
        self._stanza_lock = threading.Lock()
        self._workers: _workers.Pool | None = None
        self._pool_lock = threading.Lock()
        self.language = profile_for(lang)  # raises UnsupportedLanguageError

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

        ``batch_size`` is at most :data:`~quotekit.options.MAX_BATCH_SIZE`, ``n_process`` at most the number
        of CPU cores. When ``texts`` raises, the results of the texts read before it come first, then its
        error; a text that is not a ``str`` is an :class:`~quotekit.errors.InputTypeError` naming its
        position. A worker that dies or runs out of memory is a :class:`~quotekit.errors.WorkerError`
        after the results of the texts before its batch (docs/robustness.md, *Long runs*).
        """
        if isinstance(texts, (str, bytes)) or not isinstance(texts, Iterable):
            raise type_error("pipe", "texts", "an iterable of str", texts)
        check_batch(batch_size, n_process)
        workers = _workers.cpu_count() if n_process == -1 else n_process
        if workers > 1:
            return self._pool(workers).map(jobs.checked_texts(texts), batch_size)
        return self._pipe(texts, batch_size)

    def extract_document(self, doc: Any, text: str | None = None) -> list[Quote]:
        """Quotes from a stanza ``Document`` the caller already parsed (processors tokenize, pos, lemma,
        depparse, ideally ner). ``text`` is needed when the document has none (read from CoNLL-U); a text
        that is not the document's raises :class:`~quotekit.errors.DocumentError`, a document in a language
        quotekit has no profile for :class:`~quotekit.errors.UnsupportedLanguageError`."""
        if not hasattr(doc, "sentences"):
            raise type_error("extract_document", "doc", "a stanza Document", doc)
        profile_for(getattr(doc, "lang", None))
        if text is not None and not isinstance(text, str):
            raise type_error("extract_document", "text", "str", text)
        return self.extract_parse(parse.parse_document(doc, text))

    def extract_parse(self, parsed: Parse) -> list[Quote]:
        """Quotes from a :class:`~quotekit.document.Parse`, e.g. from :func:`~quotekit.parse.parse_conllu`."""
        quote_spans = spans.find_quote_spans(parsed.text, paragraphs=parsed.paragraphs)
        quotes, _ = self._attribute(parsed, quote_spans, jobs.Carry())
        return assemble.tidy(quotes)

    def close(self) -> None:
        """Stop the worker processes of ``pipe(..., n_process=N)``, if any (they restart when needed)."""
        pool, self._workers = self._workers, None
        if pool is not None:
            pool.close()

    def __enter__(self) -> Extractor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the run -------------------------------------------------------------------------------------
    def _pipe(self, texts: Iterable[str], batch_size: int) -> Iterator[list[Quote]]:
        batch: list[tuple[jobs.Job, int]] = []
        for one in (read := jobs.Reading(texts)):
            job = jobs.new_job(one)
            if not job.pieces and not batch:
                yield []
                continue
            batch.extend((job, k) for k in range(len(job.pieces)) or [-1])
            while len(batch) >= batch_size:
                yield from self._run_batch(batch[:batch_size])
                batch = batch[batch_size:]
        if batch:
            yield from self._run_batch(batch)
        read.raise_failure()

    def _run_batch(self, batch: list[tuple[jobs.Job, int]]) -> Iterator[list[Quote]]:
        """Parse a batch of pieces together, attribute each piece in order, and yield every text whose
        last piece this batch holds (a blank text is a piece ``-1`` with nothing to parse)."""
        todo = [(job, k) for job, k in batch if k >= 0]
        parsed: list[Parse] = []
        if todo:
            pipeline = self._pipeline()
            pieces = [self._piece(job, k) for job, k in todo]
            try:
                with self._stanza_lock:
                    parsed = parse.parse_pieces(pieces, pipeline, self.options.threads)
            except (MemoryError, RuntimeError) as exc:
                if not _workers.is_out_of_memory(exc):
                    raise
                raise PipelineError(
                    f"out of memory while parsing {len(pieces)} pieces of text ({exc!s:.200}): use a smaller "
                    "batch_size, fewer worker processes, or a machine with more memory"
                ) from exc
        results = iter(parsed)
        for job, k in batch:
            if k >= 0:
                quotes, job.carry = self._attribute(next(results), job.quotes_in(*job.pieces[k]), job.carry)
                job.quotes.extend(quotes)
            if k == len(job.pieces) - 1 or k < 0:
                yield assemble.tidy(job.quotes)

    def _pipeline(self) -> Any:
        o = self.options
        pipeline = parse.load_pipeline(o.models_dir, lang=o.lang, download=o.download, device=o.device)
        self._stanza_lock = parse.pipeline_lock(pipeline)
        return pipeline

    def _piece(self, job: jobs.Job, k: int) -> parse.Piece:
        start, end = job.pieces[k]
        sentence_plan = None
        if not self.options.full_parse:
            sentence_plan = plan.CuePlan(self.forms, job.text, job.quotes_in(start, end), start, end)
        return parse.Piece(job.text, start, end, job.paragraphs, sentence_plan)

    def _attribute(
        self, parsed: Parse, quote_spans: Sequence[spans.QuoteSpan], carry: jobs.Carry
    ) -> tuple[list[Quote], jobs.Carry]:
        """The stages on one parsed text (or piece of a text), in order. ``carry`` brings the sources and
        the last quotes of the previous piece of the same text; the new one goes to the next piece."""
        if not parsed.words:
            return [], carry
        # 1. cues and the content they govern, in text order; 2. direct quotes to the cue that frames them
        found = cues.find_cues(parsed, quote_spans, self.forms)
        if "speech" in self.forms.wanted:  # "The minister interjected: “...”": a colon frames a quotation
            found = colons.add_colon_frames(parsed, quote_spans, found)
            found = hosts.add_host_cues(parsed, quote_spans, found)  # "The ad targets a “rigged system”"
        if self.wide and wide.NOMINAL_CUES_ON:  # the wider notion: nouns are cues too ("his claim that ...")
            found = wide.add_nominal_cues(parsed, quote_spans, found)
            found = nominal.add_poll_cues(parsed, quote_spans, found)  # "In a Gallup poll, 60 percent ..."
        if self.wide:  # "the minister is expected to resign": passive raising (no source)
            found = raising.add_raising_cues(parsed, quote_spans, found, self.lexicon)
            found = hearsay.add_hearsay_cues(parsed, quote_spans, found, self.lexicon)  # "reportedly"
            found = adjectives.add_adjective_cues(parsed, quote_spans, found)  # "is confident that"
            found = wideverbs.drop_bare_regard(
                wideverbs.add_passive_regard(parsed, quote_spans, found, self.lexicon)
            )
        linked, orphans = link.link_quotes(parsed, found, quote_spans)
        linked = [c for c in linked if c.content]
        if self.wide:  # a mixed quote's content is its phrase; a stance inside what was said is in it
            linked = wide.drop_nested(parsed, mixed.widen_mixed_quotes(parsed, linked))
            linked = embedded.drop_embedded(parsed, linked)  # "He said [CNN had tweeted that ...]"
        # 3. the speaker mention of each cue; 4. what each mention says of its source; every entity named
        find_speaker = wideverbs.find_speaker if self.wide else speakers.find_speaker
        mentions = [find_speaker(parsed, c, quote_spans) for c in linked]
        described = profiles.mention_profiles(parsed, mentions)
        named = entities.find_entities(parsed, quote_spans)
        # 5. one speaker per source across the text
        resolved, sources = coref.resolve_all(parsed, mentions, described, named, carry.sources, quote_spans)
        # 6. the Quote records: attributed, continued, and the quotations no cue governs
        quote_record = wideverbs.quote_record if self.wide else assemble.quote_record
        records = [quote_record(parsed, *row) for row in zip(linked, resolved, mentions, strict=True)]
        records = assemble.merge_continuations(parsed, records, orphans)
        records += assemble.unattributed(parsed, orphans, [*carry.last, *records], self.options.scare_quotes)
        return records, jobs.Carry(sources, tuple(records))

    def _pool(self, n: int) -> _workers.Pool:
        with self._pool_lock:
            if self._workers is None or self._workers.n != n:
                self.close()
                self._workers = _workers.Pool(n, self._worker_factory(), self.options.threads)
                weakref.finalize(self, self._workers.close)
            return self._workers

    def _worker_factory(self) -> Callable[[], Any]:
        """What a worker process calls to build its extractor: picklable, the same class and options."""
        return functools.partial(type(self), **self.options.as_kwargs())


_DEFAULT: dict[str, Extractor] = {}
_DEFAULT_LOCK = threading.Lock()


def extract(text: str, **options: Any) -> list[Quote]:
    """Every quotation in ``text`` (see :class:`Extractor` for ``options``, checked even for a blank text).

    An empty or blank text needs no model:

    >>> extract("   ")
    []
    """
    if not isinstance(text, str):
        raise type_error("extract", "text", "str", text)
    check_options("extract", options)
    key = repr(sorted(options.items()))
    with _DEFAULT_LOCK:
        if key not in _DEFAULT:
            _DEFAULT[key] = Extractor(**options)
        extractor = _DEFAULT[key]
    return extractor.extract(text) if text.strip() else []
