"""The PolNeAR scoring (benchmarks/scoring.py) and its runner (benchmarks/polnear.py) on tiny hand-made
articles: no models, no quotekit, no corpus."""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import polnear
from scoring import (
    Attribution,
    Counts,
    Tally,
    exact_key,
    match_exact,
    match_partial,
    overlap_f1,
    score_article,
    tokens,
    trim,
)

Frag = tuple[int, int]


def at(text: str, words: str, occurrence: int = 1) -> Frag:
    """The span of the ``occurrence``-th ``words`` in ``text``."""
    start = -1
    for _ in range(occurrence):
        start = text.index(words, start + 1)
    return start, start + len(words)


def attribution(
    text: str, content: list[str], source: list[str] | None = None, direct: bool | None = False
) -> Attribution:
    """An attribution whose content and source are given as the words they cover (first occurrence)."""
    return Attribution(
        content=[at(text, words) for words in content],
        source=[at(text, words) for words in source or []],
        direct=direct,
    )


# --- tokens and overlap ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        ("He said: “It's fine.”", [(0, 21)], {"he": 1, "said": 1, "it": 1, "s": 1, "fine": 1}),
        ("Vote NOW, vote now!", [(0, 19)], {"vote": 2, "now": 2}),
        ("“A b,” he said, “c d.”", [(0, 6), (16, 22)], {"a": 1, "b": 1, "c": 1, "d": 1}),
        ("— …", [(0, 3)], {}),
    ],
)
def test_tokens_are_lowercased_word_runs_of_every_fragment(
    text: str, spans: list[Frag], expected: dict[str, int]
) -> None:
    assert tokens(text, spans) == Counter(expected)


@pytest.mark.parametrize(
    ("gold", "pred", "f1"),
    [
        ("a b c", "a b c", 1.0),
        ("a b c", "a", 0.5),
        ("a b c d", "a", 0.4),
        ("a", "", 0.0),
        ("", "", 0.0),
    ],
)
def test_overlap_f1(gold: str, pred: str, f1: float) -> None:
    assert overlap_f1(Counter(gold.split()), Counter(pred.split())) == pytest.approx(f1)


# --- partial matching ------------------------------------------------------------------------------------

SENTENCE = "Smith said alpha beta gamma delta epsilon zeta."


@pytest.mark.parametrize(
    ("gold", "pred", "matched"),
    [
        ("alpha beta gamma delta", "alpha beta gamma delta", True),
        ("alpha beta gamma delta", "alpha beta", True),  # F1 2*2/6 = 0.67
        ("alpha beta gamma", "alpha", True),  # F1 2*1/4 = 0.5: the threshold itself matches
        ("alpha beta gamma delta", "alpha", False),  # F1 2*1/5 = 0.4
        ("alpha beta", "beta gamma delta epsilon", False),  # F1 2*1/6 = 0.33
        ("alpha beta gamma", "beta gamma delta", True),  # F1 2*2/6 = 0.67
        ("alpha beta gamma", "delta epsilon zeta", False),  # no shared token
    ],
)
def test_partial_match_needs_token_f1_of_at_least_half(gold: str, pred: str, matched: bool) -> None:
    pairs = match_partial(SENTENCE, [attribution(SENTENCE, [gold])], [attribution(SENTENCE, [pred])])
    assert pairs == (((0, 0),) if matched else ())


def test_partial_match_needs_shared_characters_not_just_shared_words() -> None:
    """The same words repeated elsewhere in the article are a different attribution."""
    text = "We will win, she said. Later: we will win, he said."
    gold = [Attribution(content=[at(text, "We will win")], source=[], direct=False)]
    pred = [Attribution(content=[at(text, "we will win")], source=[], direct=False)]
    assert match_partial(text, gold, pred) == ()


# --- exact matching --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "gold", "pred", "exact"),
    [
        ("He said: “We will win.” Then he left.", ["“We will win.”"], ["We will win"], True),
        ("''We will win,'' he said.", ["''We will win,''"], ["We will win"], True),  # NYT's ''
        ("He said \u2018we will win\u2019 today.", ["\u2018we will win\u2019"], ["we will win"], True),
        ("He said `we will win\u00b4 today.", ["`we will win\u00b4"], ["we will win"], True),  # accents
        ("He said that we will win.", [" that we will win."], ["that we will win"], True),
        ("He said: “We will win.”", ["“We will win.”"], ["We will"], False),
        ("He said: “We will win.”", ["“We will win.”"], ["said: “We will win"], False),
        # discontinuous spans compare by outer extent, so one span over the whole stretch is exact
        (
            "“We win,” he said, “and we rule.”",
            ["“We win,”", "“and we rule.”"],
            ["We win", "and we rule"],
            True,
        ),
        (
            "“We win,” he said, “and we rule.”",
            ["“We win,”", "“and we rule.”"],
            ["We win,” he said, “and we rule"],
            True,
        ),
        ("“We win,” he said, “and we rule.”", ["“We win,”", "“and we rule.”"], ["We win"], False),
    ],
)
def test_exact_match_trims_space_punctuation_and_quotes(
    text: str, gold: list[str], pred: list[str], exact: bool
) -> None:
    pairs = match_exact(text, [attribution(text, gold)], [attribution(text, pred)])
    assert pairs == (((0, 0),) if exact else ())


