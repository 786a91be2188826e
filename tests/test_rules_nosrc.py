# ruff: noqa: E501  (rule tables: one expected attribution per line, as in tests/test_rules.py)
"""Sources of quotes that had none (issues 18 and 19). A clause ending on a colon before a quotation frames
it whatever its verb, and its main-clause subject speaks ("The minister interjected: “...”"); a paragraph
that is all quotation after one whose last sentence attributes a statement, direct or not, continues that
speaker; an inverted speaker may open with an article and a year, a partitive, a participle or a
hyphenated compound ("said a 2015 Labour candidate", "said one of two engineers", "said undecided voter
...", "said the 46-year-old"); a subject headed by a number or quantifier speaks ("Two in three said",
"Most said"). Rows as in ``tests/test_rules.py``: ``(kind, cue, content, speaker name,
mention, role, affiliation, speaker kind, rule)``. Each fixture is our own sentence, its parse corrected by
hand where the model got the pattern wrong (fixtures/README.md); the rows on the real models are below."""

from __future__ import annotations

import pytest
from checks import Found, mention_and_rule, row_or_gap, rows_and_gaps
from test_rules import Case, Row, check

from quotekit import Extractor

# fmt: off
NOSRC_ROWS: dict[str, Case] = {
    # a clause ending on a colon before a quotation: its subject speaks, whatever its verb
    "colon_frame": ("The minister paused: “So the vote will not take place this week?”", [
        ("direct", "paused", "So the vote will not take place this week?", None, "The minister", "minister", None, "person", "colon-frame"),
    ]),
    # an adjective with a copula is the clause's predicate
    "colon_frame_copula": ("The ministry was blunt in its reply: “The port will stay closed until the repairs are done.”", [
        ("direct", "blunt", "The port will stay closed until the repairs are done.", None, "The ministry", None, None, "organization", "colon-frame"),
    ]),
    # a paragraph ending on a colon introduces the next paragraph's quotation
    "colon_frame_paragraph": ("The ministry released a short statement on Friday:\n\n“We mourn the loss of a dedicated engineer and a friend.”", [
        ("direct", "released", "We mourn the loss of a dedicated engineer and a friend.", None, "The ministry", None, None, "organization", "colon-frame"),
    ]),
    # the subject of the main clause, not of a relative clause before the colon
    "colon_frame_main_clause": ("Ana Ruiz read out the rules the board had adopted: “No strike will be called without a vote of the members.”", [
        ("direct", "read out", "No strike will be called without a vote of the members.", "Ana Ruiz", "Ana Ruiz", None, None, "person", "colon-frame"),
    ]),
    # a comma before a quotation that is a whole sentence introduces it as a colon does
    "colon_frame_comma": ("The minister paused, “Nobody in this chamber believes that.”", [
        ("direct", "paused", "Nobody in this chamber believes that.", None, "The minister", "minister", None, "person", "colon-frame"),
    ]),
    # negative: a comma before a quoted phrase inside the sentence frames nothing
    "colon_frame_comma_not_phrase": ("The minister made clear with a smile that the vote was, “as anyone who reads the papers knows,” already lost.", [
        ("direct", None, "as anyone who reads the papers knows,", None, None, None, None, None, None),
    ]),
    # negative: a title after a comma is no quoted sentence, and no one says it
    "colon_frame_comma_not_title": ("Lena Okafor starred in her first feature film, “Harbour Lights.”", []),
    # negative: an expletive subject names no source
    "colon_frame_not_expletive": ("There was only one answer from the port: “Nobody knew about the plan until Monday.”", [
        ("direct", None, "Nobody knew about the plan until Monday.", None, None, None, None, None, None),
    ]),
    # negative: a heading before a dash is no clause framing the quotation; the label after the dash names
    # its speaker, as a news roundup credits an excerpt (quotekit.marks)
    "colon_frame_not_heading": ("Turnout rose in every district - Paul Mensah: “Voters came out in numbers we have not seen in decades.”", [
        ("direct", ":", "Voters came out in numbers we have not seen in decades.", "Paul Mensah", "Paul Mensah", None, None, "person", "label"),
    ]),
    # a paragraph all quotation after one whose last sentence attributes an indirect statement
    "previous_statement": ("Ana Ruiz said the port would reopen in May.\n\n“The repairs are nearly done, and the inspectors are happy with them.”", [
        ("indirect", "said", "the port would reopen in May", "Ana Ruiz", "Ana Ruiz", None, None, "person", "subject"),
        ("direct", None, "The repairs are nearly done, and the inspectors are happy with them.", "Ana Ruiz", "Ana Ruiz", None, None, "person", "previous-statement"),
    ]),
    # of several cues in that sentence, the first (the main clause's), not a cue inside its content
    "previous_statement_first_cue": ("Ana Ruiz said that critics had predicted a long closure, but they were wrong.\n\n“The repairs are nearly done, and the inspectors are happy with them.”", [
        ("indirect", "said", "that critics had predicted a long closure", "Ana Ruiz", "Ana Ruiz", None, None, "person", "subject"),
        ("indirect", "had predicted", "a long closure", None, "critics", None, None, "group", "subject"),
        ("direct", None, "The repairs are nearly done, and the inspectors are happy with them.", "Ana Ruiz", "Ana Ruiz", None, None, "person", "previous-statement"),
    ]),
    # negative: an attribution before the previous paragraph's last sentence does not carry over
    "previous_statement_not_earlier": ("Ana Ruiz said the port would reopen in May. The repairs began in March.\n\n“Nobody expected such a fast job from the contractors.”", [
        ("indirect", "said", "the port would reopen in May", "Ana Ruiz", "Ana Ruiz", None, None, "person", "subject"),
        ("direct", None, "Nobody expected such a fast job from the contractors.", None, None, None, None, None, None),
    ]),
    # inverted speakers: an article and a year, a partitive (one person, the role of the group it is one of),
    # a participle, a hyphenated compound
    "inversion_year": ("“The port will reopen in May,” said a 2015 Labour candidate.", [
        ("direct", "said", "The port will reopen in May,", None, "a 2015 Labour candidate", "candidate", "Labour", "person", "inversion"),
    ]),
    "inversion_partitive": ("“The dam held through the night,” said one of two engineers who inspected it.", [
        ("direct", "said", "The dam held through the night,", None, "one of two engineers", "engineer", None, "person", "inversion"),
    ]),
    "inversion_participle": ("“We are still making up our minds,” said undecided voter Maria Sousa of Porto.", [
        ("direct", "said", "We are still making up our minds,", "Maria Sousa", "undecided voter Maria Sousa", None, None, "person", "inversion"),
    ]),
    "inversion_hyphenated": ("“I have seen worse floods than this one,” said the 46-year-old.", [
        ("direct", "said", "I have seen worse floods than this one,", None, "the 46-year-old", None, None, "unknown", "inversion"),
    ]),
    # a subject headed by a number or quantifier (a fused head): the source of a poll's figures, a group
    "quantifier_poll": ("Two in three said they would vote for the new mayor.", [
        ("indirect", "said", "they would vote for the new mayor", None, "Two", None, None, "group", "quantifier"),
    ]),
    "quantifier_percent": ("In the new survey, 42% say the economy is getting weaker.", [
        ("indirect", "say", "the economy is getting weaker", None, "42%", None, None, "group", "quantifier"),
    ]),
    "quantifier_most": ("Most said they were worried about the spring floods.", [
        ("indirect", "said", "they were worried about the spring floods", None, "Most", None, None, "group", "quantifier"),
    ]),
    # negatives: an age after a name, a quantifier floating after its noun phrase: the noun phrase speaks
    "quantifier_not_age": ("Ana Ruiz, 43, said the port would reopen in May.", [
        ("indirect", "said", "the port would reopen in May", "Ana Ruiz", "Ana Ruiz", None, None, "person", "subject"),
    ]),
    "quantifier_not_floating": ("The ministers all said the treaty was dead.", [
        ("indirect", "said", "the treaty was dead", None, "The ministers", "minister", None, "group", "subject"),
    ]),
}
# fmt: on

