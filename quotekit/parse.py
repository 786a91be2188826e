"""The parse stage: the only module that touches stanza.

It turns text (or a stanza ``Document`` the caller already has, or a CoNLL-U string for model-free tests)
into a flat, typed :class:`Parse` with document-wide word indices and character offsets into the caller's
original text. Requires: text. Provides: words (lemma, UPOS, features, head, relation, NER), sentences,
paragraphs.

Parsing is selective: a :class:`SentencePlan` says which sentences need POS tags, and which of those need
lemmas, the dependency parse and NER; the rest are only tokenized (``Sentence.depth``). Most sentences of an
article hold no quotation and no cue, and the dependency parser is most of stanza's time.

stanza is imported lazily, inside :func:`load_pipeline`, so ``import quotekit`` stays cheap.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

import attrs
import regex

from quotekit.errors import (
    DocumentError,
    IncompatibleModelsError,
    ModelsNotFoundError,
    QuotekitError,
    UnsupportedLanguageError,
)

__all__ = [
    "DEFAULT_PROCESSORS",
    "DEPTHS",
    "Parse",
    "Piece",
    "Sentence",
    "SentencePlan",
    "Word",
    "cut_points",
    "find_paragraphs",
    "load_pipeline",
    "parse_conllu",
    "parse_document",
    "parse_pieces",
    "pipeline_lock",
    "resolve_models_dir",
    "single_root_tree",
    "split_run_ons",
]

#: The stanza processors quotekit needs.
DEFAULT_PROCESSORS = "tokenize,mwt,pos,lemma,depparse,ner"

#: One-to-one character substitutions applied to the text stanza sees (never to the caller's text: offsets
#: stay exact because each replacement has the same length). The English MWT model splits words written
#: with a curly apostrophe into letters ("Russia’s" -> "R u s s i a’s"); a straight apostrophe parses well.
_STANZA_CHAR_MAP = str.maketrans({"\u2019": "'", "\u02bc": "'"})

#: NER labels of both stanza label sets (CoNLL-2003 and OntoNotes) mapped to quotekit's entity classes.
NER_CLASSES = {
    "PER": "person",
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "NORP": "group",
    "MISC": "misc",
}

_PARAGRAPH_BREAK = regex.compile(r"\r?\n[ \t\f\v]*(?:\r?\n|\r)\s*|\r[ \t]*\r\s*")
_LINE_BREAK = regex.compile(r"(?:\r\n|\r|\n)\s*")
_RUN_ON_STOP = regex.compile(r"[.!?][\"'\u201d\u2019)\]]*\s|[\r\n\u2028\u2029]")
_SENTENCE_END = regex.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+")


@attrs.frozen
class Word:
    """One syntactic word. ``i`` and ``head`` are document-wide indices (``head == -1`` for a root)."""

    i: int
    text: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    head: int
    deprel: str
    start: int
    end: int
    sent: int
    ner: str = ""  # entity class of NER_CLASSES ("person", ...), "" outside entities

    def feat(self, name: str) -> str:
        """The value of one morphological feature, "" when absent: ``feat("Number") -> "Plur"``."""
        for item in self.feats.split("|"):
            key, _, value = item.partition("=")
            if key == name:
                return value
        return ""


@attrs.frozen
class Sentence:
    """A sentence: words ``first`` to ``last`` (exclusive), characters ``start`` to ``end``."""

    index: int
    first: int
    last: int
    start: int
    end: int
    paragraph: int
    depth: int = 2  # how deeply stanza analysed it: see DEPTHS


@attrs.frozen
class Parse:
    """A parsed text: the caller's original text, its words, sentences and paragraph extents."""

    text: str
    words: tuple[Word, ...]
    sentences: tuple[Sentence, ...]
    paragraphs: tuple[tuple[int, int], ...]
    children: tuple[tuple[int, ...], ...] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        words = _sane_heads(self.words)
        if words is not self.words:
            object.__setattr__(self, "words", words)
        kids: dict[int, list[int]] = {}  # only words with dependents get a list: fewer allocations
        for word in words:
            if word.head >= 0:
                kids.setdefault(word.head, []).append(word.i)
        none: tuple[int, ...] = ()
        object.__setattr__(self, "children", tuple(tuple(kids.get(i, none)) for i in range(len(words))))

    def subtree(self, i: int, exclude: frozenset[int] = frozenset()) -> list[int]:
        """Indices of word ``i`` and its descendants in text order, skipping the subtrees in ``exclude``."""
        out: list[int] = []
        stack = [i]
        while stack:
            j = stack.pop()
            if j in exclude:
                continue
            out.append(j)
            stack.extend(self.children[j])
        return sorted(out)

    def sentence_of(self, i: int) -> Sentence:
        return self.sentences[self.words[i].sent]

    def paragraph_of(self, offset: int) -> int:
        """The index of the paragraph holding character ``offset``."""
        return _paragraph_index(self.paragraphs, offset)


