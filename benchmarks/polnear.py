"""Accuracy and speed of quotekit on PolNeAR, scored as ``../shared/polnear/README.md`` says.

    python benchmarks/polnear.py --json benchmarks/results/dev.json --errors benchmarks/results/dev.md

Prints a table of content precision/recall/F1 (partial and exact matches; all, direct and indirect gold),
source accuracy, end-to-end scores and words per second; optionally writes the numbers as JSON and an error
report in markdown. The scoring itself lives in ``scoring.py`` next to this file; see ``README.md`` there.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import os
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, Protocol, TextIO

import attrs
from parsecache import parse_cache
from scoring import SUBSETS, ArticleResult, Attribution, Tally, score_article, strip_marks, summary, trim

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DEFAULT_DATA = SHARED / "polnear"
STANZA_RESOURCES = SHARED / "stanza_resources"


# --- what a prediction looks like: quotekit's Quote, or anything shaped like it ---------------------------


class SpanLike(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


class CueLike(Protocol):
    @property
    def lemma(self) -> str: ...


class SpeakerLike(Protocol):
    @property
    def mention(self) -> SpanLike | None: ...


class QuoteLike(Protocol):
    @property
    def parts(self) -> Sequence[SpanLike]: ...
    @property
    def kind(self) -> str: ...
    @property
    def cue(self) -> CueLike | None: ...
    @property
    def speaker(self) -> SpeakerLike | None: ...
    @property
    def rule(self) -> str | None: ...


def attribution_from_quote(quote: QuoteLike) -> Attribution:
    """A predicted :class:`Attribution`: content = the parts, source = the speaker's mention if any.

    ``direct`` is true only for ``kind == "direct"`` ("mixed" counts as indirect).
    """
    mention = None if quote.speaker is None else quote.speaker.mention
    return Attribution(
        content=[(part.start, part.end) for part in quote.parts],
        source=[] if mention is None else [(mention.start, mention.end)],
        direct=quote.kind == "direct",
        cue_text="" if quote.cue is None else quote.cue.lemma,
        rule=quote.rule or "",
    )


# --- the data -----------------------------------------------------------------------------------------------


@attrs.frozen
class Article:
    id: str
    publisher: str
    text: str
    gold: tuple[Attribution, ...]


def _gold(text: str, record: dict[str, Any]) -> Attribution:
    cue_text = " ".join(text[start:end] for start, end in record.get("cue", []))
    return Attribution(
        content=record["content"],
        source=record["source"],
        direct=bool(record["direct"]),
        cue_text=" ".join(strip_marks(cue_text).lower().split()),
    )


def load_articles(path: Path, limit: int | None = None) -> list[Article]:
    """The articles of one PolNeAR JSON-lines file (the first ``limit`` if given)."""
    articles: list[Article] = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if limit is not None and len(articles) >= limit:
                break
            if line.strip():
                record = json.loads(line)
                text = record["text"]
                gold = tuple(_gold(text, a) for a in record["attributions"])
                articles.append(Article(record["id"], record.get("publisher", ""), text, gold))
    return articles


# --- predictors: an article in, predicted attributions out --------------------------------------------------

Predict = Callable[[Article], Sequence[Attribution]]


def from_extract(extract: Callable[[str], Iterable[QuoteLike]]) -> Predict:
    """A predictor from an extract function (text -> quote-like objects), e.g. ``Extractor().extract``."""
    return lambda article: [attribution_from_quote(quote) for quote in extract(article.text)]


#: A short text run once before timing, so that models loaded on first use count as setup, not speed.
WARM_UP = 'The models are loaded, "she said."'


def quotekit_extract(
    cue_classes: Sequence[str] | None,
    full_parse: bool = False,
    threads: int | None = None,
    attributions: str = "speech",
) -> Callable[[str], Iterable[QuoteLike]]:
    """``quotekit.Extractor(...).extract``, imported only now, with the models in ``../shared`` if there."""
    if STANZA_RESOURCES.is_dir():
        os.environ.setdefault("STANZA_RESOURCES_DIR", str(STANZA_RESOURCES))
    quotekit = importlib.import_module("quotekit")
    options: dict[str, object] = {"full_parse": full_parse, "threads": threads, "attributions": attributions}
    if cue_classes is not None:
        options["cue_classes"] = tuple(cue_classes)
    extractor = quotekit.Extractor(**options)
    extract: Callable[[str], Iterable[QuoteLike]] = extractor.extract
    list(extract(WARM_UP))
    return extract


def make_predictor(
    name: str,
    cue_classes: Sequence[str] | None = None,
    full_parse: bool = False,
    threads: int | None = None,
    attributions: str = "speech",
) -> Predict:
    """The predictor called ``name``.

    ``quotekit`` (the checkout's, or the installed one), ``gold`` (returns the gold: a check of the harness,
    every score 1.0) or ``MODULE:FUNCTION``, a function from text to quote-like objects.
    """
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    if name == "quotekit":
        return from_extract(quotekit_extract(cue_classes, full_parse, threads, attributions))
    if name == "gold":
        return lambda article: article.gold
    module, sep, function = name.partition(":")
    if not sep:
        raise SystemExit(f"--predictor must be 'quotekit', 'gold' or MODULE:FUNCTION (got {name!r})")
    extract: Callable[[str], Iterable[QuoteLike]] = getattr(importlib.import_module(module), function)
    return from_extract(extract)


# --- running ------------------------------------------------------------------------------------------------


@attrs.frozen
class Outcome:
    """One article's predictions, their matching against gold, and the seconds the predictor took."""

    article: Article
    pred: tuple[Attribution, ...]
    result: ArticleResult
    seconds: float


