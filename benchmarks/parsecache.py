"""A parse cache for the accuracy benchmarks: stanza runs once per text, rule changes are scored in seconds.

    with parse_cache(Path("benchmarks/results/parse-cache")):
        quotes = quotekit.Extractor().extract(text)   # parsed by stanza once, then read from the cache

Inside the block, :func:`quotekit.parse.build.stanza_parses` (what stanza gives, before
:func:`quotekit.parse.build.repaired` mends it) is replaced by one that keeps, per piece of text, the
*full* parse (every sentence tagged, parsed and NER-tagged) in a pickle, and gives each caller the parse its
plan asks for: a sentence the plan would only tokenize or tag loses what stanza would not have computed
(:func:`planned`), exactly as :mod:`quotekit.parse.build` leaves it. So cached runs give the figures of the
default (planned) run and of ``full_parse=True`` alike, without running stanza again. stanza analyses each
sentence on its own, so a sentence's analysis does not depend on which other sentences were analysed with it.

The cache key is the text, the piece's extent, and the models folder; delete the folder after changing
models or the parse code. The cache holds the article texts: keep it under ``benchmarks/results/`` (ignored
by git), never in the repository.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import attrs

__all__ = ["parse_cache", "planned"]


def _key(piece: Any) -> str:
    digest = hashlib.sha1(piece.text.encode("utf-8"))
    digest.update(f"{piece.start}:{piece.end}:{os.environ.get('STANZA_RESOURCES_DIR', '')}".encode())
    return digest.hexdigest()


def planned(full: Any, plan: Any) -> Any:
    """The parse ``plan`` would have got from stanza, made from the ``full`` parse of the same piece."""
    from quotekit.document import Parse
    from quotekit.parse.build import FULL, MAX_PARSE_WORDS, TAGS, TOKENS

    if plan is None:
        return full
    words = list(full.words)
    sentences = []
    for sentence in full.sentences:
        span = range(sentence.first, sentence.last)
        depth = TAGS if plan.wants_tags(sentence.start, sentence.end) else TOKENS
        if depth == TAGS:
            tagged = [_down(words[i], TAGS) for i in span]
            if sentence.depth == FULL and len(tagged) <= MAX_PARSE_WORDS and plan.wants_parse(tagged):
                depth = FULL
        depth = min(depth, sentence.depth)
        if depth < FULL:
            for i in span:
                words[i] = _down(words[i], depth)
        sentences.append(attrs.evolve(sentence, depth=depth))
    return Parse(full.text, tuple(words), tuple(sentences), full.paragraphs)


def _down(word: Any, depth: int) -> Any:
    """``word`` as a sentence of ``depth`` has it (see :data:`quotekit.parse.DEPTHS`)."""
    from quotekit.parse.build import STANZA_CHAR_MAP, TAGS, TOKENS

    lemma = word.text.translate(STANZA_CHAR_MAP).lower()
    if depth == TAGS:
        return attrs.evolve(word, lemma=lemma, head=-1, deprel="", ner="")
    if depth == TOKENS:
        return attrs.evolve(word, lemma=lemma, upos="X", xpos="", feats="", head=-1, deprel="", ner="")
    return word


@contextlib.contextmanager
def parse_cache(folder: Path) -> Iterator[None]:
    """Within the block, quotekit parses through the cache in ``folder`` (made if missing)."""
    from quotekit.parse import build

    folder.mkdir(parents=True, exist_ok=True)
    original = build.stanza_parses

    def cached(pieces: Sequence[Any], pipeline: Any) -> list[Any]:
        out: list[Any] = [None] * len(pieces)
        missing = []
        for k, piece in enumerate(pieces):
            path = folder / f"{_key(piece)}.pickle"
            if path.is_file():
                out[k] = pickle.loads(path.read_bytes())
            else:
                missing.append(k)
        if missing:
            fresh = original([attrs.evolve(pieces[k], plan=None) for k in missing], pipeline)
            for k, full in zip(missing, fresh, strict=True):
                path = folder / f"{_key(pieces[k])}.pickle"
                partial = path.with_suffix(f".{os.getpid()}.tmp")  # several runs may share one cache
                partial.write_bytes(pickle.dumps(full))
                partial.replace(path)
                out[k] = full
        return [planned(full, piece.plan) for full, piece in zip(out, pieces, strict=True)]

    build.stanza_parses = cached
    try:
        yield
    finally:
        build.stanza_parses = original