def _sane_heads(words: tuple[Word, ...]) -> tuple[Word, ...]:
    """``words`` numbered in order, each head inside its own sentence, and no cycles (a word whose head is
    out of place, or that closes a cycle, becomes a root): every rule may then walk up a tree safely, even
    over a parse read from hand-made CoNLL-U. Returns ``words`` itself when nothing needs mending."""
    size = len(words)
    heads = [w.head if 0 <= w.head < size and w.head != k and words[w.head].sent == w.sent else -1
             for k, w in enumerate(words)]  # fmt: skip
    state = [0] * size  # 0 unseen, 1 on the current path, 2 done
    for start in range(size):
        path, node = [], start
        while node >= 0 and state[node] == 0:
            state[node] = 1
            path.append(node)
            node = heads[node]
        if node >= 0 and state[node] == 1:
            heads[path[-1]] = -1  # break the cycle at its last word
        for seen in path:
            state[seen] = 2
    if all(w.i == k and w.head == heads[k] for k, w in enumerate(words)):
        return words
    return tuple(attrs.evolve(w, i=k, head=heads[k]) for k, w in enumerate(words))


def find_paragraphs(text: str) -> tuple[tuple[int, int], ...]:
    """Paragraph extents: blank-line separated when the text has blank lines, else one per line.

    >>> find_paragraphs("One.\\n\\nTwo.")
    ((0, 4), (6, 10))
    """
    breaker = _PARAGRAPH_BREAK if _PARAGRAPH_BREAK.search(text) else _LINE_BREAK
    out: list[tuple[int, int]] = []
    pos = 0
    for match in breaker.finditer(text):
        if match.start() > pos:
            out.append((pos, match.start()))
        pos = match.end()
    if pos < len(text) or not out:
        out.append((pos, len(text)))
    return tuple(out)


# --------------------------------------------------------------------------------------------------------
# Models


def resolve_models_dir(models_dir: str | os.PathLike[str] | None) -> Path:
    """The stanza resources folder: the argument, else ``$STANZA_RESOURCES_DIR``, else stanza's default."""
    if models_dir is not None:
        return Path(models_dir).expanduser()
    env = os.environ.get("STANZA_RESOURCES_DIR")
    if env:
        return Path(env).expanduser()
    return Path("~/stanza_resources").expanduser()


def _missing_models_message(folder: Path, lang: str, detail: str) -> str:
    return (
        f"stanza models for {lang!r} were not found in {str(folder)!r} ({detail}). Fix it with one of:\n"
        f"  - download them once: python -c \"import stanza; stanza.download('{lang}')\"\n"
        f"  - or let quotekit download them: quotekit.Extractor(download=True)\n"
        f"  - or point at a folder that has them: quotekit.Extractor(models_dir=...) "
        f"or the STANZA_RESOURCES_DIR environment variable"
    )


#: stanza's exceptions for models that are not there (matched by name: stanza does not export them).
_MISSING_ERRORS = frozenset({"ResourcesFileNotFoundError", "LanguageNotDownloadedError", "FileNotFoundError"})


def _incompatible_message(folder: Path, lang: str, detail: str) -> str:
    return (
        f"the stanza models for {lang!r} in {str(folder)!r} cannot be used ({detail}). Fix it with one of:\n"
        f"  - download a fresh, matching set: python -c \"import stanza; stanza.download('{lang}')\"\n"
        f"  - or point quotekit.Extractor(models_dir=...) or STANZA_RESOURCES_DIR at a complete model folder "
        f"made for the installed stanza version"
    )