@pytest.mark.parametrize(
    ("text", "expected"),
    [("“Yes.”", "Yes"), ("''No,''", "No"), (" — it is so… ", "it is so"), ("“”", ""), ("$5", "$5")],
)
def test_trim(text: str, expected: str) -> None:
    assert text[slice(*trim(text, 0, len(text)))] == expected


def test_exact_key_of_no_fragments_is_none() -> None:
    assert exact_key("text", ()) is None


# --- one-to-one greedy matching --------------------------------------------------------------------------


def test_two_predictions_on_one_gold_make_one_true_and_one_false_positive() -> None:
    text = "Smith said the plan will fail badly this year."
    gold = [attribution(text, ["the plan will fail badly this year"], ["Smith"])]
    pred = [
        attribution(text, ["the plan will fail badly"], ["Smith"]),
        attribution(text, ["the plan will fail badly this year"], ["Smith"]),
    ]
    result = score_article(text, gold, pred)
    assert result.partial == ((0, 1),)  # the higher F1 wins, though listed second
    assert result.spurious(len(pred)) == [0]
    partial = result.tally.counts["partial", "all"]
    assert (partial.precision, partial.recall) == (0.5, 1.0)


def test_greedy_takes_the_best_pair_first() -> None:
    """Nested gold attributions: each prediction goes to the gold it fits best."""
    text = "Smith said alpha beta gamma delta epsilon."
    gold = [attribution(text, ["alpha beta gamma delta"]), attribution(text, ["gamma delta epsilon"])]
    pred = [attribution(text, ["gamma delta epsilon"]), attribution(text, ["alpha beta gamma"])]
    assert sorted(match_partial(text, gold, pred)) == [(0, 1), (1, 0)]


def test_ties_go_to_the_pair_whose_sources_agree() -> None:
    text = "Smith and Jones said we will win."
    gold = [attribution(text, ["we will win"], ["Smith"]), attribution(text, ["we will win"], ["Jones"])]
    pred = [attribution(text, ["we will win"], ["Jones"]), attribution(text, ["we will win"], ["Smith"])]
    result = score_article(text, gold, pred)
    assert sorted(result.partial) == sorted(result.exact) == [(0, 1), (1, 0)]
    assert result.tally.counts["end_to_end", "all"].f1 == 1.0


def test_discontinuous_content_counts_the_tokens_of_every_fragment() -> None:
    text = "“We will win,” he said, “and we will govern.”"
    gold = [attribution(text, ["“We will win,”", "“and we will govern.”"], ["he"], direct=True)]
    first_part_only = [attribution(text, ["We will win"], ["he"], direct=True)]  # F1 2*3/10 = 0.6
    result = score_article(text, gold, first_part_only)
    assert result.partial == ((0, 0),)
    assert result.exact == ()


# --- sources and end-to-end ------------------------------------------------------------------------------

QUOTE = "Mayor John Smith told reporters that taxes will rise."


@pytest.mark.parametrize(
    ("gold_source", "pred_source", "counted", "correct", "end_to_end"),
    [
        (["Mayor John Smith"], ["Mayor John Smith"], 1, 1, True),
        (["Mayor John Smith"], ["Smith"], 1, 1, True),  # any overlap will do
        (["Mayor John Smith"], ["Mayor"], 1, 1, True),
        (["Mayor John Smith"], ["reporters"], 1, 0, False),
        (["Mayor John Smith"], [], 1, 0, False),
        ([], [], 0, 0, True),  # both empty: an end-to-end hit, not counted in source accuracy
        ([], ["reporters"], 0, 0, False),
    ],
)
def test_source_overlap_and_end_to_end(
    gold_source: list[str], pred_source: list[str], counted: int, correct: int, end_to_end: bool
) -> None:
    gold = [attribution(QUOTE, ["that taxes will rise"], gold_source)]
    pred = [attribution(QUOTE, ["taxes will rise"], pred_source)]
    result = score_article(QUOTE, gold, pred)
    assert (result.tally.source_total, result.tally.source_correct) == (counted, correct)
    e2e = result.tally.counts["end_to_end", "all"]
    assert (e2e.gold_hit, e2e.pred_hit) == ((1, 1) if end_to_end else (0, 0))
    assert result.wrong_source() == ([] if end_to_end else [(0, 0)])