def words(text: str) -> int:
    return len(text.split())


class Progress:
    """A one-line progress bar on stderr, drawn only when it is a terminal."""

    def __init__(self, total: int, stream: TextIO | None = None, width: int = 30) -> None:
        self.total, self.width = total, width
        self.stream = sys.stderr if stream is None else stream
        self.live = self.stream.isatty()

    def __call__(self, done: int, n_words: int, seconds: float) -> None:
        if not self.live:
            return
        filled = self.width * done // max(self.total, 1)
        rate = n_words / seconds if seconds else 0.0
        bar = "#" * filled + "." * (self.width - filled)
        end = "\n" if done >= self.total else ""
        self.stream.write(f"\r[{bar}] {done}/{self.total} articles, {rate:,.0f} words/s{end}")
        self.stream.flush()


def evaluate(
    articles: Sequence[Article], predict: Predict, progress: Callable[[int, int, float], None] | None = None
) -> list[Outcome]:
    """Run ``predict`` on each article, timing it, and score it against the gold."""
    outcomes: list[Outcome] = []
    n_words, seconds = 0, 0.0
    for done, article in enumerate(articles, 1):
        start = time.perf_counter()
        pred = tuple(predict(article))
        elapsed = time.perf_counter() - start
        outcomes.append(Outcome(article, pred, score_article(article.text, article.gold, pred), elapsed))
        n_words += words(article.text)
        seconds += elapsed
        if progress is not None:
            progress(done, n_words, seconds)
    return outcomes


def total(outcomes: Iterable[Outcome]) -> Tally:
    """The micro-averaged tally: every article's counts summed."""
    return sum((outcome.result.tally for outcome in outcomes), Tally())


def report(outcomes: Sequence[Outcome], **about: object) -> dict[str, object]:
    """The run as JSON data: ``about`` (split, predictor, ...), sizes, speed and :func:`scoring.summary`."""
    n_words = sum(words(outcome.article.text) for outcome in outcomes)
    seconds = sum(outcome.seconds for outcome in outcomes)
    return {
        **about,
        "articles": len(outcomes),
        "words": n_words,
        "gold": sum(len(outcome.article.gold) for outcome in outcomes),
        "predicted": sum(len(outcome.pred) for outcome in outcomes),
        "extract_seconds": round(seconds, 3),
        "words_per_second": round(n_words / seconds, 1) if seconds else None,
        "scores": summary(total(outcomes)),
        "rules": rule_table(outcomes),
    }