#: The seed of torch's random numbers while a pipeline is built (see :func:`_build_pipeline`).
LOAD_SEED = 0


def _build_pipeline(stanza: Any, kwargs: dict[str, Any]) -> Any:
    """``stanza.Pipeline(**kwargs)`` with torch's random numbers seeded while it loads, and the caller's
    random state restored afterwards. Some model files lack a layer that the installed stanza builds (the
    English MWT model's output layer, with stanza 1.15): stanza fills it with random weights, so without a
    fixed seed two processes would split words differently and find different quotes in the same text."""
    import torch

    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(LOAD_SEED)
        return stanza.Pipeline(**kwargs)


def _load_error(exc: Exception, folder: Path, lang: str, download: bool) -> QuotekitError:
    """The typed error for an exception stanza raised while building its pipeline."""
    detail = f"{type(exc).__name__}: {str(exc)[:200]}"
    names = {cls.__name__ for cls in type(exc).__mro__}
    if names & _MISSING_ERRORS:
        return ModelsNotFoundError(_missing_models_message(folder, lang, detail))
    if download and (names & {"ConnectionError", "Timeout", "HTTPError", "URLError"}):
        return ModelsNotFoundError(_missing_models_message(folder, lang, f"the download failed: {detail}"))
    return IncompatibleModelsError(_incompatible_message(folder, lang, detail))


_PIPELINES: dict[tuple[str, str, str, str | None], Any] = {}
_PIPELINES_LOCK = threading.Lock()
#: One lock per pipeline: stanza does not promise that a Pipeline may run in several threads at once.
_RUN_LOCKS: dict[int, threading.Lock] = {}


def pipeline_lock(pipeline: Any) -> threading.Lock:
    """The lock that serializes calls into ``pipeline`` (shared by every Extractor that uses it)."""
    with _PIPELINES_LOCK:
        return _RUN_LOCKS.setdefault(id(pipeline), threading.Lock())


def load_pipeline(
    models_dir: str | os.PathLike[str] | None = None,
    *,
    lang: str = "en",
    processors: str = DEFAULT_PROCESSORS,
    download: bool = False,
    device: str | None = None,
) -> Any:
    """A stanza ``Pipeline`` (cached per folder, processors and device), built without network access
    unless ``download`` is true. Raises :class:`ModelsNotFoundError` when the models are missing and
    :class:`IncompatibleModelsError` when they cannot be loaded, each with the command to run."""
    if lang != "en":
        raise UnsupportedLanguageError(
            f"quotekit has rules for English only: lang must be 'en' (got {lang!r})"
        )
    folder = resolve_models_dir(models_dir)
    key = (str(folder), lang, processors, device)
    with _PIPELINES_LOCK:
        if key in _PIPELINES:
            return _PIPELINES[key]
        if not download and not (folder / "resources.json").is_file():
            raise ModelsNotFoundError(_missing_models_message(folder, lang, "no resources.json"))
        try:
            import stanza
        except ImportError as exc:  # pragma: no cover - stanza is a dependency
            raise ModelsNotFoundError(
                "quotekit needs the stanza package: pip install stanza (install torch first)"
            ) from exc
        kwargs: dict[str, Any] = {
            "lang": lang,
            "dir": str(folder),
            "processors": processors,
            "logging_level": "WARN",
            "download_method": stanza.DownloadMethod.REUSE_RESOURCES if download else None,
        }
        if device is not None:
            kwargs["device"] = device
        try:
            pipeline = _build_pipeline(stanza, kwargs)
        except Exception as exc:
            raise _load_error(exc, folder, lang, download) from exc
        missing = [name for name in processors.split(",") if name not in pipeline.processors]
        if missing:
            raise IncompatibleModelsError(
                _incompatible_message(folder, lang, f"no {', '.join(missing)} processor")
            )
        _install_fast_trees(pipeline)
        _PIPELINES[key] = pipeline
        return pipeline


