"""The dependency-tree shortcut gives exactly stanza's trees (random score tables here; the real parser in
test_end_to_end)."""

from __future__ import annotations

import numpy as np
import pytest

from quotekit.parse import one_root_tree, single_root_tree

chuliu = pytest.importorskip("stanza.models.common.chuliu_edmonds")


def random_scores(rng: np.random.Generator, size: int, sharpness: float) -> np.ndarray:
    """Log-probabilities of each word's head, as stanza's parser gives them; sharper tables are more often
    trees already."""
    logits = rng.normal(size=(size, size)) * sharpness
    for x in range(1, size):  # a parser usually prefers a nearby head
        logits[x, max(0, x - 1)] += sharpness
    return logits - np.log(np.exp(logits).sum(axis=1, keepdims=True))  # type: ignore[no-any-return]


@pytest.mark.parametrize("size", [2, 3, 5, 12, 40])
@pytest.mark.parametrize("sharpness", [0.5, 2.0, 6.0])
def test_shortcut_trees_equal_stanza_trees(size: int, sharpness: float) -> None:
    """Whenever the shortcut gives a tree, stanza's single-root Chu-Liu-Edmonds gives the same one."""
    rng = np.random.default_rng(size * 100 + int(sharpness * 10))
    found = 0
    for _ in range(200):
        scores = random_scores(rng, size, sharpness)
        tree = single_root_tree(scores)
        if tree is not None:
            found += 1
            assert tree.tolist() == chuliu.chuliu_edmonds_one_root(scores).tolist()
    if sharpness >= 6.0:
        assert found > 0, "sharp tables should often be trees already"


@pytest.mark.parametrize(
    ("heads", "expected"),
    [
        ([0, 0, 1, 2], [0, 0, 1, 2]),  # a chain under the root: kept
        ([0, 2, 1, 0], None),  # words 1 and 2 head each other: a cycle
        ([0, 0, 0, 1], None),  # two words under the root
    ],
)
def test_shortcut_declines_cycles_and_several_roots(heads: list[int], expected: list[int] | None) -> None:
    size = len(heads)
    scores = np.full((size, size), -10.0)
    for x, h in enumerate(heads):
        scores[x, h] = 0.0
    tree = single_root_tree(scores)
    assert (tree.tolist() if tree is not None else None) == expected


@pytest.mark.parametrize("size", [2, 3, 4, 7, 15, 40, 90])
@pytest.mark.parametrize("sharpness", [0.3, 1.0, 3.0])
def test_one_root_trees_equal_stanza_trees(size: int, sharpness: float) -> None:
    """The array-based decoder finds exactly the tree of stanza's single-root Chu-Liu-Edmonds, on tables
    blunt enough that most need several contractions."""
    rng = np.random.default_rng(size * 1000 + int(sharpness * 10))
    for _ in range(60 if size < 40 else 15):
        scores = random_scores(rng, size, sharpness)
        expected = chuliu.chuliu_edmonds_one_root(scores).tolist()
        tree = one_root_tree(scores).tolist()
        assert tree == expected
        assert tree[0] == 0 and tree[1:].count(0) == 1


@pytest.mark.parametrize(
    "scores",
    [
        [[0.0]],  # the root alone
        [[0.0, -np.inf], [-np.inf, -np.inf]],  # a word without any possible head
        [[0.0, 0.0], [0.0, 0.0]],  # ties everywhere
    ],
)
def test_one_root_tree_of_degenerate_tables(scores: list[list[float]]) -> None:
    """Tables a parser would not give still yield a tree: every word under a head, the root its own."""
    tree = one_root_tree(np.array(scores)).tolist()
    assert len(tree) == len(scores) and tree[0] == 0
    assert all(0 <= head < len(scores) for head in tree)
