"""A short fuzz run on the real models: news paragraphs mutated with stray quotation marks of every style,
apostrophes, hard wraps and joins, checked for the span invariants and "no two quotes with the same parts".

``QUOTEKIT_FUZZ_N`` sets how many inputs (default 40: part of the test command); the long run by hand,
recorded in docs/robustness.md, is ``QUOTEKIT_FUZZ_N=1000 python -m pytest -q tests/test_fuzz_models.py``.
The paragraphs are the seed article's and the rule fixtures' (our own sentences).
"""

from __future__ import annotations

import os
import random
import textwrap
from pathlib import Path

import pytest
from checks import check_invariants, check_nothing_lost

from quotekit import Extractor

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
#: Every quotation mark quotekit knows, straight and curly, English, German, French, TeX.
MARKS = [
    "\u201c",
    "\u201d",
    "\u2018",
    "\u2019",
    '"',
    "'",
    "\u201e",
    "\u00ab",
    "\u00bb",
    "\u2039",
    "\u203a",
    "``",
    "''",
]
FUZZ_N = int(os.environ.get("QUOTEKIT_FUZZ_N", "40"))


def paragraphs() -> list[str]:
    texts = [(FIXTURES / "upi-fsa-rejects-russia.txt").read_text(encoding="utf-8")]
    texts += [p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "rules").glob("*.txt"))]
    return [p.strip() for t in texts for p in t.split("\n\n") if p.strip()]


def _stray(rng: random.Random, text: str) -> str:
    for _ in range(rng.randint(1, 6)):
        k = rng.randrange(len(text) + 1)
        text = text[:k] + rng.choice(MARKS) + text[k:]
    return text


def _drop(rng: random.Random, text: str) -> str:
    marks = [k for k, ch in enumerate(text) if ch in "\u201c\u201d\"'\u2018\u2019"]
    if marks:
        k = rng.choice(marks)
        text = text[:k] + text[k + 1 :]
    return text


def _wrap(rng: random.Random, text: str) -> str:
    return "\n".join(textwrap.wrap(text, rng.randint(30, 80)))


def _restyle(rng: random.Random, text: str) -> str:
    opener, closer = rng.choice([("\u00ab", "\u00bb"), ('"', '"'), ("\u201e", "\u201c"), ("``", "''")])
    return text.replace("\u201c", opener).replace("\u201d", closer)


def _noise(rng: random.Random, text: str) -> str:
    k = rng.randrange(len(text) + 1)
    return text[:k] + "".join(rng.choice(MARKS) for _ in range(rng.randint(5, 60))) + text[k:]


MUTATIONS = (_stray, _drop, _wrap, _restyle, _noise)


def mutated(n: int, seed: int = 13) -> list[str]:
    """``n`` inputs: one to three paragraphs joined, each put through one to three mutations."""
    rng = random.Random(seed)
    pool = paragraphs()
    out = []
    for _ in range(n):
        text = "\n\n".join(rng.sample(pool, rng.randint(1, 3)))
        for mutation in rng.sample(MUTATIONS, rng.randint(1, 3)):
            text = mutation(rng, text)
        out.append(text)
    return out


@pytest.mark.models
def test_mutated_news_keeps_the_invariants(extractor: Extractor) -> None:
    """Never raises; exact offsets; nested or disjoint; no duplicate parts; no closed quotation lost."""
    inputs = mutated(FUZZ_N)
    for text, quotes in zip(inputs, extractor.pipe(inputs), strict=True):
        check_invariants(text, quotes)
        check_nothing_lost(text, quotes, scare_quotes=False)
