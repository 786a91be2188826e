# ruff: noqa: E501  (rule tables: one expected attribution per line, as in tests/test_rules.py)
"""Verbs of the wider notion that the tagger reads as nouns (issue 19): "The audit shows/NNS that ...", "The
senator plans/NNS to run". The
offline models tag "shows" after a noun as a plural noun and break the clause after it; "that" right after
the verb still opens its complement, so the textual fallbacks of reported speech read it (``attributions=
"all"``; without "that" a verb of the wider notion takes no fallback: "She plans trips every summer"). A verb
with an infinitive content before "to" and a base form takes the infinitive to its sentence's end (not an
aspectual verb, "continues to grow", nor a noun after a possessive, "his promises to cut taxes"). The
words the parser hung on the "noun" before its subject are the subject's ("[The] audit shows/NNS"). A verb of
saying read as a noun right after the comma closing an aside is a verb in both modes ("Nordbank, the
country's largest lender, says/NNS profits fell").
Rows as in ``tests/test_rules.py``: ``(kind, cue, content, speaker name, mention, role, affiliation, speaker
kind, rule)``. The ``*_misparsed`` fixture keeps the models' parse, its twin is the hand-corrected one
(fixtures/README.md)."""

from __future__ import annotations

import pytest
from checks import row_or_gap, rows_and_gaps
from test_rules import Case, check

from quotekit import Extractor

# fmt: off
MISTAGGED_ROWS: dict[str, Case] = {
    # the models' parse: "shows" a noun root, the clause its modifier; "that" opens the content all the same,
    # and the words hung on the "noun" before its subject are the subject's
    "evidence_that_mistagged_misparsed": ("The audit shows that the ministry spent twice its budget on consultants.", [
        ("indirect", "shows", "that the ministry spent twice its budget on consultants", None, "The audit", None, None, "document", "evidence"),
    ]),
    # the parse corrected: the verb's complement clause, its subject the document
    "evidence_that_mistagged": ("The audit shows that the ministry spent twice its budget on consultants.", [
        ("indirect", "shows", "that the ministry spent twice its budget on consultants", None, "The audit", None, None, "document", "evidence"),
    ]),
    # negative: "that" as the verb's whole object is no clause
    "evidence_that_pronoun": ("The audit shows that.", []),
    # the models' parse: "plans" a noun root, the infinitive its modifier; "to" and a base form are its content
    "stance_infinitive_mistagged_misparsed": ("The senator plans to run for governor next year.", [
        ("indirect", "plans", "to run for governor next year", None, "The senator", "senator", None, "person", "stance"),
    ]),
    # the parse corrected: the verb's infinitive complement
    "stance_infinitive_mistagged": ("The senator plans to run for governor next year.", [
        ("indirect", "plans", "to run for governor next year", None, "The senator", "senator", None, "person", "stance"),
    ]),
    # negative: a noun after a possessive is a noun ("his promises to cut taxes"), no cue
    "stance_infinitive_noun": ("His promises to cut taxes were soon forgotten by the voters.", []),
}
# fmt: on

#: Verbs of saying read as nouns, in both modes: a third-person form right after the comma that closes an
#: aside, before a clause.
# fmt: off
ASIDE_ROWS: dict[str, Case] = {
    # the models' parse: "says" a compound of "profits"; the words after it are its content
    "says_after_aside_misparsed": ("Nordbank, the country's largest lender, says profits fell by half in the spring.", [
        ("indirect", "says", "profits fell by half in the spring", "Nordbank", "Nordbank", "largest lender", None, "person", "adjacent"),
    ]),
    # the parse corrected: the verb's subject and complement clause
    "says_after_aside": ("Nordbank, the country's largest lender, says profits fell by half in the spring.", [
        ("indirect", "says", "profits fell by half in the spring", "Nordbank", "Nordbank", "largest lender", None, "person", "subject"),
    ]),
}
# fmt: on

#: Every fixture of this file (for tests/test_rules.py::test_every_fixture_is_in_a_table).
#: A form that is a noun whenever the tagger reads it as one (``lang.en.NOUN_ONLY_FORMS``), in both modes:
#: "the dozen states that held primaries" is no report (the models' parse); tagged as a verb it is the verb.
# fmt: off
NOUN_FORM_ROWS: dict[str, Case] = {
    "mistagged_states_noun": ("Strong showings in the dozen states that held primaries on Tuesday helped the senator. Most southern states that vote in March have large rural populations. The report states that the dam is safe.", [
        ("indirect", "states", "that the dam is safe", None, "The report", None, None, "document", "subject"),
    ]),
}
# fmt: on

FIXTURES = frozenset(MISTAGGED_ROWS) | frozenset(ASIDE_ROWS) | frozenset(NOUN_FORM_ROWS)


