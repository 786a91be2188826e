"""Speaker names, roles and affiliations of quotekit on the PolNeAR speaker sets (dev and train).

    python benchmarks/speakers.py --set all --details benchmarks/results/speakers-details.md

Runs quotekit on the articles of ``../shared/polnear/speakers-dev.jsonl`` (16 dev articles) and
``speakers-train.jsonl`` (48 train articles), writes one prediction line per article in the format
``../shared/polnear/score_speakers.py`` reads (``SPEAKERS.md`` §8) to ``--out`` (``-dev``/``-train`` added
before the suffix) and prints that scorer's table for each set separately (or its JSON with ``--json``):
a rule that raises one set and not the other was fitted to its articles. ``--full-parse`` parses every
sentence fully, for comparison. ``--details OUT.md`` writes, per set, every content-matched gold attribution
whose name, role or affiliation is wrong, grouped by what went wrong; ``--pred PRED.jsonl`` scores (and
details) an earlier run of one set, running nothing. ``--parse-cache DIR`` keeps stanza's parses in
``DIR`` (:mod:`parsecache`), so that a second run scores a rule change in seconds.
"""

from __future__ import annotations

import argparse
import contextlib
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


#: The speaker sets: name -> (gold speakers, PolNeAR texts).
SETS = {
    "dev": (POLNEAR / "speakers-dev.jsonl", POLNEAR / "polnear-dev.jsonl"),
    "train": (POLNEAR / "speakers-train.jsonl", POLNEAR / "polnear-train.jsonl"),
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument(
        "--set", choices=("dev", "train", "all"), default="all", help="which set (default all)"
    )
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "speakers-pred.jsonl")
    parser.add_argument("--parse-cache", type=Path, metavar="DIR", help="keep stanza's parses in DIR")
    parser.add_argument("--threads", type=int, default=1, help="torch CPU threads for stanza (default 1)")
    parser.add_argument("--full-parse", action="store_true", help="parse every sentence fully")
    parser.add_argument("--json", action="store_true", help="print the scorer's JSON")
    parser.add_argument("--details", type=Path, metavar="OUT.md", help="write the speaker errors")
    parser.add_argument("--pred", type=Path, help="score this earlier prediction file, run nothing")
    return parser


def _suffixed(path: Path, name: str) -> Path:
    """``path`` with ``-name`` before its suffix: speakers-pred.jsonl -> speakers-pred-dev.jsonl."""
    return path.with_name(f"{path.stem}-{name}{path.suffix}")


def _score(args: argparse.Namespace, name: str, pred: Path) -> int:
    gold, text = SETS[name]
    command = [sys.executable, str(SCORER), str(pred), "--gold", str(gold), "--text", str(text)]
    scored = subprocess.run([*command, *(["--json"] if args.json else [])], check=False, capture_output=True)
    print(f"## {name} speaker set ({gold.name})\n")
    sys.stdout.write(scored.stdout.decode())
    sys.stderr.write(scored.stderr.decode())
    if args.details is not None:
        write_details(pred, gold, text, _suffixed(args.details, name))
    return scored.returncode


def _run(args: argparse.Namespace, name: str, extractor: Any) -> Path:
    """Run ``extractor`` on one speaker set; the prediction file written."""
    gold, text = SETS[name]
    ids = speaker_ids(gold)
    texts = load_texts(text, ids)
    lines, n_words, began = [], 0, time.perf_counter()
    for article_id in ids:
        lines.append(prediction(article_id, extractor.extract(texts[article_id])))
        n_words += len(texts[article_id].split())
    seconds = time.perf_counter() - began
    out = _suffixed(args.out, name)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    print(
        f"{name}: {len(ids)} articles, {n_words:,} words in {seconds:.1f} s: {n_words / seconds:,.0f} words/s"
    )
    return out


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    names = ["dev", "train"] if args.set == "all" else [args.set]
    if args.pred is not None:
        if len(names) != 1:
            raise SystemExit("--pred scores one set: name it with --set dev or --set train")
        return _score(args, names[0], args.pred)
    if STANZA_RESOURCES.is_dir():
        os.environ.setdefault("STANZA_RESOURCES_DIR", str(STANZA_RESOURCES))
    for path in (REPO, REPO / "benchmarks"):
        if str(path) not in sys.path:
            sys.path.insert(0, str(path))
    from parsecache import parse_cache

    import quotekit

    cache = parse_cache(args.parse_cache) if args.parse_cache else contextlib.nullcontext()
    extractor = quotekit.Extractor(threads=args.threads, full_parse=args.full_parse)
    with cache:
        extractor.extract('The models are loaded, "she said."')
        preds = {name: _run(args, name, extractor) for name in names}
    return max(_score(args, name, pred) for name, pred in preds.items())


if __name__ == "__main__":
    raise SystemExit(main())
