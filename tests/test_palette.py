"""The HTML view's speaker colours (issue 20: two speakers' colours were too close to tell apart)."""

from __future__ import annotations

import itertools

import pytest

from quotekit.render import HUES


def hue_distance(a: float, b: float) -> float:
    return min(abs(a - b), 360 - abs(a - b))


@pytest.mark.parametrize(("apart", "least"), [(None, 36), (1, 72)])
def test_speaker_hues_keep_a_minimum_distance(apart: int | None, least: float) -> None:
    """Every two hues at least 36 degrees apart; speakers next to each other in the legend at least 72."""
    pairs = itertools.combinations(HUES, 2) if apart is None else itertools.pairwise(HUES)
    assert min(hue_distance(a, b) for a, b in pairs) >= least


def test_the_hues_are_distinct_and_fill_the_circle() -> None:
    assert len(set(HUES)) == len(HUES) == 10
    assert all(0 <= hue < 360 for hue in HUES)
