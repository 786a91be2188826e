# ruff: noqa: E501  (rule tables: one row per line, as in tests/test_rules.py)
"""Sentence breaks the tokenizer put after an abbreviated title, taken back before the tagger
(quotekit.parse.breaks): a table of our own sentences as token lists, negatives included; and on the real
models, the sentence a title no longer ends."""

from __future__ import annotations

import pytest

from quotekit import Extractor
from quotekit.parse import Piece, load_pipeline, parse_pieces
from quotekit.parse.breaks import title_breaks
from quotekit.text import find_paragraphs

# fmt: off
#: Sentences as token lists, whether a line break follows each -> the sentences joined to the next.
BREAK_ROWS: dict[str, tuple[list[list[str]], list[bool], list[int]]] = {
    "senator_before_name": ([["said", "Sen."], ["Ann", "Kim", "."]], [False], [0]),
    "representative_mid_sentence": ([["Rival", "Rep."], ["Tom", "Lee", "won", "."]], [False], [0]),
    "honorific": ([["a", "letter", "from", "Mr."], ["Okafor", "."]], [False], [0]),
    "two_breaks": ([["Gov."], ["Ruiz", "and", "Sen."], ["Kim", "."]], [False, False], [0, 1]),
    "period_its_own_token": ([["Sen", "."], ["Ann", "Kim", "spoke", "."]], [False], [0]),
    # negatives: a line break, a lower-case word after, a title without its period, a full stop after a word
    "paragraph_after": ([["The", "Rev."], ["Services", "resume", "."]], [True], []),
    "lower_case_after": ([["at", "5", "p.m", "Sen."], ["and", "more"]], [False], []),
    "title_without_period": ([["said", "Sen"], ["Kim", "."]], [False], []),
    "sentence_end": ([["She", "left", "."], ["Ann", "Kim", "stayed", "."]], [False], []),
    "whole_word_title": ([["He", "thanked", "the", "Lord", "."], ["Ann", "wept", "."]], [False], []),
    "one_sentence": ([["Sen.", "Kim", "spoke", "."]], [], []),
}
# fmt: on


@pytest.mark.parametrize("name", sorted(BREAK_ROWS))
def test_title_breaks(name: str) -> None:
    sentences, new_lines, expected = BREAK_ROWS[name]
    assert title_breaks(sentences, new_lines) == expected


# fmt: off
#: Text -> its sentences on the real models, as text.
MODEL_ROWS: dict[str, tuple[str, list[str]]] = {
    "inverted_speaker": ("“The vote was close,” said Rep. Ann Scott at the time.", ["“The vote was close,” said Rep. Ann Scott at the time."]),
    "two_sentences_kept": ("The plan was backed by Sen. Tom Lee. He said it would pass.", ["The plan was backed by Sen. Tom Lee.", "He said it would pass."]),
    "opening_title": ("The vote was over.\n\nSen. Ann Kim said the vote was close.", ["The vote was over.", "Sen. Ann Kim said the vote was close."]),
    "paragraph_kept": ("The letter was signed by the Rev.\n\nServices resume on Sunday.", ["The letter was signed by the Rev.", "Services resume on Sunday."]),
}
# fmt: on


@pytest.mark.parametrize("name", sorted(MODEL_ROWS))
def test_title_breaks_on_the_models(extractor: Extractor, name: str) -> None:
    """``extractor`` only makes the test skip (or fail on CI) when the models are missing."""
    text, expected = MODEL_ROWS[name]
    (parse,) = parse_pieces([Piece(text, 0, len(text), find_paragraphs(text))], load_pipeline(None), 1)
    assert [text[s.start : s.end] for s in parse.sentences] == expected