# --------------------------------------------------------------------------------------------------------
# Faster, identical dependency trees


def single_root_tree(scores: Any) -> Any:
    """The tree of the best head of each word, when that is a tree with one word under the root; else None.

    ``scores[x, y]`` scores word ``y`` (0: the root) as the head of word ``x`` (row 0 is the root's own).
    The maximum spanning tree with one root word that stanza's Chu-Liu-Edmonds decoder searches for is this
    one whenever it exists: no tree scores more than every word's best head, and this one obeys the
    single-root rule (Stanojević & Cohen 2021, "A Root of a Problem"). With a trained parser that is most
    sentences, and finding it is a few array operations instead of a search with contractions in Python.

    >>> import numpy as np
    >>> single_root_tree(np.log(np.array([[0.4, 0.3, 0.3], [0.1, 0.1, 0.8], [0.7, 0.2, 0.1]]))).tolist()
    [0, 2, 0]
    """
    import numpy as np

    size = scores.shape[0]
    masked = np.array(scores, dtype=np.float64)
    np.fill_diagonal(masked, -np.inf)
    tree = np.zeros(size, dtype=np.int64)
    tree[1:] = np.argmax(masked[1:], axis=1)
    if size > 1 and int(np.count_nonzero(tree[1:] == 0)) != 1:
        return None
    return None if _a_cycle(tree.tolist()) is not None else tree


def one_root_tree(scores: Any) -> Any:
    """The maximum spanning tree with exactly one word under the root: the tree stanza's decoder
    (``chuliu_edmonds_one_root``) finds, by the same method (root arcs weighted down so that one root arc
    beats two, then Chu-Liu-Edmonds), with each contraction done by array operations rather than Python
    loops over every arc.

    Here words 1 and 2 prefer each other as heads (a cycle) and word 3 prefers the root:

    >>> import numpy as np
    >>> probabilities = [[1, 1, 1, 1], [0.3, 0.1, 0.5, 0.1], [0.2, 0.6, 0.1, 0.1], [0.5, 0.2, 0.2, 0.1]]
    >>> one_root_tree(np.log(np.array(probabilities))).tolist()
    [0, 0, 1, 1]
    """
    import numpy as np

    table = np.array(scores, dtype=np.float64)
    finite = table[np.isfinite(table)]
    if table.shape[0] < 2 or finite.size == 0:
        return np.zeros(table.shape[0], dtype=np.int64)
    table[:, 0] += finite.min() * table.shape[0]
    return _chu_liu_edmonds(table)


def _prepared(table: Any) -> Any:
    """No word heads itself, and the root (row 0) heads nothing but is its own head, as stanza sets it."""
    import numpy as np

    np.fill_diagonal(table, -np.inf)
    table[0] = -np.inf
    table[0, 0] = 0.0
    return table


def _a_cycle(heads: Sequence[int]) -> list[int] | None:
    """The words of one cycle among ``heads`` (word 0, the root, heads itself and is no cycle), or None."""
    state = [0] * len(heads)  # 0 unseen, 1 on the current path, 2 done
    state[0] = 2
    for start in range(1, len(heads)):
        path, node = [], start
        while state[node] == 0:
            state[node] = 1
            path.append(node)
            node = heads[node]
        if state[node] == 1:
            return path[path.index(node) :]
        for seen in path:
            state[seen] = 2
    return None


