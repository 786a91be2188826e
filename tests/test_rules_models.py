"""Every rule-table row end to end on the real models (issue 18, point 5): right on the parses users get, not
only on the fixtures' (many corrected by hand).

Each table of the model-free rule tests (tests/test_rules.py, test_speakers.py, test_neighbours.py,
test_rules_speech.py, test_rules_wide.py, test_repair.py) is imported, not copied: each of its rows runs its
sentence through an Extractor on the stanza models with the options that table uses, and compares exactly
what the table compares (the rows of :func:`test_rules.summary`; for the repair table, the repaired arcs).
A ``*_misparsed`` fixture whose corrected twin has the same text runs once, against the twin's rows (the
right answer). A row the models still get wrong is a strict xfail through its table's entry of
:data:`MODEL_GAPS` (what goes wrong on the models' parse), stating the table's answer; a table's own known
gaps stay strict xfails here too. ``python benchmarks/model_gaps.py`` reruns every row and prints
:data:`MODEL_GAPS` anew after a rule change.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import NamedTuple

import pytest
import test_neighbours
import test_repair
import test_rules
import test_rules_bounds
import test_rules_speech
import test_rules_wide
import test_speakers

from quotekit import Extractor
from quotekit.parse import Piece, load_pipeline, parse_pieces
from quotekit.text import find_paragraphs

#: The Extractor options of each table, by name (each Extractor is built once per session, ``threads=1``).
OPTIONS: dict[str, dict[str, object]] = {
    "speech": {},
    "cognition": {"cue_classes": test_rules.COGNITION_CLASSES},
    "all": {"attributions": "all"},
}

#: What a row compares: attribution summaries, or (for the repair table) arcs ``(dependent, relation, head)``.
Expected = list[test_rules.Row] | set[tuple[str, str, str]]


class Row(NamedTuple):
    """One table row to run on the models."""

    name: str
    text: str
    expected: Expected
    gap: str | None = None  # the table's own known gap (a strict xfail in the model-free table too)


class Table(NamedTuple):
    """A rule table: its rows and the options (a key of :data:`OPTIONS`) it runs with."""

    rows: list[Row]
    options: str = "speech"


def fixture_text(name: str) -> str:
    return (test_rules.RULES / f"{name}.txt").read_text(encoding="utf-8")


def case_rows(cases: dict[str, test_rules.Case], gap: str | None = None) -> list[Row]:
    """The rows of a table of cases; a ``*_misparsed`` twin with its corrected fixture's text runs as it."""
    rows = []
    for name, (text, expected) in sorted(cases.items()):
        twin = cases.get(name.removesuffix("_misparsed"))
        if name.endswith("_misparsed") and twin is not None and twin[0] == text:
            continue
        rows.append(Row(name, text, expected, gap))
    return rows


def empty_rows(names: list[str] | frozenset[str]) -> list[Row]:
    """Negative rows: the fixture's sentence gives no attribution."""
    return [Row(name, fixture_text(name), []) for name in sorted(names)]


def gap_rows(cases: dict[str, tuple[test_rules.Case, str]]) -> list[Row]:
    return [Row(name, text, expected, reason) for name, ((text, expected), reason) in sorted(cases.items())]


#: Every rule table, by the name :data:`MODEL_GAPS` uses.
TABLES: dict[str, Table] = {
    "rules.speaker": Table(case_rows(test_rules.SPEAKER_ROWS)),
    "rules.content": Table(case_rows(test_rules.CONTENT_ROWS)),
    "rules.negative": Table(empty_rows(test_rules.NEGATIVE)),
    "rules.cognition": Table(case_rows(test_rules.COGNITION_ROWS), "cognition"),
    "rules.role": Table(case_rows(test_rules.ROLE_ROWS)),
    "rules.coref": Table(case_rows(test_rules.COREF_ROWS)),
    "speakers": Table(case_rows(test_speakers.SPEAKER_ROWS) + gap_rows(test_speakers.SPEAKER_GAPS)),
    "speakers.unparsed": Table(case_rows(test_speakers.UNPARSED_ROWS)),
    "neighbours": Table(case_rows(test_neighbours.NEIGHBOUR_ROWS)),
    "speech": Table(
        case_rows(test_rules_speech.SPEECH_ROWS)
        + [
            row
            for name, case in test_rules_speech.XFAIL_ROWS.items()
            for row in case_rows({name: case}, test_rules_speech.GAP_REASONS[name])
        ]
    ),
    "speech.negative": Table(empty_rows(test_rules_speech.NEGATIVE)),
    "wide": Table(case_rows(test_rules_wide.WIDE_ROWS), "all"),
    "wide.speech_only": Table(
        [
            Row(n, test_rules_wide.WIDE_ROWS[n][0], test_rules_wide.SPEECH_ONLY.get(n, []))
            for n in sorted(test_rules_wide.WIDE_ROWS)
        ]
    ),
    "wide.negative": Table(empty_rows(test_rules_wide.NEGATIVE), "all"),
    "wide.negative_speech": Table(empty_rows(test_rules_wide.NEGATIVE)),
    "repair": Table([Row(name, fixture_text(name), made) for name, made in test_repair.REPAIR_ROWS]),
    "bounds": Table(case_rows(test_rules_bounds.BOUND_ROWS), "all"),
    "bounds.speech": Table(
        [
            Row(n, test_rules_bounds.BOUND_ROWS[n][0], test_rules_bounds.SPEECH_ROWS[n])
            for n in sorted(test_rules_bounds.SPEECH_ROWS)
        ]
    ),
}

