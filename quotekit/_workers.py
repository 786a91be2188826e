"""Worker processes for ``Extractor.pipe(texts, n_process=N)``.

Each worker is a fresh (spawned) Python process that builds its own extractor with the picklable
``factory`` it is handed (the parent's class and options), with ``torch`` limited to its share of the CPU
cores, and extracts whole batches of texts. The parent hands out batches in order, keeps a bounded number
in flight and yields the results in input order. On a CPU, a few single-threaded stanza processes use the
cores better than one process with several threads: stanza spends much of its time in Python and in small
matrix products.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from quotekit.errors import WorkerError
from quotekit.model import Quote

__all__ = ["Pool", "cpu_count"]

#: The extractor of this worker process, built once by :func:`_start`.
_EXTRACTOR: Any = None


def cpu_count() -> int:
    """The CPU cores this process may use (its affinity where the OS says, else all of them)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def _start(factory: Callable[[], Any], threads: int) -> None:
    """Worker initializer: limit torch's threads, then build the extractor (models load on first use)."""
    global _EXTRACTOR
    import torch

    torch.set_num_threads(threads)
    _EXTRACTOR = factory()


def _run(texts: list[str], batch_size: int) -> list[list[Quote]]:
    return list(_EXTRACTOR.pipe(texts, batch_size=batch_size))


#: What a worker pool that broke at its start says: almost always a script without the ``__main__`` guard.
BROKEN_POOL = (
    "a worker process of pipe(n_process=...) stopped before it could start. In a script, put the code that "
    'calls pipe(..., n_process=N) under `if __name__ == "__main__":` (worker processes are spawned and '
    "import the script again); or use n_process=1"
)


class Pool:
    """``n`` worker processes sharing the CPU cores, each with the extractor ``factory()`` builds
    (``threads`` torch threads each, default an equal share of the cores)."""

    def __init__(self, n: int, factory: Callable[[], Any], threads: int | None = None) -> None:
        self.n = n
        self._executor = ProcessPoolExecutor(
            max_workers=n,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start,
            initargs=(factory, threads or max(1, cpu_count() // n)),
        )

    def map(self, texts: Iterable[str], batch_size: int) -> Iterator[list[Quote]]:
        """The quotes of each text, in order. Texts go out ``batch_size`` at a time, at most two batches per
        worker in flight, so neither the input nor the results pile up in memory."""
        try:
            yield from self._map(texts, batch_size)
        except BrokenProcessPool as exc:
            raise WorkerError(BROKEN_POOL) from exc

    def _submit(self, texts: list[str], batch_size: int) -> Future[list[list[Quote]]]:
        try:
            return self._executor.submit(_run, texts, batch_size)
        except RuntimeError as exc:  # the pool shut itself down: its workers died at their start
            raise WorkerError(BROKEN_POOL) from exc

    def _map(self, texts: Iterable[str], batch_size: int) -> Iterator[list[Quote]]:
        pending: deque[Future[list[list[Quote]]]] = deque()
        batch: list[str] = []
        for text in texts:
            batch.append(text)
            if len(batch) == batch_size:
                pending.append(self._submit(batch, batch_size))
                batch = []
                while len(pending) > 2 * self.n:
                    yield from pending.popleft().result()
        if batch:
            pending.append(self._submit(batch, batch_size))
        while pending:
            yield from pending.popleft().result()

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)