def format_table(tally: Tally) -> str:
    """The scores as a markdown table, one row per gold subset, then source accuracy."""
    columns = [("partial", "partial"), ("exact", "exact"), ("end_to_end", "end-to-end")]
    head = ["subset", "gold", "pred"] + [f"{label} {m}" for _, label in columns for m in ("P", "R", "F1")]
    rows = ["| " + " | ".join(head) + " |", "|---" + "|--:" * (len(head) - 1) + "|"]
    for subset in SUBSETS:
        partial = tally.counts["partial", subset]
        cells = [subset, str(partial.gold), str(partial.pred)]
        for level, _ in columns:
            counts = tally.counts[level, subset]
            cells += [f"{counts.precision:.3f}", f"{counts.recall:.3f}", f"{counts.f1:.3f}"]
        rows.append("| " + " | ".join(cells) + " |")
    rows.append("")
    by_subset = ", ".join(
        f"{subset} {tally.source_accuracy_of(subset):.3f} ({tally.sources.get(subset, (0, 0))[1]})"
        for subset in SUBSETS[1:]
    )
    rows.append(
        f"source accuracy: {tally.source_accuracy:.3f} ({tally.source_correct} of {tally.source_total} "
        f"partial matches whose gold names a source; {by_subset})"
    )
    return "\n".join(rows)


def rule_table(outcomes: Iterable[Outcome]) -> dict[str, dict[str, float]]:
    """Per ``Quote.rule`` (the speaker rule, or the rule of the wider notion that found the attribution):
    predictions, those that match a gold content (partial), those that also have the right source
    (end-to-end), and the two precisions."""
    counts: defaultdict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for outcome in outcomes:
        matched = {pi for _, pi in outcome.result.partial}
        right = {pi for _, pi in outcome.result.end_to_end}
        for pi, pred in enumerate(outcome.pred):
            row = counts[pred.rule or "(no rule)"]
            row[0] += 1
            row[1] += pi in matched
            row[2] += pi in right
    return {
        rule: {
            "predicted": n,
            "matched": m,
            "right_source": r,
            "precision": round(m / n, 3) if n else 0.0,
            "end_to_end_precision": round(r / n, 3) if n else 0.0,
        }
        for rule, (n, m, r) in sorted(counts.items(), key=lambda item: -item[1][0])
    }


def format_rules(rules: dict[str, dict[str, float]]) -> str:
    """:func:`rule_table` as a markdown table."""
    rows = [
        "| rule | predicted | matched | right source | precision | end-to-end precision |",
        "|---" + "|--:" * 5 + "|",
    ]
    for rule, row in rules.items():
        rows.append(
            f"| {rule} | {row['predicted']} | {row['matched']} | {row['right_source']} | "
            f"{row['precision']:.3f} | {row['end_to_end_precision']:.3f} |"
        )
    return "\n".join(rows)


# --- the error report ---------------------------------------------------------------------------------------

#: Where a sentence ends: . ! or ? (and closing quotes or brackets) before a space, or a line break.
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019\u00bb)\]]*(?=\s)|\n")
_MARKDOWN = re.compile(r"([\\`*_<>|])")
CONTEXT_CHARS = 300


def _head(text: str, size: int) -> str:
    return text if len(text) <= size else text[:size] + "…"


def _tail(text: str, size: int) -> str:
    return text if len(text) <= size else "…" + text[-size:]


def _middle(text: str, size: int) -> str:
    half = size // 2
    return text if len(text) <= size else text[:half] + " … " + text[-half:]


