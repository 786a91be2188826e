"""Words per second of the Dask path (``quotekit.corpus``) next to ``Extractor.pipe`` on this machine.

    STANZA_RESOURCES_DIR=../shared/stanza_resources python benchmarks/dask_speed.py [--articles 84]

Each way of running is timed on the same PolNeAR dev articles after a warm-up (loading the models is
setup, not speed): ``pipe`` in one process, ``pipe(n_process=2)``, and a ``distributed.LocalCluster`` of
2 worker processes with one thread each, on a bag of 8 partitions, as JSON Lines files and as a
DataFrame written to Parquet. Prints a Markdown table (docs/benchmarks.md).
"""

from __future__ import annotations

import argparse
import importlib
import json
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

import quotekit
from quotekit import corpus

POLNEAR_DEV = Path(__file__).resolve().parents[2] / "shared" / "polnear" / "polnear-dev.jsonl"


def articles(n: int) -> list[dict[str, Any]]:
    with POLNEAR_DEV.open(encoding="utf-8") as lines:
        records = [json.loads(line) for line, _ in zip(lines, range(n), strict=False)]
    return [{"id": r["id"], "text": r["text"]} for r in records]


def timed(run: Callable[[], int]) -> tuple[float, int]:
    start = time.perf_counter()
    quotes = run()
    return time.perf_counter() - start, quotes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=84, help="how many dev articles (default: all 84)")
    parser.add_argument("--workers", type=int, default=2, help="Dask workers and pipe processes (default: 2)")
    args = parser.parse_args()

    import pandas

    # dask and distributed have no type hints: use them as Any
    bags: Any = importlib.import_module("dask.bag")
    frames: Any = importlib.import_module("dask.dataframe")
    distributed: Any = importlib.import_module("distributed")

    documents = articles(args.articles)
    texts = [d["text"] for d in documents]
    words = sum(len(t.split()) for t in texts)
    extractor = quotekit.Extractor()
    rows: list[tuple[str, float, int]] = []

    extractor.extract(texts[0])  # warm-up: load the models
    rows.append(("`pipe`, one process", *timed(lambda: sum(map(len, extractor.pipe(texts))))))
    list(extractor.pipe(texts[:4], n_process=args.workers))  # warm-up: start the workers
    rows.append(
        (
            f"`pipe(n_process={args.workers})`",
            *timed(lambda: sum(map(len, extractor.pipe(texts, n_process=args.workers)))),
        )
    )
    extractor.close()

    with (
        distributed.LocalCluster(
            n_workers=args.workers, threads_per_worker=1, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster),
        tempfile.TemporaryDirectory() as folder,
    ):
        warm = bags.from_sequence(documents[: args.workers * 2], npartitions=args.workers * 2)
        cast(Any, corpus.extract_bag(warm)).compute()  # warm-up: each worker loads the models

        def bag() -> int:
            result = corpus.extract_bag(bags.from_sequence(documents, npartitions=8))
            names = corpus.write_jsonl(result, f"{folder}/jsonl/*.jsonl")
            return sum(
                len(json.loads(line)["quotes"])
                for name in names
                for line in Path(name).read_text().splitlines()
            )

        def frame() -> int:
            ddf = frames.from_pandas(pandas.DataFrame(documents), npartitions=8)
            corpus.write_parquet(corpus.extract_dataframe(ddf), f"{folder}/parquet")
            return len(pandas.read_parquet(f"{folder}/parquet"))

        label = f"Dask, {args.workers} workers x 1 thread, 8 partitions"
        rows.append((f"{label}: bag to JSON Lines", *timed(bag)))
        rows.append((f"{label}: DataFrame to Parquet", *timed(frame)))

    base = words / rows[0][1]
    print(f"{len(documents)} PolNeAR dev articles, {words:,} words\n")
    print("| run | seconds | quotes | words/s | x `pipe` |\n|---|--:|--:|--:|--:|")
    for name, seconds, quotes in rows:
        print(
            f"| {name} | {seconds:.2f} | {quotes:,} | {words / seconds:,.0f} | {words / seconds / base:.2f} |"
        )


if __name__ == "__main__":
    main()
