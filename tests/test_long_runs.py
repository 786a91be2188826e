"""Long runs that meet faults (issue 20): interrupts and resume, worker processes that die or run out of
memory, a parent that dies, a full disk. On the stand-in for stanza (``fake_workers``, ``fake_cli.py``),
in this process or a child one, so that they run in seconds; one row runs the real models. Every test that
starts processes ends them and is bounded in time (:func:`deadline`)."""

from __future__ import annotations

import contextlib
import io
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import fake_workers
import pytest
from fake_workers import DIE, OOM, FakeExtractor

from quotekit import Extractor, WorkerError, cli
from quotekit.cli import EXIT_FAULT, EXIT_INTERRUPTED, EXIT_OK, EXIT_TERMINATED, EXIT_USAGE, main
from quotekit.options import cpu_count

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
needs_two_cores = pytest.mark.skipif(cpu_count() < 2, reason="two worker processes need two CPU cores")


@contextlib.contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Fail (TimeoutError) instead of hanging when the block takes longer than ``seconds``."""

    def expire(signum: int, frame: Any) -> None:
        raise TimeoutError(f"no answer within {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def environment(**extra: str) -> dict[str, str]:
    """This environment, with the checkout importable in a child process (before an installed quotekit)."""
    paths = [str(ROOT), os.environ.get("PYTHONPATH", "")]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in paths if p), **extra}


def corpus(path: Path, n: int, special: dict[int, str] | None = None) -> Path:
    """``n`` JSON Lines documents with one quote each; ``special`` replaces some texts."""
    lines = []
    for k in range(n):
        text = (special or {}).get(k, f"“Plan {k} failed,” official {k} said.")
        lines.append(json.dumps({"id": f"doc-{k}", "text": text}) + "\n")
    path.write_text("".join(lines), encoding="utf-8")
    return path


def reference(monkeypatch: pytest.MonkeyPatch, source: Path, *options: str) -> bytes:
    """The output of one uninterrupted run, in this process."""
    monkeypatch.setattr(cli, "Extractor", FakeExtractor)
    out = source.with_suffix(".reference")
    assert main([str(source), "-o", str(out), "-q", *options], stderr=io.StringIO()) == EXIT_OK
    return out.read_bytes()


def fake_cli(*args: str, **env: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(TESTS / "fake_cli.py"), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment(**env),
    )


def stop_midway(process: subprocess.Popen[str], output: Path, signum: int, lines: int) -> tuple[int, str]:
    """Send ``signum`` once ``output`` has ``lines`` lines; the exit status and stderr."""
    with deadline(60):
        while not output.exists() or output.read_bytes().count(b"\n") < lines:
            assert process.poll() is None, process.communicate()
            time.sleep(0.02)
        process.send_signal(signum)
        _, err = process.communicate()
    return process.returncode, err


# -- interrupts and resume ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("signum", "status", "said", "workers"),
    [
        (signal.SIGINT, EXIT_INTERRUPTED, "quotekit: interrupted; ", "1"),
        (signal.SIGTERM, EXIT_TERMINATED, "quotekit: terminated (SIGTERM); ", "1"),
        pytest.param(signal.SIGINT, EXIT_INTERRUPTED, "quotekit: interrupted; ", "2", marks=needs_two_cores),
    ],
)
def test_an_interrupted_run_resumed_equals_one_uninterrupted_run(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, signum: int, status: int, said: str, workers: str
) -> None:
    """issue 20: a run stopped at 90 % started again from zero. Stopped mid-corpus, the output holds whole
    lines, the message says how to go on, and --resume gives, with what was written, the output of one
    uninterrupted run: the same documents, once each, in input order."""
    source = corpus(tmp_path / "c.jsonl", 60)
    expected = reference(monkeypatch, source)
    out = tmp_path / "quotes.jsonl"
    argv = [str(source), "-o", str(out), "-q", "--workers", workers]
    code, err = stop_midway(fake_cli(*argv, QUOTEKIT_FAKE_DELAY="0.03"), out, signum, lines=10)
    assert code == status
    assert err.startswith(said) and "--resume to continue" in err and "Traceback" not in err
    partial = out.read_bytes()
    assert partial.endswith(b"\n") and 10 <= partial.count(b"\n") < 60
    assert Path(f"{out}.progress").exists()
    monkeypatch.setattr(cli, "Extractor", FakeExtractor)
    assert main([*argv, "--workers", "1", "--resume"], stderr=io.StringIO()) == EXIT_OK
    assert out.read_bytes() == expected
    assert not Path(f"{out}.progress").exists()  # finished: nothing left to resume


def test_a_second_ctrl_c_during_the_shutdown_prints_no_traceback(tmp_path: Path) -> None:
    """issue 20: a second Ctrl-C while the run stopped printed a KeyboardInterrupt traceback."""
    source = corpus(tmp_path / "c.jsonl", 60)
    out = tmp_path / "quotes.jsonl"
    process = fake_cli(str(source), "-o", str(out), "-q", QUOTEKIT_FAKE_DELAY="0.05")
    with deadline(60):
        while not out.exists() or out.read_bytes().count(b"\n") < 5:
            time.sleep(0.02)
        process.send_signal(signal.SIGINT)
        process.send_signal(signal.SIGINT)
        _, err = process.communicate()
    assert process.returncode == EXIT_INTERRUPTED
    assert "Traceback" not in err and err.count("interrupted") == 1
    assert out.read_bytes().endswith(b"\n")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ("no state", "there is no {out}.progress beside it, so the run that wrote it finished"),
        ("other inputs", "is the state of another run (inputs"),
        ("other format", "is the state of another run (format 'jsonl' then, 'csv' now"),
        ("fewer documents", "the inputs now hold 3 documents, the interrupted run had done 4"),
        ("other document", "document 4 of the inputs is {source}:4, the interrupted run's was {source}:99"),
    ],
)
def test_resume_refuses_an_output_it_cannot_continue(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, change: str, message: str
) -> None:
    """Resuming another run's output would double or lose documents: exit 2, with what to do."""
    monkeypatch.setattr(cli, "Extractor", FakeExtractor)
    source = corpus(tmp_path / "c.jsonl", 6)
    out = tmp_path / "quotes.jsonl"
    out.write_text("x\n" * 4, encoding="utf-8")
    run: dict[str, object] = {"format": "jsonl", "inputs": [str(source)], "input_format": "auto"}
    run["text_field"] = "text"
    run |= {"id_field": "id", "encoding": None}
    mark = {"documents": 4, "bytes": 8, "source": str(source), "line": 4}
    if change == "other inputs":
        run["inputs"] = ["other.jsonl"]
    if change == "fewer documents":
        corpus(source, 3)
    if change == "other document":
        mark["line"] = 99
    if change != "no state":
        Path(f"{out}.progress").write_text(json.dumps({"run": run, "mark": mark}), encoding="utf-8")
    argv = [str(source), "-o", str(out), "--resume", *(["--format", "csv"] if "format" in change else [])]
    err = io.StringIO()
    assert main(argv, stderr=err) == EXIT_USAGE
    assert message.format(out=out, source=source) in err.getvalue()