def _chu_liu_edmonds(table: Any) -> Any:
    """The maximum spanning arborescence of ``table[dependent, head]`` from node 0 (Chu-Liu-Edmonds):
    take every node's best head; while those contain a cycle, contract the cycle to one node and solve the
    smaller table; then expand the contractions, innermost first."""
    import numpy as np

    stack = []
    table = _prepared(table)
    while True:
        heads = np.argmax(table, axis=1)
        cycle = _a_cycle(heads.tolist())
        if cycle is None:
            break
        inside = np.zeros(table.shape[0], dtype=bool)
        inside[cycle] = True
        ring, rest = np.flatnonzero(inside), np.flatnonzero(~inside)
        # entering the cycle at word v from head u gains table[v, u] - table[v, heads[v]]
        gains = table[np.ix_(ring, rest)] - table[ring, heads[ring]][:, None]
        enter = np.argmax(gains, axis=0)
        # a word u outside leaves the cycle for its best head inside it
        outward = table[np.ix_(rest, ring)]
        leave = np.argmax(outward, axis=1)
        size = rest.size + 1
        smaller = np.empty((size, size))
        smaller[:-1, :-1] = table[np.ix_(rest, rest)]
        smaller[-1, :-1] = gains[enter, np.arange(rest.size)]
        smaller[:-1, -1] = outward[np.arange(rest.size), leave]
        smaller[-1, -1] = -np.inf
        stack.append((heads, ring, rest, enter, leave))
        table = _prepared(smaller)
    tree = heads
    while stack:
        heads, ring, rest, enter, leave = stack.pop()
        inner, tree = tree, heads.copy()
        metanode = rest.size
        for k in range(1, rest.size):
            head = int(inner[k])
            tree[rest[k]] = ring[leave[k]] if head == metanode else rest[head]
        head = int(inner[metanode])
        tree[ring[enter[head]]] = rest[head]
    tree[0] = 0
    return tree


def _install_fast_trees(pipeline: Any) -> None:
    """Let this pipeline's dependency parser take :func:`single_root_tree` when it exists, and
    :func:`one_root_tree` otherwise: stanza's trees (tests compare them), found several times faster. Only
    this pipeline object changes, nothing of stanza's modules; with a parser of another kind (one without
    stanza's graph decoder) nothing changes at all."""
    try:
        from stanza.models.depparse import model as depparse_model

        model = pipeline.processors["depparse"].trainer.model
        resolve = depparse_model.resolve_head_constraint_violations
        prefix = int(depparse_model.VOCAB_PREFIX_SIZE)
    except (AttributeError, ImportError, KeyError, TypeError):
        return
    if not callable(getattr(model, "decode_graph_predictions", None)):
        return
    model.decode_graph_predictions = functools.partial(_decode_trees, resolve, prefix)


def _decode_trees(
    resolve: Any,
    prefix: int,
    vocab: Any,
    batch_size: int,
    preds: Sequence[Any],
    sentlens: Sequence[int],
    resolve_head_constraints: bool = False,
) -> list[list[list[Any]]]:
    """stanza's ``GraphParser.decode_graph_predictions``, its trees found by :func:`single_root_tree` where
    each word's best head already forms one and by :func:`one_root_tree` otherwise."""
    out: list[list[list[Any]]] = []
    for i, size in enumerate(sentlens[:batch_size]):
        scores = preds[0][i][:size, :size]
        tree = single_root_tree(scores)
        if tree is None:
            tree = one_root_tree(scores)
        if resolve_head_constraints:
            tree, label_ids = resolve(scores, preds[2][i][:size, :size, :], tree, vocab)
            deprels = vocab.unmap([r + prefix for r in label_ids])
        else:
            deprels = vocab.unmap([preds[1][i][j + 1][h] for j, h in enumerate(tree[1:])])
        out.append([[tree[1:][j], deprels[j]] for j in range(size - 1)])
    return out


# --------------------------------------------------------------------------------------------------------
# Pieces: where long texts are cut


