"""A stanza Document the caller already has: its text must be the one its tokens were made from, and
``pipe(n_process=N)`` in a script without the ``__main__`` guard fails with a quotekit error. No model."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from quotekit import DocumentError, Extractor, UnsupportedLanguageError

RULES = Path(__file__).resolve().parents[1] / "fixtures" / "rules"


def _document(name: str) -> tuple[object, str]:
    from stanza.utils.conll import CoNLL

    conllu = (RULES / f"{name}.conllu").read_text(encoding="utf-8")
    return CoNLL.conll2doc(input_str=conllu), (RULES / f"{name}.txt").read_text(encoding="utf-8")


def test_a_document_with_its_own_text_gives_its_quotes() -> None:
    doc, text = _document("subject")
    assert [q.text for q in Extractor().extract_document(doc, text=text)] == ["the talks had failed"]


@pytest.mark.parametrize(("lang", "quotes"), [(None, 1), ("en", 1), ("de", None), ("fr", None)])
def test_a_document_in_a_language_without_a_profile_is_refused(lang: str | None, quotes: int | None) -> None:
    """issue 17: a German Document silently got the English rules; now only English (or unstated) runs."""
    doc, text = _document("subject")
    doc.lang = lang  # type: ignore[attr-defined]
    if quotes is None:
        with pytest.raises(
            UnsupportedLanguageError, match=f"English only: lang must be 'en' \\(got '{lang}'\\)"
        ):
            Extractor().extract_document(doc, text=text)
    else:
        assert len(Extractor().extract_document(doc, text=text)) == quotes


@pytest.mark.parametrize(
    "change",
    [
        lambda t: t[: len(t) // 2],
        lambda t: "Meanwhile, " + t,
        lambda t: t.upper(),
        lambda t: t + " And more.",
    ],
    ids=["shorter", "shifted", "other words", "longer"],
)
def test_a_text_that_is_not_the_documents_is_refused(change: object) -> None:
    """issue 13: a shorter text raised a raw ValueError, a longer one gave garbage spans."""
    doc, text = _document("subject")
    other = change(text)  # type: ignore[operator]
    if other.startswith(text):  # a longer text with the document's own at its start is still its text
        assert Extractor().extract_document(doc, text=other)
        return
    with pytest.raises(DocumentError, match="the text does not match the stanza Document"):
        Extractor().extract_document(doc, text=other)


def test_pipe_with_workers_in_a_script_without_the_main_guard(tmp_path: Path) -> None:
    """issue 13: a quotekit error that says to add the guard, not a raw BrokenProcessPool."""
    script = tmp_path / "no_guard.py"
    script.write_text(
        textwrap.dedent(
            """
            import quotekit
            from quotekit import WorkerError
            try:
                list(quotekit.Extractor().pipe(["The mayor said it failed."] * 4, n_process=2))
            except WorkerError as exc:
                print("WorkerError:", exc)
            """
        ),
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=300, check=False
    )
    assert 'if __name__ == "__main__":' in result.stdout, result.stderr[-2000:]