def test_resume_of_a_missing_output_starts_it(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """--resume on a first run (no output yet) is a plain run: a job script may always pass it."""
    source = corpus(tmp_path / "c.jsonl", 3)
    expected = reference(monkeypatch, source, "--format", "csv")
    out = tmp_path / "quotes.csv"
    assert main([str(source), "-o", str(out), "--format", "csv", "--resume", "-q"]) == EXIT_OK
    assert out.read_bytes() == expected


# -- full disk ----------------------------------------------------------------------------------------------


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_full_disk_is_one_line_and_exit_4(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """issue 20: `-o /dev/full` ended in an OSError traceback."""
    monkeypatch.setattr(cli, "Extractor", FakeExtractor)
    err = io.StringIO()
    assert main([str(corpus(tmp_path / "c.jsonl", 3)), "-o", "/dev/full"], stderr=err) == EXIT_FAULT
    assert err.getvalue() == (
        "quotekit: error: cannot write /dev/full: No space left on device; /dev/full holds the first 0 "
        "documents, whole\n"
    )


class _DiskFillsUp(io.StringIO):
    """A file whose disk fills up after ``room`` characters: what fits is written, then ENOSPC."""

    def __init__(self, path: Path, room: int) -> None:
        super().__init__()
        self.file = open(path, "a", encoding="utf-8")  # noqa: SIM115 - closed in close()
        self.room = room

    def write(self, text: str) -> int:
        fits = text[: max(self.room, 0)]
        self.file.write(fits)
        self.file.flush()
        self.room -= len(text)
        if self.room < 0:
            raise OSError(28, "No space left on device")
        return len(text)

    def fileno(self) -> int:
        return self.file.fileno()

    def close(self) -> None:
        self.file.close()


def test_a_full_disk_leaves_whole_lines_and_resumes(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The line cut short by a full disk is cut off again; --resume then completes the output."""
    source = corpus(tmp_path / "c.jsonl", 8)
    expected = reference(monkeypatch, source)
    out = tmp_path / "quotes.jsonl"
    real_open = open

    def filling_open(path: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if str(path) == str(out) and mode == "w":
            real_open(path, "w").close()
            return _DiskFillsUp(out, room=len(expected) // 2)
        return real_open(path, mode, *args, **kwargs)

    monkeypatch.setattr(cli, "open", filling_open, raising=False)
    err = io.StringIO()
    assert main([str(source), "-o", str(out)], stderr=err) == EXIT_FAULT
    assert "No space left on device" in err.getvalue() and "--resume to continue" in err.getvalue()
    partial = out.read_bytes()
    assert partial.endswith(b"\n") and expected.startswith(partial)
    monkeypatch.setattr(cli, "open", real_open, raising=False)
    assert main([str(source), "-o", str(out), "--resume"], stderr=io.StringIO()) == EXIT_OK
    assert out.read_bytes() == expected


# -- worker processes ---------------------------------------------------------------------------------------

TEXTS = [f"“Plan {k} failed,” official {k} said." for k in range(40)]


@pytest.fixture(scope="module")
def workers() -> Iterator[Extractor]:
    """One extractor with two fake worker processes for the module (they restart after a fault)."""
    extractor = FakeExtractor()
    yield extractor
    extractor.close()


@needs_two_cores
@pytest.mark.parametrize(
    ("fault", "message"),
    [
        ("die", r"worker process \d \(pid \d+\) died mid-run: killed by SIGKILL \(on Linux often the out-of"),
        ("oom", r"worker process \d ran out of memory \(DefaultCPUAllocator: not enough memory"),
    ],
)
def test_a_worker_fault_is_a_worker_error_after_every_earlier_result(
    workers: Extractor, tmp_path: Path, fault: str, message: str
) -> None:
    """issue 20: a killed worker gave a traceback blaming the __main__ guard and lost documents silently.
    Now: every result before the dead worker's batch, in order, then a WorkerError that says what happened
    and from which text nothing was done; then the next call works again."""
    texts = list(TEXTS)
    texts[21] = f"{DIE} {tmp_path / 'died'}" if fault == "die" else OOM
    delivered: list[list[Any]] = []
    with deadline(30), pytest.raises(WorkerError, match=message) as raised:
        delivered.extend(workers.pipe(texts, batch_size=4, n_process=2))
    assert raised.value.delivered == len(delivered) == 20  # the batch of text 21 starts at 20
    assert "the results of the first 20 texts were delivered, text 20 (counting from 0)" in str(raised.value)
    assert [q[0].text for q in delivered] == [f"Plan {k} failed," for k in range(20)]
    with deadline(30):
        assert len(list(workers.pipe(TEXTS, batch_size=4, n_process=2))) == 40


@needs_two_cores
def test_a_worker_killed_from_outside(workers: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    """Killed mid-run by someone else (the OOM killer, a user): WorkerError within seconds, no hang."""
    monkeypatch.setenv(fake_workers.DELAY, "0.05")
    workers.close()  # new workers, which see the delay
    results = workers.pipe(TEXTS * 3, batch_size=2, n_process=2)
    delivered = [next(results)]
    pool = workers._workers
    assert pool is not None
    os.kill(pool.pids()[1], signal.SIGKILL)
    with deadline(30), pytest.raises(WorkerError, match="died mid-run: killed by SIGKILL") as raised:
        delivered.extend(results)
    assert raised.value.delivered == len(delivered) < 120
    workers.close()


@needs_two_cores
def test_pipe_with_workers_delivers_every_result_before_its_input_fails(workers: Extractor) -> None:
    """issue 20: with n_process=2 none of 37 results were delivered when the input raised."""

    def texts() -> Iterator[str]:
        yield from TEXTS[:37]
        raise OSError("the feed broke")

    delivered: list[list[Any]] = []
    with deadline(30), pytest.raises(OSError, match="the feed broke"):
        delivered.extend(workers.pipe(texts(), batch_size=8, n_process=2))
    assert [q[0].text for q in delivered] == [f"Plan {k} failed," for k in range(37)]


@needs_two_cores
def test_a_dead_worker_stops_the_command_line_with_one_line_and_resume_finishes(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """--workers 2, a worker killed mid-corpus: one line (no traceback), exit 4, whole documents; --resume
    gives the output of one uninterrupted run."""
    source = corpus(tmp_path / "c.jsonl", 30, {17: f"“Oh,” {DIE} {tmp_path / 'died'} said."})
    monkeypatch.setattr(cli, "Extractor", FakeExtractor)
    out = tmp_path / "quotes.jsonl"
    err = io.StringIO()
    with deadline(60):
        code = main([str(source), "-o", str(out), "--workers", "2"], stderr=err)
    assert code == EXIT_FAULT
    [line] = err.getvalue().splitlines()
    assert line.startswith("quotekit: error: WorkerError: worker process ") and "died mid-run" in line
    assert line.endswith(
        f"{out} holds the first 16 documents, whole: run the same command with --resume to continue"
    )
    with deadline(60):
        assert (
            main([str(source), "-o", str(out), "--workers", "2", "--resume"], stderr=io.StringIO()) == EXIT_OK
        )
    assert out.read_bytes() == reference(monkeypatch, source)


PARENT = """
import sys, time
sys.path.insert(0, {tests!r})
from fake_workers import FakeExtractor
if __name__ == "__main__":
    extractor = FakeExtractor()
    list(extractor.pipe(["The mayor said it."] * 4, n_process=2))
    print(*extractor._workers.pids(), flush=True)
    time.sleep(120)
"""


def alive(pid: int) -> bool:
    """Whether process ``pid`` exists and is no zombie."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


@needs_two_cores
@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc")
@pytest.mark.parametrize("signum", [signal.SIGKILL, signal.SIGTERM])
def test_workers_never_outlive_their_parent(tmp_path: Path, signum: int) -> None:
    """issue 20: workers of a killed parent lived on (0.5 GB each with the models) and held its stdout, so
    `python job.py | grep` hung. Now they end with it and the pipe closes."""
    script = tmp_path / "job.py"
    script.write_text(textwrap.dedent(PARENT.format(tests=str(TESTS))), encoding="utf-8")
    parent = subprocess.Popen(
        [sys.executable, str(script)], stdout=subprocess.PIPE, text=True, env=environment()
    )
    try:
        with deadline(60):
            pids = [int(pid) for pid in parent.stdout.readline().split()]  # type: ignore[union-attr]
        assert len(pids) == 2 and all(map(alive, pids))
        parent.send_signal(signum)
        with deadline(10):
            assert parent.stdout.read() == ""  # type: ignore[union-attr]  # end of file: nobody holds the pipe
            while any(map(alive, pids)):
                time.sleep(0.05)
    finally:
        parent.kill()
        parent.wait()
        for pid in pids if "pids" in locals() else []:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


def documents_done(out: Path) -> int:
    """The documents done, by the run's progress file."""
    try:
        return int(json.loads(Path(f"{out}.progress").read_text(encoding="utf-8"))["mark"]["documents"])
    except (OSError, ValueError):
        return 0


# -- on the real models -------------------------------------------------------------------------------------


def test_interrupt_and_resume_on_the_models(extractor: Extractor, tmp_path: Path) -> None:
    """The real command line, stopped by SIGINT once a document is done, then resumed (in this process,
    whose models are loaded): the output of one uninterrupted run."""
    seed = (ROOT / "fixtures" / "upi-fsa-rejects-russia.txt").read_text(encoding="utf-8")
    source = corpus(tmp_path / "c.jsonl", 12, dict.fromkeys(range(12), seed))
    out, whole = tmp_path / "quotes.jsonl", tmp_path / "whole.jsonl"
    argv = [str(source), "-o", str(out), "-q", "--threads", "1"]
    process = subprocess.Popen(
        [sys.executable, "-m", "quotekit", *argv], stderr=subprocess.PIPE, text=True, env=environment()
    )
    with deadline(240):
        while process.poll() is None and documents_done(out) == 0:
            time.sleep(0.05)
        process.send_signal(signal.SIGINT)
        _, err = process.communicate()
    assert process.returncode == EXIT_INTERRUPTED, err
    assert out.read_bytes().count(b"\n") > 0
    assert main([*argv, "--resume"], stderr=io.StringIO()) == EXIT_OK
    assert main([str(source), "-o", str(whole), "-q", "--threads", "1"], stderr=io.StringIO()) == EXIT_OK
    assert out.read_bytes() == whole.read_bytes()
