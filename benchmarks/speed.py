"""Speed and memory of quotekit against the bare stanza pipeline, on the same texts in the same run.

    python benchmarks/speed.py --json benchmarks/results/speed.json

Words per second (words: whitespace-separated tokens) on PolNeAR texts of

- (a) the bare stanza pipeline with quotekit's processors (``tokenize,mwt,pos,lemma,depparse,ner``), a
  fresh ``stanza.Pipeline`` called on one article at a time: the baseline;
- (b) ``quotekit.Extractor().extract`` one article at a time, and the same with ``full_parse=True``;
- (c) the batch API ``Extractor().pipe(texts, batch_size=...)``, in one process and with ``n_process``
  worker processes;

the ratios to (a); the share of (b)'s time spent outside stanza, in quotekit's own code (quote spans,
planning, building the parse, the rules); the seconds each stanza processor takes in (a) and (b), with
the words it was given (what selective parsing saves); and the peak memory of ``extract`` on inputs of
about 10 KB, 1 MB and 10 MB, each measured in a fresh process. Every timed run follows a warm-up call,
so that loading the models counts as setup, not speed.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import platform
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DEFAULT_DATA = SHARED / "polnear"
STANZA_RESOURCES = SHARED / "stanza_resources"
PROCESSORS = "tokenize,mwt,pos,lemma,depparse,ner"
WARM_UP = 'The models are loaded, "she said." Lavrov said the talks had failed.'
#: Input sizes of the memory probes, in characters.
MEMORY_SIZES = {"10KB": 10_000, "1MB": 1_000_000, "10MB": 10_000_000}


def _setup() -> None:
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    if STANZA_RESOURCES.is_dir():
        os.environ.setdefault("STANZA_RESOURCES_DIR", str(STANZA_RESOURCES))


def load_texts(data: Path, split: str, limit: int | None) -> list[str]:
    texts: list[str] = []
    with (data / f"polnear-{split}.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip() and (limit is None or len(texts) < limit):
                texts.append(json.loads(line)["text"])
    return texts


def words(texts: Iterable[str]) -> int:
    return sum(len(text.split()) for text in texts)


class Progress:
    """A one-line progress bar on stderr, drawn only when it is a terminal."""

    def __init__(self, label: str, total: int) -> None:
        self.label, self.total, self.done = label, total, 0
        self.live = sys.stderr.isatty()

    def step(self, n: int = 1) -> None:
        self.done += n
        if self.live:
            filled = 30 * self.done // max(self.total, 1)
            end = "\n" if self.done >= self.total else ""
            sys.stderr.write(
                f"\r{self.label:<28} [{'#' * filled}{'.' * (30 - filled)}] {self.done}/{self.total}{end}"
            )
            sys.stderr.flush()


def timed(label: str, texts: Sequence[str], run: Callable[[Iterable[str]], Iterable[object]]) -> float:
    """Seconds ``run`` takes over ``texts`` (it is handed an iterator that draws the progress bar)."""
    progress = Progress(label, len(texts))

    def feed() -> Iterable[str]:
        for text in texts:
            yield text
            progress.step()

    start = time.perf_counter()
    for _ in run(feed()):
        pass
    return time.perf_counter() - start


class StanzaClock:
    """Adds up the seconds spent inside one stanza pipeline's ``process`` (wrapped on the instance)."""

    def __init__(self, pipeline: Any) -> None:
        self.seconds = 0.0
        original = pipeline.process

        def process(doc: Any, processors: Any = None) -> Any:
            start = time.perf_counter()
            try:
                return original(doc, processors)
            finally:
                self.seconds += time.perf_counter() - start

        pipeline.process = process


class ProcessorClock:
    """Adds up, per stanza processor (tokenize, mwt, pos, ...), the seconds spent in it and the words it
    was given, by wrapping each processor's ``process`` on the instance: where stanza spends its time."""

    def __init__(self, pipeline: Any) -> None:
        self.seconds: dict[str, float] = {}
        self.words: dict[str, int] = {}
        for name, processor in pipeline.processors.items():
            self._wrap(name, processor)

    def _wrap(self, name: str, processor: Any) -> None:
        original = processor.process
        self.seconds[name], self.words[name] = 0.0, 0

        def process(doc: Any) -> Any:
            start = time.perf_counter()
            result = original(doc)
            self.seconds[name] += time.perf_counter() - start
            self.words[name] += _words_of(result)
            return result

        processor.process = process

    def report(self) -> dict[str, dict[str, float]]:
        return {
            name: {"seconds": round(self.seconds[name], 2), "words": self.words[name]}
            for name in self.seconds
        }


def _words_of(doc: Any) -> int:
    """The words of a stanza Document once a processor has run (0 before tokenization)."""
    return sum(len(sentence.words) for sentence in getattr(doc, "sentences", None) or [])


