"""Dependency trees decoded faster, identical to stanza's: the maximum spanning tree with one root word.

stanza's graph parser scores every (word, head) pair and decodes a tree with Chu-Liu-Edmonds in Python
loops. Here the same trees come from array operations (tests compare them word by word), installed on one
pipeline object by :func:`install_fast_trees` without changing stanza's modules.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

__all__ = ["install_fast_trees", "one_root_tree", "single_root_tree"]


def single_root_tree(scores: Any) -> Any:
    """The tree of the best head of each word, when that is a tree with one word under the root; else None.

    ``scores[x, y]`` scores word ``y`` (0: the root) as the head of word ``x`` (row 0 is the root's own).
    The maximum spanning tree with one root word that stanza's Chu-Liu-Edmonds decoder searches for is this
    one whenever it exists: no tree scores more than every word's best head, and this one obeys the
    single-root rule (Stanojević & Cohen 2021, "A Root of a Problem"). With a trained parser that is most
    sentences, and finding it is a few array operations instead of a search with contractions in Python.

    >>> import numpy as np
    >>> single_root_tree(np.log(np.array([[0.4, 0.3, 0.3], [0.1, 0.1, 0.8], [0.7, 0.2, 0.1]]))).tolist()
    [0, 2, 0]
    """
    import numpy as np

    size = scores.shape[0]
    masked = np.array(scores, dtype=np.float64)
    np.fill_diagonal(masked, -np.inf)
    tree = np.zeros(size, dtype=np.int64)
    tree[1:] = np.argmax(masked[1:], axis=1)
    if size > 1 and int(np.count_nonzero(tree[1:] == 0)) != 1:
        return None
    return None if _a_cycle(tree.tolist()) is not None else tree


def one_root_tree(scores: Any) -> Any:
    """The maximum spanning tree with exactly one word under the root: the tree stanza's decoder
    (``chuliu_edmonds_one_root``) finds, by the same method (root arcs weighted down so that one root arc
    beats two, then Chu-Liu-Edmonds), with each contraction done by array operations rather than Python
    loops over every arc.

    Here words 1 and 2 prefer each other as heads (a cycle) and word 3 prefers the root:

    >>> import numpy as np
    >>> probabilities = [[1, 1, 1, 1], [0.3, 0.1, 0.5, 0.1], [0.2, 0.6, 0.1, 0.1], [0.5, 0.2, 0.2, 0.1]]
    >>> one_root_tree(np.log(np.array(probabilities))).tolist()
    [0, 0, 1, 1]
    """
    import numpy as np

    table = np.array(scores, dtype=np.float64)
    finite = table[np.isfinite(table)]
    if table.shape[0] < 2 or finite.size == 0:
        return np.zeros(table.shape[0], dtype=np.int64)
    table[:, 0] += finite.min() * table.shape[0]
    return _chu_liu_edmonds(table)


def _prepared(table: Any) -> Any:
    """No word heads itself, and the root (row 0) heads nothing but is its own head, as stanza sets it."""
    import numpy as np

    np.fill_diagonal(table, -np.inf)
    table[0] = -np.inf
    table[0, 0] = 0.0
    return table


def _a_cycle(heads: Sequence[int]) -> list[int] | None:
    """The words of one cycle among ``heads`` (word 0, the root, heads itself and is no cycle), or None."""
    state = [0] * len(heads)  # 0 unseen, 1 on the current path, 2 done
    state[0] = 2
    for start in range(1, len(heads)):
        path, node = [], start
        while state[node] == 0:
            state[node] = 1
            path.append(node)
            node = heads[node]
        if state[node] == 1:
            return path[path.index(node) :]
        for seen in path:
            state[seen] = 2
    return None


def _chu_liu_edmonds(table: Any) -> Any:
    """The maximum spanning arborescence of ``table[dependent, head]`` from node 0 (Chu-Liu-Edmonds):
    take every node's best head; while those contain a cycle, contract the cycle to one node and solve the
    smaller table; then expand the contractions, innermost first."""
    import numpy as np

    stack = []
    table = _prepared(table)
    while True:
        heads = np.argmax(table, axis=1)
        cycle = _a_cycle(heads.tolist())
        if cycle is None:
            break
        inside = np.zeros(table.shape[0], dtype=bool)
        inside[cycle] = True
        ring, rest = np.flatnonzero(inside), np.flatnonzero(~inside)
        # entering the cycle at word v from head u gains table[v, u] - table[v, heads[v]]
        gains = table[np.ix_(ring, rest)] - table[ring, heads[ring]][:, None]
        enter = np.argmax(gains, axis=0)
        # a word u outside leaves the cycle for its best head inside it
        outward = table[np.ix_(rest, ring)]
        leave = np.argmax(outward, axis=1)
        size = rest.size + 1
        smaller = np.empty((size, size))
        smaller[:-1, :-1] = table[np.ix_(rest, rest)]
        smaller[-1, :-1] = gains[enter, np.arange(rest.size)]
        smaller[:-1, -1] = outward[np.arange(rest.size), leave]
        smaller[-1, -1] = -np.inf
        stack.append((heads, ring, rest, enter, leave))
        table = _prepared(smaller)
    tree = heads
    while stack:
        heads, ring, rest, enter, leave = stack.pop()
        inner, tree = tree, heads.copy()
        metanode = rest.size
        for k in range(1, rest.size):
            head = int(inner[k])
            tree[rest[k]] = ring[leave[k]] if head == metanode else rest[head]
        head = int(inner[metanode])
        tree[ring[enter[head]]] = rest[head]
    tree[0] = 0
    return tree


def install_fast_trees(pipeline: Any) -> None:
    """Let this pipeline's dependency parser take :func:`single_root_tree` when it exists, and
    :func:`one_root_tree` otherwise: stanza's trees (tests compare them), found several times faster. Only
    this pipeline object changes, nothing of stanza's modules; with a parser of another kind (one without
    stanza's graph decoder) nothing changes at all."""
    try:
        from stanza.models.depparse import model as depparse_model

        model = pipeline.processors["depparse"].trainer.model
        resolve = depparse_model.resolve_head_constraint_violations
        prefix = int(depparse_model.VOCAB_PREFIX_SIZE)
    except (AttributeError, ImportError, KeyError, TypeError):
        return
    if not callable(getattr(model, "decode_graph_predictions", None)):
        return
    model.decode_graph_predictions = functools.partial(_decode_trees, resolve, prefix)


def _decode_trees(
    resolve: Any,
    prefix: int,
    vocab: Any,
    batch_size: int,
    preds: Sequence[Any],
    sentlens: Sequence[int],
    resolve_head_constraints: bool = False,
) -> list[list[list[Any]]]:
    """stanza's ``GraphParser.decode_graph_predictions``, its trees found by :func:`single_root_tree` where
    each word's best head already forms one and by :func:`one_root_tree` otherwise."""
    out: list[list[list[Any]]] = []
    for i, size in enumerate(sentlens[:batch_size]):
        scores = preds[0][i][:size, :size]
        tree = single_root_tree(scores)
        if tree is None:
            tree = one_root_tree(scores)
        if resolve_head_constraints:
            tree, label_ids = resolve(scores, preds[2][i][:size, :size, :], tree, vocab)
            deprels = vocab.unmap([r + prefix for r in label_ids])
        else:
            deprels = vocab.unmap([preds[1][i][j + 1][h] for j, h in enumerate(tree[1:])])
        out.append([[tree[1:][j], deprels[j]] for j in range(size - 1)])
    return out