# fmt: off
#: Rows the models still get wrong, by table: fixture -> what goes wrong on the models' parse. Regenerate with
#: ``python benchmarks/model_gaps.py`` after a rule change (and write each reason).
MODEL_GAPS: dict[str, dict[str, str]] = {
    "rules.speaker": {
        "frame_particle": "the tagger makes 'shot' a noun ('the mayor shot' a compound): no frame verb",
        "inversion_not_before_quote_misparsed": "the tagger makes the name 'Reyes' a common noun: the "
        "speaker has no name",
        "quantity_subjects": "'to pursue' parsed as an adverbial clause of 'promised' ('to' a preposition): "
        "no infinitive complement, no content",
        "shared_subject_past_phrase": "'statement' parsed as the subject of 'said' ('in' its case): the "
        "phrase of a preposition speaks",
    },
    "rules.content": {
        "label": "the tagger makes the label MORALES a common noun: its speaker kind is guessed as a group",
    },
    "rules.role": {
        "partitive_speakers": "'polled' tagged a past verb whose subject is 'Those', as the complement of "
        "'said': 'said' has no subject, its content runs from 'Those'",
        "role_list_not_apposition": "'mayor' parsed as a second subject of 'said': the mention is 'the mayor "
        "and a lawyer', without 'Ann Roe'",
    },
    "speakers": {
        "speaker_headline_name": "the models make 'John', 'Roe' and 'Liar' three objects of 'Calls', which "
        "the repair joins into one noun phrase: the naming reads as the direct quote 'A Liar' alone",
        "speaker_possessor_employer": "NER runs one organization over 'Ledger's Dana Wills': the name is "
        "right (the possessive ends it), but the speaker is an organization with no employer",
        "speaker_place_not_affiliation": "NER tags 'Eau Claire' an organization, so 'in Eau Claire' reads "
        "as the adviser's employer (affiliation 'Eau Claire')",
        "speaker_pronoun_bound_gender": "NER tags 'Lena Park' an organization, so 'she' has no woman to "
        "take",
        "speaker_pronoun_previous_subject": "NER tags 'Agency' a person: 'Agency spokesman' reads as a "
        "candidate's campaign staff (affiliation 'Agency campaign')",
        "speaker_chamber_candidate": "'Maria Vance' parsed as the apposition of 'candidate', so the mention "
        "stops at 'Senate candidate'",
        "speaker_chamber_group": "'Senate' parsed as the subject's head (an organization), 'leaders' a "
        "second subject",
        "speaker_committee_chair": "'Appropriations' tagged a noun and made the subject's head, so the "
        "mention stops at 'House Appropriations'",
        "speaker_governor_state": "the sentence is split after 'Lena': 'Park' is a subject by itself, "
        "tagged a place",
        "speaker_senator_aide": "the tokenizer keeps \"senator's\" one token and tags 'aide' a verb: no "
        "subject",
    },
    "speech": {
        "noun_cue": "the models hang 'that the firm paid no tax' on 'read' (advcl), not on the noun 'report'",
        "naming_participle": "the tagger makes 'aide' a past participle (VBN), the complement of 'called': "
        "'her aide to complain about the vote' is what was called",
        "object_trailing": "'public' tagged a verb (xcomp of 'cited'), so 'on Monday' hangs in the content",
        "relative_extracted_more": "the tagger makes the relative 'that' the complementizer (SCONJ): the "
        "repair makes it the subject of 'would cut', but the content leaves a lone function word out",
    },
    "wide": {
        "wide_appearance_reporting": "the models hang 'that the aide was careless' on 'seem', not on 'show': "
        "'seem' is the cue (content and source right)",
        "wide_appearance_advcl_misparsed": "'In recent weeks' parsed inside the subject ('weeks' a modifier "
        "of 'governor'), so the content opens with it",
        "wide_complement_misparsed": "the tagger makes 'raising' a noun ('for raising food prices' a second "
        "object of 'blamed'), so the gerund never completes 'the drought'",
        "wide_nominal": "'His claim that taxes would fall' parsed as a relative clause ('that' a pronoun)",
        "wide_nominal_source": "'The minister's call for new elections' parsed with 'call' a verb, "
        "'minister's' one token its subject; 'that prices would rise' a relative clause; 'Russian' a "
        "proper noun (MISC)",
        "wide_poll": "'In a new survey by the central bank, most farmers ...' parsed as one noun phrase "
        "('survey' the root, 'expected' a modifier of 'prices')",
    },
    "wide.speech_only": {
        "wide_nominal": "'His claim that taxes would fall' parsed as a relative clause ('that' a pronoun)",
        "wide_nominal_source": "'The minister's call for new elections' parsed with 'call' a verb, "
        "'minister's' one token its subject",
    },
    "wide.negative": {
        "wide_negative": "'She plans trips every summer' parsed with 'trips' a verb, a clausal complement",
    },
    "repair": {
        "repair_stranded_subject_list": "on our sentence the models make 'flooded' a conj of 'say', not the "
        "complement the fixture sets by hand (the shape of news articles): no complement, no repair",
        "repair_appositive_after_party_tag": "on our sentence the models make 'State' the root of one noun "
        "phrase, 'suggested' its acl, not the news shape the fixture sets by hand: no second subject",
        "repair_active_speech_subject": "with 'warned' tagged the past verb it is (parse.retag."
        "misread_pasts_after_comma), the models need no repair of the subject but head the name by "
        "'Dahl' ('Erik' its compound, 'Dahl' the apposition); the speaker is the same (Erik Dahl, "
        "ambassador, Norway)",
    },
}
# fmt: on


