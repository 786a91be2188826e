# ruff: noqa: E501  (rule tables: one expected attribution per line, as in tests/test_rules.py)
"""Speakers of quotes that had none (issue 19, end-to-end). Inverted cues followed by more than the speaker:
"“...,” said Ann Kim in a statement", "said one nurse at a briefing on Monday", "said Nordbank's chief
economist Omar Haddad"; the object of a cue that reports what follows it is no inverted speaker. Headlines
that attribute by a label: "Okafor: Dam Will Hold Through Spring Floods". An infinitive of purpose shares
its clause's subject: "The governor went on television to announce ...". Rows as in ``tests/test_rules.py``:
``(kind, cue, content, speaker name, mention, role, affiliation, speaker kind, rule)``. Each fixture is our
own sentence, its parse corrected by hand (fixtures/README.md); the rows on the real models are below."""

from __future__ import annotations

import pytest
from checks import Found, mention_and_rule, row_or_gap, rows_and_gaps
from test_rules import Case, check

from quotekit import Extractor

# fmt: off
INVERSION_ROWS: dict[str, Case] = {
    # an adjunct of the cue after the inverted speaker
    "inversion_adjunct": ("“The dam will hold,” said Mayor Lena Okafor in a statement.", [
        ("direct", "said", "The dam will hold,", "Lena Okafor", "Mayor Lena Okafor", "Mayor", None, "person", "inversion"),
    ]),
    # a place of the speaker, then an adjunct of the cue
    "inversion_place_and_adjunct": ("“It was a fair trial,” said Piotr Nowak of Gdansk in an interview.", [
        ("direct", "said", "It was a fair trial,", "Piotr Nowak", "Piotr Nowak", None, None, "person", "inversion"),
    ]),
    # two adjuncts of the cue after a common-noun speaker
    "inversion_two_adjuncts": ("“We have no comment,” said one nurse at a briefing on Monday.", [
        ("direct", "said", "We have no comment,", None, "one nurse", "nurse", None, "person", "inversion"),
    ]),
    # a possessor before the title and name: the speaker is the name, not the possessor
    "inversion_possessor": ("“Prices will fall,” said Nordbank’s chief economist Omar Haddad.", [
        ("direct", "said", "Prices will fall,", "Omar Haddad", "Nordbank’s chief economist Omar Haddad", "chief economist", "Nordbank", "person", "inversion"),
    ]),
    # a cue whose addressee may go unsaid, right after the closing mark, inverts (the models make the
    # speaker its object)
    "inversion_asked": ("“How long will the bridge stay closed?” asked the nurse, who stood near the river.", [
        ("direct", "asked", "How long will the bridge stay closed?", None, "the nurse", "nurse", None, "person", "inversion"),
    ]),
    # negative: after a comma, the object of a cue that reports what follows it is no inverted speaker
    "inversion_not_object": ("Judge Ana Ruiz, a former prosecutor, criticized the minister’s plan in a ruling.", [
        ("indirect", "criticized", "the minister’s plan in a ruling", "Ana Ruiz", "Judge Ana Ruiz", "Judge", None, "person", "subject"),
    ]),
    # a headline in title case after a label reports the label (the speaker found again in the article)
    "label_headline": ("Okafor: Dam Will Hold Through Spring Floods\n\nMayor Lena Okafor said on Monday that the dam was safe.", [
        ("indirect", ":", "Dam Will Hold Through Spring Floods", "Lena Okafor", "Okafor", "Mayor", None, "person", "label"),
        ("indirect", "said", "that the dam was safe", "Lena Okafor", "Mayor Lena Okafor", "Mayor", None, "person", "subject"),
    ]),
    # an infinitive of purpose after its clause shares the clause's subject
    "purpose_infinitive": ("The governor went on television to announce the closure of the plant.", [
        ("indirect", "announce", "the closure of the plant", None, "The governor", "governor", None, "person", "controller"),
    ]),
    # a headline label the NER left unclassed, all proper nouns, before a quotation: its speaker
    "label_headline_untagged": ("Weber: ‘We Will Not Cut the Pensions’\n\nThe chancellor spoke to reporters on Monday.", [
        ("direct", ":", "We Will Not Cut the Pensions", "Weber", "Weber", None, None, "person", "label"),
    ]),
    # a headline label the tagger read as a plural noun and the NER left unclassed, which the text names a
    # person by further on ("Bernie Sanders"): its speaker (the models' parse)
    "label_named_elsewhere": ("Sanders: Voters will not forget the vote on the dam.\n\nSenator Bernie Sanders spoke to reporters on Monday.", [
        ("indirect", ":", "Voters will not forget the vote on the dam.", "Bernie Sanders", "Sanders", "Senator", None, "person", "label"),
    ]),
    # a news roundup's label after a spaced dash inside its line, before a quotation: the quotation, without
    # the credit after it; negative: "More from Lee" is no name
    "label_after_dash": ("POLLS MISSED THE LATE SURGE - Ann Lee: “We found that the samples were too small.” [Pew.]\n\nTHE RACE TIGHTENS - More from Lee: “The gap closed in a week.”", [
        ("direct", ":", "We found that the samples were too small.", "Ann Lee", "Ann Lee", None, None, "person", "label"),
        ("direct", None, "The gap closed in a week.", None, None, None, None, None, None),
    ]),
    # a headline's label with its addressee or venue ("Ruiz to Farmers:", "Kim at Rally:"): the speaker is the
    # name before "to"; negative: a section heading with a verb in its label ("Limited/VERB Tools to Fight
    # Floods:") names nobody (the models' parse)
    "label_addressee": ("Ruiz to Farmers: The dam will be built next year\n\nMayor Ana Ruiz spoke to a crowd in the valley on Monday.\n\nLimited Tools to Fight Floods: The county has few ways to stop the water.", [
        ("indirect", ":", "The dam will be built next year", "Ana Ruiz", "Ruiz", "Mayor", None, "person", "label"),
    ]),
    # a headline label naming a document: the source is a document, capitalized or not
    "label_headline_document": ("Poll: Voters Back the River Plan\n\nThe survey of 900 voters was taken in May.", [
        ("indirect", ":", "Voters Back the River Plan", "Poll", "Poll", None, None, "document", "label"),
    ]),
    # a word of the quotation the models made the cue's subject (a closing mark between it and the cue) does
    # not stop the inversion; a possessive pronoun opens an inverted speaker right after a closing mark,
    # never after a comma ("and defended his record": the object)
    "inversion_quoted_subject": ("“The port is safe. Any leader who ignores this danger is not fit to lead our city,” said Hale in his speech. “It was his first attempt to please his father,” said his best friend at college. Olsen praised the plan, and defended his record.", [
        ("direct", "said", "The port is safe. Any leader who ignores this danger is not fit to lead our city,", "Hale", "Hale", None, None, "person", "inversion"),
        ("direct", "said", "It was his first attempt to please his father,", None, "his best friend", None, None, "person", "inversion"),
        ("indirect", "praised", "the plan", "Olsen", "Olsen", None, None, "person", "subject"),
        ("indirect", "defended", "his record", "Olsen", "Olsen", None, None, "person", "shared-subject"),
    ]),
    # a quantifier that stands for a person alone ("tweeted another"), a hyphenated premodifier ("one
    # well-connected Democrat": a party member, no name) and a hyphenated noun ("a long-time aide")
    "inversion_quantifier_compound": ("“Better watch out for the council,” tweeted another. “The energy will be substantial,” said one well-connected Democrat in the state party. “We will not sign,” said a long-time aide to the governor.", [
        ("direct", "tweeted", "Better watch out for the council,", None, "another", None, None, "person", "inversion"),
        ("direct", "said", "The energy will be substantial,", None, "one well-connected Democrat", None, "Democrat", "person", "inversion"),
        ("direct", "said", "We will not sign,", None, "a long-time aide", "aide", None, "person", "inversion"),
    ]),
    # a document's verb "read" after its quotation, in any tense, with its subject after it (the frame rule);
    # a day before the document is no issuer
    "inversion_document_read": ("“America is great! The mayor is wrong,” read one. “There are many reasons to doubt the plan,” reads a Wednesday editorial in the Register.", [
        ("direct", "read", "America is great! The mayor is wrong,", None, "one", None, None, "person", "frame"),
        ("direct", "reads", "There are many reasons to doubt the plan,", None, "a Wednesday editorial", None, None, "document", "frame"),
    ]),
    # negative: a rubric (a standing head) tagged a proper noun in title case is no speaker
    "label_rubric": ("Correction: An Earlier Version Misstated the Date of the Vote\n\nThe chancellor spoke to reporters on Monday.", []),
    # ... in capitals too ("EXCLUSIVE:"), and a label with a rubric word among its words; an organization's
    # name with one speaks (NER corrected by hand: "Judicial Watch" an organization, "Delegate Update" none)
    "label_rubric_capitals": ("EXCLUSIVE: The farm budget is late again.\n\nJudicial Watch: The agency hid the files from the court.\n\nDelegate Update: The latest count in the race.", [
        ("indirect", ":", "The agency hid the files from the court.", "Judicial Watch", "Judicial Watch", None, None, "organization", "label"),
    ]),
    # negative: a label that opens with an article is a title, no speaker
    "label_headline_title": ("The Long Winter: How the Valley Rebuilt Its Dam\n\nMayor Lena Okafor said on Monday that the dam was safe.", [
        ("indirect", "said", "that the dam was safe", "Lena Okafor", "Mayor Lena Okafor", "Mayor", None, "person", "subject"),
    ]),
}
# fmt: on