def test_discontinuous_sources_overlap_on_any_fragment() -> None:
    text = "Smith, the mayor, and Jones said taxes will rise."
    gold = [attribution(text, ["taxes will rise"], ["Smith", "Jones"])]
    pred = [attribution(text, ["taxes will rise"], ["Jones"])]
    assert score_article(text, gold, pred).tally.source_accuracy == 1.0


# --- direct and indirect subsets --------------------------------------------------------------------------

TWO = "“We will win,” Smith said. Jones said that taxes will rise."


@pytest.mark.parametrize(
    ("flags", "direct_counts", "indirect_counts"),
    [
        # Counts(gold, pred, gold_hit, pred_hit); predictions: the quote, then the indirect speech
        ((True, False), Counts(1, 1, 1, 1), Counts(1, 1, 1, 1)),
        # a prediction's own flag decides its subset for precision; the gold's for recall
        ((False, False), Counts(1, 0, 1, 0), Counts(1, 2, 1, 2)),
        ((True, True), Counts(1, 2, 1, 2), Counts(1, 0, 1, 0)),
        # no flag: the matched gold's subset
        ((None, None), Counts(1, 1, 1, 1), Counts(1, 1, 1, 1)),
    ],
)
def test_subsets(
    flags: tuple[bool | None, bool | None], direct_counts: Counts, indirect_counts: Counts
) -> None:
    gold = [
        attribution(TWO, ["“We will win,”"], ["Smith"], direct=True),
        attribution(TWO, ["that taxes will rise"], ["Jones"], direct=False),
    ]
    pred = [
        attribution(TWO, ["We will win"], ["Smith"], direct=flags[0]),
        attribution(TWO, ["taxes will rise"], ["Jones"], direct=flags[1]),
    ]
    counts = score_article(TWO, gold, pred).tally.counts
    assert counts["partial", "direct"] == direct_counts
    assert counts["partial", "indirect"] == indirect_counts
    assert counts["partial", "all"] == Counts(2, 2, 2, 2)


def test_an_unmatched_prediction_without_a_flag_is_in_no_subset() -> None:
    pred = [attribution(TWO, ["Jones"], direct=None)]
    counts = score_article(TWO, [], pred).tally.counts
    assert counts["partial", "all"].pred == 1
    assert counts["partial", "direct"].pred == counts["partial", "indirect"].pred == 0


# --- aggregation ------------------------------------------------------------------------------------------


def test_articles_are_summed_before_ratios_are_taken() -> None:
    """Micro average: 1 hit of 4 gold is recall 0.25, not the mean (1.0 + 0.0) / 2 of the two articles."""
    one = "Smith said taxes will rise."
    first = score_article(
        one, [attribution(one, ["taxes will rise"])], [attribution(one, ["taxes will rise"])]
    )
    three = "Smith said A. Jones said B. Brown said C."
    gold = [attribution(three, [letter]) for letter in "ABC"]
    second = score_article(three, gold, [])
    tally = sum([first.tally, second.tally], Tally())
    partial = tally.counts["partial", "all"]
    assert partial == Counts(4, 1, 1, 1)
    assert (partial.precision, partial.recall, partial.f1) == (1.0, 0.25, 0.4)


def test_ratios_over_nothing_are_zero() -> None:
    assert (Counts().precision, Counts().recall, Counts().f1, Tally().source_accuracy) == (0.0, 0.0, 0.0, 0.0)


# --- the runner: quotekit's quotes to attributions, the command line, the error report ---------------------


@dataclass
class StubSpan:
    start: int
    end: int


@dataclass
class StubCue:
    lemma: str


@dataclass
class StubSpeaker:
    mention: StubSpan | None


@dataclass
class StubQuote:
    parts: tuple[StubSpan, ...]
    kind: str
    cue: StubCue | None = None
    speaker: StubSpeaker | None = None
    rule: str | None = None


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        (
            StubQuote(
                (StubSpan(1, 5), StubSpan(9, 12)),
                "direct",
                StubCue("say"),
                StubSpeaker(StubSpan(6, 8)),
                "inversion",
            ),
            Attribution(
                content=[(1, 5), (9, 12)], source=[(6, 8)], direct=True, cue_text="say", rule="inversion"
            ),
        ),
        (
            StubQuote((StubSpan(0, 4),), "mixed", None, StubSpeaker(None), "adjacent"),
            Attribution(content=[(0, 4)], source=[], direct=False, cue_text="", rule="adjacent"),
        ),
        (
            StubQuote((StubSpan(0, 4),), "indirect"),
            Attribution(content=[(0, 4)], source=[], direct=False),
        ),
    ],
)
def test_attribution_from_quote(quote: StubQuote, expected: Attribution) -> None:
    """Content = parts, source = the speaker's mention if any, direct only for kind "direct"."""
    assert polnear.attribution_from_quote(quote) == expected


