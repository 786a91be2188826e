"""Corpus scale on Dask: the same quotes as one process, the models loaded once per worker."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from quotekit import ConfigError, Extractor, InputTypeError, to_dataframe

pytest.importorskip("dask.dataframe", reason="needs the dask extra: pip install 'quotekit-attribution[dask]'")
distributed = pytest.importorskip("distributed", reason="needs the dask extra")

import dask.bag  # noqa: E402
import dask.dataframe  # noqa: E402
import pandas  # noqa: E402

from quotekit import corpus  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
POLNEAR_DEV = ROOT.parent / "shared" / "polnear" / "polnear-dev.jsonl"
ARTICLES = 10


def small_corpus() -> list[dict[str, Any]]:
    """The first ARTICLES PolNeAR dev articles (read at test time, never copied here), else short texts."""
    if POLNEAR_DEV.is_file():
        with POLNEAR_DEV.open(encoding="utf-8") as lines:
            records = [json.loads(line) for line, _ in zip(lines, range(ARTICLES), strict=False)]
        return [{"id": r["id"], "text": r["text"]} for r in records]
    names = ["Ann Lee", "the mayor", "Officials", "Bob Smith", "A spokesman for the army"]
    return [
        {
            "id": f"t{n}",
            "text": f"“Plan {n} failed,” {names[n % 5]} said. {names[(n + 1) % 5]} told us it would not.",
        }
        for n in range(ARTICLES)
    ]


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda: corpus.extract_bag(["a"]), InputTypeError, "'bag' must be a dask.bag.Bag (got list)"),  # type: ignore[arg-type]
        (lambda: corpus.extract_dataframe("x"), InputTypeError, "'frame' must be a dask.dataframe.DataFrame"),  # type: ignore[arg-type]
        (
            lambda: corpus.extract_dataframe(dask.dataframe.from_dict({"body": ["x"]}, npartitions=1)),
            InputTypeError,
            "'text_column' must name a column of the frame (got 'text'",
        ),
        (
            lambda: corpus.extract_bag(dask.bag.from_sequence(["x"]), cue_classes=["gossip"]),  # type: ignore[no-untyped-call]
            ConfigError,
            "cue_classes",
        ),
    ],
)
def test_wrong_arguments_fail_before_any_work(call: Any, error: type[Exception], message: str) -> None:
    with pytest.raises(error) as caught:
        call()
    assert message in str(caught.value)


@pytest.fixture(scope="module")
def client(extractor: Extractor) -> Iterator[Any]:
    """A local cluster of 2 worker processes with one thread each (the fixture skips without models)."""
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


@pytest.mark.models
def test_dask_gives_the_quotes_of_one_process(client: Any, extractor: Extractor, tmp_path: Path) -> None:
    """Bag and DataFrame, 4 partitions on 2 workers: equal to ``pipe`` in this process; written as JSON
    Lines and Parquet; one Extractor built per worker for both runs."""
    documents = small_corpus()
    results = list(extractor.pipe([d["text"] for d in documents]))
    expected = [
        {"id": d["id"], "quotes": [q.to_dict() for q in quotes]}
        for d, quotes in zip(documents, results, strict=True)
    ]
    assert sum(map(len, results)) >= ARTICLES

    bag = corpus.extract_bag(dask.bag.from_sequence(documents, npartitions=4), threads=1)  # type: ignore[no-untyped-call]
    files = corpus.write_jsonl(bag, str(tmp_path / "jsonl" / "*.jsonl"))
    written = [
        json.loads(line) for name in files for line in Path(name).read_text(encoding="utf-8").splitlines()
    ]
    assert written == expected

    frame = dask.dataframe.from_pandas(pandas.DataFrame(documents), npartitions=4)  # type: ignore[no-untyped-call]
    rows = corpus.extract_dataframe(frame, threads=1)
    single = to_dataframe(
        {d["id"]: quotes for d, quotes in zip(documents, results, strict=True)}, doc_column="id"
    )
    got = rows.compute().reset_index(drop=True)  # type: ignore[no-untyped-call]
    assert got["id"].tolist() == single["id"].tolist()
    pandas.testing.assert_frame_equal(got.drop(columns="id"), single.drop(columns="id"))  # dtypes too
    corpus.write_parquet(rows, str(tmp_path / "parquet"))
    pandas.testing.assert_frame_equal(pandas.read_parquet(tmp_path / "parquet"), single, check_dtype=False)

    built = client.run(corpus._extractors_built)
    assert sorted(built.values()) == [1, 1]
