"""Shared fixtures. End-to-end tests need the stanza models: set STANZA_RESOURCES_DIR (the README's test
command points it at ../shared/stanza_resources). Without models they are skipped, except under CI
(CI=true), where a missing model folder is an error."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from quotekit import Extractor
from quotekit.parse import resolve_models_dir

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
SEED = FIXTURES / "upi-fsa-rejects-russia.txt"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test that uses the real models is marked ``models``: ``-m "not models"`` runs the fast suite."""
    for item in items:
        if "extractor" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.models)


def models_available() -> bool:
    return (resolve_models_dir(None) / "resources.json").is_file()


@pytest.fixture(scope="session", autouse=True)
def one_torch_thread() -> None:
    """Every stanza call of the suite on one torch thread (the CLI's and the processor's too, which build
    their own pipelines): on a 2-core machine shared with other work, torch's default of one thread per
    core makes stanza many times slower, for the same results (docs/robustness.md, CPU threads)."""
    if models_available():
        import torch

        torch.set_num_threads(1)


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """One Extractor on the real models for the whole session (loading takes a few seconds)."""
    if not models_available():
        message = "stanza models not found: set STANZA_RESOURCES_DIR=../shared/stanza_resources"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return Extractor(threads=1)  # a shared 2-core machine: torch's default threads would oversubscribe it


@pytest.fixture(scope="session")
def wide_extractor(extractor: Extractor) -> Extractor:
    """The same models with ``attributions="all"`` (the wider notion of issue 19)."""
    return Extractor(threads=1, attributions="all")


@pytest.fixture(scope="session")
def extractors(extractor: Extractor, wide_extractor: Extractor) -> dict[str, Extractor]:
    """Both session extractors by their ``attributions`` mode: "speech" (the default) and "all"."""
    return {"speech": extractor, "all": wide_extractor}


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")
