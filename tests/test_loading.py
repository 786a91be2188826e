"""Loading the stanza models: each failure is told as what it is (no model is loaded here).

``_build_pipeline`` (the one call into ``stanza.Pipeline``) is replaced by a stand-in that raises what
stanza or torch would raise, or records how it was asked to load.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fake_stanza import FakePipeline

from quotekit import IncompatibleModelsError, ModelsNotFoundError, PipelineError
from quotekit.parse import models


class ResourcesFileNotFoundError(Exception):
    """stanza's own name for a missing model file."""


class ConnectionError_(Exception):
    """requests' ConnectionError, by name."""


ConnectionError_.__name__ = "ConnectionError"


def _folder(tmp_path: Path) -> Path:
    (tmp_path / "resources.json").write_text(json.dumps({"en": {}}), encoding="utf-8")
    return tmp_path


def _raising(exc: Exception) -> Any:
    def build(stanza: Any, kwargs: dict[str, Any]) -> Any:
        raise exc

    return build


#: (what building the pipeline raised, the quotekit error, words of its message) -- issue 9 and 13
LOAD_ERRORS = [
    (ResourcesFileNotFoundError("no depparse model"), ModelsNotFoundError, r"stanza\.download\('en'\)"),
    (
        RuntimeError("Error(s) in loading state_dict for Parser"),
        IncompatibleModelsError,
        "fresh, matching set",
    ),
    (EOFError("Ran out of input"), IncompatibleModelsError, "fresh, matching set"),
    (
        RuntimeError("CUDA out of memory. Tried to allocate 2 GiB"),
        PipelineError,
        "not a problem of the model",
    ),
    (TypeError("Pipeline() got an unexpected keyword argument"), PipelineError, "installed stanza version"),
    (ValueError("Expected one of cpu, cuda device type"), PipelineError, "check the device"),
]


@pytest.mark.parametrize(
    ("raised", "error", "message"), LOAD_ERRORS, ids=[type(r[0]).__name__ for r in LOAD_ERRORS]
)
def test_load_failures_are_told_as_what_they_are(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, raised: Exception, error: type, message: str
) -> None:
    """A missing model, a damaged one, and anything else (memory, device, stanza's API) are told apart."""
    monkeypatch.setattr(models, "_build_pipeline", _raising(raised))
    with pytest.raises(error, match=message) as caught:
        models.load_pipeline(_folder(tmp_path), processors="tokenize,pos")
    assert caught.value.__cause__ is raised


def test_download_uses_a_complete_folder_as_it_is(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """download=True with the models present downloads nothing (issue 13: it failed on the offline set)."""
    seen: list[Any] = []

    def build(stanza: Any, kwargs: dict[str, Any]) -> Any:
        seen.append(kwargs["download_method"])
        return FakePipeline()

    monkeypatch.setattr(models, "_build_pipeline", build)
    models.load_pipeline(_folder(tmp_path), processors="tokenize,pos", download=True)
    assert seen == [None]


def test_download_fetches_only_what_is_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With the models present but one missing, download=True retries with stanza's download."""
    seen: list[Any] = []

    def build(stanza: Any, kwargs: dict[str, Any]) -> Any:
        seen.append(kwargs["download_method"])
        if kwargs["download_method"] is None:
            raise ResourcesFileNotFoundError("no ner model")
        return FakePipeline()

    monkeypatch.setattr(models, "_build_pipeline", build)
    models.load_pipeline(_folder(tmp_path), processors="tokenize,ner", download=True)
    assert seen[0] is None and seen[1] is not None


def test_a_failed_download_is_told_as_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A download that fails says so, and does not suggest download=True again."""
    monkeypatch.setattr(models, "_build_pipeline", _raising(ConnectionError_("Max retries exceeded")))
    with pytest.raises(ModelsNotFoundError, match="downloading the stanza models") as caught:
        models.load_pipeline(tmp_path / "empty", processors="tokenize", download=True)
    assert "download=True" not in str(caught.value)
