"""Worker processes for ``Extractor.pipe(texts, n_process=N)``.

Each worker is a fresh (spawned) Python process that builds its own extractor with the picklable
``factory`` it is handed (the parent's class and options), with ``torch`` limited to its share of the CPU
cores, and extracts whole batches of texts. The parent hands out batches in order, keeps at most two per
worker in flight and yields the results in input order. On a CPU, a few single-threaded stanza processes
use the cores better than one process with several threads: stanza spends much of its time in Python and
in small matrix products.

Faults (docs/robustness.md, *Long runs*):

- A worker that dies (killed, out of memory, a crash) is seen at once through its process sentinel: the
  results of every text before its batch are still delivered, in order, then :class:`WorkerError` says
  what happened and from which text on nothing was processed. Nothing hangs and nothing is silently
  missing; the next call starts fresh workers.
- An out-of-memory error inside a worker is a :class:`WorkerError` that says so; any other error in a
  worker (missing models, say) is raised in the caller as itself.
- Workers never outlive their parent: Linux kills them when it dies (``PR_SET_PDEATHSIG``), and a watchdog
  thread checks the parent's pid elsewhere. Their stdin and stdout are ``/dev/null``, so they never hold
  the parent's output pipe open (``python job.py | grep ...``), and they ignore Ctrl-C, which the terminal
  sends to the whole process group: the parent decides what an interrupt stops.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import pickle
import queue
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import Connection, wait
from typing import Any

from quotekit.errors import WorkerError
from quotekit.model import Quote
from quotekit.options import cpu_count

__all__ = ["BROKEN_POOL", "Pool", "cpu_count", "is_out_of_memory"]

#: How often a worker checks that its parent is still alive (besides Linux's parent-death signal).
WATCHDOG_SECONDS = 1.0
#: How long :meth:`Pool.close` lets idle workers exit before it terminates them.
GRACE_SECONDS = 2.0
#: ``prctl`` option: the signal the kernel sends this process when its parent dies (linux/prctl.h).
_PR_SET_PDEATHSIG = 1

#: What a worker that ends before it is ready almost always means: a script without the ``__main__`` guard.
BROKEN_POOL = (
    "a worker process of pipe(n_process=...) stopped before it could start. In a script, put the code that "
    'calls pipe(..., n_process=N) under `if __name__ == "__main__":` (worker processes are spawned and '
    "import the script again); or use n_process=1"
)
#: Words of the errors that mean memory ran out: ``MemoryError`` aside, torch's CPU and CUDA allocators.
_OUT_OF_MEMORY = ("out of memory", "not enough memory", "defaultcpuallocator", "cannot allocate memory")


def is_out_of_memory(exc: BaseException) -> bool:
    """Whether ``exc`` says memory ran out: a ``MemoryError``, or torch's allocator failing.

    >>> is_out_of_memory(RuntimeError("DefaultCPUAllocator: not enough memory: you tried to allocate 8 GB"))
    True
    >>> is_out_of_memory(RuntimeError("shape mismatch"))
    False
    """
    if isinstance(exc, MemoryError):
        return True
    return isinstance(exc, RuntimeError) and any(words in str(exc).lower() for words in _OUT_OF_MEMORY)


# --------------------------------------------------------------------------------------------------------
# In the worker


def _serve(
    tasks: Connection, results: Connection, factory: Callable[[], Any], threads: int, parent: int
) -> None:
    """A worker's life: detach from the parent's terminal and output, build the extractor, then extract
    each batch that comes until the parent closes ``tasks`` (or dies)."""
    _die_with_parent(parent)
    _detach_stdio()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        import torch

        torch.set_num_threads(threads)
        extractor = factory()
    except Exception as exc:
        _send(results, ("failed", f"{type(exc).__name__}: {exc}"))
        return
    if not _send(results, ("ready", os.getpid())):
        return
    inbox: queue.SimpleQueue[Any] = queue.SimpleQueue()
    threading.Thread(target=_read, args=(tasks, inbox), name="quotekit-inbox", daemon=True).start()
    while (task := inbox.get()) is not None:
        number, texts, batch_size = task
        try:
            reply: tuple[Any, ...] = ("done", number, list(extractor.pipe(texts, batch_size=batch_size)))
        except Exception as exc:  # every failure goes back to the parent, which raises it
            reply = ("oom" if is_out_of_memory(exc) else "error", number, _portable(exc))
        if not _send(results, reply):
            return


def _read(tasks: Connection, inbox: queue.SimpleQueue[Any]) -> None:
    """Move tasks from the pipe to ``inbox`` as they come (so that the parent never waits to hand one over
    while this worker sends results); ``None`` when the parent closes the pipe."""
    try:
        while True:
            inbox.put(tasks.recv())
    except (EOFError, OSError):
        inbox.put(None)


def _send(results: Connection, message: tuple[Any, ...]) -> bool:
    try:
        results.send(message)
    except (OSError, EOFError):  # the parent is gone
        return False
    return True


def _portable(exc: Exception) -> Exception:
    """``exc`` if it survives pickling, else a ``RuntimeError`` with its type and message."""
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:
        return RuntimeError(f"{type(exc).__name__}: {exc}")
    return exc


def _die_with_parent(parent: int) -> None:
    """End this process when ``parent`` ends: Linux's parent-death signal, and a watchdog thread for other
    systems and for a parent that died before the signal was asked for."""
    with contextlib.suppress(OSError, AttributeError):  # no prctl: not Linux
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(WATCHDOG_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="quotekit-watchdog", daemon=True).start()


def _detach_stdio() -> None:
    """stdin and stdout to ``/dev/null``: a worker must not hold the parent's output pipe open, nor read its
    input. stderr stays, for warnings."""
    devnull = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1):
        with contextlib.suppress(OSError):
            os.dup2(devnull, fd)
    os.close(devnull)


# --------------------------------------------------------------------------------------------------------
# In the parent


class _Worker:
    """One worker process, the pipe its tasks go down and the pipe its results come up."""

    def __init__(self, context: Any, number: int, factory: Callable[[], Any], threads: int) -> None:
        self.number = number
        task_end, self.tasks = context.Pipe(duplex=False)
        self.results, result_end = context.Pipe(duplex=False)
        self.process = context.Process(
            target=_serve,
            args=(task_end, result_end, factory, threads, os.getpid()),
            name=f"quotekit-worker-{number}",
            daemon=True,
        )
        try:
            self.process.start()
        except OSError as exc:
            raise WorkerError(f"could not start worker process {number} of pipe(n_process=N): {exc}") from exc
        finally:
            task_end.close()  # the worker has its own copies; ours would hide its end from us
            result_end.close()
        self.ready = False
        self.dead = False
        self.batches: deque[int] = deque()  # the numbers of its batches in flight, in order


def _exit_story(code: int | None) -> str:
    """How a process ended, in words: ``-9`` -> "killed by SIGKILL (...)"."""
    if code is None:
        return "it stopped answering"
    if code >= 0:
        return f"it exited with status {code}"
    try:
        name = signal.Signals(-code).name
    except ValueError:
        name = f"signal {-code}"
    story = f"killed by {name}"
    if -code == signal.SIGKILL:
        story += " (on Linux often the out-of-memory killer: use fewer workers, or more memory)"
    return story


def _batches(texts: Iterable[str], size: int) -> Iterator[list[str]]:
    """``texts`` in lists of ``size``; when reading ``texts`` fails, the texts read before come out first."""
    batch: list[str] = []
    try:
        for text in texts:
            batch.append(text)
            if len(batch) == size:
                yield batch
                batch = []
    except Exception:
        if batch:
            yield batch
        raise
    if batch:
        yield batch


class _Run:
    """One call of :meth:`Pool.map`: batches out, results back in order, faults told."""

    def __init__(self, start: Callable[[], list[_Worker]], n: int, batch_size: int) -> None:
        self.start = start  # the workers, started when the first batch is ready
        self.workers: list[_Worker] = []
        self.n = n
        self.batch_size = batch_size
        self.sent = 0  # batches handed out
        self.done: dict[int, list[list[Quote]]] = {}
        self.stop: int | None = None  # the first batch that will not be delivered
        self.fault: BaseException | str | None = None  # raised as it is, or a WorkerError's cause

    def results(self, texts: Iterable[str]) -> Iterator[list[Quote]]:
        batches = _batches(texts, self.batch_size)
        failure: Exception | None = None
        out = delivered = 0
        while True:
            while failure is None and self.stop is None and self.sent - out < 2 * self.n:
                try:
                    batch = next(batches)
                except StopIteration:
                    break
                except Exception as exc:  # the input failed: deliver what was read before it, then raise
                    failure = exc
                    break
                self._hand_out(batch)
            if out == (self.sent if self.stop is None else self.stop):  # the input ended, failed, or a fault
                break
            if out in self.done:
                for quotes in self.done.pop(out):
                    yield quotes
                    delivered += 1
                out += 1
                continue
            self._collect()
        if isinstance(self.fault, str):
            error = WorkerError(
                f"{self.fault}; the results of the first {delivered} texts were delivered, text {delivered} "
                "(counting from 0) and those after it were not processed"
            )
            error.delivered = delivered
            raise error
        if self.fault is not None:
            raise self.fault
        if failure is not None:
            raise failure

    def _hand_out(self, batch: list[str]) -> None:
        if not self.workers:
            self.workers = self.start()
        worker = min((w for w in self.workers if not w.dead), key=lambda w: len(w.batches))
        worker.batches.append(self.sent)
        self.sent += 1
        with contextlib.suppress(OSError):  # it died: its sentinel tells
            worker.tasks.send((worker.batches[-1], batch, self.batch_size))

    def _collect(self) -> None:
        """Wait for a result or a worker's end, and take in what came."""
        live = [w for w in self.workers if not w.dead]
        ready = set(wait([w.results for w in live] + [w.process.sentinel for w in live], timeout=1.0))
        for worker in live:
            if worker.results in ready or worker.process.sentinel in ready:
                self._drain(worker)

    def _drain(self, worker: _Worker) -> None:
        with contextlib.suppress(EOFError, OSError):
            while worker.results.poll():
                self._take(worker, worker.results.recv())
        if not worker.process.is_alive():  # everything it sent is read: anything still in flight is lost
            worker.process.join(1)
            worker.dead = True
            if worker.ready:
                cause = f"worker process {worker.number} (pid {worker.process.pid}) died mid-run: "
                self._fail(worker, cause + _exit_story(worker.process.exitcode))
            else:
                self._fail(worker, f"{BROKEN_POOL} ({_exit_story(worker.process.exitcode)})")

    def _take(self, worker: _Worker, message: tuple[Any, ...]) -> None:
        kind = message[0]
        if kind == "ready":
            worker.ready = True
        elif kind == "failed":
            worker.dead = True
            worker.process.kill()
            self._fail(worker, f"worker process {worker.number} could not start: {message[1]}")
        elif kind == "done":
            worker.batches.remove(message[1])
            self.done[message[1]] = message[2]
        else:  # "oom", "error": that batch failed
            number, exc = message[1], message[2]
            worker.batches.remove(number)
            if kind == "oom":
                exc = (
                    f"worker process {worker.number} ran out of memory ({exc}): use fewer workers, a smaller "
                    "batch_size, or more memory"
                )
            self._fail(worker, exc, number)

    def _fail(self, worker: _Worker, fault: BaseException | str, number: int | None = None) -> None:
        """Record a fault: nothing from batch ``number`` on (default: the worker's first in flight) will
        be delivered. The earliest fault wins."""
        if number is None:
            number = worker.batches[0] if worker.batches else self.sent
        if self.stop is None or number < self.stop:
            self.stop, self.fault = number, fault


