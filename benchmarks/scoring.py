"""Scoring of predicted attributions against gold ones, as ``../shared/polnear/README.md`` defines it.

Pure functions over character offsets; nothing here imports quotekit, so the tests run without models.

- **Partial** match: token-overlap F1 >= 0.5 between the two contents (tokens are lowercased ``\\w+`` runs,
  counted as a bag), for contents that share at least one character.
- **Exact** match: the same outer extent (first fragment's start to last fragment's end) once whitespace,
  punctuation and quotation marks are trimmed from both ends.
- Matching is one-to-one per article and greedy: the highest-F1 pair first (for exact matching every
  candidate pair ties); among equal pairs the one whose sources agree, then text order.
- **Source accuracy**: over partially matched pairs whose gold has a source, the share whose predicted
  source overlaps it. **End-to-end**: a partial match whose sources overlap or are both empty.
- Counts are summed over articles (micro average) before any ratio is taken.

>>> text = 'Smith said: "We will win." Jones disagreed.'
>>> gold = [Attribution(content=[(12, 26)], source=[(0, 5)], direct=True)]
>>> pred = [Attribution(content=[(13, 24)], source=[(0, 5)], direct=True)]
>>> tally = score_article(text, gold, pred).tally
>>> tally.counts["exact", "all"].f1, tally.counts["end_to_end", "all"].f1, tally.source_accuracy
(1.0, 1.0, 1.0)
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence

import attrs

__all__ = [
    "LEVELS",
    "PARTIAL_THRESHOLD",
    "SUBSETS",
    "ArticleResult",
    "Attribution",
    "Counts",
    "Tally",
    "exact_key",
    "gold_subset",
    "match_exact",
    "match_partial",
    "overlap_f1",
    "overlaps",
    "pred_subset",
    "score_article",
    "sources_agree",
    "strip_marks",
    "summary",
    "tokens",
    "trim",
]

Frag = tuple[int, int]
Frags = tuple[Frag, ...]
#: A matched pair: (index into the gold list, index into the prediction list).
Pair = tuple[int, int]

#: Lowest token-overlap F1 that counts as a partial content match.
PARTIAL_THRESHOLD = 0.5
#: Gold subsets reported: every attribution, direct ones (quote marks cover > half the content), the rest.
SUBSETS = ("all", "direct", "indirect")
#: ``partial`` and ``exact`` score content only; ``end_to_end`` also needs the source right.
LEVELS = ("partial", "exact", "end_to_end")

_TOKEN = re.compile(r"\w+")
#: Characters trimmed before exact comparison besides whitespace and Unicode punctuation (category P*,
#: which holds every quotation mark, so NYT's '' needs nothing special): the grave and acute accents,
#: symbols (Sk) that typists use as quotes.
QUOTE_SYMBOLS = frozenset("`\u00b4")


def _frags(value: Iterable[Sequence[int]]) -> Frags:
    return tuple((int(frag[0]), int(frag[1])) for frag in value)


@attrs.frozen
class Attribution:
    """One gold or predicted attribution, as character offsets into the article text.

    - ``content``, ``source``: fragments ``(start, end)``, end exclusive; ``source`` is empty when none.
    - ``direct``: gold's PolNeAR flag; for a prediction, whether it claims a direct quote,
      ``None`` when the predictor does not say.
    - ``cue_text``: gold's cue words (lowercased) or the prediction's cue lemma, "" when there is none.
    - ``rule``: the prediction's rule name, "" for gold or when unknown.
    """

    content: Frags = attrs.field(converter=_frags)
    source: Frags = attrs.field(converter=_frags)
    direct: bool | None
    cue_text: str = ""
    rule: str = ""


def tokens(text: str, spans: Iterable[Frag]) -> Counter[str]:
    """The lowercased ``\\w+`` tokens of the fragments of ``text``, as a bag.

    >>> sorted(tokens("He said: 'It's fine,' he said.", [(0, 7), (10, 20)]).items())
    [('fine', 1), ('he', 1), ('it', 1), ('s', 1), ('said', 1)]
    """
    return Counter(m.group().lower() for start, end in spans for m in _TOKEN.finditer(text[start:end]))


def overlap_f1(gold: Counter[str], pred: Counter[str]) -> float:
    """Token-overlap F1 of two bags: ``2 * |gold & pred| / (|gold| + |pred|)``; 0.0 if both are empty."""
    total = gold.total() + pred.total()
    return 2 * (gold & pred).total() / total if total else 0.0


def overlaps(a: Iterable[Frag], b: Iterable[Frag]) -> bool:
    """Whether any fragment of ``a`` shares at least one character with any fragment of ``b``."""
    b = tuple(b)
    return any(a_start < b_end and b_start < a_end for a_start, a_end in a for b_start, b_end in b)


def sources_agree(gold: Attribution, pred: Attribution) -> bool:
    """The end-to-end source test: the sources overlap, or neither names a source."""
    return overlaps(gold.source, pred.source) if gold.source or pred.source else True


def _is_mark(char: str) -> bool:
    return char.isspace() or char in QUOTE_SYMBOLS or unicodedata.category(char).startswith("P")


def trim(text: str, start: int, end: int) -> Frag:
    """``(start, end)`` narrowed past whitespace, punctuation and quotation marks at both ends.

    >>> text = "''We will win,'' he said."
    >>> text[slice(*trim(text, 0, 16))]
    'We will win'
    """
    while start < end and _is_mark(text[start]):
        start += 1
    while end > start and _is_mark(text[end - 1]):
        end -= 1
    return start, end


def strip_marks(text: str) -> str:
    """``text`` without whitespace, punctuation and quotation marks at its ends: ``"said:"`` -> ``"said"``."""
    return text[slice(*trim(text, 0, len(text)))]


def exact_key(text: str, content: Sequence[Frag]) -> Frag | None:
    """What exact matching compares: the trimmed outer extent of the fragments; ``None`` if there are none."""
    if not content:
        return None
    return trim(text, min(start for start, _ in content), max(end for _, end in content))


def _greedy(ranked: Iterable[Pair]) -> tuple[Pair, ...]:
    """Take pairs best first, skipping any whose gold or prediction is already taken."""
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    taken: list[Pair] = []
    for gi, pi in ranked:
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            taken.append((gi, pi))
    return tuple(taken)


def match_partial(text: str, gold: Sequence[Attribution], pred: Sequence[Attribution]) -> tuple[Pair, ...]:
    """One-to-one partial matches, the highest token-overlap F1 first (ties: agreeing sources first).

    Only contents that share a character are compared, so that repeated wording elsewhere in the
    article cannot match.
    """
    gold_tokens = [tokens(text, g.content) for g in gold]
    pred_tokens = [tokens(text, p.content) for p in pred]
    candidates: list[tuple[float, bool, int, int]] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if overlaps(g.content, p.content):
                f1 = overlap_f1(gold_tokens[gi], pred_tokens[pi])
                if f1 >= PARTIAL_THRESHOLD:
                    candidates.append((-f1, not sources_agree(g, p), gi, pi))
    return _greedy((gi, pi) for _, _, gi, pi in sorted(candidates))


def match_exact(text: str, gold: Sequence[Attribution], pred: Sequence[Attribution]) -> tuple[Pair, ...]:
    """One-to-one exact matches: equal :func:`exact_key` (ties: agreeing sources first, then text order)."""
    gold_keys = [exact_key(text, g.content) for g in gold]
    pred_keys = [exact_key(text, p.content) for p in pred]
    candidates = sorted(
        (not sources_agree(g, p), gi, pi)
        for gi, g in enumerate(gold)
        for pi, p in enumerate(pred)
        if gold_keys[gi] is not None and gold_keys[gi] == pred_keys[pi]
    )
    return _greedy((gi, pi) for _, gi, pi in candidates)


@attrs.frozen
class Counts:
    """Counts behind precision and recall for one level and subset; they add up across articles.

    ``gold_hit`` gold attributions were matched out of ``gold``; ``pred_hit`` predictions were matched out
    of ``pred``. For the whole set the two hit counts are equal; for a subset they can differ, because a
    prediction's subset is its own ``direct`` flag, not its gold partner's. Ratios over zero are 0.0.
    """

    gold: int = 0
    pred: int = 0
    gold_hit: int = 0
    pred_hit: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.gold + other.gold,
            self.pred + other.pred,
            self.gold_hit + other.gold_hit,
            self.pred_hit + other.pred_hit,
        )

    @property
    def precision(self) -> float:
        return self.pred_hit / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.gold_hit / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _add(a: tuple[int, int], b: tuple[int, int]) -> tuple[int, int]:
    return a[0] + b[0], a[1] + b[1]


def _zero_counts() -> dict[tuple[str, str], Counts]:
    return {(level, subset): Counts() for level in LEVELS for subset in SUBSETS}


@attrs.frozen
class Tally:
    """Every count of one article, or the sum of several (``sum(tallies, Tally())``: micro average).

    ``counts[level, subset]`` for each of :data:`LEVELS` and :data:`SUBSETS`; ``source_total`` partial
    matches whose gold names a source, ``source_correct`` of them with an overlapping predicted source.
    """

    counts: Mapping[tuple[str, str], Counts] = attrs.field(factory=_zero_counts)
    source_correct: int = 0
    source_total: int = 0
    #: ``(correct, total)`` of the source test by the gold's subset ("direct", "indirect").
    sources: Mapping[str, tuple[int, int]] = attrs.field(factory=dict)

    def __add__(self, other: Tally) -> Tally:
        keys = self.counts.keys() | other.counts.keys()
        subsets = self.sources.keys() | other.sources.keys()
        return Tally(
            {key: self.counts.get(key, Counts()) + other.counts.get(key, Counts()) for key in keys},
            self.source_correct + other.source_correct,
            self.source_total + other.source_total,
            {
                subset: _add(self.sources.get(subset, (0, 0)), other.sources.get(subset, (0, 0)))
                for subset in subsets
            },
        )

    @property
    def source_accuracy(self) -> float:
        return self.source_correct / self.source_total if self.source_total else 0.0

    def source_accuracy_of(self, subset: str) -> float:
        """Source accuracy over the matches whose gold is in ``subset`` ("all", "direct", "indirect")."""
        if subset == "all":
            return self.source_accuracy
        correct, total = self.sources.get(subset, (0, 0))
        return correct / total if total else 0.0


def gold_subset(gold: Attribution) -> str | None:
    """``"direct"`` or ``"indirect"`` by the ``direct`` flag; ``None`` when the flag is unknown."""
    if gold.direct is None:
        return None
    return "direct" if gold.direct else "indirect"


def pred_subset(pred: Attribution, partner: Attribution | None) -> str | None:
    """A prediction's subset: its own ``direct`` flag, else its matched gold partner's, else none."""
    if pred.direct is None and partner is not None:
        return gold_subset(partner)
    return gold_subset(pred)


def _breakdown(
    gold: Sequence[Attribution],
    pred: Sequence[Attribution],
    pairs: Sequence[Pair],
    hits: Collection[Pair],
) -> dict[str, Counts]:
    """Counts per subset; ``pairs`` give unflagged predictions their subset, ``hits`` are the successes."""
    partner = {pi: gold[gi] for gi, pi in pairs}
    gold_hits = {gi for gi, _ in hits}
    pred_hits = {pi for _, pi in hits}
    out: dict[str, Counts] = {}
    for subset in SUBSETS:
        gs = [gi for gi, g in enumerate(gold) if subset in ("all", gold_subset(g))]
        ps = [pi for pi, p in enumerate(pred) if subset in ("all", pred_subset(p, partner.get(pi)))]
        out[subset] = Counts(
            len(gs), len(ps), sum(gi in gold_hits for gi in gs), sum(pi in pred_hits for pi in ps)
        )
    return out


@attrs.frozen
class ArticleResult:
    """The matching of one article and its counts.

    ``partial`` and ``exact`` are the matched pairs; ``end_to_end`` the partial pairs whose sources agree.
    """

    partial: tuple[Pair, ...]
    exact: tuple[Pair, ...]
    end_to_end: tuple[Pair, ...]
    tally: Tally

    def missed(self, n_gold: int) -> list[int]:
        """Indices of gold attributions without a partial match."""
        matched = {gi for gi, _ in self.partial}
        return [gi for gi in range(n_gold) if gi not in matched]

    def spurious(self, n_pred: int) -> list[int]:
        """Indices of predictions without a partial match."""
        matched = {pi for _, pi in self.partial}
        return [pi for pi in range(n_pred) if pi not in matched]

    def wrong_source(self) -> list[Pair]:
        """Partial matches whose sources disagree."""
        agree = set(self.end_to_end)
        return [pair for pair in self.partial if pair not in agree]


def score_article(text: str, gold: Sequence[Attribution], pred: Sequence[Attribution]) -> ArticleResult:
    """Match ``pred`` against ``gold`` in one article's ``text`` and count every score."""
    partial = match_partial(text, gold, pred)
    exact = match_exact(text, gold, pred)
    end_to_end = tuple((gi, pi) for gi, pi in partial if sources_agree(gold[gi], pred[pi]))
    counts: dict[tuple[str, str], Counts] = {}
    for level, pairs, hits in (
        ("partial", partial, partial),
        ("exact", exact, exact),
        ("end_to_end", partial, end_to_end),
    ):
        for subset, subset_counts in _breakdown(gold, pred, pairs, hits).items():
            counts[level, subset] = subset_counts
    sourced = [(gi, pi) for gi, pi in partial if gold[gi].source]
    correct = sum(overlaps(gold[gi].source, pred[pi].source) for gi, pi in sourced)
    by_subset: dict[str, tuple[int, int]] = {}
    for gi, pi in sourced:
        gold_set = gold_subset(gold[gi])
        if gold_set is not None:
            hit, seen = by_subset.get(gold_set, (0, 0))
            by_subset[gold_set] = (hit + overlaps(gold[gi].source, pred[pi].source), seen + 1)
    return ArticleResult(partial, exact, end_to_end, Tally(counts, correct, len(sourced), by_subset))


def _counts_json(counts: Counts) -> dict[str, float]:
    return {
        "gold": counts.gold,
        "pred": counts.pred,
        "gold_matched": counts.gold_hit,
        "pred_matched": counts.pred_hit,
        "precision": round(counts.precision, 4),
        "recall": round(counts.recall, 4),
        "f1": round(counts.f1, 4),
    }


def summary(tally: Tally) -> dict[str, object]:
    """The scores as plain JSON data: ``{level: {subset: {...}}, "source_accuracy": {...}}``."""
    out: dict[str, object] = {
        level: {subset: _counts_json(tally.counts[level, subset]) for subset in SUBSETS} for level in LEVELS
    }
    out["source_accuracy"] = {
        "correct": tally.source_correct,
        "total": tally.source_total,
        "accuracy": round(tally.source_accuracy, 4),
        **{
            subset: {
                "correct": correct,
                "total": total,
                "accuracy": round(tally.source_accuracy_of(subset), 4),
            }
            for subset, (correct, total) in sorted(tally.sources.items())
        },
    }
    return out