def marked_context(text: str, attribution: Attribution, size: int = CONTEXT_CHARS) -> str:
    """The attribution's sentence(s), content in ``[[...]]``, source in ``{{...}}``, about ``size`` chars.

    The window runs from the end of the sentence before the attribution to the end of the sentence it ends
    in; context outside the attribution is cut to a quarter of ``size`` each side, long fragments in the
    middle. One line, markdown-escaped.
    """
    marks = sorted(
        [(start, end, "[[", "]]") for start, end in attribution.content]
        + [(start, end, "{{", "}}") for start, end in attribution.source]
    )
    if not marks:
        return ""
    first, last = marks[0][0], max(end for _, end, _, _ in marks)
    window_start = max(0, first - size)
    window_start = max(
        [m.end() for m in _SENTENCE_END.finditer(text, window_start, first)], default=window_start
    )
    # Look for the sentence end from the last word, so that a quote ending in '.”' ends the window there.
    window_end = _SENTENCE_END.search(text, trim(text, first, last)[1], last + size)
    pieces = [_tail(text[window_start:first], size // 4)]
    pos = first
    for start, end, opening, closing in marks:
        if start > pos:
            pieces.append(_middle(text[pos:start], size // 2))
        if end > max(start, pos):
            pieces.append(opening + _middle(text[max(start, pos) : end], size // 2) + closing)
        pos = max(pos, end)
    pieces.append(_head(text[last : max(last, window_end.end()) if window_end else last + size], size // 4))
    return _escape(" ".join("".join(pieces).split()))


@attrs.frozen
class ErrorItem:
    """One error for the report: ``kind`` is "missed", "spurious" or "wrong source".

    ``cue``: gold's cue words (missed) or the prediction's cue lemma, "(none)" without one; ``pattern``:
    "gold direct" / "gold indirect" (missed) or the prediction's rule, "(no rule)" without one;
    ``lines``: the marked context, for a wrong source the gold's then the prediction's; ``category``: for a
    missed attribution, the shape of reported speech it has (:func:`miss_category`).
    """

    kind: str
    cue: str
    pattern: str
    article_id: str
    lines: tuple[str, ...]
    category: str = ""


#: Words that relative clauses use as a source: "..., who said ...".
_RELATIVE_SOURCES = frozenset({"who", "which", "that", "whom"})
#: Words before a cue that make it a noun: "the claim that", "his report".
_NOUN_CUE_OPENERS = frozenset({"a", "an", "the", "his", "her", "its", "their", "our", "this", "that"})
_GERUND_OR_TO = re.compile(r"(?:to\s|\w+ing\b)", re.IGNORECASE)


def miss_category(text: str, gold: Attribution, cue_forms: Callable[[str], str | None]) -> str:
    """The shape of a missed gold attribution, from its text alone (issue 11's categories, in this order):
    "direct quote"; "cognition cue" / "cue not in lexicon" (``cue_forms``: a cue word's class, or None);
    "noun cue" ("the claim that ..."); "interrupted clause" (content on both sides of the cue);
    "relative-pronoun source"; "infinitive or gerund content"; "coordinated content" ("X and that Y", "X;
    Y"); "no source in the text"; else "other"."""
    if gold.direct:
        return "direct quote"
    words = gold.cue_text.split()
    classes = [cue_forms(w) for w in words]
    if "according" not in words and "speech" not in classes:
        return "cognition cue" if "cognition" in classes else "cue not in lexicon"
    if words and words[0] in _NOUN_CUE_OPENERS:
        return "noun cue"
    parts = sorted(gold.content)
    if len(parts) > 1 and gold.cue_text and gold.cue_text in text[parts[0][1] : parts[-1][0]].lower():
        return "interrupted clause"
    source = " ".join(text[start:end] for start, end in gold.source).strip().lower()
    if source in _RELATIVE_SOURCES:
        return "relative-pronoun source"
    content = " ".join(text[start:end] for start, end in gold.content).strip()
    if _GERUND_OR_TO.match(content):
        return "infinitive or gerund content"
    if " and that " in content or ";" in content:
        return "coordinated content"
    if not gold.source:
        return "no source in the text"
    return "other"


def _cue_forms() -> Callable[[str], str | None]:
    """The class of a written form of the default cue lexicon (imported only now), or None."""
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    lexicon = importlib.import_module("quotekit.lang.en")
    table: dict[str, str] = {}
    for lemma, cls in lexicon.cue_lexicon().items():
        table.update(dict.fromkeys(lexicon.verb_forms(lemma), cls))
    return lambda word: table.get(word.lower())


def _pred_item(kind: str, article: Article, pred: Attribution, lines: tuple[str, ...]) -> ErrorItem:
    return ErrorItem(kind, pred.cue_text or "(none)", pred.rule or "(no rule)", article.id, lines)


def collect_errors(outcomes: Iterable[Outcome]) -> list[ErrorItem]:
    """Missed gold, spurious predictions and wrong-source matches (by partial matching), in text order."""
    items: list[ErrorItem] = []
    forms = _cue_forms()
    for outcome in outcomes:
        article, pred, result = outcome.article, outcome.pred, outcome.result
        text = article.text
        for gi in result.missed(len(article.gold)):
            gold = article.gold[gi]
            pattern = "gold direct" if gold.direct else "gold indirect"
            line = marked_context(text, gold)
            category = miss_category(text, gold, forms)
            items.append(
                ErrorItem("missed", gold.cue_text or "(none)", pattern, article.id, (line,), category)
            )
        for pi in result.spurious(len(pred)):
            items.append(_pred_item("spurious", article, pred[pi], (marked_context(text, pred[pi]),)))
        for gi, pi in result.wrong_source():
            lines = (marked_context(text, article.gold[gi]), marked_context(text, pred[pi]))
            items.append(_pred_item("wrong source", article, pred[pi], lines))
    return items


ERROR_KINDS = ("missed", "spurious", "wrong source")
#: Rows of a counts table; smaller groups are summed into one last row.
TABLE_ROWS = 40


def _grouped(items: Iterable[ErrorItem], field: str) -> list[tuple[str, list[ErrorItem]]]:
    """Items grouped by their ``field`` ("cue" or "pattern"), biggest group first."""
    groups: defaultdict[str, list[ErrorItem]] = defaultdict(list)
    for item in items:
        groups[getattr(item, field)].append(item)
    return sorted(groups.items(), key=lambda group: (-len(group[1]), group[0]))


def _escape(text: str) -> str:
    return _MARKDOWN.sub(r"\\\1", text)


def _counts_table(items: Sequence[ErrorItem], field: str) -> list[str]:
    """Errors of each kind per group, biggest first; past :data:`TABLE_ROWS`, one row for the rest."""
    groups = _grouped(items, field)
    rows = [(_escape(name), group) for name, group in groups[:TABLE_ROWS]]
    if len(groups) > TABLE_ROWS:
        rest = [item for _, group in groups[TABLE_ROWS:] for item in group]
        rows.append((f"({len(groups) - TABLE_ROWS} smaller groups)", rest))
    lines = [f"| {field} | " + " | ".join(ERROR_KINDS) + " | total |", "|---" + "|--:" * 4 + "|"]
    for name, group in rows:
        kinds = Counter(item.kind for item in group)
        lines.append(f"| {name} | " + " | ".join(str(kinds[k]) for k in ERROR_KINDS) + f" | {len(group)} |")
    return lines


def _examples(items: Sequence[ErrorItem], heading: str, field: str, limit: int) -> list[str]:
    """A section: a subsection per group of ``field`` (the :data:`TABLE_ROWS` biggest, biggest first), each
    with its first ``limit`` items (0: all).

    Each item shows the article id, the other grouping (the pattern of a cue group and vice versa) and its
    marked context.
    """
    other = "pattern" if field == "cue" else "cue"
    groups = _grouped(items, field)
    lines = ["", f"## {heading}"]
    for name, group in groups[:TABLE_ROWS]:
        lines += ["", f"### {_escape(name)} ({len(group)})", ""]
        for item in group[:limit] if limit else group:
            first, *rest = item.lines
            lines.append(f"- `{item.article_id}` ({other}: {_escape(getattr(item, other))}) {first}")
            lines += [f"  - predicted: {line}" for line in rest]
        if limit and len(group) > limit:
            lines.append(f"- … {len(group) - limit} more")
    if len(groups) > TABLE_ROWS:
        lines += ["", f"({len(groups) - TABLE_ROWS} smaller groups not shown.)"]
    return lines


def error_report(outcomes: Sequence[Outcome], title: str, examples: int = 10) -> str:
    """The markdown error report: counts per cue and per pattern, then examples of each group."""
    items = collect_errors(outcomes)
    by_kind = {kind: [item for item in items if item.kind == kind] for kind in ERROR_KINDS}
    lines = [
        f"# {title}: errors",
        "",
        f"{len(outcomes)} articles, {sum(len(o.article.gold) for o in outcomes)} gold attributions, "
        f"{sum(len(o.pred) for o in outcomes)} predicted: {len(by_kind['missed'])} missed, "
        f"{len(by_kind['spurious'])} spurious, {len(by_kind['wrong source'])} matched with a wrong source "
        "(partial matching, token-overlap F1 >= 0.5). Content is marked [[...]], source {{...}}. Gold cues "
        "are the words as written, predicted cues are lemmas; a gold pattern is its direct flag, a predicted "
        "one its rule.",
        "",
        "## Counts by cue",
        "",
        *_counts_table(items, "cue"),
        "",
        "## Counts by pattern",
        "",
        *_counts_table(items, "pattern"),
        "",
        "## Missed gold attributions by category (polnear.miss_category)",
        "",
        *_counts_table(by_kind["missed"], "category"),
    ]
    for kind, field, heading in (
        ("missed", "category", "Missed gold attributions, by category"),
        ("missed", "cue", "Missed gold attributions, by cue"),
        ("spurious", "cue", "Spurious predictions, by cue"),
        ("missed", "pattern", "Missed gold attributions, by pattern"),
        ("spurious", "pattern", "Spurious predictions, by pattern"),
        ("wrong source", "pattern", "Wrong-source matches (gold, then predicted), by pattern"),
    ):
        lines += _examples(by_kind[kind], heading, field, examples)
    return "\n".join(lines) + "\n"


# --- command line -------------------------------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--split", choices=("dev", "train"), default="dev", help="which file (default: dev)")
    parser.add_argument(
        "--data",
        type=Path,
        default=DEFAULT_DATA,
        help="folder of polnear-{dev,train}.jsonl (default: ../shared/polnear)",
    )
    parser.add_argument("--limit", type=int, help="only the first N articles")
    parser.add_argument("--json", type=Path, metavar="OUT.json", help="write the numbers as JSON")
    parser.add_argument("--errors", type=Path, metavar="OUT.md", help="write an error report in markdown")
    parser.add_argument(
        "--examples", type=int, default=10, help="examples per error group (0: all; default 10)"
    )
    parser.add_argument(
        "--cue-classes", help="comma-separated cue classes for quotekit.Extractor, e.g. speech,cognition"
    )
    parser.add_argument(
        "--attributions",
        choices=("speech", "all"),
        default="speech",
        help="quotekit.Extractor(attributions=...): reported speech (default) or every attribution (all)",
    )
    parser.add_argument(
        "--full-parse",
        action="store_true",
        help="parse every sentence fully (quotekit.Extractor(full_parse=True)), to compare with the default",
    )
    parser.add_argument(
        "--threads",
        type=int,
        default=None,
        help="torch CPU threads for stanza (quotekit.Extractor(threads=N)); 1 on a busy machine",
    )
    parser.add_argument(
        "--parse-cache",
        type=Path,
        metavar="DIR",
        help="keep stanza's parses in DIR (parsecache.py): a second run scores a rule change in seconds",
    )
    parser.add_argument(
        "--predictor",
        default="quotekit",
        help="quotekit (default), gold (the harness's self-check: every score 1.0) or MODULE:FUNCTION, a "
        "function from text to quote-like objects",
    )
    return parser


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    path: Path = args.data / f"polnear-{args.split}.jsonl"
    if not path.is_file():
        print(
            f"polnear: {path} not found; pass --data DIR, the folder holding polnear-{args.split}.jsonl",
            file=sys.stderr,
        )
        return 2
    articles = load_articles(path, args.limit)
    cue_classes = (
        None if args.cue_classes is None else [c.strip() for c in args.cue_classes.split(",") if c.strip()]
    )
    cache = parse_cache(args.parse_cache) if args.parse_cache else contextlib.nullcontext()
    with cache:
        start = time.perf_counter()
        predict = make_predictor(
            args.predictor, cue_classes, args.full_parse, args.threads, args.attributions
        )
        setup_seconds = time.perf_counter() - start
        outcomes = evaluate(articles, predict, Progress(len(articles)))
    data = report(
        outcomes,
        split=args.split,
        predictor=args.predictor,
        cue_classes=cue_classes,
        attributions=args.attributions,
        full_parse=args.full_parse,
        setup_seconds=round(setup_seconds, 3),
    )
    title = f"{args.predictor} on PolNeAR {args.split}"
    print(
        f"{title}: {data['articles']} articles, {data['words']} words, {data['gold']} gold, "
        f"{data['predicted']} predicted\n"
    )
    print(format_table(total(outcomes)))
    print("\n" + format_rules(rule_table(outcomes)) + "\n")
    print(
        f"speed: {data['words_per_second'] or 0:,.0f} words/s "
        f"({data['extract_seconds']} s predicting; {data['setup_seconds']} s setting up)"
    )
    if args.json:
        _write(args.json, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    if args.errors:
        _write(args.errors, error_report(outcomes, title, args.examples))
    return 0


if __name__ == "__main__":
    sys.exit(main())
