"""``python tests/fake_cli.py ARGS``: the command line on the stand-in for stanza (``fake_workers``), for
tests that signal or kill a run in a child process without loading a model."""

from __future__ import annotations

import sys

import fake_workers

from quotekit import cli

if __name__ == "__main__":
    setattr(cli, "Extractor", fake_workers.FakeExtractor)  # noqa: B010 (a stand-in, as monkeypatch would)
    sys.exit(cli.main())
