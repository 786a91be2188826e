"""One row per defect found (by the property tests, the fuzz target or by hand) and fixed, so that it stays
fixed. docs/robustness.md lists them with how they were found."""

from __future__ import annotations

import itertools

import pytest
from fake_stanza import FakePipeline

from quotekit import Extractor
from quotekit import parse as parse_module
from quotekit.parse import parse_conllu
from quotekit.text import split_run_ons

CYCLE = """\
1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_
2\tmayor\tmayor\tNOUN\tNN\t_\t3\tnsubj\t_\t_
3\tsaid\tsay\tVERB\tVBD\t_\t5\tccomp\t_\t_
4\tit\tit\tPRON\tPRP\t_\t5\tnsubj\t_\t_
5\tfailed\tfail\tVERB\tVBD\t_\t3\tccomp\t_\t_
6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_
"""

MALFORMED = """\
# a comment
1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_
x\tbroken\tline\n
2\tmayor\tmayor\tNOUN\tNN\t_\t99\tnsubj\t_\t_
3\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_
3.1\tempty\tnode\tX\t_\t_\t_\t_\t_\t_
4\tno\tno\tDET\tDT\t_\t-4\tdet\t_\t_
"""


#: An opening quotation mark hung on "and": every word of the cue's content was the source's second saying.
SECOND_SAYING_ONLY = """\
1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_
2\tsenator\tsenator\tNOUN\tNN\t_\t3\tnsubj\t_\t_
3\tsaid\tsay\tVERB\tVBD\tMood=Ind|Tense=Past|VerbForm=Fin\t0\troot\t_\t_
4\t\u201c\t\u201c\tPUNCT\t.\t_\t9\tpunct\t_\t_
5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_
6\tdeal\tdeal\tNOUN\tNN\t_\t8\tnsubj\t_\t_
7\twas\tbe\tAUX\tVBD\tMood=Ind|Tense=Past|VerbForm=Fin\t8\tcop\t_\t_
8\tdead\tdead\tADJ\tJJ\t_\t3\tccomp\t_\t_
9\tand\tand\tCCONJ\tCC\t_\t10\tcc\t_\t_
10\twarned\twarn\tVERB\tVBN\tMood=Ind|Tense=Past|VerbForm=Fin\t8\tconj\t_\t_
11\tthat\tthat\tSCONJ\tIN\t_\t15\tmark\t_\t_
12\tthe\tthe\tDET\tDT\t_\t13\tdet\t_\t_
13\ttalks\ttalk\tNOUN\tNNS\t_\t15\tnsubj\t_\t_
14\twould\twould\tAUX\tMD\tVerbForm=Fin\t15\taux\t_\t_
15\tend\tend\tVERB\tVB\tVerbForm=Inf\t8\tadvcl\t_\t_
16\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_
"""


#: A text that ends at its cue, with no final period: a quotation's inverted frame, a frame after its clause.
ENDS_AT_INVERTED_CUE = """\
1\t\u201c\t\u201c\tPUNCT\t``\t_\t2\tpunct\t_\t_
2\tNo\tno\tINTJ\tUH\t_\t5\tccomp\t_\t_
3\t!\t!\tPUNCT\t.\t_\t2\tpunct\t_\t_
4\t\u201d\t\u201d\tPUNCT\t''\t_\t2\tpunct\t_\t_
5\tasked\task\tVERB\tVBD\tMood=Ind|Tense=Past|VerbForm=Fin\t0\troot\t_\t_
"""
ENDS_AT_FRAME = """\
1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_
2\tplan\tplan\tNOUN\tNN\t_\t3\tnsubj\t_\t_
3\tfailed\tfail\tVERB\tVBD\tMood=Ind|Tense=Past|VerbForm=Fin\t6\tccomp\t_\t_
4\t,\t,\tPUNCT\t,\t_\t6\tpunct\t_\t_
5\the\the\tPRON\tPRP\t_\t6\tnsubj\t_\t_
6\tsaid\tsay\tVERB\tVBD\tMood=Ind|Tense=Past|VerbForm=Fin\t0\troot\t_\t_
"""


@pytest.mark.parametrize(
    ("defect", "conllu", "text"),
    [
        ("heads forming a cycle made rules walk up the tree forever", CYCLE, "The mayor said it failed."),
        (
            "a text ending at an inverted cue raised IndexError (read past the end for the speaker)",
            ENDS_AT_INVERTED_CUE,
            "\u201c No ! \u201d asked",
        ),
        (
            "a text ending at a cue after its clause raised IndexError (the word after the cue was read)",
            ENDS_AT_FRAME,
            "The plan failed , he said",
        ),
        (
            "a content whose every word was cut as the source's second saying raised ValueError",
            SECOND_SAYING_ONLY,
            "The senator said \u201c the deal was dead and warned that the talks would end .",
        ),
        (
            "malformed CoNLL-U lines and heads out of range raised ValueError/IndexError",
            MALFORMED,
            "The broken mayor said no",
        ),
    ],
)
def test_hand_made_parses_are_mended_into_trees(defect: str, conllu: str, text: str) -> None:
    parsed = parse_conllu(conllu, text)
    for word in parsed.words:
        seen = set()
        node = word.i
        while node >= 0:  # every walk up reaches a root
            assert node not in seen, defect
            seen.add(node)
            node = parsed.words[node].head
    Extractor().extract_parse(parsed)


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakePipeline:
    pipeline = FakePipeline()
    monkeypatch.setattr(parse_module, "load_pipeline", lambda *args, **kwargs: pipeline)
    return pipeline


def test_crossing_quotes_are_untangled(fake: FakePipeline) -> None:
    """Text without sentence punctuation gave quotes whose spans crossed; now nested or disjoint."""
    text = "the minister said the talks failed and nobody knows why " * 40
    quotes = Extractor().extract(text)
    for a in quotes:
        for b in quotes:
            assert not a.span.start < b.span.start < a.span.end < b.span.end


def test_run_on_text_reaches_the_parser_in_sentence_sized_pieces() -> None:
    """A stretch without sentence ends went to the dependency parser whole (cost: its length squared)."""
    text = "the minister said the talks had failed, and she added that " * 500
    pieces = split_run_ons(text, [(0, len(text))], 1_000)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(pieces))
    assert max(end - start for start, end in pieces) <= 1_000


def test_dense_quotes_on_one_long_line_are_all_attributed(fake: FakePipeline) -> None:
    """200 000 characters dense with quotes on one line: every quotation is found, with exact offsets.
    (Looking for a quote's frame once copied the text before it, quadratic on a long line; how the time
    grows with the length is measured by benchmarks/hostile.py, "10 MB single line", not here.)"""
    unit = "The minister said the talks had failed and “we will try again,” she added "
    text = unit * (200_000 // len(unit))
    quotes = Extractor().extract(text)
    starts = [k for k, ch in enumerate(text) if ch == "“"]
    covered = sum(any(q.span.start <= k + 1 < q.span.end for q in quotes) for k in starts[:200])
    assert covered == 200
