"""Speaker names, roles and affiliations of quotekit on the PolNeAR dev speaker set.

    python benchmarks/speakers.py --threads 1 --out benchmarks/results/speakers-pred.jsonl

Runs quotekit on the 16 articles of ``../shared/polnear/speakers-dev.jsonl``, writes one prediction line per
article in the format ``../shared/polnear/score_speakers.py`` reads (``SPEAKERS.md`` §8) and prints that
scorer's table (or its JSON with ``--json``). ``--full-parse`` parses every sentence fully, for comparison.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
POLNEAR = SHARED / "polnear"
STANZA_RESOURCES = SHARED / "stanza_resources"
SCORER = POLNEAR / "score_speakers.py"


def speaker_ids(path: Path) -> list[str]:
    """The article ids of the speaker set, in file order, each once."""
    seen: dict[str, None] = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                seen.setdefault(json.loads(line)["id"], None)
    return list(seen)


def load_texts(path: Path, ids: Sequence[str]) -> dict[str, str]:
    """The texts of the articles ``ids`` in a PolNeAR JSON-lines file."""
    wanted = set(ids)
    out: dict[str, str] = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record["id"] in wanted:
                out[record["id"]] = record["text"]
    return out


def prediction(article_id: str, quotes: Sequence[Any]) -> dict[str, Any]:
    """One article's prediction line: content parts, the mention as source, the speaker's fields."""
    out = []
    for quote in quotes:
        speaker = quote.speaker
        mention = None if speaker is None or speaker.mention is None else speaker.mention
        out.append(
            {
                "content": [[p.start, p.end] for p in quote.parts],
                "source": None if mention is None else [mention.start, mention.end],
                "speaker": {
                    "name": None if speaker is None else speaker.name,
                    "role": None if speaker is None else speaker.role,
                    "affiliation": None if speaker is None else speaker.affiliation,
                },
            }
        )
    return {"id": article_id, "quotes": out}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--gold", type=Path, default=POLNEAR / "speakers-dev.jsonl")
    parser.add_argument("--text", type=Path, default=POLNEAR / "polnear-dev.jsonl")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "speakers-pred.jsonl")
    parser.add_argument("--threads", type=int, default=1, help="torch CPU threads for stanza (default 1)")
    parser.add_argument("--full-parse", action="store_true", help="parse every sentence fully")
    parser.add_argument("--json", action="store_true", help="print the scorer's JSON")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if STANZA_RESOURCES.is_dir():
        os.environ.setdefault("STANZA_RESOURCES_DIR", str(STANZA_RESOURCES))
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    import quotekit

    ids = speaker_ids(args.gold)
    texts = load_texts(args.text, ids)
    extractor = quotekit.Extractor(threads=args.threads, full_parse=args.full_parse)
    extractor.extract('The models are loaded, "she said."')
    lines, n_words, began = [], 0, time.perf_counter()
    for article_id in ids:
        lines.append(prediction(article_id, extractor.extract(texts[article_id])))
        n_words += len(texts[article_id].split())
    seconds = time.perf_counter() - began
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    command = [sys.executable, str(SCORER), str(args.out), "--gold", str(args.gold), "--text", str(args.text)]
    scored = subprocess.run([*command, *(["--json"] if args.json else [])], check=False, capture_output=True)
    sys.stdout.write(scored.stdout.decode())
    sys.stderr.write(scored.stderr.decode())
    print(f"{len(ids)} articles, {n_words:,} words in {seconds:.1f} s: {n_words / seconds:,.0f} words/s")
    return scored.returncode


if __name__ == "__main__":
    raise SystemExit(main())