def speed(
    texts: Sequence[str], device: str | None, batch_sizes: Sequence[int], n_process: int
) -> dict[str, Any]:
    """The speed rows: words per second of each way of running, and quotekit's own share of (b)."""
    import stanza

    import quotekit
    from quotekit import parse
    from quotekit._workers import cpu_count

    n_words = words(texts)
    folder = str(parse.resolve_models_dir(None))
    options: dict[str, Any] = {"device": device} if device else {}
    bare = stanza.Pipeline(
        "en", dir=folder, processors=PROCESSORS, download_method=None, logging_level="WARN", **options
    )
    bare(WARM_UP)
    bare_clock = ProcessorClock(bare)
    rows: dict[str, float] = {}
    rows["(a) bare stanza, one article at a time"] = timed(
        "(a) bare stanza", texts, lambda ts: (bare(t) for t in ts)
    )

    extractor = quotekit.Extractor(**options)
    extractor.extract(WARM_UP)
    pipeline = parse.load_pipeline(device=device)
    clock = StanzaClock(pipeline)
    extract_clock = ProcessorClock(pipeline)
    rows["(b) quotekit extract, one article at a time"] = timed(
        "(b) quotekit extract", texts, lambda ts: (extractor.extract(t) for t in ts)
    )
    in_stanza = clock.seconds
    by_processor = {"(a) bare stanza": bare_clock.report(), "(b) quotekit extract": extract_clock.report()}
    own_share = 1 - in_stanza / rows["(b) quotekit extract, one article at a time"]

    full = quotekit.Extractor(full_parse=True, **options)
    rows["(b) quotekit extract, full_parse=True"] = timed(
        "(b) extract, full parse", texts, lambda ts: (full.extract(t) for t in ts)
    )
    for size in batch_sizes:
        rows[f"(c) quotekit pipe, batch_size={size}"] = timed(
            "(c) pipe", texts, functools.partial(extractor.pipe, batch_size=size)
        )
    batch_size = batch_sizes[0]
    if n_process != 1:
        with quotekit.Extractor(**options) as pooled:
            workers = cpu_count() if n_process == -1 else n_process
            list(pooled.pipe([WARM_UP] * 2 * workers, batch_size=1, n_process=workers))  # start the workers
            rows[f"(c) quotekit pipe, batch_size={batch_size}, n_process={workers}"] = timed(
                "(c) pipe, workers",
                texts,
                lambda ts: pooled.pipe(ts, batch_size=batch_size, n_process=workers),
            )
    baseline = rows["(a) bare stanza, one article at a time"]
    return {
        "words": n_words,
        "runs": {
            name: {
                "seconds": round(seconds, 2),
                "words_per_second": round(n_words / seconds, 1),
                "ratio_to_bare_stanza": round(baseline / seconds, 2),
            }
            for name, seconds in rows.items()
        },
        "quotekit_own_share_of_extract": round(own_share, 4),
        "stanza_seconds_in_extract": round(in_stanza, 2),
        "by_processor": by_processor,
    }


# --- memory ------------------------------------------------------------------------------------------------


