"""Hostile input in bounded time: seconds per character of odd inputs against ordinary news.

    STANZA_RESOURCES_DIR=../shared/stanza_resources python benchmarks/hostile.py [--threads 1] [--big]

Each input goes through ``Extractor.extract`` on the real models; the bound (docs/robustness.md) is that no
input takes longer per character than ``BOUND`` times the seed article (ordinary news). ``--big`` adds the
sizes that left the unit tests: a 10 MB single line and 10 MB dense with marks, through the quote-span
stage, and a 1 MB article through the extractor. Exits 1 when an input breaks the bound.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED_MODELS = ROOT.parent / "shared" / "stanza_resources"
#: No input may take longer per character than this many times ordinary news.
BOUND = 5.0
MARKS = "“”‘’«»„\"'‹›`"


def hostile_inputs(rng: random.Random) -> dict[str, str]:
    """The inputs of the audit (issue 13) and a few more of the same kind."""
    return {
        "nested marks, 1.8 KB": "“‘«" * 300 + "we said it" + "»’”" * 300,
        "mark noise, 2.7 KB": "".join(rng.choice(MARKS + " ") for _ in range(2700)),
        "marks glued to words, 2.6 KB": " ".join(
            rng.choice(["“he", "said”", "‘no’", "«x»", '"y"', "it"]) for _ in range(600)
        ),
        "one long sentence of words, 20 KB": " ".join(
            rng.choice(["the", "mayor", "said", "that", "it", "and"]) for _ in range(4000)
        ),
        "quotes without end, 10 KB": "“We will win, she said " * 450,
        "a line of marks, 100 KB": "".join(rng.choice(MARKS) for _ in range(100_000)),
    }


def seconds(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--threads", type=int, default=None, help="torch threads for stanza")
    parser.add_argument(
        "--big", action="store_true", help="also the 10 MB span-stage inputs and a 1 MB article"
    )
    args = parser.parse_args(argv)
    if SHARED_MODELS.is_dir():
        os.environ.setdefault("STANZA_RESOURCES_DIR", str(SHARED_MODELS))
    import quotekit
    from quotekit.spans import find_quote_spans

    extractor = quotekit.Extractor(threads=args.threads)
    news = (ROOT / "fixtures" / "upi-fsa-rejects-russia.txt").read_text(encoding="utf-8")
    extractor.extract(news)  # models load outside the timing
    per_char = min(seconds(lambda: extractor.extract(news)) for _ in range(3)) / len(news)
    print(f"ordinary news (the seed article, {len(news):,} chars): {per_char * 1e6:.1f} µs per char\n")
    print("| input | chars | seconds | per char vs news | bound |\n|---|--:|--:|--:|---|")
    failed = False
    for name, text in hostile_inputs(random.Random(7)).items():
        took = seconds(lambda text=text: extractor.extract(text))  # type: ignore[misc]
        ratio = took / len(text) / per_char
        failed |= ratio > BOUND
        print(
            f"| {name} | {len(text):,} | {took:.2f} | {ratio:.1f}x | {'ok' if ratio <= BOUND else 'BROKEN'} |"
        )
    if args.big:
        unit = "The minister said the talks had failed and “we will try again,” she added "
        line = unit * (10_000_000 // len(unit))
        dense = (
            "“He called it ‘a disaster,’ she said,” the voters’ rep said. \"Don't,\" 'he' said ''ok'' "
            "«x» „y“ it’s ’90s. “Stray ‘open “again\n“Continued.\n"
        ) * 80_000
        for name, text in (
            ("10 MB single line: quote spans", line),
            ("10 MB dense with marks: quote spans", dense),
        ):
            took = seconds(lambda text=text: find_quote_spans(text))  # type: ignore[misc]
            print(f"| {name} | {len(text):,} | {took:.2f} | | |")
        article = "\n\n".join([news] * (1_000_000 // len(news) + 1))
        took = seconds(lambda: extractor.extract(article))
        ratio = took / len(article) / per_char
        print(f"| 1 MB article: extract | {len(article):,} | {took:.2f} | {ratio:.1f}x | |")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
