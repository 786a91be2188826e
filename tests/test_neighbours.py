# ruff: noqa: E501
"""Rule tables of the neighbour rules (issue 10): the speaker of a quotation no cue governs, from the
attributions next to it (:data:`quotekit.assemble.NEIGHBOUR_RULES`), on CoNLL-U fixtures of our own
sentences (no model needed)."""

from __future__ import annotations

import pytest
from test_rules import Case, check

# fmt: off
NEIGHBOUR_ROWS: dict[str, Case] = {
    # of two attributions in the sentence before, the one whose cue is nearest the quote
    "neighbour_nearest_cue": ("Ann Kim said the port would grow, and Tom Roe said the plan was fine. “It will cost more than we thought.”", [
        ("indirect", "said", "the port would grow", "Ann Kim", "Ann Kim", None, None, "person", "subject"),
        ("indirect", "said", "the plan was fine", "Tom Roe", "Tom Roe", None, None, "person", "subject"),
        ("direct", None, "It will cost more than we thought.", "Tom Roe", "Tom Roe", None, None, "person", "adjacent-sentence"),
    ]),
    # negative: an attribution in another paragraph is no neighbour of a quote inside a sentence
    "neighbour_other_paragraph": ("Ann Kim said the port would grow.\n\nThe city still has “a long way to go before it can compete.”", [
        ("indirect", "said", "the port would grow", "Ann Kim", "Ann Kim", None, None, "person", "subject"),
        ("direct", None, "a long way to go before it can compete.", None, None, None, None, None, None),
    ]),
    # a paragraph all quotation after one ending on an attributed quote whose reporting clause names the
    # speaker at length: the speaker continues
    "neighbour_long_frame": ("“We will reopen the bridge by May,” said Ann Roe, the mayor of Springfield.\n\n“The repairs are nearly done, and the inspectors are happy with them.”", [
        ("direct", "said", "We will reopen the bridge by May,", "Ann Roe", "Ann Roe", "mayor", "Springfield", "person", "inversion"),
        ("direct", None, "The repairs are nearly done, and the inspectors are happy with them.", "Ann Roe", "Ann Roe", "mayor", "Springfield", "person", "previous-paragraph"),
    ]),
    # negative: a term in quotation marks in the next sentence is no continuation of a direct quote
    "continuation_not_scare_quote": ("“The levy is unfair,” Ana Ruiz said. Farmers blame the “greedy bankers” for their debts.", [
        ("direct", "said", "The levy is unfair,", "Ana Ruiz", "Ana Ruiz", None, None, "person", "subject"),
    ]),
}
# fmt: on


@pytest.mark.parametrize("name", sorted(NEIGHBOUR_ROWS))
def test_neighbour_rules(name: str) -> None:
    """A quotation no cue governs gets the speaker the article makes clear, or none."""
    check(name, NEIGHBOUR_ROWS[name])
