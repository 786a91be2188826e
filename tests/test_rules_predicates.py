# ruff: noqa: E501  (rule tables: one expected attribution per line, as in tests/test_rules.py)
"""Rule tables for roles stated by a predicate (issue 18, item 2): an "as" phrase or a copula states a
person's role anywhere in the text, and every quote of that person carries it. Rows as in
``tests/test_rules.py``: ``(kind, cue, content, speaker name, mention, role, affiliation, speaker kind, rule)``."""

from __future__ import annotations

import pytest
from test_rules import Case, check

# fmt: off
PREDICATE_ROWS: dict[str, Case] = {
    # a tenure noun: the subject of its clause holds the role, carried to the later "Ruiz said"
    "predicate_as_term": ("Ana Ruiz won a second term as Leeds mayor in May. “We will rebuild,” Ruiz said.", [
        ("direct", "said", "We will rebuild,", "Ana Ruiz", "Ruiz", "mayor", "Leeds", "person", "subject"),
    ]),
    # "who served as": the antecedent holds the role (a former one: no current one is stated)
    "predicate_as_served": ("Maria Costa, who served as the Brazilian ambassador to Chile, met the press on Monday. “The talks failed,” Costa said.", [
        ("direct", "said", "The talks failed,", "Maria Costa", "Costa", "ambassador", "Brazil", "person", "subject"),
    ]),
    # an occupation noun: any noun after "career as" is the occupation; "his" is the subject's
    "predicate_as_career": ("Tom Hale retired last year from his career as a bus driver. “We each have our own views,” Hale said.", [
        ("direct", "said", "We each have our own views,", "Tom Hale", "Hale", "bus driver", None, "person", "subject"),
    ]),
    # a copula with a definite role noun ("has been": a current role)
    "predicate_copular": ("Jonas Weber has been the chancellor of Ridge University since 2019. “Fees will rise,” Weber said.", [
        ("direct", "said", "Fees will rise,", "Jonas Weber", "Weber", "chancellor", "Ridge University", "person", "subject"),
    ]),
    # the current role ("is now") beats the former one ("served as"), though stated after it
    "predicate_current_over_former": ("Karl Berg, who served as finance minister, is now the chief executive of Nordic Steel. “Costs will fall,” Berg said.", [
        ("direct", "said", "Costs will fall,", "Karl Berg", "Berg", "chief executive", "Nordic Steel", "person", "subject"),
    ]),
    # negative: "as well as" coordinates, "criticised the mayor" states no role of the subject
    "predicate_not_as_well_as": ("Ivan Petrov criticised the mayor as well as the governor. “The plan is flawed,” Petrov said.", [
        ("direct", "said", "The plan is flawed,", "Ivan Petrov", "Petrov", None, None, "person", "subject"),
    ]),
    # negative: "as a mayor would" is a clause of comparison
    "predicate_not_comparison": ("Ivan Petrov spoke as a mayor would. “We must act,” Petrov said.", [
        ("direct", "said", "We must act,", "Ivan Petrov", "Petrov", None, None, "person", "subject"),
    ]),
    # negative: a supposed role is no role held
    "predicate_not_hypothetical": ("If Ivan Petrov is the nominee, the party will lose. “We will win,” Petrov said.", [
        ("direct", "said", "We will win,", "Ivan Petrov", "Petrov", None, None, "person", "subject"),
    ]),
    # negative: a denied role is no role held
    "predicate_not_negated": ("Ivan Petrov is not the nominee. “We will win,” Petrov said.", [
        ("direct", "said", "We will win,", "Ivan Petrov", "Petrov", None, None, "person", "subject"),
    ]),
    # negative: "named X as his deputy" gives the role to the object, not to the subject
    "predicate_not_object": ("Ivan Petrov named Marta Nowak as his deputy. “She will do well,” Petrov said.", [
        ("direct", "said", "She will do well,", "Ivan Petrov", "Petrov", None, None, "person", "subject"),
    ]),
}
# fmt: on

#: Every fixture of these tables (for tests/test_rules.py::test_every_fixture_is_in_a_table).
FIXTURES = frozenset(PREDICATE_ROWS)


@pytest.mark.parametrize("name", sorted(PREDICATE_ROWS))
def test_roles_stated_by_predicates(name: str) -> None:
    """An "as" phrase or a copula states its holder's role, carried to all the holder's quotes."""
    check(name, PREDICATE_ROWS[name])