#: Every fixture of this file (for tests/test_rules.py::test_every_fixture_is_in_a_table).
FIXTURES = frozenset(NOSRC_ROWS)


#: Rows that ``attributions="all"`` does not give: a cue embedded in another's content (quotekit.embedded).
EMBEDDED_ROWS = {"previous_statement_first_cue": "had predicted"}


# fmt: off
#: What the wider notion finds besides, first in text order: a poll's fronted phrase reports the clause.
WIDE_ONLY_ROWS: dict[str, list[Row]] = {
    "quantifier_percent": [
        ("indirect", "In", "42% say the economy is getting weaker", None, "the new survey", None, None, "document", "poll"),
    ],
}
# fmt: on


@pytest.mark.parametrize("name", sorted(NOSRC_ROWS))
@pytest.mark.parametrize("attributions", ["speech", "all"])
def test_sources_found(name: str, attributions: str) -> None:
    """The source of a quotation framed by a colon, continued from the previous paragraph's statement, or
    after an inverted cue, on hand-corrected parses, in both modes."""
    sentence, rows = NOSRC_ROWS[name]
    if attributions == "all" and name in EMBEDDED_ROWS:
        rows = [row for row in rows if row[1] != EMBEDDED_ROWS[name]]
    if attributions == "all":
        rows = [*WIDE_ONLY_ROWS.get(name, []), *rows]
    check(name, (sentence, rows), attributions=attributions)