def repaired_arcs(text: str, made: set[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    """The arcs of the repair row's dependents in the models' parse of ``text``, repaired."""
    (parsed,) = parse_pieces([Piece(text, 0, len(text), find_paragraphs(text))], load_pipeline(), threads=1)
    dependents = {dependent for dependent, _, _ in made}
    return {arc for arc in test_repair.arcs(parsed.words) if arc[0] in dependents}


def outcome(extractors: Callable[[str], Extractor], table: str, row: Row) -> tuple[Expected, Expected]:
    """What the models give for ``row`` of ``table``, and what the table expects."""
    if isinstance(row.expected, set):
        return repaired_arcs(row.text, row.expected), row.expected
    extractor = extractors(TABLES[table].options)
    return [test_rules.summary(q) for q in extractor.extract(row.text)], row.expected


def params(table: str) -> Iterator[object]:
    """The rows of ``table`` as pytest parameters; a model gap or a table's own gap is a strict xfail."""
    gaps = MODEL_GAPS.get(table, {})
    assert set(gaps) <= {row.name for row in TABLES[table].rows}, f"MODEL_GAPS[{table!r}] names no row"
    for row in TABLES[table].rows:
        reason = row.gap or gaps.get(row.name)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        yield pytest.param(table, row, marks=marks, id=f"{table}:{row.name}")


def extractor_cache(default: Extractor) -> Callable[[str], Extractor]:
    """The Extractor of each option set by name, each built on first use (``default`` is the "speech" one)."""
    built = {"speech": default}

    def get(options: str) -> Extractor:
        if options not in built:
            built[options] = Extractor(threads=1, **OPTIONS[options])  # type: ignore[arg-type]
        return built[options]

    return get


@pytest.fixture(scope="session")
def extractors(extractor: Extractor) -> Callable[[str], Extractor]:
    """The Extractors of the tables' option sets for the session (the default one is conftest's)."""
    return extractor_cache(extractor)


@pytest.mark.models
@pytest.mark.parametrize(("table", "row"), [p for t in TABLES for p in params(t)])
def test_row_on_the_models(extractors: Callable[[str], Extractor], table: str, row: Row) -> None:
    """The models' own parse of the row's sentence gives exactly the table's answer."""
    got, expected = outcome(extractors, table, row)
    assert got == expected


def test_every_table_row_runs() -> None:
    """Each row of each table runs here (a misparsed twin through its corrected fixture)."""
    names = {row.name for table in TABLES.values() for row in table.rows}
    fixtures = {p.stem for p in test_rules.RULES.glob("*.txt")}
    twins = {n for n in fixtures - names if fixture_text(n) == fixture_text(n.removesuffix("_misparsed"))}
    assert fixtures == names | twins
