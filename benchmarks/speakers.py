"""Speaker names, roles and affiliations of quotekit on the PolNeAR dev speaker set.

    python benchmarks/speakers.py --threads 1 --out benchmarks/results/speakers-pred.jsonl

Runs quotekit on the 16 articles of ``../shared/polnear/speakers-dev.jsonl``, writes one prediction line per
article in the format ``../shared/polnear/score_speakers.py`` reads (``SPEAKERS.md`` §8) and prints that
scorer's table (or its JSON with ``--json``). ``--full-parse`` parses every sentence fully, for comparison.
``--details OUT.md`` writes every content-matched gold attribution whose name, role or affiliation is wrong,
grouped by what went wrong; ``--pred PRED.jsonl`` scores (and details) an earlier run, running nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections import Counter
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


def _scorer() -> Any:
    """The scorer module, loaded from its file (it is a script, not a package)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("score_speakers", SCORER)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {SCORER}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _verdicts(scorer: Any, gold: dict[str, Any], speaker: dict[str, Any]) -> dict[str, str]:
    """'ok', 'wrong', 'false' (a value where gold has none) or '' (both empty) for name, role, affiliation."""
    judges = {"name": ("exact_or_alias", scorer.judge_name), "role": ("lenient", scorer.judge_role)}
    judges["affiliation"] = ("lenient", scorer.judge_aff)
    out = {}
    for field, (key, judge) in judges.items():
        predicted = speaker.get(field) or None
        if gold.get(field) is None:
            out[field] = "false" if predicted is not None else ""
        else:
            out[field] = "ok" if judge(gold, predicted)[key] else "wrong"
    return out


def write_details(pred: Path, gold_path: Path, text_path: Path, out: Path) -> None:
    """The errors over content-matched gold attributions, one line each, grouped by field and mention kind."""
    scorer = _scorer()
    gold = scorer.read_jsonl(gold_path)
    wanted = {g["id"] for g in gold}
    articles = {a["id"]: a for a in scorer.read_jsonl(text_path) if a["id"] in wanted}
    preds = scorer.load_preds(pred, [])
    lines, counts = [], Counter[str]()
    for aid in sorted(wanted):
        text, quotes = articles[aid]["text"], preds.get(aid, [])
        contents = [a["content"] for a in articles[aid]["attributions"]]
        pairs = scorer.match_article(text, contents, [q["content"] for q in quotes])
        for g in (g for g in gold if g["id"] == aid and g["attribution_index"] in pairs):
            q = quotes[pairs[g["attribution_index"]]]
            verdicts = _verdicts(scorer, g, q.get("speaker") or {})
            bad = [f"{f} {v}" for f, v in verdicts.items() if v in {"wrong", "false"}]
            counts.update(
                f"{b} ({g['mention_kind']}, {'direct' if g['direct'] else 'indirect'})" for b in bad
            )
            if not bad:
                continue
            source = q.get("source")
            said = text[source[0] : source[1]] if source else None
            start = as_start(g["content"])
            lines.append(
                f"- {aid[:30]} @{start} [{', '.join(bad)}] {g['mention_kind']} {g['mention']!r} "
                f"gold={g['name']!r}/{g['role']!r}/{g['affiliation']!r} mention={said!r} "
                f"pred={q['speaker'].get('name')!r}/{q['speaker'].get('role')!r}/"
                f"{q['speaker'].get('affiliation')!r} :: {text[start : start + 70]!r}"
            )
    table = [f"| {k} | {n} |" for k, n in counts.most_common()]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(["| error | n |", "|---|--:|", *table, "", *lines, ""]), encoding="utf-8")


def as_start(span: Any) -> int:
    """The first offset of a gold span ([s, e] or a list of them)."""
    return int(span[0]) if isinstance(span[0], int) else int(span[0][0])


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--gold", type=Path, default=POLNEAR / "speakers-dev.jsonl")
    parser.add_argument("--text", type=Path, default=POLNEAR / "polnear-dev.jsonl")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "speakers-pred.jsonl")
    parser.add_argument("--threads", type=int, default=1, help="torch CPU threads for stanza (default 1)")
    parser.add_argument("--full-parse", action="store_true", help="parse every sentence fully")
    parser.add_argument("--json", action="store_true", help="print the scorer's JSON")
    parser.add_argument("--details", type=Path, metavar="OUT.md", help="write the speaker errors")
    parser.add_argument("--pred", type=Path, help="score this earlier prediction file, run nothing")
    return parser


def _score(args: argparse.Namespace, pred: Path) -> int:
    command = [sys.executable, str(SCORER), str(pred), "--gold", str(args.gold), "--text", str(args.text)]
    scored = subprocess.run([*command, *(["--json"] if args.json else [])], check=False, capture_output=True)
    sys.stdout.write(scored.stdout.decode())
    sys.stderr.write(scored.stderr.decode())
    if args.details is not None:
        write_details(pred, args.gold, args.text, args.details)
    return scored.returncode


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.pred is not None:
        return _score(args, args.pred)
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
    returncode = _score(args, args.out)
    print(f"{len(ids)} articles, {n_words:,} words in {seconds:.1f} s: {n_words / seconds:,.0f} words/s")
    return returncode


if __name__ == "__main__":
    raise SystemExit(main())
