"""Corpus scale on Dask (the ``dask`` extra: ``pip install 'quotekit-attribution[dask]'``).

:func:`extract_bag` and :func:`extract_dataframe` map extraction over a Dask bag or DataFrame partition by
partition; :func:`write_jsonl` and :func:`write_parquet` write the result. Each worker process builds one
:class:`~quotekit.Extractor` per set of options and keeps it, so the models load once per worker, not
once per partition or per text; within a partition the texts go through ``Extractor.pipe`` in batches.

The same code runs on a real cluster: connect a client to its scheduler
(``distributed.Client("tcp://scheduler:8786")``) before calling these functions. Every worker needs
quotekit installed and the stanza models at a path it can read: pass ``models_dir=`` (the same path on
every worker) or set ``STANZA_RESOURCES_DIR`` in the workers' environment. Start the workers with one
thread each (``dask worker ... --nthreads 1``) and as many workers per machine as it has cores: stanza
runs one text at a time per process, and each worker holds its own models (about 0.5 GB).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, cast

from quotekit.errors import InputTypeError
from quotekit.extractor import Extractor
from quotekit.tables import COLUMNS, to_records, typed_frame

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe
    import pandas

__all__ = ["extract_bag", "extract_dataframe", "write_jsonl", "write_parquet"]

_EXTRACTORS: dict[str, Extractor] = {}
_EXTRACTORS_LOCK = threading.Lock()


def _extractor(options: dict[str, Any]) -> Extractor:
    """This process's Extractor for ``options``: built on first use, then kept (the models stay loaded)."""
    key = repr(sorted(options.items()))
    with _EXTRACTORS_LOCK:
        if key not in _EXTRACTORS:
            _EXTRACTORS[key] = Extractor(**options)
        return _EXTRACTORS[key]


def _extractors_built() -> int:
    """How many Extractors this process has built (one per set of options; tests run it on each worker)."""
    return len(_EXTRACTORS)


def extract_bag(
    bag: dask.bag.Bag,
    *,
    text_field: str = "text",
    id_field: str = "id",
    batch_size: int = 8,
    **options: Any,
) -> dask.bag.Bag:
    """A bag with one dict per document, in the order of ``bag``: ``{"id": ..., "quotes": [...]}``, each
    quote in its JSON form (``Quote.to_dict()``, docs/format.md).

    The items of ``bag`` are texts (``id`` is then ``None``) or dicts with the text under ``text_field``
    and an optional id under ``id_field`` (JSON Lines read with ``dask.bag.read_text(...).map(json.loads)``).
    ``options`` go to :class:`~quotekit.Extractor` (``models_dir``, ``cue_classes``, ...).
    """
    if not hasattr(bag, "map_partitions") or not hasattr(bag, "to_textfiles"):
        raise InputTypeError(f"'bag' must be a dask.bag.Bag (got {type(bag).__name__})")
    Extractor(**options)  # checks the options here rather than on a worker
    mapped: dask.bag.Bag = cast(Any, bag).map_partitions(
        _extract_items, text_field, id_field, batch_size, options
    )
    return mapped


def _extract_items(
    items: Iterable[Any], text_field: str, id_field: str, batch_size: int, options: dict[str, Any]
) -> list[dict[str, Any]]:
    items = list(items)
    texts = [item if isinstance(item, str) else item[text_field] for item in items]
    ids = [None if isinstance(item, str) else item.get(id_field) for item in items]
    results = _extractor(options).pipe(texts, batch_size=batch_size)
    return [
        {"id": ident, "quotes": [quote.to_dict() for quote in quotes]}
        for ident, quotes in zip(ids, results, strict=True)
    ]


def extract_dataframe(
    frame: dask.dataframe.DataFrame,
    *,
    text_column: str = "text",
    id_column: str = "id",
    batch_size: int = 8,
    **options: Any,
) -> dask.dataframe.DataFrame:
    """A Dask DataFrame with one row per quote: ``id_column`` (the document's id, from that column of
    ``frame``, else its index), then the columns of :func:`quotekit.to_records`.

    ``options`` go to :class:`~quotekit.Extractor` (``models_dir``, ``cue_classes``, ...).
    """
    if not hasattr(frame, "map_partitions") or not hasattr(frame, "columns"):
        raise InputTypeError(f"'frame' must be a dask.dataframe.DataFrame (got {type(frame).__name__})")
    if text_column not in frame.columns:
        columns = list(frame.columns)
        raise InputTypeError(
            f"'text_column' must name a column of the frame (got {text_column!r}; columns: {columns})"
        )
    Extractor(**options)  # checks the options here rather than on a worker
    ids = frame._meta[id_column] if id_column in frame.columns else frame._meta.index
    meta = _quote_rows(frame._meta, text_column, id_column, ids.dtype, batch_size, {}, empty=True)
    mapped: dask.dataframe.DataFrame = cast(Any, frame).map_partitions(
        _quote_rows, text_column, id_column, ids.dtype, batch_size, options, meta=meta, align_dataframes=False
    )
    return mapped


def _quote_rows(
    part: pandas.DataFrame,
    text_column: str,
    id_column: str,
    id_dtype: Any,
    batch_size: int,
    options: dict[str, Any],
    empty: bool = False,
) -> pandas.DataFrame:
    """One partition's quote rows (``empty``: the columns and dtypes only, for Dask's ``meta``)."""
    rows: list[dict[str, Any]] = []
    if not empty and len(part):
        ids = part[id_column] if id_column in part.columns else part.index
        results = _extractor(options).pipe(part[text_column].tolist(), batch_size=batch_size)
        for ident, quotes in zip(ids.tolist(), results, strict=True):
            rows.extend(to_records(quotes, **{id_column: ident}))
    rows_frame = typed_frame(rows, [id_column, *COLUMNS])
    typed: pandas.DataFrame = rows_frame.astype({id_column: id_dtype})
    return typed


def write_jsonl(bag: dask.bag.Bag, path: str) -> list[str]:
    """Write the result of :func:`extract_bag` as JSON Lines, one file per partition (``path`` with a
    ``*``, e.g. ``"quotes/*.jsonl"``, or a folder); returns the file names."""
    lines = cast(Any, bag).map(json.dumps, ensure_ascii=False)
    names: list[str] = lines.to_textfiles(path)
    return names


def write_parquet(frame: dask.dataframe.DataFrame, path: str) -> None:
    """Write the result of :func:`extract_dataframe` as a Parquet dataset (a folder, one file per
    partition; needs pyarrow, which the ``dask`` extra installs)."""
    cast(Any, frame).to_parquet(path, write_index=False)