def _rss() -> int:
    """This process's resident memory in bytes (Linux /proc)."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


class PeakRss:
    """Samples the resident memory every few milliseconds in a thread, keeping the peak."""

    def __init__(self, every: float = 0.005) -> None:
        self.peak = _rss()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, args=(every,), daemon=True)

    def _sample(self, every: float) -> None:
        while not self._stop.wait(every):
            self.peak = max(self.peak, _rss())

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, _rss())


def make_input(texts: Sequence[str], size: int) -> str:
    """About ``size`` characters of news: the articles one after another, again from the first if needed."""
    pieces: list[str] = []
    total = 0
    while total < size:
        for text in texts:
            pieces.append(text)
            total += len(text) + 2
            if total >= size:
                break
    return "\n\n".join(pieces)[:size]


def memory_probe(data: Path, split: str, size: int, device: str | None) -> dict[str, Any]:
    """Run in a fresh process: the peak resident memory while ``extract`` runs on ``size`` characters."""
    import quotekit

    text = make_input(load_texts(data, split, None), size)
    extractor = quotekit.Extractor(device=device) if device else quotekit.Extractor()
    extractor.extract(WARM_UP)
    before = _rss()
    start = time.perf_counter()
    with PeakRss() as peak:
        quotes = extractor.extract(text)
    return {
        "chars": len(text),
        "words": len(text.split()),
        "quotes": len(quotes),
        "seconds": round(time.perf_counter() - start, 1),
        "rss_before_mb": round(before / 2**20, 1),
        "peak_rss_mb": round(peak.peak / 2**20, 1),
        "peak_growth_mb": round((peak.peak - before) / 2**20, 1),
    }


def memory(data: Path, split: str, sizes: Sequence[str], device: str | None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in sizes:
        command = [
            sys.executable,
            __file__,
            "--probe",
            str(MEMORY_SIZES[name]),
            "--data",
            str(data),
            "--split",
            split,
        ]
        if device:
            command += ["--device", device]
        sys.stderr.write(f"memory probe {name} ...\n")
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise SystemExit(f"memory probe {name} failed:\n{result.stderr[-2000:]}")
        out[name] = json.loads(result.stdout.strip().splitlines()[-1])
    return out


# --- report ------------------------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    import torch

    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "cpu_cores": os.cpu_count(),
        "torch": torch.__version__,
        "torch_threads": torch.get_num_threads(),
        "cuda": torch.cuda.get_device_name(0) if torch.cuda.is_available() else None,
    }


def format_report(report: dict[str, Any]) -> str:
    lines = []
    if "speed" in report:
        sp = report["speed"]
        lines += [
            f"speed on {report['texts']} PolNeAR {report['split']} articles, {sp['words']} words:",
            "",
            "| run | seconds | words/s | x bare stanza |",
            "|---|--:|--:|--:|",
        ]
        for name, row in sp["runs"].items():
            rate, ratio = row["words_per_second"], row["ratio_to_bare_stanza"]
            lines.append(f"| {name} | {row['seconds']} | {rate:,.0f} | {ratio:.2f} |")
        lines += [
            "",
            f"quotekit's own code (outside stanza) in (b): {sp['quotekit_own_share_of_extract']:.1%}",
        ]
        if "by_processor" in sp:
            bare, ours = sp["by_processor"]["(a) bare stanza"], sp["by_processor"]["(b) quotekit extract"]
            lines += [
                "",
                "where stanza spends its time (seconds, and the words each processor was given):",
                "",
                "| processor | (a) seconds | (a) words | (b) seconds | (b) words |",
                "|---|--:|--:|--:|--:|",
            ]
            for name in bare:
                mine = ours.get(name, {"seconds": 0.0, "words": 0})
                lines.append(
                    f"| {name} | {bare[name]['seconds']} | {bare[name]['words']:,} "
                    f"| {mine['seconds']} | {mine['words']:,} |"
                )
    if "memory" in report:
        lines += [
            "",
            "| input | words | quotes | seconds | RSS before | peak RSS | growth |",
            "|---|--:|--:|--:|--:|--:|--:|",
        ]
        for name, row in report["memory"].items():
            lines.append(
                f"| {name} | {row['words']:,} | {row['quotes']:,} | {row['seconds']} "
                f"| {row['rss_before_mb']} MB | {row['peak_rss_mb']} MB | {row['peak_growth_mb']} MB |"
            )
    return "\n".join(lines)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument(
        "--split", choices=("dev", "train"), default="dev", help="PolNeAR split (default: dev)"
    )
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of polnear-{dev,train}.jsonl")
    parser.add_argument("--limit", type=int, help="only the first N articles (speed runs)")
    parser.add_argument(
        "--batch-size",
        default="8,32",
        help="pipe()'s batch_size, comma-separated for several runs; workers use the first (default 8,32)",
    )
    parser.add_argument(
        "--n-process", type=int, default=-1, help="pipe()'s worker processes (-1: one per core)"
    )
    parser.add_argument("--device", help="torch device, e.g. cuda (default: stanza's choice)")
    parser.add_argument(
        "--memory",
        default="10KB,1MB,10MB",
        help="memory probes to run, comma-separated (default: all; none: skip)",
    )
    parser.add_argument("--no-speed", action="store_true", help="skip the speed runs")
    parser.add_argument("--json", type=Path, metavar="OUT.json", help="write the report as JSON")
    parser.add_argument("--probe", type=int, help=argparse.SUPPRESS)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    _setup()
    if args.probe is not None:
        print(json.dumps(memory_probe(args.data, args.split, args.probe, args.device)))
        return 0
    if not (args.data / f"polnear-{args.split}.jsonl").is_file():
        print(f"speed: no polnear-{args.split}.jsonl in {args.data}; pass --data DIR", file=sys.stderr)
        return 2
    texts = load_texts(args.data, args.split, args.limit)
    report: dict[str, Any] = {"split": args.split, "texts": len(texts), "machine": machine()}
    if not args.no_speed:
        batch_sizes = [int(size) for size in args.batch_size.split(",") if size.strip()]
        report["speed"] = speed(texts, args.device, batch_sizes or [8], args.n_process)
    sizes = [s.strip() for s in args.memory.split(",") if s.strip() and s.strip() != "none"]
    unknown = [s for s in sizes if s not in MEMORY_SIZES]
    if unknown:
        print(f"speed: unknown memory sizes {unknown}; choose from {list(MEMORY_SIZES)}", file=sys.stderr)
        return 2
    if sizes:
        report["memory"] = memory(args.data, args.split, sizes, args.device)
    print(format_report(report))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
