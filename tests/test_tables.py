"""Quotes as flat rows: ``to_records`` and ``to_dataframe`` (pandas)."""

from __future__ import annotations

import importlib.util
from typing import Any

import pytest

from quotekit import ConfigError, Cue, Extractor, InputTypeError, Quote, Span, Speaker
from quotekit.tables import COLUMNS, to_dataframe, to_records

needs_pandas = pytest.mark.skipif(
    importlib.util.find_spec("pandas") is None, reason="to_dataframe needs the pandas extra"
)

TEXT = "“We will win,” the mayor said. Taxes rose, according to officials. “Never.”"


def quotes() -> list[Quote]:
    return [
        Quote(
            "We will win,",
            Span.of(TEXT, 0, 14),
            (Span.of(TEXT, 1, 13),),
            "direct",
            Cue(Span.of(TEXT, 25, 29), "say"),
            Speaker("Ann Lee", Span.of(TEXT, 15, 24), role="mayor", affiliation="Springfield", kind="person"),
            rule="trailing-said",
            confidence=0.9,
        ),
        Quote(
            "Taxes rose",
            Span.of(TEXT, 31, 41),
            (Span.of(TEXT, 31, 41),),
            "indirect",
            Cue(Span.of(TEXT, 43, 55), "according to", "source"),
            Speaker("officials", Span.of(TEXT, 56, 65), kind="group"),
            rule="according-to",
            confidence=0.8,
        ),
        Quote("Never.", Span.of(TEXT, 67, 75), (Span.of(TEXT, 68, 74),), "direct"),
    ]


@pytest.mark.parametrize(
    ("index", "expected"),
    [
        (
            0,
            {
                "text": "We will win,",
                "start": 0,
                "end": 14,
                "kind": "direct",
                "parts": "1:13",
                "cue": "said",
                "cue_start": 25,
                "cue_end": 29,
                "cue_lemma": "say",
                "cue_class": "speech",
                "speaker": "Ann Lee",
                "speaker_mention": "the mayor",
                "speaker_start": 15,
                "speaker_end": 24,
                "speaker_role": "mayor",
                "speaker_affiliation": "Springfield",
                "speaker_kind": "person",
                "rule": "trailing-said",
                "confidence": 0.9,
            },
        ),
        (1, {"cue": "according to", "cue_class": "source", "speaker_role": None, "speaker_kind": "group"}),
        (2, {"cue": None, "cue_start": None, "speaker": None, "speaker_start": None, "rule": None}),
    ],
)
def test_records_are_flat_with_offsets(index: int, expected: dict[str, Any]) -> None:
    row = to_records(quotes())[index]
    assert tuple(row) == COLUMNS
    assert {key: row[key] for key in expected} == expected
    assert TEXT[row["start"] : row["end"]] == quotes()[index].span.text


def test_extra_columns_come_first() -> None:
    row = to_records(quotes()[:1], doc="a.txt", line=3)[0]
    assert list(row)[:3] == ["doc", "line", "text"]
    assert (row["doc"], row["line"]) == ("a.txt", 3)


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda: to_records("text"), InputTypeError, "'quotes' must be an iterable of Quote (got str)"),  # type: ignore[arg-type]
        (lambda: to_records(quotes()[0]), InputTypeError, "(got Quote)"),  # type: ignore[arg-type]
        (lambda: to_records([1]), InputTypeError, "(got an item 1)"),  # type: ignore[list-item]
        (lambda: to_records(quotes(), text="x"), ConfigError, "(got ['text'])"),
        pytest.param(
            lambda: to_dataframe(42), InputTypeError, "'quotes_or_results' must be", marks=needs_pandas
        ),
        pytest.param(
            lambda: to_dataframe([], doc_column="kind"),
            ConfigError,
            "'doc_column' must be a str",
            marks=needs_pandas,
        ),
    ],
)
def test_wrong_arguments_raise_typed_errors(call: Any, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message.replace("(", r"\(").replace(")", r"\)").replace("[", r"\[")):
        call()


@needs_pandas
@pytest.mark.parametrize(
    ("data", "docs"),
    [
        (quotes(), None),
        ([quotes(), [], quotes()[:1]], [0, 0, 0, 2]),
        ({"a.txt": quotes()[:2], "b.txt": quotes()[2:]}, ["a.txt", "a.txt", "b.txt"]),
        (iter(quotes()), None),
    ],
)
def test_dataframe_of_one_or_many_documents(data: Any, docs: list[Any] | None) -> None:
    frame = to_dataframe(data)
    if docs is None:
        assert list(frame.columns) == list(COLUMNS)
        assert len(frame) == 3
    else:
        assert list(frame.columns) == ["doc", *COLUMNS]
        assert frame["doc"].tolist() == docs


@needs_pandas
def test_dataframe_offsets_are_nullable_ints() -> None:
    frame = to_dataframe(quotes())
    assert str(frame["cue_start"].dtype) == "Int64"
    assert frame["cue_start"].isna().tolist() == [False, False, True]
    assert frame["start"].tolist() == [0, 31, 67]


@needs_pandas
def test_empty_dataframe_has_the_columns() -> None:
    assert list(to_dataframe([]).columns) == list(COLUMNS)


@needs_pandas
@pytest.mark.models
def test_dataframe_of_pipe_results(extractor: Extractor, seed_text: str) -> None:
    results = list(extractor.pipe([seed_text, "The mayor said the plan failed."]))
    frame = to_dataframe(results)
    assert len(frame) == sum(map(len, results))
    assert frame["doc"].iloc[-1] == 1
    assert frame.groupby("speaker").size()["Issam al-Reis"] >= 3
