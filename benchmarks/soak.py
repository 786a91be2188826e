"""Soak test of a long run that meets interrupts: PolNeAR articles through the command line with two
worker processes, stopped twice (SIGINT, then SIGTERM) and resumed, compared with one uninterrupted run.

    python benchmarks/soak.py --articles 200 --workers 2

The articles are read from ``../shared/polnear/polnear-train.jsonl`` at run time and written to a
temporary folder (never into the repository). Each stop comes once the run's ``FILE.progress`` says it
has done a third, then two thirds, of the articles. Prints the figures recorded in docs/benchmarks.md:
articles, quotes, whether the two outputs are byte for byte identical, and the time of each run.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DEFAULT_DATA = SHARED / "polnear" / "polnear-train.jsonl"


def command(corpus: Path, out: Path, workers: int, *extra: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "quotekit",
        str(corpus),
        "-o",
        str(out),
        "-q",
        "--workers",
        str(workers),
        *extra,
    ]


def environment() -> dict[str, str]:
    paths = [str(REPO), os.environ.get("PYTHONPATH", "")]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in paths if p)}
    env.setdefault("STANZA_RESOURCES_DIR", str(SHARED / "stanza_resources"))
    return env


def done(out: Path) -> int:
    """The documents the run writing ``out`` has finished, by its progress file."""
    try:
        return int(json.loads(Path(f"{out}.progress").read_text(encoding="utf-8"))["mark"]["documents"])
    except (OSError, ValueError, KeyError):
        return 0


def stopped_run(argv: list[str], out: Path, at: int, signum: int) -> tuple[int, float]:
    """Run ``argv`` until ``at`` documents are done, then send ``signum``: its exit status and seconds."""
    start = time.monotonic()
    process = subprocess.Popen(argv, env=environment(), stderr=subprocess.PIPE, text=True)
    while process.poll() is None and done(out) < at:
        time.sleep(0.2)
    process.send_signal(signum)
    _, err = process.communicate(timeout=600)
    print(f"  stopped at {done(out)} documents: exit {process.returncode}: {err.strip()[-200:]}")
    return process.returncode, time.monotonic() - start


def timed_run(argv: list[str]) -> tuple[int, float]:
    start = time.monotonic()
    code = subprocess.run(argv, env=environment(), check=False).returncode
    return code, time.monotonic() - start


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="quotekit-soak-") as folder:
        corpus = Path(folder) / "corpus.jsonl"
        with args.data.open(encoding="utf-8") as source, corpus.open("w", encoding="utf-8") as target:
            for _, line in zip(range(args.articles), source, strict=False):
                record = json.loads(line)
                target.write(json.dumps({"id": record["id"], "text": record["text"]}) + "\n")
        whole, pieces = Path(folder) / "whole.jsonl", Path(folder) / "pieces.jsonl"
        print(f"{args.articles} articles, --workers {args.workers}")
        code, seconds = timed_run(command(corpus, whole, args.workers))
        print(f"uninterrupted: exit {code}, {seconds:.0f} s")
        times = []
        for at, signum, extra in (
            (args.articles // 3, signal.SIGINT, ()),
            (2 * args.articles // 3, signal.SIGTERM, ("--resume",)),
        ):
            code, seconds = stopped_run(command(corpus, pieces, args.workers, *extra), pieces, at, signum)
            times.append(seconds)
            print(f"  {signal.Signals(signum).name}: exit {code}, {seconds:.0f} s")
        code, seconds = timed_run(command(corpus, pieces, args.workers, "--resume"))
        times.append(seconds)
        print(f"  resumed to the end: exit {code}, {seconds:.0f} s; the three runs: {sum(times):.0f} s")
        same = whole.read_bytes() == pieces.read_bytes()
        quotes = whole.read_bytes().count(b"\n")
        documents = len({json.loads(line)["id"] for line in whole.read_text(encoding="utf-8").splitlines()})
        print(
            f"quotes: {quotes} (from {documents} articles with quotes); identical: {'yes' if same else 'no'}"
        )
        return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
