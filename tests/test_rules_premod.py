# ruff: noqa: E501  (rule tables: one expected attribution per line, as in tests/test_rules.py)
"""Titles and descriptions written before a name (issue 18, "premodifying titles"): the role, and the
employer, party, department or show written before it. Rows as in ``tests/test_rules.py``: ``(kind, cue,
content, speaker name, mention, role, affiliation, speaker kind, rule)``. Each fixture is our own
sentence, its parse corrected by hand (fixtures/README.md); the rows on the real models are below."""

from __future__ import annotations

import pytest
from checks import Profile, row_or_gap, rows_and_gaps, speaker_profile
from test_rules import Case, check

from quotekit import Extractor

# fmt: off
PREMOD_ROWS: dict[str, Case] = {
    # an evaluative modifier is no part of the role; an occupation is a role
    "premod_evaluative_occupation": ("Veteran comedian Ray Dunn said the tour would resume.", [
        ("indirect", "said", "the tour would resume", "Ray Dunn", "Veteran comedian Ray Dunn", "comedian", None, "person", "subject"),
    ]),
    # a hyphenated role the tokenizer splits ("front", "-", "runner"); the party adjective before it
    "premod_party_hyphenated_role": ("Democratic front-runner Nora Vance said taxes would rise.", [
        ("indirect", "said", "taxes would rise", "Nora Vance", "Democratic front-runner Nora Vance", "front-runner", "Democratic", "person", "subject"),
    ]),
    # a US cabinet secretary heads the department named before the title
    "premod_department_secretary": ("Energy Secretary Hal Brandt said the grid was safe.", [
        ("indirect", "said", "the grid was safe", "Hal Brandt", "Energy Secretary Hal Brandt", "Secretary", "Energy Department", "person", "subject"),
    ]),
    # "Former" capitalised at the sentence's start is no part of the employer's name
    "premod_former_employer": ("Former Reuters correspondent Ana Silva said the border was closed.", [
        ("indirect", "said", "the border was closed", "Ana Silva", "Former Reuters correspondent Ana Silva", "correspondent", "Reuters", "person", "subject"),
    ]),
    # a hyphenated modifier keeps its first part
    "premod_hyphenated_modifier": ("“The rent doubled,” said Rosa Lind, 66, a retired fast-food worker.", [
        ("direct", "said", "The rent doubled,", "Rosa Lind", "Rosa Lind", "fast-food worker", None, "person", "inversion"),
    ]),
    # a show's title in quotation marks before the role is its affiliation, the marks part of the mention
    "premod_quoted_title": ("“Night Desk” host Ben Ward said the guest had left.", [
        ("indirect", "said", "the guest had left", "Ben Ward", "“Night Desk” host Ben Ward", "host", "Night Desk", "person", "subject"),
    ]),
    # negative: "Foreign Secretary" names no department; the role keeps its word
    "premod_not_department": ("British Foreign Secretary Alan Reid said the talks had failed.", [
        ("indirect", "said", "the talks had failed", "Alan Reid", "British Foreign Secretary Alan Reid", "Foreign Secretary", "Britain", "person", "subject"),
    ]),
    # negative: "Labor" of a holiday before no title is no department
    "premod_holiday_not_department": ("After the Labor Day parade, Mayor Ellen Roe said the budget was tight.", [
        ("indirect", "said", "the budget was tight", "Ellen Roe", "Mayor Ellen Roe", "Mayor", None, "person", "subject"),
    ]),
    # negative: a hyphenated age is no part of the role
    "premod_age_not_role": ("The 58-year-old lawyer said the verdict was unjust.", [
        ("indirect", "said", "the verdict was unjust", None, "The 58-year-old lawyer", "lawyer", None, "person", "subject"),
    ]),
}
# fmt: on

#: Every fixture of this file (for tests/test_rules.py::test_every_fixture_is_in_a_table).
FIXTURES = frozenset(PREMOD_ROWS)


@pytest.mark.parametrize("name", sorted(PREMOD_ROWS))
def test_titles_before_names(name: str) -> None:
    """The role and affiliation written before a name, on hand-corrected parses."""
    check(name, PREMOD_ROWS[name])


# fmt: off
#: The same patterns on the real models (stanza's own parse of our sentences).
MODEL_ROWS: dict[str, tuple[str, Profile]] = {
    "evaluative_occupation": ("Veteran comedian Tom Baker said the show would return.", ("Tom Baker", "comedian", None)),
    "party_hyphenated_role": ("Democratic front-runner Ellen Briggs said taxes would rise.", ("Ellen Briggs", "front-runner", "Democratic")),
    "party_and_modifier_hyphenated_role": ("Republican presidential front-runner Dan Moss said the deal was terrible.", ("Dan Moss", "presidential front-runner", "Republican")),
    "department_secretary": ("Labor Secretary Tom Peres said wages would rise.", ("Tom Peres", "Secretary", "Labor Department")),
    "former_employer_without_ner": ("Former Breitbart reporter Jane Fields said the guard grabbed her.", ("Jane Fields", "reporter", "Breitbart")),
    "hyphenated_modifier_after_age": ("\"It was unfair,\" said Rosa Lind, 66, a retired fast-food worker.", ("Rosa Lind", "fast-food worker", None)),
    "quoted_show_title": ("\u201cMorning Desk\u201d host Ana Lutz said the guest had left.", ("Ana Lutz", "host", "Morning Desk")),
    "employer_before_lower_case_role": ("Longtime Ledger columnist Ruth Gale said the paper would close.", ("Ruth Gale", "columnist", "Ledger")),
    "not_department_foreign_secretary": ("British Foreign Secretary Alan Reid said the talks had failed.", ("Alan Reid", "Foreign Secretary", "Britain")),
    "party_nominee": ("Republican nominee John Kim said the race was close.", ("John Kim", "nominee", "Republican")),
}

#: Known gaps on the real models, as strict xfail rows stating the right answer.
MODEL_GAPS: dict[str, tuple[str, Profile, str]] = {
    "department_secretary_inverted": ("\u201cThe deal is dead,\u201d said Treasury Secretary Omar Kent.", ("Omar Kent", "Secretary", "Treasury Department"), "NER tags 'Treasury' an organization, so the affiliation is 'Treasury', not the department's name (the title parsed as the cue's object is repaired)"),
    "department_secretary_two_roots": ("Defense Secretary Paul Roe said the troops would stay.", ("Paul Roe", "Secretary", "Defense Department"), "the title and first name parsed as a sentence of their own"),
    "hyphenated_role_in_apposition": ("Ellen Briggs, the Democratic front-runner, said taxes would rise.", ("Ellen Briggs", "front-runner", "Democratic"), "the apposition parsed as a conjunct of the name: a group"),
    "organization_before_role": ("\u201cWe will fight,\u201d said Harbor Unity Fund president Lena Ross.", ("Lena Ross", "president", "Harbor Unity Fund"), "NER runs the organization into the person's name"),
    "year_before_role": ("\u201cWe won,\u201d said the party's 2012 nominee, Carl Webb.", ("Carl Webb", "nominee", None), "the apposition after the inverted cue is missed: no speaker"),
}
# fmt: on


@pytest.mark.parametrize("name", rows_and_gaps(MODEL_ROWS, MODEL_GAPS))
def test_titles_before_names_on_the_models(extractor: Extractor, name: str) -> None:
    """The role and affiliation written before a name, as quotekit reads stanza's own parse."""
    text, expected = row_or_gap(MODEL_ROWS, MODEL_GAPS, name)
    assert speaker_profile(extractor, text) == expected
