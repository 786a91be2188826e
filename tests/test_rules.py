"""Rule tables on CoNLL-U fixture parses: no model is loaded.

Each row names a fixture in ``fixtures/rules/`` and the attributions expected from it, as
``(kind, cue, content starts with, speaker name, mention, role, affiliation, speaker kind, rule)``.
``fixtures/README.md`` lists the parses corrected by hand; ``*_misparsed`` fixtures keep the offline
model's own wrong parse and test the fallback rules.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quotekit import Extractor, Quote
from quotekit.parse import parse_conllu

RULES = Path(__file__).resolve().parents[1] / "fixtures" / "rules"

Row = tuple[str, str | None, str, str | None, str | None, str | None, str | None, str | None, str | None]


def extract_fixture(name: str, **options: object) -> list[Quote]:
    text = (RULES / f"{name}.txt").read_text(encoding="utf-8")
    parsed = parse_conllu((RULES / f"{name}.conllu").read_text(encoding="utf-8"), text)
    return Extractor(**options).extract_parse(parsed)  # type: ignore[arg-type]


def summary(quote: Quote) -> Row:
    speaker = quote.speaker
    return (
        quote.kind,
        quote.cue.span.text if quote.cue else None,
        quote.text,
        speaker.name if speaker else None,
        speaker.mention.text if speaker and speaker.mention else None,
        speaker.role if speaker else None,
        speaker.affiliation if speaker else None,
        speaker.kind if speaker else None,
        quote.rule,
    )


def check(name: str, expected: list[Row], **options: object) -> None:
    got = [summary(q) for q in extract_fixture(name, **options)]
    assert len(got) == len(expected), got
    for row, want in zip(got, expected, strict=True):
        assert row[2].startswith(want[2]), (row, want)
        assert row[:2] + row[3:] == want[:2] + want[3:], (row, want)


# -- speaker rules ----------------------------------------------------------------------------------------
# fmt: off
SPEAKER_ROWS: dict[str, list[Row]] = {
    # "X said Y": the subject
    "subject": [
        ("indirect", "said", "the talks had failed", None, "The minister", "minister", None, "person", "subject"),
    ],
    # "“...,” said X, a Y": inversion, role from the apposition
    "inversion": [
        ("direct", "said", "We will not leave", "Ahmed Karimi", "Ahmed Karimi", "local farmer", None, "person", "inversion"),
    ],
    "inversion_misparsed": [
        ("direct", "said", "We will not leave", "Ahmed Karimi", "Ahmed Karimi", "local farmer", None, "person", "inversion"),
    ],
    # "X told Y Z": the subject, not the addressee
    "told": [
        ("indirect", "told", "the company would close", "Maria Lopez", "Maria Lopez", None, None, "person", "subject"),
    ],
    "told_misparsed": [
        ("indirect", "told", "the company would close", "Maria Lopez", "Maria", None, None, "person", "subject"),
    ],
    # "According to X, Y"
    "according_to": [
        ("indirect", "According to", "the suspect fled on foot", None, "the police", None, None, "unknown", "according-to"),
    ],
    # "..., saying Y": the governing clause's subject
    "participle": [
        ("indirect", "saying", "Moscow could not be trusted", "rebels", "The rebels", None, None, "group", "participle"),
    ],
    # "X smiled and said Y": the first conjunct's subject
    "shared_subject": [
        ("indirect", "said", "the bill would pass", None, "The senator", "senator", None, "person", "shared-subject"),
    ],
    "shared_subject_misparsed": [
        ("indirect", "said", "the bill would pass", None, "The senator", "senator", None, "person", "shared-subject"),
    ],
    # a time cannot speak: "Last week, U.S. and Russian officials announced" misparsed with "week" as subject
    "time_subject_misparsed": [
        ("indirect", "announced", "the signing of an agreement", "U.S.", "U.S.", None, None, "organization", "subject"),
    ],
    # "Even Monday, she claimed": a weekday misparsed as a second subject; "On Thursday the minister
    # insisted": parsed right, the minister speaks
    "time_subject_weekday": [
        ("indirect", "claimed", "that the deal was dead", None, "she", None, None, "person", "subject"),
        ("indirect", "insisted", "the talks would go on", None, "the minister", "minister", None, "person", "subject"),
    ],
    # datelines: "LONDON (Reuters) -" misparsed as subjects of "said", "BOSTON" heading "Smith"; "NEW YORK —"
    # is not content
    "dateline_misparsed": [
        ("indirect", "said", "The bank will cut rates again", "analysts", "analysts", None, None, "group", "subject"),
        ("indirect", "said", "Prices will rise next year", None, "the company", None, None, "unknown", "subject"),
        ("indirect", "said", "The mine will close", "officials", "officials", None, None, "group", "adjacent"),
        ("indirect", "said", "it would serve the city", "Smith", "Smith", "Governor", None, "person", "subject"),
    ],
    # "X, who says Y": the relative pronoun's antecedent
    "relative_clause": [
        ("indirect", "says", "he is healthy", "Gary Johnson", "Gary Johnson", None, None, "person", "subject"),
    ],
}
# fmt: on


@pytest.mark.parametrize("name", sorted(SPEAKER_ROWS))
def test_speaker_rules(name: str) -> None:
    """Each speaker rule finds the source named in its sentence shape."""
    check(name, SPEAKER_ROWS[name])


# -- content and quote rules --------------------------------------------------------------------------------
# fmt: off
CONTENT_ROWS: dict[str, list[Row]] = {
    # "“A,” he said, “B.”": one quote, two parts
    "split_quote": [
        ("direct", "said", "We are ready, and we will win the vote.", None, "he", None, None, "person", "subject"),
    ],
    # "He said: “A.”"
    "colon": [
        ("direct", "said", "We will fight for every vote.", None, "The president", "president", None, "person", "subject"),
    ],
    # "Y, X said." (content fronted before the cue)
    "fronted": [
        ("indirect", "said", "The plan failed because nobody paid for it", None, "the mayor", "mayor", None, "person", "subject"),
    ],
    # reported clause with a quoted stretch inside
    "mixed": [
        ("mixed", "told", "the Russians could not be trusted since they are “assisting", None, "The spokesman", "spokesman", None, "person", "subject"),
    ],
    # a quote without a cue right after an attributed direct quote continues it: one Quote, two parts
    "adjacent_sentence": [
        ("direct", "said", "We are not going anywhere, This is our home", "John Smith", "he", None, None, "person", "subject"),
    ],
    # ... next to reported speech, it takes the speaker of the adjacent attributed sentence
    "adjacent_indirect": [
        ("indirect", "said", "the plan was dead", "John Smith", "John Smith", None, None, "person", "subject"),
        ("direct", None, "Nobody wants it anymore", "John Smith", "John Smith", None, None, "person", "adjacent-sentence"),
    ],
    # ... or the speaker who continues from the previous paragraph
    "previous_paragraph": [
        ("direct", "said", "The first part", "Mary Jones", "Mary Jones", "project director", None, "person", "inversion"),
        ("direct", None, "The second part", "Mary Jones", "Mary Jones", "project director", None, "person", "previous-paragraph"),
    ],
    "previous_paragraph_misparsed": [
        ("direct", "said", "The first part", "Mary Jones", "Mary Jones", "project director", None, "person", "inversion"),
        ("direct", None, "The second part", "Mary Jones", "Mary Jones", "project director", None, "person", "previous-paragraph"),
    ],
    # NYT's two-apostrophe quotes, with an honorific
    "nyt_quotes": [
        ("direct", "said", "We will win this election", "Smith", "Mr. Smith", None, None, "person", "subject"),
    ],
    # a quotation and its reporting clause: the quote is the content, whatever the parse hung off the cue
    "frame_after": [
        ("direct", "said", "It never crossed my mind that I was losing it,", None, "she", None, None, "person", "subject"),
    ],
    "frame_before": [
        ("direct", "told", "We will not back down on this bill.", None, "The senator", "senator", None, "person", "subject"),
    ],
    # textual fallbacks when the parse gives a cue no content: a reporting clause closing the sentence ...
    "trailing_frame_misparsed": [
        ("indirect", "said", "But a campaign operative decided to change course", None, "a source", None, None, "person", "adjacent"),
    ],
    # ... and the words after the cue when they open like a clause ("the two raised ...")
    "following_words_misparsed": [
        ("indirect", "said", "the two raised $350 million through the EB-5 program", "Federal", "Federal", None, None, "person", "subject"),
    ],
    # punctuation cues: a dash before the speaker's name, a speaker label at a paragraph's start
    "dash": [
        ("direct", "―", "Nobody in this town listens to us anymore.", "Ana Ruiz", "Ana Ruiz", None, None, "person", "dash"),
    ],
    "label": [
        ("indirect", ":", "Do you really see those two as equivalent, Governor?", "WALLACE", "WALLACE", None, None, "person", "label"),
        ("indirect", ":", "Well, look, the question really should be why she invited him.", "PENCE", "PENCE", None, None, "person", "label"),
    ],
    # curly apostrophes: possessives are not quotation marks
    "apostrophe": [
        ("indirect", "said", "the voters’ choice was clear", None, "Russia’s envoy", "envoy", "Russia", "person", "subject"),
    ],
}
# fmt: on


@pytest.mark.parametrize("name", sorted(CONTENT_ROWS))
def test_content_rules(name: str) -> None:
    """Content fragments, quote kinds and carried-over speakers."""
    check(name, CONTENT_ROWS[name])


# -- negative rows: a reporting verb that reports nothing ---------------------------------------------------
NEGATIVE = [
    "said_to_be",  # "Trump is said to be furious": not a quote by Trump
    "so_called",  # "the so-called peace plan"
    "cognition",  # "believes" is a cognition cue, off by default
    "label_place",  # "WASHINGTON: The Senate passed ...": a dateline, not a speaker label
]


@pytest.mark.parametrize("name", NEGATIVE)
def test_no_attribution(name: str) -> None:
    """These sentences hold a reporting word but no attribution (with the default cue classes)."""
    assert extract_fixture(name) == []


def test_cognition_cues_on_request() -> None:
    """Cognition cues count when the caller asks for them."""
    check(
        "cognition",
        [
            (
                "indirect",
                "believes",
                "the economy will recover",
                None,
                "The governor",
                "governor",
                None,
                "person",
                "subject",
            )
        ],
        cue_classes=("speech", "cognition"),
    )
    quotes = extract_fixture("cognition", cue_classes=("speech", "cognition"))
    assert quotes[0].cue is not None and quotes[0].cue.cls == "cognition"


# -- roles and affiliations ---------------------------------------------------------------------------------
# fmt: off
ROLE_ROWS: dict[str, list[Row]] = {
    "title_role": [
        ("indirect", "said", "the talks were useful", "Sergei Lavrov", "Russian Foreign Minister Sergei Lavrov", "Foreign Minister", "Russia", "person", "subject"),
    ],
    "spokesman_for": [
        ("indirect", "said", "the aid convoy had arrived", None, "A spokesman for the United Nations", "spokesman", "United Nations", "person", "subject"),
    ],
    "possessive_role": [
        ("indirect", "said", "Assad must leave power", None, "Saudi Arabia’s foreign minister", "foreign minister", "Saudi Arabia", "person", "subject"),
    ],
    "heads": [
        ("indirect", "said", "the aid had arrived", "John Doe", "John Doe", "head", "Red Cross", "person", "subject"),
    ],
    "group": [
        ("indirect", "say", "most of the strikes hit", "Western officials", "Western officials", None, None, "group", "subject"),
    ],
    "organization": [
        ("indirect", "says", "it is attacking mainly militant forces", "Moscow", "Moscow", None, None, "organization", "subject"),
    ],
}
# fmt: on


@pytest.mark.parametrize("name", sorted(ROLE_ROWS))
def test_roles_and_affiliations(name: str) -> None:
    """Role from titles, "spokesman for X", possessives, "who heads X"; kinds of groups and organizations."""
    check(name, ROLE_ROWS[name])


# -- coreference ---------------------------------------------------------------------------------------------
# fmt: off
COREF_ROWS: dict[str, list[Row]] = {
    # a later partial name is the same person, with the canonical full name
    "partial_name": [
        ("indirect", "told", "the group would keep fighting", "Issam al-Reis", "Issam al-Reis", None, None, "person", "subject"),
        ("indirect", "said", "the talks were a trap", "Issam al-Reis", "Issam", None, None, "person", "subject"),
    ],
    # a pronoun is the nearest preceding person
    "pronoun": [
        ("indirect", "said", "the meeting had ended early", "Jane Doe", "She", None, None, "person", "subject"),
    ],
    # "the spokesman" is the person described as one; role and affiliation carry over
    "role_only": [
        ("indirect", "said", "the rebels were ready", "Issam al-Reis", "Issam al-Reis", "spokesman", "FSA", "person", "subject"),
        ("indirect", "added", "that the rebels would not negotiate", "Issam al-Reis", "The spokesman", "spokesman", "FSA", "person", "subject"),
    ],
    # an acronym's affiliation is written out when the document has the expansion
    "acronym": [
        ("indirect", "said", "the group would fight on", None, "An FSA spokesman", "spokesman", "Free Syrian Army", "person", "subject"),
    ],
}
# fmt: on


@pytest.mark.parametrize("name", sorted(COREF_ROWS))
def test_coreference(name: str) -> None:
    """One speaker per source: partial names, pronouns, role-only mentions, acronyms."""
    check(name, COREF_ROWS[name])


def test_every_fixture_is_in_a_table() -> None:
    """No fixture is left untested."""
    tabled = {*SPEAKER_ROWS, *CONTENT_ROWS, *ROLE_ROWS, *COREF_ROWS, *NEGATIVE}
    assert {p.stem for p in RULES.glob("*.txt")} == tabled
