"""Public records: validation, the offset invariant, JSON form, typed option errors."""

from __future__ import annotations

import json

import pytest

from quotekit import ConfigError, Extractor, InputTypeError, Quote, Span, Speaker


@pytest.mark.parametrize(
    ("args", "error"),
    [
        ((3, 1, ""), ValueError),  # end before start
        ((0, 3, "ab"), ValueError),  # text length disagrees
        ((-1, 2, "abc"), TypeError),  # negative offset
        (("0", 2, "ab"), TypeError),  # not an int
    ],
)
def test_span_validation(args: tuple[object, object, object], error: type[Exception]) -> None:
    with pytest.raises(error):
        Span(*args)  # type: ignore[arg-type]


def test_records_are_frozen_and_serialise() -> None:
    text = "“Yes,” he said."
    quote = Quote(
        "Yes,",
        Span.of(text, 0, 6),
        (Span.of(text, 1, 5),),
        "direct",
        speaker=Speaker(None, Span.of(text, 7, 9), kind="person"),
    )
    with pytest.raises(AttributeError):
        quote.kind = "indirect"  # type: ignore[misc]
    data = json.loads(json.dumps(quote.to_dict()))
    assert data["parts"] == [{"start": 1, "end": 5, "text": "Yes,"}]
    assert data["speaker"]["mention"]["text"] == "he" and data["cue"] is None


@pytest.mark.parametrize(
    ("options", "error"),
    [
        ({"cue_classes": ("speech", "gossip")}, ConfigError),
        ({"cue_classes": ()}, ConfigError),
        ({"extra_cues": {"aver": "shouting"}}, ConfigError),
        ({"models_dir": 42}, InputTypeError),
        ({"attributions": "wide"}, ConfigError),
        ({"attributions": 1}, InputTypeError),
        ({"extra_cues": {"attest": "evidence"}}, ConfigError),  # evidence is not among the default classes
    ],
)
def test_bad_options_raise_typed_errors(options: dict[str, object], error: type[Exception]) -> None:
    """Bad options fail at construction, with the allowed values in the message."""
    with pytest.raises(error):
        Extractor(**options)  # type: ignore[arg-type]


def test_cue_classes_as_comma_string() -> None:
    assert Extractor(cue_classes="speech,cognition").options.cue_classes == ("speech", "cognition")


def test_pipe_rejects_a_bare_string() -> None:
    with pytest.raises(InputTypeError):
        list(Extractor().pipe("not a list"))
    with pytest.raises(ConfigError):
        list(Extractor().pipe(["x"], batch_size=0))


def test_import_is_cheap() -> None:
    """``import quotekit`` loads neither stanza nor torch (nor numpy): they come with the first extraction."""
    import subprocess
    import sys

    code = "import sys, quotekit; print(sorted(m for m in ('stanza', 'torch', 'numpy') if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
