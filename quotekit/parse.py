"""The parse stage: the only module that touches stanza.

It turns text (or a stanza ``Document`` the caller already has, or a CoNLL-U string for model-free tests)
into a flat, typed :class:`Parse` with document-wide word indices and character offsets into the caller's
original text. Requires: text. Provides: words (lemma, UPOS, features, head, relation, NER), sentences,
paragraphs.

stanza is imported lazily, inside :func:`load_pipeline`, so ``import quotekit`` stays cheap.
"""

from __future__ import annotations

import bisect
import os
import threading
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import attrs
import regex

from quotekit.errors import ModelsNotFoundError, UnsupportedLanguageError

__all__ = [
    "DEFAULT_PROCESSORS",
    "Parse",
    "Sentence",
    "Word",
    "load_pipeline",
    "parse_conllu",
    "parse_document",
    "parse_texts",
    "resolve_models_dir",
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
#: Texts longer than this are sent to stanza in pieces cut at paragraph breaks (bounded memory).
CHUNK_CHARS = 20_000


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


@attrs.frozen
class Parse:
    """A parsed text: the caller's original text, its words, sentences and paragraph extents."""

    text: str
    words: tuple[Word, ...]
    sentences: tuple[Sentence, ...]
    paragraphs: tuple[tuple[int, int], ...]
    children: tuple[tuple[int, ...], ...] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        kids: list[list[int]] = [[] for _ in self.words]
        for word in self.words:
            if word.head >= 0:
                kids[word.head].append(word.i)
        object.__setattr__(self, "children", tuple(tuple(k) for k in kids))

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


_PIPELINES: dict[tuple[str, str, str, str | None], Any] = {}
_PIPELINES_LOCK = threading.Lock()


def load_pipeline(
    models_dir: str | os.PathLike[str] | None = None,
    *,
    lang: str = "en",
    processors: str = DEFAULT_PROCESSORS,
    download: bool = False,
    device: str | None = None,
) -> Any:
    """A stanza ``Pipeline`` (cached per folder, processors and device), built without network access
    unless ``download`` is true. Raises :class:`ModelsNotFoundError` with the command to run when the
    models are missing."""
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
            pipeline = stanza.Pipeline(**kwargs)
        except (FileNotFoundError, OSError, KeyError, ValueError) as exc:
            raise ModelsNotFoundError(_missing_models_message(folder, lang, str(exc)[:200])) from exc
        except Exception as exc:  # stanza raises its own classes for missing resources
            if type(exc).__name__ in {"ResourcesFileNotFoundError", "LanguageNotDownloadedError"}:
                raise ModelsNotFoundError(_missing_models_message(folder, lang, str(exc)[:200])) from exc
            raise
        _PIPELINES[key] = pipeline
        return pipeline


# --------------------------------------------------------------------------------------------------------
# stanza Document -> Parse


def _chunks(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """Cut ``text`` into pieces of about ``limit`` characters at paragraph (else line, else space) breaks."""
    if len(text) <= limit:
        return [(0, len(text))]
    out: list[tuple[int, int]] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + limit)
        if end < len(text):
            window = text[start:end]
            cut = max(window.rfind("\n\n"), window.rfind("\r\r"))
            if cut <= limit // 4:
                cut = max(window.rfind("\n"), window.rfind("\r"))
            if cut <= limit // 4:
                cut = window.rfind(". ")
                cut = cut + 1 if cut > limit // 4 else window.rfind(" ")
            if cut > limit // 4:
                end = start + cut
        out.append((start, end))
        start = end
    return out


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

    def __init__(self, text: str) -> None:
        self.text = text
        self.words: list[Word] = []
        self.sentences: list[Sentence] = []
        self.paragraphs = find_paragraphs(text)

    def add_sentence(self, sentence: Any, base: int) -> None:
        first = len(self.words)
        rows: list[tuple[Any, int, int, str]] = []
        for token in sentence.tokens:
            ner = _ner_class(getattr(token, "ner", None) or "")
            for word, (start, end) in zip(token.words, _word_offsets(token, base), strict=True):
                rows.append((word, start, end, ner))
        if not rows:
            return
        index = len(self.sentences)
        for word, start, end, ner in rows:
            head = int(word.head or 0)
            self.words.append(
                Word(
                    i=first + int(word.id) - 1,
                    text=self.text[start:end] if end > start else word.text,
                    lemma=_lemma(word.lemma or word.text or "", word.upos or ""),
                    upos=word.upos or "X",
                    xpos=word.xpos or "",
                    feats=word.feats or "",
                    head=first + head - 1 if head > 0 else -1,
                    deprel=word.deprel or "dep",
                    start=start,
                    end=end,
                    sent=index,
                    ner=ner,
                )
            )
        s_start, s_end = rows[0][1], rows[-1][2]
        self.sentences.append(
            Sentence(
                index, first, len(self.words), s_start, s_end, _paragraph_index(self.paragraphs, s_start)
            )
        )

    def build(self) -> Parse:
        return Parse(self.text, tuple(self.words), tuple(self.sentences), self.paragraphs)


def _paragraph_index(paragraphs: Sequence[tuple[int, int]], offset: int) -> int:
    return max(0, bisect.bisect_right(paragraphs, (offset, len(paragraphs) and 1 << 62)) - 1)


def _lemma(lemma: str, upos: str) -> str:
    """Lemmas are lower-cased except for proper nouns, so lexicon look-ups need no case folding."""
    return lemma if upos == "PROPN" else lemma.lower()


def parse_document(doc: Any, text: str | None = None) -> Parse:
    """A :class:`Parse` of a stanza ``Document`` the caller already has (offsets from the document).

    ``text`` is the original text when ``doc.text`` is missing (a Document read from CoNLL-U has none).
    """
    original = text if text is not None else (doc.text or "")
    builder = _Builder(original)
    for sentence in doc.sentences:
        builder.add_sentence(sentence, 0)
    return builder.build()


def parse_texts(texts: Iterable[str], pipeline: Any, *, chunk_chars: int = CHUNK_CHARS) -> Iterator[Parse]:
    """Parse texts with a stanza pipeline, in order. Each text is cut into chunks at paragraph breaks,
    and the chunks of all texts are sent to stanza together (batched), so memory stays bounded."""
    from stanza import Document

    for text in texts:
        builder = _Builder(text)
        pieces = [(s, e) for s, e in _chunks(text, chunk_chars) if text[s:e].strip()]
        if pieces:
            docs = [Document([], text=text[s:e].translate(_STANZA_CHAR_MAP)) for s, e in pieces]
            for (start, _), doc in zip(pieces, pipeline(docs), strict=True):
                for sentence in doc.sentences:
                    builder.add_sentence(sentence, start)
        yield builder.build()


# --------------------------------------------------------------------------------------------------------
# CoNLL-U -> Parse (model-free tests)

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
        token_end, token_offsets, token_ner = -1, (0, 0), ""
        for line in block.splitlines():
            cols = line.split("\t")
            if line.startswith("#") or len(cols) != 10 or "." in cols[0]:
                continue
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
            head = int(cols[6]) if cols[6].isdigit() else 0
            words.append(
                Word(
                    i=first + wid - 1,
                    text=text[start:end] if end > start else cols[1],
                    lemma=_lemma(cols[2], cols[3]),
                    upos=cols[3],
                    xpos=cols[4] if cols[4] != "_" else "",
                    feats=cols[5] if cols[5] != "_" else "",
                    head=first + head - 1 if head > 0 else -1,
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
