# ruff: noqa: E501
"""Roles stated by a predicate, on the real models (issue 18, item 2): "Berg won a second term as Bergen
mayor", "Costa, who served as ambassador", "Weber has been the chancellor of ..." reach every quote of the
person. Our own sentences; the rule tables on CoNLL-U fixtures are in tests/test_rules_predicates.py."""

from __future__ import annotations

import pytest
from checks import Profile, rows_and_gaps, speaker_profile

from quotekit import Extractor

# fmt: off
PREDICATE_ROWS: dict[str, tuple[str, Profile]] = {
    "term_as_pronoun_subject": ("OSLO - Lars Berg may have thought the worst was over in May, when he won election to a second term as Bergen mayor. “We will rebuild,” Berg said.", ("Lars Berg", "mayor", "Bergen")),
    "term_as_possessive_pronoun": ("“We will rebuild,” Lars Berg told the Gazette in 2014, a few months before his second term as Oslo's mayor ended.", ("Lars Berg", "mayor", "Oslo")),
    "served_as_relative": ("“The talks failed,” said Maria Costa, who served as the Brazilian ambassador to Chile from 2010 to 2014.", ("Maria Costa", "ambassador", "Brazil")),
    "career_as_relative": ("“We each have our own views,” said Tom Hale, who retired last year from his career as a bus driver.", ("Tom Hale", "bus driver", None)),
    "career_as_later_quote": ("Tom Hale retired last year from his career as a bus driver. “We each have our own views,” Hale said.", ("Tom Hale", "bus driver", None)),
    "current_over_former": ("Karl Berg, who served as finance minister, is now the chief executive of Nordic Steel. “Costs will fall,” Berg said.", ("Karl Berg", "chief executive", "Nordic Steel")),
    "copular": ("Jonas Weber has been the chancellor of Ridge University since 2019. “Fees will rise,” Weber said.", ("Jonas Weber", "chancellor", "Ridge University")),
    "copular_relative": ("Jonas Weber, who is now the chancellor of Ridge University, said fees would rise.", ("Jonas Weber", "chancellor", "Ridge University")),
    "not_as_well_as": ("Ivan Petrov criticised the mayor as well as the governor. “The plan is flawed,” Petrov said.", ("Ivan Petrov", None, None)),
    "not_comparison": ("Ivan Petrov spoke as a mayor would. “We must act,” Petrov said.", ("Ivan Petrov", None, None)),
    "not_such_as": ("Ivan Petrov met officials such as the mayor. “We must act,” Petrov said.", ("Ivan Petrov", None, None)),
    "person_after_role_is_no_affiliation": ("OSLO - Lars Berg may have thought the worst was over in May, when he won election to a second term as Bergen mayor, after a bruising campaign and a runoff with Jonas \"Jo\" Weber, a councillor. “We will rebuild,” Berg said.", ("Lars Berg", "mayor", "Bergen")),
    "date_after_role_is_no_affiliation": ("Lars Berg won a second term as Bergen mayor in May. “We will rebuild,” Berg said.", ("Lars Berg", "mayor", "Bergen")),
    "not_object_pronoun_role": ("Ann Kim appointed him as envoy in May. “We must act,” Kim said.", ("Ann Kim", None, None)),
    "not_as_well_as_office_verb": ("Ivan Petrov worked with unions as well as the mayor. “We must act,” Petrov said.", ("Ivan Petrov", None, None)),
    "not_such_as_office_verb": ("Ivan Petrov worked with officials such as the mayor. “We must act,” Petrov said.", ("Ivan Petrov", None, None)),
    "not_comparison_office_verb": ("Ivan Petrov worked hard, as a mayor must. “We must act,” Petrov said.", ("Ivan Petrov", None, None)),
    "not_indefinite_description": ("Ivan Petrov is a stiff campaigner. “We must act,” Petrov said.", ("Ivan Petrov", None, None)),
    "not_quoted_copula": ("Ivan Petrov said he was “the best mayor this city ever had.” “We must act,” Petrov said.", ("Ivan Petrov", None, None)),
    "not_same_time_as": ("Ivan Petrov arrived at the same time as the mayor. “We must act,” Petrov said.", ("Ivan Petrov", None, None)),
    "not_negated_as": ("Ivan Petrov never served as mayor. “We must act,” Petrov said.", ("Ivan Petrov", None, None)),
    "not_hypothetical": ("If Ivan Petrov is the nominee, the party will lose. “We will win,” Petrov said.", ("Ivan Petrov", None, None)),
    "not_object_role": ("Ivan Petrov named Marta Nowak as his deputy. “She will do well,” Petrov said.", ("Ivan Petrov", None, None)),
    "not_quoted_claim": ("Ivan Petrov says he is “the only real candidate in this race.” “We will win,” Petrov said.", ("Ivan Petrov", None, None)),
}

#: Known gaps on the real models, as strict xfail rows stating the right answer.
PREDICATE_GAPS: dict[str, tuple[str, Profile, str]] = {
    "place_tagged_noun": ("Ana Ruiz won a second term as Leeds mayor in May. “We will rebuild,” Ruiz said.", ("Ana Ruiz", "mayor", "Leeds"), "the tagger reads \"Leeds\" as a common noun (lemma \"leed\"), so no place leads the role"),
    "pronoun_in_next_sentence": ("Maria Costa arrived in Lima on Monday. She served as the Brazilian ambassador to Chile. “The talks failed,” Costa said.", ("Maria Costa", "ambassador", "Brazil"), "a pronoun holder is bound only to a person named in its own sentence"),
    "sentence_not_analysed": ("Paradis served on the board, and Hale retired from his career as a mail carrier. “We are friends,” said Tom Hale.", ("Tom Hale", "mail carrier", None), "a sentence with no cue and no name of two words is never parsed (quotekit.plan)"),
}
# fmt: on


@pytest.mark.parametrize("name", rows_and_gaps(PREDICATE_ROWS, PREDICATE_GAPS))
def test_role_stated_by_predicate_on_the_models(extractor: Extractor, name: str) -> None:
    """The role a predicate states of the speaker, on every quote of the speaker."""
    text, expected = PREDICATE_ROWS[name] if name in PREDICATE_ROWS else PREDICATE_GAPS[name][:2]
    assert speaker_profile(extractor, text, last=True) == expected
