"""Calibrate ``Quote.confidence``: per speaker rule, the share of its quotes whose speaker is right.

    python benchmarks/calibrate.py --split train --threads 1          # prints the table and the values
    python benchmarks/calibrate.py --split train --limit 300 --write   # and writes quotekit/confidence.py
    python benchmarks/calibrate.py --attributions all --write          # the wider notion's rules (issue 19)

Over the predictions that partially match a gold attribution whose gold names a source (PolNeAR's
scoring, ``benchmarks/scoring.py``), a rule's confidence is the share whose predicted speaker mention
overlaps the gold source, with add-one smoothing (Laplace: (right + 1) / (n + 2)) so that a rule seen few
times is not given 0 or 1. Calibrate on the **train** split: dev is for judging, and quotekit is judged on
news it has never seen.

With ``--attributions all`` the rules of the wider notion (``quotekit.wide.WIDE_RULES``) are measured too,
as their share of *all* their attributions that match a gold attribution with the right source (end-to-end
precision, smoothed alike): an attribution of the wider notion may be wrong in its content as well as in its
source. ``--write`` then replaces ``_WIDE_MEASURED`` in quotekit/confidence.py, not the speaker rules'.
"""

from __future__ import annotations

import argparse
import contextlib
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from parsecache import parse_cache
from polnear import (
    DEFAULT_DATA,
    Outcome,
    Progress,
    evaluate,
    format_table,
    load_articles,
    make_predictor,
    total,
)
from scoring import sources_agree

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "quotekit" / "confidence.py"


def measure(outcomes: Sequence[Outcome]) -> dict[str, tuple[int, int]]:
    """Rule -> (quotes with a gold source, of those with the right speaker)."""
    seen: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for outcome in outcomes:
        gold = outcome.article.gold
        for gi, pi in outcome.result.partial:
            pred = outcome.pred[pi]
            if not gold[gi].source or not pred.rule:
                continue
            seen[pred.rule] += 1
            right[pred.rule] += sources_agree(gold[gi], pred)
    return {rule: (seen[rule], right[rule]) for rule in seen}


def measure_wide(outcomes: Sequence[Outcome], rules: Sequence[str]) -> dict[str, tuple[int, int]]:
    """Wider rule -> (its attributions, of those matching a gold one with the right source)."""
    seen: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for outcome in outcomes:
        matched = {pi for _, pi in outcome.result.end_to_end}
        for pi, pred in enumerate(outcome.pred):
            if pred.rule in rules:
                seen[pred.rule] += 1
                right[pred.rule] += pi in matched
    return {rule: (seen[rule], right[rule]) for rule in seen}


def smoothed(n: int, right: int) -> float:
    return round((right + 1) / (n + 2), 2)


def write(values: dict[str, float], about: str, table_name: str = "_MEASURED") -> None:
    """Replace the measured values of ``table_name`` in quotekit/confidence.py (a rule this run did not
    see keeps its old value)."""
    source = TARGET.read_text(encoding="utf-8")
    found = re.search(rf"\n{table_name}(: [^=]+)? = {{", source)
    if found is None:
        raise SystemExit(f"no table {table_name} in {TARGET}")
    start, annotation = found.start() + 1, found.group(1) or ""
    end = source.index("}\n", start) + 2
    sys.path.insert(0, str(ROOT))
    from quotekit import confidence

    old: dict[str, float] = dict(getattr(confidence, table_name))
    values = {**old, **values}  # a rule this run did not see keeps its value
    from quotekit.rules import Rule

    def key(rule: str) -> str:  # the rule's enumeration member where it has one, as the table writes it
        return f"Rule.{Rule(rule).name}" if table_name == "_MEASURED" and rule in set(Rule) else f'"{rule}"'

    rows = "".join(f"    {key(rule)}: {value},\n" for rule, value in sorted(values.items()))
    table = f"{table_name}{annotation} = {{  # {about}\n{rows}}}\n"
    TARGET.write_text(source[:start] + table + source[end:], encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--split", choices=("dev", "train"), default="train")
    parser.add_argument("--limit", type=int, help="only the first N articles")
    parser.add_argument("--threads", type=int, default=None, help="torch threads for stanza")
    parser.add_argument("--write", action="store_true", help="write the values into quotekit/confidence.py")
    parser.add_argument(
        "--attributions",
        choices=("speech", "all"),
        default="speech",
        help="quotekit.Extractor(attributions=...); all: also measure the wider notion's rules",
    )
    parser.add_argument("--parse-cache", type=Path, metavar="DIR", help="stanza's parses kept in DIR")
    args = parser.parse_args(argv)
    articles = load_articles(DEFAULT_DATA / f"polnear-{args.split}.jsonl", args.limit)
    cache = parse_cache(args.parse_cache) if args.parse_cache else contextlib.nullcontext()
    with cache:
        predict = make_predictor("quotekit", threads=args.threads, attributions=args.attributions)
        outcomes = evaluate(articles, predict, Progress(len(articles)))
    print(f"quotekit on PolNeAR {args.split}: {len(articles)} articles\n")
    print(format_table(total(outcomes)) + "\n")
    counts = measure(outcomes)
    values = {rule: smoothed(n, right) for rule, (n, right) in counts.items()}
    print("| rule | quotes with a gold source | speaker right | confidence |\n|---|--:|--:|--:|")
    for rule, (n, right) in sorted(counts.items(), key=lambda item: -item[1][0]):
        print(f"| {rule} | {n} | {right} | {values[rule]:.2f} |")
    about = f"PolNeAR {args.split}, {len(articles)} articles: benchmarks/calibrate.py"
    if args.attributions == "all":
        sys.path.insert(0, str(ROOT))
        from quotekit.wide import WIDE_RULES
        from quotekit.wideverbs import VERB_RULES

        wide = measure_wide(outcomes, (*WIDE_RULES, *VERB_RULES))
        wide_values = {rule: smoothed(n, right) for rule, (n, right) in wide.items()}
        print("\n| wider rule | attributions | matched, right source | confidence |\n|---|--:|--:|--:|")
        for rule, (n, right) in sorted(wide.items(), key=lambda item: -item[1][0]):
            print(f"| {rule} | {n} | {right} | {wide_values[rule]:.2f} |")
        if args.write:
            write(wide_values, f"{about} --attributions all", "_WIDE_MEASURED")
        return 0
    if args.write:
        write(values, about)
    return 0


if __name__ == "__main__":
    sys.exit(main())