#: Every fixture of this file (for tests/test_rules.py::test_every_fixture_is_in_a_table).
FIXTURES = frozenset(INVERSION_ROWS)


@pytest.mark.parametrize("name", sorted(INVERSION_ROWS))
def test_speakers_found(name: str) -> None:
    """The speaker of an inverted cue, whatever follows it in its clause, and of a headline's label, on
    hand-corrected parses."""
    check(name, INVERSION_ROWS[name], attributions="all")


# fmt: off
#: The same patterns on the real models (stanza's own parse of our sentences), in both modes.
MODEL_ROWS: dict[str, tuple[str, Found]] = {
    "adjunct": ("“We cannot move the prisoners,” said Senate Leader Ana Ruiz in a statement.", ("Senate Leader Ana Ruiz", "inversion")),
    "nested_of": ("“It would be a long shot,” said Piotr Nowak of the University of Warsaw School of Law.", ("Piotr Nowak", "inversion")),
    "possessor_one_token": ("“The court got it wrong,” said the minister’s chief legal adviser Ken Abe when asked about it.", ("the minister’s chief legal adviser Ken Abe", "inversion")),
    "relative_clause": ("“Nobody told us anything,” said a farmer who lives near the dam.", ("a farmer", "inversion")),
    "group_with_relative": ("The tax will hurt exporters, said the economists, who work for the central bank.", ("the economists", "inversion")),
    "not_clause_subject": ("The tax will hurt exporters, said the bank would raise rates.", (None, None)),
    "purpose_infinitive": ("The minister flew to Oslo on Monday to announce a new treaty.", ("The minister", "controller")),
    "headline_label": ("Karimi: ‘We Will Not Leave Our Farms’\n\nAhmed Karimi, a farmer, said the villagers would stay.", ("Karimi", "label")),
    "headline_title_not_label": ("The Long Winter: How the Valley Rebuilt Its Dam\n\nThe mayor said the dam was safe.", ("The mayor", "subject")),
    "asked_after_quote": ("“Is the mayor running against the council?” asked Mr. Kemp, referring to the long dispute.", ("Mr. Kemp", "inversion")),
    "warned_after_quote": ("“That means a loose cannon is within reach of the job,” warned Clinton.", ("Clinton", "inversion")),
    "asked_relative_clause": ("“It is complicated. Do you want them at a convention?” asked Sen. Ana Ruiz of Washington, who is willing to entertain some reforms.", ("Sen. Ana Ruiz", "inversion")),
    "told_addressee_not_speaker": ("“The bridge will open in May,” the mayor told reporters.", ("the mayor", "subject")),
    "headline_label_not_tagged": ("Chancellor Weber: Pension Reform Cannot Wait\n\nChancellor Anna Weber said the reform was urgent.", ("Chancellor Weber", "label")),
    "headline_label_quote": ("Weber: ‘We Will Not Cut the Pensions’\n\nThe chancellor spoke to reporters on Monday.", ("Weber", "label")),
    "headline_rubric_not_label": ("Breaking: Senate Passes the Budget After a Long Night\n\nThe mayor said the vote was fair.", ("The mayor", "subject")),
    "quotation_word_as_subject": ("“The port is safe. Any leader who ignores this is not fit to lead,” said Hale in his speech.", ("Hale", "inversion")),
    "possessive_inverted_speaker": ("“It was his first attempt to please his father,” said his best friend at college.", ("his best friend", "inversion")),
    "quantifier_alone": ("“Better watch out for the council,” tweeted another.", ("another", "inversion")),
    "hyphenated_premodifier": ("“The energy will be substantial,” said one well-connected Democrat in the state party.", ("one well-connected Democrat", "inversion")),
    "lone_quantifier_not_object": ("Ruiz praised one plan and criticized another.", ("Ruiz", "subject")),
    "document_read_after_quote": ("“There are many reasons to doubt the plan,” reads a Wednesday editorial in the Register.", ("a Wednesday editorial", "frame")),
    "read_one_after_quote": ("“America is great! The mayor is wrong,” read one.", ("one", "frame")),
    "closing_mark_typed_as_opening": ("“It is unusual,“ said Ana Ruiz, an attorney with the Harbor Law Center.", ("Ana Ruiz", "inversion")),
    "nested_quotation_closed_by_three_apostrophes": ("''I would use the word 'old-school,''' said Tom Okafor, a former envoy.", ("Tom Okafor", "inversion")),
    "headline_label_named_elsewhere": ("Sanders: Voters will not forget the vote on the dam.\n\nSenator Bernie Sanders spoke to reporters on Monday.", ("Sanders", "label")),
    "roundup_label_after_dash": ("POLLS MISSED THE LATE SURGE - Ann Lee: “We found that the samples were too small.” [Pew.]", ("Ann Lee", "label")),
    "headline_correction_not_label": ("Correction: An Earlier Version Misstated the Date of the Vote\n\nThe mayor said the vote was fair.", ("The mayor", "subject")),
}

#: Known gaps on the real models, as strict xfail rows stating the right answer.
MODEL_GAPS: dict[str, tuple[str, Found, str]] = {}
# fmt: on


@pytest.mark.parametrize("name", rows_and_gaps(MODEL_ROWS, MODEL_GAPS))
@pytest.mark.parametrize("attributions", ["speech", "all"])
def test_speakers_found_on_the_models(extractors: dict[str, Extractor], name: str, attributions: str) -> None:
    """The speaker as quotekit reads stanza's own parse of our sentences, in both modes."""
    text, expected = row_or_gap(MODEL_ROWS, MODEL_GAPS, name)
    chosen = extractors[attributions]
    assert mention_and_rule(chosen, text) == expected