def cut_points(text: str, limit: int, avoid: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Cut ``text`` into contiguous pieces of at most about ``limit`` characters.

    A cut goes at a paragraph break outside the ranges in ``avoid`` (quotations, which must not be split),
    else at any paragraph or line break, else after a sentence end, else at a space, else anywhere: a
    10 MB text on one line still comes back in pieces. The pieces cover the text exactly.

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
    for pattern, free in ((_PARAGRAPH_BREAK, True), (_LINE_BREAK, False), (_SENTENCE_END, False)):
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


# --------------------------------------------------------------------------------------------------------
# Parsing only what is needed


class SentencePlan(Protocol):
    """Decides how deeply each sentence is parsed (see :data:`DEPTHS`): attribution needs a full parse only
    where a cue can be, tags where a quotation may need them, and tokens elsewhere."""

    def wants_tags(self, start: int, end: int) -> bool:
        """Whether the sentence at ``text[start:end]`` (offsets into the caller's text) needs tags."""

    def wants_parse(self, words: Sequence[Word]) -> bool:
        """Whether a tagged sentence (words with UPOS and features; lemmas, heads and NER not yet known)
        needs the full analysis."""


#: ``Sentence.depth``: 0 tokens only (lemma = lower-cased text, UPOS "X", no heads, no NER), 1 tokens with
#: POS tags and features, 2 fully analysed (lemma, dependency parse, NER).
DEPTHS = (0, 1, 2)
TOKENS, TAGS, FULL = DEPTHS
#: The stanza processors each depth adds.
TOKENIZE_PROCESSORS = "tokenize,mwt"
TAG_PROCESSORS = "pos"
PARSE_PROCESSORS = "lemma,depparse,ner"


@attrs.frozen
class Piece:
    """A piece of a caller's text to parse: ``text[start:end]``, with offsets kept relative to ``text``.

    ``paragraphs`` are the whole text's paragraph extents (:func:`find_paragraphs`), computed once per text;
    ``plan`` decides the depth of each sentence, ``None`` parses every sentence fully.
    """

    text: str
    start: int
    end: int
    paragraphs: tuple[tuple[int, int], ...]
    plan: SentencePlan | None = None


def parse_pieces(pieces: Sequence[Piece], pipeline: Any) -> list[Parse]:
    """Parse pieces with a stanza pipeline, one :class:`Parse` per piece, in order.

    All pieces go through stanza together (batched): tokenization first, then POS tags for the sentences
    their plan wants tagged, then lemmas, the dependency parse and NER for those it wants parsed.
    """
    from stanza import Document

    docs = [
        Document([], text=piece.text[piece.start : piece.end].translate(_STANZA_CHAR_MAP)) for piece in pieces
    ]
    if not docs:
        return []
    docs = pipeline(docs, processors=TOKENIZE_PROCESSORS)
    depths = [[TOKENS] * len(doc.sentences) for doc in docs]
    tagged = [
        (k, n)
        for k, (piece, doc) in enumerate(zip(pieces, docs, strict=True))
        for n, sentence in enumerate(doc.sentences)
        if piece.plan is None or piece.plan.wants_tags(*_extent(sentence, piece.start))
    ]
    _run(pipeline, [docs[k].sentences[n] for k, n in tagged], TAG_PROCESSORS)
    parsed = []
    for k, n in tagged:
        depths[k][n] = TAGS
        plan = pieces[k].plan
        if plan is None or plan.wants_parse(_Builder(pieces[k], ()).words_of(docs[k].sentences[n], TAGS)):
            parsed.append((k, n))
    _run(pipeline, [docs[k].sentences[n] for k, n in parsed], PARSE_PROCESSORS)
    for k, n in parsed:
        depths[k][n] = FULL
    out = []
    for piece, doc, depth in zip(pieces, docs, depths, strict=True):
        builder = _Builder(piece, depth)
        for sentence, sentence_depth in zip(doc.sentences, depth, strict=True):
            builder.add_sentence(sentence, sentence_depth)
        out.append(builder.build())
    return out


def _run(pipeline: Any, sentences: list[Any], processors: str) -> None:
    """Run ``processors`` on some sentences of several documents at once; stanza annotates the sentence
    objects in place (this is how stanza's own bulk processing combines documents)."""
    if not sentences:
        return
    from stanza import Document

    combined = Document([])
    combined.sentences = sentences
    combined.num_tokens = sum(len(s.tokens) for s in sentences)
    combined.num_words = sum(len(s.words) for s in sentences)
    pipeline(combined, processors=processors)


def _extent(sentence: Any, base: int) -> tuple[int, int]:
    """The character range of a stanza sentence, as offsets into the caller's text."""
    tokens = sentence.tokens
    return (tokens[0].start_char + base, tokens[-1].end_char + base) if tokens else (base, base)


def _word_offsets(token: Any, base: int) -> list[tuple[int, int]]:
    """Character offsets of each word of a stanza token (multi-word tokens share their token's span)."""
    t_start, t_end = token.start_char + base, token.end_char + base
    words = token.words
    if len(words) == 1:
        return [(t_start, t_end)]
    out: list[tuple[int, int]] = []
    for word in words:
        ws, we = getattr(word, "start_char", None), getattr(word, "end_char", None)
        if ws is None or we is None:
            out.append((t_start, t_end))
        else:
            out.append((ws + base, we + base))
    return out


def _ner_class(tag: str) -> str:
    if not tag or tag == "O":
        return ""
    label = tag.split("-", 1)[-1]
    return NER_CLASSES.get(label, "misc")


class _Builder:
    """Accumulates words and sentences from stanza sentences into one document-wide Parse."""

    def __init__(self, piece: Piece, depths: Sequence[int]) -> None:
        self.piece = piece
        self.words: list[Word] = []
        self.sentences: list[Sentence] = []

    def words_of(self, sentence: Any, depth: int) -> list[Word]:
        """The :class:`Word` records of a stanza sentence, numbered after the words built so far. Below
        :data:`FULL` depth, what stanza did not compute is left empty (lemma: the lower-cased word).
        The hot loop of quotekit's own code: one pass, attribute look-ups kept local."""
        text, base = self.piece.text, self.piece.start
        first = len(self.words) - 1  # word ids are 1-based
        index = len(self.sentences)
        tagged, full = depth >= TAGS, depth >= FULL
        out: list[Word] = []
        append = out.append
        for token in sentence.tokens:
            ner = _ner_class(token.ner or "") if full else ""
            words = token.words
            if len(words) == 1:
                offsets = [(token.start_char + base, token.end_char + base)]
            else:
                offsets = _word_offsets(token, base)
            for word, (start, end) in zip(words, offsets, strict=True):
                form = text[start:end] if end > start else word.text
                head, deprel, lemma = -1, "", (word.text or "").lower()
                upos, xpos, feats = "X", "", ""
                if tagged:
                    upos, xpos, feats = word.upos or "X", word.xpos or "", word.feats or ""
                if full:
                    head = first + word.head if word.head else -1
                    deprel, lemma = word.deprel or "dep", _lemma(word.lemma or word.text or "", upos)
                append(
                    Word(
                        first + word.id, form, lemma, upos, xpos, feats, head, deprel, start, end, index, ner
                    )
                )
        return out

    def add_sentence(self, sentence: Any, depth: int) -> None:
        words = self.words_of(sentence, depth)
        if not words:
            return
        first = len(self.words)
        self.words.extend(words)
        s_start, s_end = words[0].start, words[-1].end
        paragraph = _paragraph_index(self.piece.paragraphs, s_start)
        self.sentences.append(
            Sentence(len(self.sentences), first, len(self.words), s_start, s_end, paragraph, depth)
        )

    def build(self) -> Parse:
        return Parse(self.piece.text, tuple(self.words), tuple(self.sentences), self.piece.paragraphs)


def _paragraph_index(paragraphs: Sequence[tuple[int, int]], offset: int) -> int:
    return max(0, bisect.bisect_right(paragraphs, (offset, 1 << 62)) - 1)


def _lemma(lemma: str, upos: str) -> str:
    """Lemmas are lower-cased except for proper nouns, so lexicon look-ups need no case folding."""
    return lemma if upos == "PROPN" else lemma.lower()


def parse_document(doc: Any, text: str | None = None) -> Parse:
    """A :class:`Parse` of a stanza ``Document`` the caller already has (offsets from the document).

    ``text`` is the original text when ``doc.text`` is missing (a Document read from CoNLL-U has none).
    Raises :class:`~quotekit.errors.DocumentError` when the document has no text or lacks POS tags or
    the dependency parse.
    """
    original = text if text is not None else getattr(doc, "text", None)
    if original is None:
        raise DocumentError(
            "the stanza Document has no text to take character offsets from (a Document read from CoNLL-U "
            "has none): pass the original text too, extract_document(doc, text=...)"
        )
    for sentence in doc.sentences:
        for word in sentence.words:
            if word.upos is None or word.head is None or word.deprel is None:
                raise DocumentError(
                    "the stanza Document lacks POS tags or the dependency parse quotekit needs: make it "
                    f"with stanza.Pipeline('en', processors='{DEFAULT_PROCESSORS}') (got a word "
                    f"{word.text!r} with upos={word.upos!r}, head={word.head!r}, deprel={word.deprel!r})"
                )
    builder = _Builder(Piece(original, 0, len(original), find_paragraphs(original)), ())
    for sentence in doc.sentences:
        builder.add_sentence(sentence, FULL)
    return builder.build()


# --------------------------------------------------------------------------------------------------------
# CoNLL-U -> Parse (model-free tests)

_CONLLU_ID = regex.compile(r"\d+(?:-\d+)?")
_MISC_OFFSET = regex.compile(r"(?:^|\|)start_char=(\d+)\|end_char=(\d+)")
_MISC_NER = regex.compile(r"(?:^|\|)ner=([^|]+)")


def _offsets(text: str, form: str, own: regex.Match[str] | None, pos: int) -> tuple[tuple[int, int], int]:
    """A word's offsets: from its MISC entry, else the next occurrence of its form at or after ``pos``."""
    if own:
        start, end = int(own.group(1)), int(own.group(2))
    else:
        found = text.find(form, pos)
        start, end = (found, found + len(form)) if found >= 0 else (pos, pos)
    return (start, end), max(pos, end)


def parse_conllu(conllu: str, text: str) -> Parse:
    """A :class:`Parse` from CoNLL-U (as stanza writes it) and the original text, without any model.

    Word offsets come from ``start_char``/``end_char`` in the MISC column when present, else each form is
    found in ``text`` left to right. A ``ner=`` MISC entry (stanza's) gives the entity tag.
    """
    paragraphs = find_paragraphs(text)
    pos = 0
    words: list[Word] = []
    sentences: list[Sentence] = []
    for block in regex.split(r"\n\s*\n", conllu.strip()):
        first = len(words)
        rows: list[tuple[int, list[str], int, int, str]] = []  # (id, columns, start, end, NER tag)
        token_end, token_offsets, token_ner = -1, (0, 0), ""
        for line in block.splitlines():
            cols = line.split("\t")
            if line.startswith("#") or len(cols) != 10 or not _CONLLU_ID.fullmatch(cols[0]):
                continue  # comments, empty nodes (1.1) and malformed lines
            own = _MISC_OFFSET.search(cols[9])
            ner_match = _MISC_NER.search(cols[9])
            if "-" in cols[0]:  # a multi-word token's range line: offsets and NER for its words
                token_end = int(cols[0].split("-")[1])
                token_offsets, pos = _offsets(text, cols[1], own, pos)
                token_ner = ner_match.group(1) if ner_match else ""
                continue
            wid = int(cols[0])
            in_token = wid <= token_end
            if own or not in_token:
                (start, end), pos = _offsets(text, cols[1], own, pos)
            else:
                start, end = token_offsets
            tag = ner_match.group(1) if ner_match else (token_ner if in_token else "")
            rows.append((wid, cols, start, end, tag))
        index_of = {wid: first + k for k, (wid, *_) in enumerate(rows)}
        for k, (_, cols, start, end, tag) in enumerate(rows):
            head = index_of.get(int(cols[6]), -1) if cols[6].isdigit() else -1
            words.append(
                Word(
                    i=first + k,
                    text=text[start:end] if end > start else cols[1],
                    lemma=_lemma(cols[2], cols[3]),
                    upos=cols[3],
                    xpos=cols[4] if cols[4] != "_" else "",
                    feats=cols[5] if cols[5] != "_" else "",
                    head=head,
                    deprel=cols[7],
                    start=start,
                    end=end,
                    sent=len(sentences),
                    ner=_ner_class(tag),
                )
            )
        if len(words) > first:
            s_start = words[first].start
            sentences.append(
                Sentence(
                    len(sentences),
                    first,
                    len(words),
                    s_start,
                    words[-1].end,
                    _paragraph_index(paragraphs, s_start),
                )
            )
    return Parse(text, tuple(words), tuple(sentences), paragraphs)


def to_conllu(doc: Any) -> str:
    """CoNLL-U of a stanza Document, offsets and NER in MISC (used to write test fixtures)."""
    return f"{doc:C}"