ARTICLE = "Smith said taxes will rise. “Not this year,” Jones said. Brown agreed."


def write_corpus(folder: Path) -> None:
    """A one-article corpus in PolNeAR's format."""

    def record(content: str, source: str, cue: str, direct: bool) -> dict[str, object]:
        return {
            "content": [at(ARTICLE, content)],
            "source": [at(ARTICLE, source)],
            "cue": [at(ARTICLE, cue, 2 if source == "Jones" else 1)],
            "direct": direct,
        }

    article = {
        "id": "stub-1",
        "publisher": "stub",
        "text": ARTICLE,
        "attributions": [
            record("taxes will rise", "Smith", "said", False),
            record("“Not this year,”", "Jones", "said", True),
        ],
    }
    (folder / "polnear-dev.jsonl").write_text(json.dumps(article) + "\n", encoding="utf-8")


def stub_extract(text: str) -> list[StubQuote]:
    """Finds the indirect speech with a wrong speaker, misses the quote, invents one."""
    return [
        StubQuote(
            (StubSpan(*at(text, "taxes will rise")),),
            "indirect",
            StubCue("say"),
            StubSpeaker(StubSpan(*at(text, "Jones"))),
            "subject",
        ),
        StubQuote((StubSpan(*at(text, "Brown agreed")),), "indirect", None, None, None),
    ]


def test_loading_keeps_the_gold_cue_words_lowercased(tmp_path: Path) -> None:
    write_corpus(tmp_path)
    (article,) = polnear.load_articles(tmp_path / "polnear-dev.jsonl")
    assert [(a.cue_text, a.direct) for a in article.gold] == [("said", False), ("said", True)]


def test_the_gold_predictor_scores_one_everywhere(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_corpus(tmp_path)
    out, errors = tmp_path / "scores.json", tmp_path / "results" / "errors.md"
    argv = ["--data", str(tmp_path), "--predictor", "gold", "--json", str(out), "--errors", str(errors)]
    assert polnear.main(argv) == 0
    assert "0 missed, 0 spurious, 0 matched with a wrong source" in errors.read_text(encoding="utf-8")
    scores = json.loads(out.read_text(encoding="utf-8"))["scores"]
    assert {
        scores[level][subset]["f1"]
        for level in ("partial", "exact", "end_to_end")
        for subset in scores[level]
    } == {1.0}
    assert scores["source_accuracy"] == {
        "correct": 2,
        "total": 2,
        "accuracy": 1.0,
        "direct": {"correct": 1, "total": 1, "accuracy": 1.0},
        "indirect": {"correct": 1, "total": 1, "accuracy": 1.0},
    }
    assert "| all | 2 | 2 | 1.000 |" in capsys.readouterr().out


def test_missing_data_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert polnear.main(["--data", str(tmp_path / "nowhere")]) == 2
    assert "--data" in capsys.readouterr().err


def test_error_report_groups_and_marks_each_error(tmp_path: Path) -> None:
    write_corpus(tmp_path)
    outcomes = polnear.evaluate(
        polnear.load_articles(tmp_path / "polnear-dev.jsonl"), polnear.from_extract(stub_extract)
    )
    tally = polnear.total(outcomes)
    assert tally.counts["partial", "all"] == Counts(2, 2, 1, 1)
    assert (tally.source_correct, tally.source_total) == (0, 1)
    report = polnear.error_report(outcomes, "stub on PolNeAR dev")
    assert "| said | 1 | 0 | 0 | 1 |" in report  # the missed quote, by its gold cue
    assert "| (none) | 0 | 1 | 0 | 1 |" in report  # the invented one has no cue
    assert "| gold direct | 1 | 0 | 0 | 1 |" in report
    assert "| subject | 0 | 0 | 1 | 1 |" in report
    assert "{{Jones}} said." in report
    assert "[[Brown agreed]]." in report
    assert "{{Smith}} said [[taxes will rise]]." in report  # the wrong-source match: gold, then predicted
    assert "  - predicted: Smith said [[taxes will rise]]. “Not this year,” {{Jones}} said." in report


@pytest.mark.parametrize(
    ("content", "source", "expected"),
    [
        (["that taxes will rise"], ["Smith"], "{{Smith}} said [[that taxes will rise]]."),
        (["“Not,”", "“this year.”"], ["she"], "Then: [[“Not,”]] {{she}} said, [[“this year.”]]"),
        (["Nothing"], [], "[[Nothing]] \\*happened\\* here."),
    ],
)
def test_marked_context_shows_the_sentence_with_content_and_source_marked(
    content: list[str], source: list[str], expected: str
) -> None:
    text = (
        "First one. Smith said that taxes will rise. Then: “Not,” she said, “this year.” "
        "Nothing *happened* here."
    )
    assert polnear.marked_context(text, attribution(text, content, source)) == expected
