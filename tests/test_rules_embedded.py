# ruff: noqa: E501  (rule tables: one expected attribution per line, as in tests/test_rules.py)
"""Attributions embedded in another's content (issue 19, quotekit/embedded.py): with ``attributions="all"``, a
cue heading a subordinate clause inside another cue's content ("The mayor said [the council had promised
that ...]") is left to the outer attribution; a coordinated clause and a participle adjunct keep their cues.
The default mode keeps every embedded cue. Rows as in
``tests/test_rules.py``: ``(kind, cue, content, speaker name, mention, role, affiliation, speaker kind,
rule)``. Each fixture is our own sentence, its parse corrected by hand (fixtures/README.md); the rows on
the real models are below."""

from __future__ import annotations

import pytest
from test_rules import Case, Row, check, extract_fixture, summary

from quotekit import Extractor

# fmt: off
EMBEDDED_ROWS: dict[str, Case] = {
    # a complement clause of the content ("had promised"), one with a modal ("would tell"): no row of its own
    "embedded_complement": ("The mayor said the council had promised that the road would reopen. The minister said he would tell the court that the deal was legal.", [
        ("indirect", "said", "the council had promised that the road would reopen", None, "The mayor", "mayor", None, "person", "subject"),
        ("indirect", "said", "he would tell the court that the deal was legal", None, "The minister", "minister", None, "person", "subject"),
    ]),
    # a relative clause inside the content ("who announced the delay")
    "embedded_relative": ("The mayor said the officials who announced the delay had resigned.", [
        ("indirect", "said", "the officials who announced the delay had resigned", None, "The mayor", "mayor", None, "person", "subject"),
    ]),
    # negative: a participle adjunct ("by promising") and a coordinated clause ("and the governor told") keep
    # their cues inside the content
    "embedded_kept": ("The union said the mayor had won votes by promising new parks. The mayor said the road would reopen and the governor told reporters that funds were ready.", [
        ("indirect", "said", "the mayor had won votes by promising new parks", None, "The union", None, None, "organization", "subject"),
        ("indirect", "promising", "new parks", None, "the mayor", "mayor", None, "person", "participle"),
        ("indirect", "said", "the road would reopen and the governor told reporters that funds were ready", None, "The mayor", "mayor", None, "person", "subject"),
        ("indirect", "told", "that funds were ready", None, "the governor", "governor", None, "person", "subject"),
    ]),
    # "pledged", a participle before its noun, is no cue (it once was, by the textual fallback, with
    # "according to a CNN tally" its content): "according to" alone reports
    "embedded_mutual": ("Kim so far has won 758 pledged delegates, compared to Roe's 538, according to a CNN tally.", [
        ("indirect", "according to", "Kim so far has won 758 pledged delegates, compared to Roe's 538", None, "a CNN tally", None, "CNN", "document", "according-to"),
    ]),
}

#: What the default mode adds to those rows: the embedded cues, each with its own row.
SPEECH_EMBEDDED: dict[str, list[Row]] = {
    "embedded_complement": [
        ("indirect", "had promised", "that the road would reopen", None, "the council", None, None, "organization", "subject"),
        ("indirect", "would tell", "that the deal was legal", None, "he", "minister", None, "person", "subject"),
    ],
    "embedded_relative": [
        ("indirect", "announced", "the delay", None, "who", "official", None, "group", "subject"),
    ],
}
# fmt: on

#: Every fixture of this file (for tests/test_rules.py::test_every_fixture_is_in_a_table).
FIXTURES = frozenset(EMBEDDED_ROWS)


@pytest.mark.parametrize("name", sorted(EMBEDDED_ROWS))
def test_embedded_cues(name: str) -> None:
    """With ``attributions="all"``, an attribution embedded in another's content gives no row of its own."""
    check(name, EMBEDDED_ROWS[name], attributions="all")


#: Known gaps of the default mode, as strict xfails stating the right answer (the rows above).
SPEECH_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=SPEECH_GAPS[n]))
        if n in SPEECH_GAPS
        else n
        for n in sorted(EMBEDDED_ROWS)
    ],
)
def test_default_mode_keeps_embedded_cues(name: str) -> None:
    """The default mode gives an embedded attribution its own row, besides the outer one."""
    _, rows = EMBEDDED_ROWS[name]
    found = [summary(q) for q in extract_fixture(name)]
    assert sorted(found, key=str) == sorted([*rows, *SPEECH_EMBEDDED.get(name, [])], key=str)


# fmt: off
#: The same patterns on the real models (stanza's own parse of our sentences): the cue words of every quote
#: with ``attributions="all"``, and in the default mode.
MODEL_ROWS: dict[str, tuple[str, list[str], list[str]]] = {
    "complement": ("The ambassador said the rebels had agreed that the ceasefire would hold.", ["said"], ["said", "had agreed"]),
    "modal": ("The professor said she would tell the committee that the study was flawed.", ["said"], ["said", "would tell"]),
    "relative": ("The coach said the players who criticized the referee had apologized.", ["said"], ["said", "criticized"]),
    "in_direct_quote": ("“We expect the board to announce the sale next week,” the chief executive said.", ["said"], ["said"]),
    "participle_kept": ("The minister said the unions had won support by promising lower fares.", ["said", "promising"], ["said", "promising"]),
    "coordinated_kept": ("The judge said the hearing would resume, and the lawyers told reporters that they would appeal.", ["said", "told"], ["said", "told"]),
}
# fmt: on


@pytest.mark.parametrize("name", sorted(MODEL_ROWS))
@pytest.mark.parametrize("attributions", ["speech", "all"])
def test_embedded_cues_on_the_models(
    extractor: Extractor, wide_extractor: Extractor, name: str, attributions: str
) -> None:
    """The cues quotekit keeps on stanza's own parse of our sentences, in each mode."""
    text, wide_cues, speech_cues = MODEL_ROWS[name]
    chosen, expected = (extractor, speech_cues) if attributions == "speech" else (wide_extractor, wide_cues)
    assert [q.cue.span.text if q.cue else None for q in chosen.extract(text)] == expected


def test_mutual_embedding_on_the_models(wide_extractor: Extractor) -> None:
    """On stanza's own parse of the mutual-embedding sentence, the wider notion keeps the outer cue only."""
    text = EMBEDDED_ROWS["embedded_mutual"][0]
    assert [q.cue.span.text if q.cue else None for q in wide_extractor.extract(text)] == ["according to"]
