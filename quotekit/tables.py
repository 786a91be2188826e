"""Quotes as flat rows: :func:`to_records` (plain dicts, no dependency) and :func:`to_dataframe` (pandas).

One row per quote; the speaker and cue fields are flattened into columns (:data:`COLUMNS`) and every
offset is kept, so that ``text[row["start"]:row["end"]]`` is the quote's extent in the original text.
``None`` means *not found*, as in the records (``speaker`` is ``None`` for an unattributed quote).

>>> from quotekit import Cue, Quote, Span, Speaker
>>> text = "“We will win,” the mayor said."
>>> quote = Quote(
...     text="We will win,",
...     span=Span.of(text, 0, 14),
...     parts=(Span.of(text, 1, 13),),
...     kind="direct",
...     cue=Cue(Span.of(text, 25, 29), "say"),
...     speaker=Speaker(None, Span.of(text, 15, 24), role="mayor", kind="person"),
...     rule="trailing-said",
...     confidence=0.9,
... )
>>> row = to_records([quote], doc="a.txt")[0]
>>> row["doc"], row["kind"], row["cue"], row["speaker"], row["speaker_role"], row["parts"]
('a.txt', 'direct', 'said', None, 'mayor', '1:13')
>>> text[row["speaker_start"]:row["speaker_end"]]
'the mayor'
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from quotekit.errors import ConfigError, InputTypeError
from quotekit.model import Quote

if TYPE_CHECKING:
    import pandas

__all__ = ["COLUMNS", "DTYPES", "to_dataframe", "to_records", "typed_frame"]

#: The columns of a record, in order. ``start``/``end``: the quote's extent; ``parts``: its content
#: fragments as ``"start:end"`` pairs separated by spaces; ``cue``/``speaker_mention``: the words in the
#: text, with their offsets; ``speaker``: the canonical name; ``cue_class``: speech, cognition or source.
COLUMNS = (
    "text",
    "start",
    "end",
    "kind",
    "parts",
    "cue",
    "cue_start",
    "cue_end",
    "cue_lemma",
    "cue_class",
    "speaker",
    "speaker_mention",
    "speaker_start",
    "speaker_end",
    "speaker_role",
    "speaker_affiliation",
    "speaker_kind",
    "rule",
    "confidence",
)

#: Offsets that are ``None`` when there is no cue or speaker mention: pandas' nullable integers.
_NULLABLE_INTS = ("cue_start", "cue_end", "speaker_start", "speaker_end")
#: The pandas dtype of each column (strings: pandas' nullable string dtype, ``<NA>`` for ``None``).
DTYPES = {
    name: "Int64" if name in _NULLABLE_INTS else "int64" if name in ("start", "end") else "string"
    for name in COLUMNS
}
DTYPES["confidence"] = "float64"


def to_records(quotes: Iterable[Quote], **columns: Any) -> list[dict[str, Any]]:
    """One flat dict per quote (keys: ``columns``' names first, then :data:`COLUMNS`), in the given order.

    ``columns`` are constant values put in every row, e.g. ``doc="a.txt"`` to say which document the
    quotes came from.
    """
    if isinstance(quotes, (str, bytes, Quote)) or not isinstance(quotes, Iterable):
        raise InputTypeError(f"'quotes' must be an iterable of Quote (got {type(quotes).__name__})")
    clash = sorted(set(columns) & set(COLUMNS))
    if clash:
        raise ConfigError(f"extra columns must not be named like a quote column (got {clash!r})")
    rows = []
    for quote in quotes:
        if not isinstance(quote, Quote):
            raise InputTypeError(f"'quotes' must be an iterable of Quote (got an item {quote!r:.60})")
        rows.append({**columns, **_flat(quote)})
    return rows


def _flat(quote: Quote) -> dict[str, Any]:
    cue, speaker = quote.cue, quote.speaker
    mention = None if speaker is None else speaker.mention
    return {
        "text": quote.text,
        "start": quote.span.start,
        "end": quote.span.end,
        "kind": quote.kind,
        "parts": " ".join(f"{part.start}:{part.end}" for part in quote.parts),
        "cue": None if cue is None else cue.span.text,
        "cue_start": None if cue is None else cue.span.start,
        "cue_end": None if cue is None else cue.span.end,
        "cue_lemma": None if cue is None else cue.lemma,
        "cue_class": None if cue is None else cue.cls,
        "speaker": None if speaker is None else speaker.name,
        "speaker_mention": None if mention is None else mention.text,
        "speaker_start": None if mention is None else mention.start,
        "speaker_end": None if mention is None else mention.end,
        "speaker_role": None if speaker is None else speaker.role,
        "speaker_affiliation": None if speaker is None else speaker.affiliation,
        "speaker_kind": None if speaker is None else speaker.kind,
        "rule": quote.rule,
        "confidence": quote.confidence,
    }


def to_dataframe(quotes_or_results: Any, *, doc_column: str = "doc") -> pandas.DataFrame:
    """A pandas DataFrame with one row per quote and the columns of :data:`COLUMNS` (needs the ``pandas``
    extra: ``pip install 'quotekit-attribution[pandas]'``).

    ``quotes_or_results`` is one of:

    - the quotes of one document (``extract(text)``): no document column;
    - the results of several documents, e.g. ``list(extractor.pipe(texts))``: a ``doc_column`` with each
      document's position;
    - a mapping of document id to its quotes (``{"a.txt": quotes, ...}``): a ``doc_column`` with the ids.

    Offsets that may be missing (``cue_start``, ``speaker_start``, ...) are pandas' nullable ``Int64``,
    text columns pandas' ``string`` dtype (:data:`DTYPES`).
    """
    if importlib.util.find_spec("pandas") is None:
        raise ImportError(
            "to_dataframe needs pandas: pip install 'quotekit-attribution[pandas]' (or pip install pandas)"
        )
    if not isinstance(doc_column, str) or doc_column in COLUMNS:
        raise ConfigError(f"'doc_column' must be a str that is not a quote column (got {doc_column!r})")
    rows: list[dict[str, Any]] = []
    columns = list(COLUMNS)
    single, documents = _documents(quotes_or_results)
    if single is not None:
        rows = to_records(single)
    else:
        columns.insert(0, doc_column)
        for key, quotes in documents:
            rows.extend(to_records(quotes, **{doc_column: key}))
    return typed_frame(rows, columns)


def typed_frame(rows: list[dict[str, Any]], columns: list[str]) -> pandas.DataFrame:
    """A DataFrame of records with the dtypes of :data:`DTYPES` (the same for every partition of a corpus,
    empty or not); other columns keep what pandas infers."""
    import pandas

    frame = pandas.DataFrame.from_records(rows, columns=columns)
    typed: pandas.DataFrame = frame.astype({name: DTYPES[name] for name in columns if name in DTYPES})
    return typed


def _documents(data: Any) -> tuple[list[Quote] | None, list[tuple[Any, Iterable[Quote]]]]:
    """``data`` as the quotes of one document, or else as (document key, quotes) pairs."""
    if isinstance(data, Mapping):
        return None, list(data.items())
    if isinstance(data, (str, bytes)) or not isinstance(data, Iterable):
        raise InputTypeError(
            "'quotes_or_results' must be a list of Quote, a list of such lists, or a mapping of id to "
            f"quotes (got {type(data).__name__})"
        )
    items = list(data)
    if all(isinstance(item, Quote) for item in items):
        return items, []
    return None, list(enumerate(items))
