"""The parse layer without a model: CoNLL-U fixtures, paragraphs, chunks, model folder errors."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from quotekit import ModelsNotFoundError, UnsupportedLanguageError
from quotekit.parse import load_pipeline, parse_conllu
from quotekit.text import cut_points, find_paragraphs

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def seed_parse() -> tuple[str, object]:
    text = (FIXTURES / "upi-fsa-rejects-russia.txt").read_text(encoding="utf-8")
    return text, parse_conllu((FIXTURES / "upi-fsa-rejects-russia.conllu").read_text(encoding="utf-8"), text)


def test_conllu_offsets_slice_the_original_text() -> None:
    """Every word's offsets slice the caller's text, curly apostrophes included ("Russia’s")."""
    text, parsed = seed_parse()
    words = parsed.words  # type: ignore[attr-defined]
    assert words and all(text[w.start : w.end] == w.text for w in words)
    assert any(w.text == "’s" for w in words)
    assert all(w.head == -1 or 0 <= w.head < len(words) for w in words)


def test_conllu_keeps_ner_of_multiword_tokens() -> None:
    """NER tags on a multi-word token's range line reach its words ("Russia’s" -> Russia, misc/place)."""
    _, parsed = seed_parse()
    russia = [w for w in parsed.words if w.text == "Russia"]  # type: ignore[attr-defined]
    assert russia and all(w.ner for w in russia)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One.\n\nTwo.", ((0, 4), (6, 10))),
        ("One.\nTwo.", ((0, 4), (5, 9))),  # no blank lines: one paragraph per line
        ("One.\r\n\r\nTwo.", ((0, 4), (8, 12))),
        ("", ((0, 0),)),
        ("Only one", ((0, 8),)),
    ],
)
def test_paragraphs(text: str, expected: tuple[tuple[int, int], ...]) -> None:
    assert find_paragraphs(text) == expected


@pytest.mark.parametrize("size", [10, 1000, 50_000, 200_000])
def test_pieces_cover_the_text_exactly(size: int) -> None:
    """Pieces are contiguous, cover every character, and stay near the limit."""
    text = ("A sentence here. " * 7 + "\n\n") * (size // 120 + 1)
    pieces = cut_points(text, 5000)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(pieces))
    assert all(e - s <= 5000 for s, e in pieces)


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("word " * 20_000, "a single line of words: cut at spaces"),
        ("x" * 30_000, "no space at all: cut anywhere"),
        ("Short sentence. " * 2_000, "one line of sentences: cut after a sentence end"),
    ],
)
def test_long_lines_are_cut(text: str, where: str) -> None:
    pieces = cut_points(text, 5000)
    assert len(pieces) > 1 and pieces[-1][1] == len(text), where
    assert all(a[1] == b[0] for a, b in itertools.pairwise(pieces))


def test_cuts_avoid_quotations() -> None:
    """A paragraph break inside a quotation running over several paragraphs is not a cut point."""
    para = "Filler text goes here. " * 10
    text = f"{para}\n\n“Quote starts.\n\n“It goes on.”\n\n{para}"
    quote = (text.index("“"), text.index("”") + 1)
    pieces = cut_points(text, len(para) + 20, [quote])
    assert all(not quote[0] < start < quote[1] for start, _ in pieces)
    assert pieces[-1][1] == len(text)


def test_missing_models_give_a_clear_error(tmp_path: Path) -> None:
    """No models in the folder: a typed error that says how to get them."""
    with pytest.raises(ModelsNotFoundError, match=r"stanza\.download\('en'\)"):
        load_pipeline(tmp_path / "nowhere")


def test_unsupported_language() -> None:
    with pytest.raises(UnsupportedLanguageError, match="English only"):
        load_pipeline(lang="de")


def test_acronyms_are_looked_for_in_the_piece_only() -> None:
    """issue 9: each 20,000-character piece scanned the caller's whole text for "Name (ACRONYM)" pairs
    (quadratic on long texts); a piece finds only its own."""
    from quotekit.acronyms import find_acronyms

    text = "The Free Syrian Army (FSA) said no.\n\nThe FSA spokesman said it again."
    whole = parse_conllu("", text)
    assert find_acronyms(whole) == {}  # no words: nothing of the text is this parse's
    piece = parse_conllu(
        "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\tstart_char=37|end_char=40\n"
        "2\tFSA\tFSA\tPROPN\tNNP\t_\t3\tcompound\t_\tstart_char=41|end_char=44\n",
        text,
    )
    assert "FSA" not in find_acronyms(piece)
