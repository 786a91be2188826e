"""The command line: ``python -m quotekit FILE|-`` prints the quotes as JSON Lines or a table."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TextIO

from quotekit.errors import QuotekitError
from quotekit.extractor import DEFAULT_CUE_CLASSES, Extractor
from quotekit.model import Quote

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m quotekit",
        description="Extract quotations (direct, mixed, indirect) and their speakers from English news.",
    )
    parser.add_argument("files", nargs="+", help="text files to read, or - for standard input")
    parser.add_argument(
        "--format",
        choices=("jsonl", "table"),
        default="jsonl",
        help="JSON Lines, one quote per line (default), or a readable table",
    )
    parser.add_argument(
        "--models-dir",
        default=None,
        help="stanza resources folder (default: $STANZA_RESOURCES_DIR, else ~/stanza_resources)",
    )
    parser.add_argument("--download", action="store_true", help="download the stanza models if missing")
    parser.add_argument(
        "--cue-classes",
        default=",".join(DEFAULT_CUE_CLASSES),
        help="comma-separated: speech, cognition, source (default: %(default)s)",
    )
    parser.add_argument("--device", default=None, help="torch device for stanza, e.g. cpu or cuda")
    return parser


def _read(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    with open(name, encoding="utf-8", errors="replace", newline="") as handle:
        return handle.read()


def _table_rows(quotes: Sequence[Quote], source: str) -> list[str]:
    rows = []
    for quote in quotes:
        speaker = quote.speaker
        who = "-" if speaker is None else (speaker.name or (speaker.mention.text if speaker.mention else "?"))
        extra = "" if speaker is None else ", ".join(x for x in (speaker.role, speaker.affiliation) if x)
        cue = quote.cue.span.text if quote.cue else "-"
        text = quote.text if len(quote.text) <= 70 else quote.text[:67] + "..."
        rows.append(
            f"{source}\t{quote.span.start}-{quote.span.end}\t{quote.kind}\t{cue}\t{who}"
            f"{' (' + extra + ')' if extra else ''}\t{text}"
        )
    return rows


def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 quotekit error, 2 unreadable input)."""
    args = _parser().parse_args(argv)
    out = stdout or sys.stdout
    try:
        extractor = Extractor(
            args.models_dir, download=args.download, cue_classes=args.cue_classes, device=args.device
        )
        texts = [_read(name) for name in args.files]
    except QuotekitError as exc:
        print(f"quotekit: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"quotekit: cannot read input: {exc}", file=sys.stderr)
        return 2
    try:
        for name, quotes in zip(args.files, extractor.pipe(texts), strict=True):
            if args.format == "table":
                for row in _table_rows(quotes, name):
                    print(row, file=out)
            else:
                for quote in quotes:
                    print(json.dumps({"source": name, **quote.to_dict()}, ensure_ascii=False), file=out)
    except QuotekitError as exc:
        print(f"quotekit: {exc}", file=sys.stderr)
        return 1
    return 0