class Pool:
    """``n`` worker processes sharing the CPU cores, each with the extractor ``factory()`` builds
    (``threads`` torch threads each, default an equal share of the cores). They start on the first
    :meth:`map` and stay for later ones; :meth:`close` ends them."""

    def __init__(self, n: int, factory: Callable[[], Any], threads: int | None = None) -> None:
        self.n = n
        self._factory = factory
        self._threads = threads or max(1, cpu_count() // n)
        self._context = multiprocessing.get_context("spawn")
        self._workers: list[_Worker] = []

    def map(self, texts: Iterable[str], batch_size: int) -> Iterator[list[Quote]]:
        """The quotes of each text, in order. Texts go out ``batch_size`` at a time, at most two batches per
        worker in flight, so neither the input nor the results pile up in memory. A fault, an interrupt
        or the caller leaving early ends the workers (the next call starts new ones)."""
        try:
            yield from _Run(self._start, self.n, batch_size).results(texts)
        except BaseException:
            self.close(grace=0)
            raise

    def pids(self) -> list[int]:
        """The process ids of the running workers."""
        return [w.process.pid for w in self._workers if w.process.pid is not None]

    def _start(self) -> list[_Worker]:
        """The workers, started where they are not running."""
        if len(self._workers) == self.n and all(w.process.is_alive() for w in self._workers):
            return self._workers
        self.close(grace=0)
        try:
            for number in range(self.n):
                self._workers.append(_Worker(self._context, number, self._factory, self._threads))
        except BaseException:
            self.close(grace=0)
            raise
        return self._workers

    def close(self, grace: float = GRACE_SECONDS) -> None:
        """End the workers: an idle one exits when its task pipe closes; whatever still runs after
        ``grace`` seconds is terminated, then killed."""
        workers, self._workers = self._workers, []
        for worker in workers:
            worker.tasks.close()
        deadline = time.monotonic() + grace
        for worker in workers:
            worker.process.join(max(0.0, deadline - time.monotonic()))
        for stop in ("terminate", "kill"):
            for worker in workers:
                if worker.process.is_alive():
                    getattr(worker.process, stop)()
            for worker in workers:
                worker.process.join(1)
        for worker in workers:
            worker.results.close()
