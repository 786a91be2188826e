"""The command line: JSON Lines and table output, errors as exit codes."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from quotekit import Extractor
from quotekit.cli import main

SEED = Path(__file__).resolve().parents[1] / "fixtures" / "upi-fsa-rejects-russia.txt"


def test_jsonl_output(extractor: Extractor) -> None:
    """One JSON object per quote, with the documented fields and exact offsets."""
    out = io.StringIO()
    assert main([str(SEED)], stdout=out) == 0
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    text = SEED.read_text(encoding="utf-8")
    assert len(rows) >= 8
    for row in rows:
        assert set(row) >= {"source", "text", "span", "parts", "kind", "cue", "speaker", "rule", "confidence"}
        assert text[row["span"]["start"] : row["span"]["end"]] == row["span"]["text"]


def test_table_output(extractor: Extractor) -> None:
    out = io.StringIO()
    assert main(["--format", "table", str(SEED)], stdout=out) == 0
    assert "Issam al-Reis (spokesman, Free Syrian Army)" in out.getvalue()


def test_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path / "missing.txt")]) == 2
    assert "cannot read input" in capsys.readouterr().err


def test_missing_models_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Missing models: exit 1 with the fix in the message, no traceback."""
    text = tmp_path / "a.txt"
    text.write_text("The mayor said the plan failed.", encoding="utf-8")
    assert main(["--models-dir", str(tmp_path / "none"), str(text)]) == 1
    assert "stanza.download" in capsys.readouterr().err


def test_bad_cue_class_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--cue-classes", "gossip", "-"]) == 1
    assert "cue_classes" in capsys.readouterr().err