@pytest.mark.parametrize("name", sorted(MISTAGGED_ROWS))
def test_mistagged_verbs(name: str) -> None:
    """A verb of evidence the tagger read as a noun, before "that", on the models' and the corrected parse
    (the wider notion only: the default mode has no verbs of evidence)."""
    check(name, MISTAGGED_ROWS[name], attributions="all")
    check(name, (MISTAGGED_ROWS[name][0], []), attributions="speech")


@pytest.mark.parametrize("name", sorted(NOUN_FORM_ROWS))
@pytest.mark.parametrize("attributions", ["speech", "all"])
def test_noun_only_forms(name: str, attributions: str) -> None:
    """The third person of "state" tagged as a noun is no cue, in both modes; tagged as a verb it is one."""
    check(name, NOUN_FORM_ROWS[name], attributions=attributions)


@pytest.mark.parametrize("name", sorted(ASIDE_ROWS))
@pytest.mark.parametrize("attributions", ["speech", "all"])
def test_verbs_after_an_aside(name: str, attributions: str) -> None:
    """A verb of saying the tagger read as a noun right after an aside, in both modes."""
    check(name, ASIDE_ROWS[name], attributions=attributions)


#: An attribution's (content, cue, rule, speaker mention).
Found = tuple[str, str, str | None, str | None]

# fmt: off
#: The same pattern on the real models (stanza's own parse of our sentences), in the wider notion.
MODEL_ROWS: dict[str, tuple[str, Found]] = {
    "poll": ("The Nordic poll shows that the mayor is far ahead of her rival.", ("that the mayor is far ahead of her rival", "shows", "evidence", "The Nordic poll")),
    "audit": ("The audit shows that the ministry spent twice its budget on consultants.", ("that the ministry spent twice its budget on consultants", "shows", "evidence", "The audit")),
    "poll_mention": ("A Gallup poll shows that most farmers in the valley oppose the new dam.", ("that most farmers in the valley oppose the new dam", "shows", "evidence", "A Gallup poll")),
    # "says" tagged a verb again before the parse (retag.misread_speech_forms): the parse gives its subject
    "says_after_aside": ("Nordbank, the country's largest lender, says profits fell by half in the spring.", ("profits fell by half in the spring", "says", "subject", "Nordbank")),
    "plans": ("The senator plans to run for governor next year.", ("to run for governor next year", "plans", "stance", "The senator")),
    "study": ("A new study finds that the river has lost half its fish since 2010.", ("that the river has lost half its fish since 2010", "finds", "evidence", "A new study")),
    # the third person of "state" tagged as a noun is the noun; the verb keeps its verb tag
    "states_noun": ("Strong showings in the dozen states that held primaries on Tuesday helped the senator. Most southern states that vote in March have large rural populations. The report states that the dam is safe.", ("that the dam is safe", "states", "subject", "The report")),
}

#: Known gaps on the real models, as strict xfail rows stating the right answer.
MODEL_GAPS: dict[str, tuple[str, Found, str]] = {
    "says_after_aside_title": ("Dr. Lena Fischer, a surgeon at the clinic, says patients wait too long for care.", ("patients wait too long for care", "says", "adjacent", "Dr. Lena Fischer"), "the models hang 'Dr.' and 'Lena' apart from 'Fischer', the noun before the aside: the mention is 'Fischer'"),
    "says_after_relative": ("The union, which represents 9,000 nurses, says staff shortages have worsened.", ("staff shortages have worsened", "says", "adjacent", "The union"), "the models make 'says' a compound of 'shortages' and 'worsened' the root: the words after the cue hold no finite verb the fallback can see"),
    "survey_adjective": ("A new survey shows that most farmers in the valley oppose the dam.", ("that most farmers in the valley oppose the dam", "shows", "evidence", "A new survey"), "the tagger reads 'survey' as an adjective: nothing stands where a subject would before the mistagged verb"),
}
# fmt: on


@pytest.mark.parametrize("name", rows_and_gaps(MODEL_ROWS, MODEL_GAPS))
def test_mistagged_verbs_on_the_models(wide_extractor: Extractor, name: str) -> None:
    """The attribution as quotekit reads stanza's own parse of our sentences, with ``attributions="all"``."""
    text, expected = row_or_gap(MODEL_ROWS, MODEL_GAPS, name)
    quotes = wide_extractor.extract(text)
    assert len(quotes) == 1
    quote = quotes[0]
    mention = quote.speaker.mention if quote.speaker and quote.speaker.mention else None
    found = (
        quote.text,
        quote.cue.span.text if quote.cue else "",
        quote.rule,
        mention.text if mention else None,
    )
    assert found == expected
