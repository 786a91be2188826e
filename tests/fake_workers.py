"""An Extractor on the stand-in for stanza (``fake_stanza``) whose worker processes use it too, and texts
that make the process extracting them misbehave: for fast tests of worker faults, interrupts and resumed
runs, in this process or a child (``fake_cli.py``), without a model."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from fake_stanza import FakePipeline

from quotekit import Extractor, Quote

#: A text with ``DIE PATH`` kills the process extracting it (SIGKILL) unless the file PATH exists; it
#: creates the file first, so the text kills one worker once and is extracted when the run is resumed.
DIE = "QUOTEKIT-TEST-DIE"
#: A text with this raises torch's out-of-memory error in the process extracting it.
OOM = "QUOTEKIT-TEST-OOM"
#: Seconds each text takes ($QUOTEKIT_FAKE_DELAY), so that a run can be stopped mid-corpus.
DELAY = "QUOTEKIT_FAKE_DELAY"

_PIPELINE = FakePipeline()


def misbehave(text: Any) -> Any:
    """What the markers above ask for, then ``text`` unchanged."""
    if not isinstance(text, str):
        return text
    time.sleep(float(os.environ.get(DELAY, "0")))
    if OOM in text:
        raise RuntimeError("DefaultCPUAllocator: not enough memory: you tried to allocate 8589934592 bytes.")
    if DIE in text:
        marker = Path(text.split(DIE, 1)[1].split()[0])
        if not marker.exists():
            marker.touch()
            os.kill(os.getpid(), signal.SIGKILL)
    return text


class FakeExtractor(Extractor):
    """An Extractor on :class:`~fake_stanza.FakePipeline`, in this process and in its workers."""

    def pipe(self, texts: Iterable[str], batch_size: int = 8, n_process: int = 1) -> Iterator[list[Quote]]:
        if n_process == 1 and not isinstance(texts, (str, bytes)) and isinstance(texts, Iterable):
            texts = map(misbehave, texts)
        return super().pipe(texts, batch_size, n_process)

    def _pipeline(self) -> Any:
        return _PIPELINE