# fmt: off
#: The same patterns on the real models (stanza's own parse of our sentences), in both modes.
MODEL_ROWS: dict[str, tuple[str, Found]] = {
    "colon_frame": ("The prosecutor paused: “So the witness never saw the money?”", ("The prosecutor", "colon-frame")),
    "colon_frame_object": ("Judge Helen Mwangi delivered a short reply to the defence: “The motion is denied.”", ("Judge Helen Mwangi", "colon-frame")),
    "colon_frame_comma": ("Judge Helen Mwangi paused, “The witness will answer the question.”", ("Judge Helen Mwangi", "colon-frame")),
    "colon_frame_paragraph": ("The embassy issued a short statement on Sunday:\n\n“We are in contact with the families and with the local authorities.”", ("The embassy", "colon-frame")),
    "colon_frame_not_expletive": ("There was only one answer from the ministry: “Nobody was told about the plan.”", (None, None)),
    "previous_statement": ("Minister Paolo Ferri said the tax would be cut next year.\n\n“Families have waited long enough, and the budget allows it now.”", ("Minister Paolo Ferri", "previous-statement")),
    "previous_statement_not_earlier": ("Minister Paolo Ferri said the tax would be cut. The budget was passed in June.\n\n“Nobody expected such a fast vote in the chamber.”", (None, None)),
    "inversion_year": ("“The reform came too late,” said a 2019 Green candidate.", ("a 2019 Green candidate", "inversion")),
    "inversion_partitive": ("“The bridge is safe for now,” said one of three engineers who inspected it.", ("one of three engineers", "inversion")),
    "inversion_participle": ("“We are still deciding,” said undecided voter Maria Sousa of Porto.", ("undecided voter Maria Sousa", "inversion")),
    "quantifier_poll": ("Two in three said they would vote for the new mayor.", ("Two", "quantifier")),
    "quantifier_most": ("Most said they were worried about the spring floods.", ("Most", "quantifier")),
    # the models make "42" a modifier of "survey": the fronted_subjects repair gives "say" its subject back
    "quantifier_percent": ("In the survey, 42% say the economy is getting weaker.", ("42%", "quantifier")),
    "quantifier_not_age": ("Ana Ruiz, 43, said the port would reopen in May.", ("Ana Ruiz", "subject")),
    "quantifier_not_floating": ("The ministers all said the treaty was dead.", ("The ministers", "subject")),
}

#: Known gaps on the real models, as strict xfail rows stating the right answer.
MODEL_GAPS: dict[str, tuple[str, Found, str]] = {
}
# fmt: on


@pytest.mark.parametrize("name", rows_and_gaps(MODEL_ROWS, MODEL_GAPS))
@pytest.mark.parametrize("attributions", ["speech", "all"])
def test_sources_found_on_the_models(extractors: dict[str, Extractor], name: str, attributions: str) -> None:
    """The source as quotekit reads stanza's own parse of our sentences, in both modes."""
    text, expected = row_or_gap(MODEL_ROWS, MODEL_GAPS, name)
    chosen = extractors[attributions]
    assert mention_and_rule(chosen, text, index=-1) == expected
