"""End to end on the real stanza models: the seed article, messy inputs, typed errors."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from checks import check_invariants, check_nothing_lost, check_offsets
from hypothesis import HealthCheck, given, settings
from strategies import texts

import quotekit
from quotekit import Extractor, InputTypeError, Quote

# The seed article's attributions (issue tables): kind, cue, content start, name, mention, role, affiliation,
# speaker kind.
SEED_ROWS = [
    (
        "indirect",
        "saying",
        "Moscow could not be trusted",
        "Free Syrian Army",
        None,
        None,
        None,
        "organization",
    ),
    (
        "indirect",
        "said",
        "his country was prepared to work",
        "Sergei Lavrov",
        None,
        "Foreign Minister",
        "Russia",
        "person",
    ),
    (
        "mixed",
        "told",
        "the Russians could not be trusted",
        "Issam al-Reis",
        "Issam al-Reis",
        "spokesman",
        "Free Syrian Army",
        "person",
    ),
    ("indirect", "says", "it is attacking mainly IS forces", "Moscow", "Moscow", None, None, "organization"),
    (
        "indirect",
        "say",
        "a majority of the strikes",
        None,  # an unnamed group: its words are the mention (issue 10)
        "Western nations",
        None,
        None,
        "group",
    ),
    (
        "indirect",
        "said",
        "Assad should have no part",
        None,
        "Saudi Arabia’s foreign minister",
        "foreign minister",
        "Saudi Arabia",
        "person",
    ),
    (
        "indirect",
        "told",
        "the FSA would continue attacking",
        "Issam al-Reis",
        "Issam",
        "spokesman",
        "Free Syrian Army",
        "person",
    ),
    (
        "direct",
        "said",
        "If the Syrians stood with Assad",
        "Issam al-Reis",
        "Issam",
        "spokesman",
        "Free Syrian Army",
        "person",
    ),
]


def find(quotes: list[Quote], start: str) -> Quote:
    for quote in quotes:
        if quote.text.startswith(start):
            return quote
    raise AssertionError(f"no quote starts with {start!r}: {[q.text[:40] for q in quotes]}")


@pytest.fixture(scope="module")
def seed_quotes(extractor: Extractor, seed_text: str) -> list[Quote]:
    return extractor.extract(seed_text)


@pytest.mark.parametrize("row", SEED_ROWS, ids=[r[2][:24] for r in SEED_ROWS])
def test_seed_attributions(seed_quotes: list[Quote], seed_text: str, row: tuple[object, ...]) -> None:
    """Every attribution of the seed article, with speaker, role, affiliation and exact offsets."""
    kind, cue, start, name, mention, role, affiliation, speaker_kind = row
    quote = find(seed_quotes, str(start))
    assert quote.kind == kind
    assert quote.cue is not None and quote.cue.span.text == cue
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.role, quote.speaker.affiliation, quote.speaker.kind) == (
        name,
        role,
        affiliation,
        speaker_kind,
    )
    if mention is not None:
        assert quote.speaker.mention is not None and quote.speaker.mention.text == mention
    for span in (quote.span, *quote.parts, quote.cue.span, quote.speaker.mention):
        assert span is not None and seed_text[span.start : span.end] == span.text


def test_seed_direct_quote_offsets(seed_quotes: list[Quote], seed_text: str) -> None:
    """The direct quote's part is the text inside the marks, at its exact offsets."""
    quote = find(seed_quotes, "If the Syrians stood with Assad")
    expected = "If the Syrians stood with Assad he would not ask for invaders to come to Syria,"
    start = seed_text.index(expected)
    assert [(p.start, p.end) for p in quote.parts] == [(start, start + len(expected))]
    assert seed_text[quote.span.start] == "“" and seed_text[quote.span.end - 1] == "”"


def test_seed_mixed_quote_includes_the_quoted_stretch(seed_quotes: list[Quote]) -> None:
    quote = find(seed_quotes, "the Russians could not be trusted")
    assert "“assisting a regime that indiscriminately kills their own people,”" in quote.text


# -- messy inputs: results or [], never an exception ---------------------------------------------------------
MESSY = {
    "empty": "",
    "whitespace": " \n\t \n",
    "unbalanced open": "“We will never leave, the mayor said. Nobody closed this quote.",
    "unbalanced close": "The mayor said the plan failed.” Then he left.",
    "nested": "“He called it ‘a total disaster,’ and I agree,” said the senator.",
    "apostrophes": "The voters’ choice isn’t Russia’s problem, ’90s rock ’n’ roll fans said.",
    "multi-paragraph": "“The first part,\n\n“the second part,” she said.\n\n“The third part.”",
    "nyt quotes": "''We will win,'' Mr. Smith said. ''It is certain.''",
    "no punctuation": "the minister said the talks failed and nobody knows why " * 20,
    "control characters": "The mayor\x00 said\x07 the\x1b plan “failed\x0b badly.”",
    "crlf": "The mayor said the plan failed.\r\n\r\n“It is over,” he added.\r\n",
    "emoji and rtl": "The mayor 🙂 said the plan failed. قال الوزير “It is over,” he added.",
    "lone surrogates": "The mayor said \ud800 the plan “failed \udfff badly,” he added.",
    "combining marks": "The mayo\u0301r said the pla\u0308n “faile\u0327d,” he adde\u0301d.",
    "cr newlines": "The mayor said the plan failed.\r\r“It is over,” he added.\r",
    "one long line": "The minister said the talks had failed and “we will try again,” she added, " * 1300,
}


@pytest.mark.parametrize("name", sorted(MESSY))
def test_messy_input_never_raises(extractor: Extractor, name: str) -> None:
    """Messy text gives results or an empty list, with exact offsets, never an exception."""
    text = MESSY[name]
    quotes = extractor.extract(text)
    check_offsets(text, quotes)
    if not text.strip():
        assert quotes == []


def test_a_long_article(extractor: Extractor, seed_text: str) -> None:
    """A 100 KB article (the seed repeated) is parsed in pieces with exact offsets (1 MB and more:
    benchmarks/speed.py)."""
    copies = 100_000 // len(seed_text) + 1
    text = "\n\n".join([seed_text] * copies)
    quotes = extractor.extract(text)
    assert len(quotes) == copies * len(extractor.extract(seed_text))
    for quote in quotes:
        assert text[quote.span.start : quote.span.end] == quote.span.text


@pytest.mark.parametrize("bad", [None, b"bytes", 42, ["a list"]])
def test_wrong_argument_type_raises_typed_error(bad: object) -> None:
    """A wrong argument type raises InputTypeError (a TypeError) naming the expected type."""
    with pytest.raises(InputTypeError, match="'text' must be str"):
        quotekit.extract(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Extractor().extract(bad)  # type: ignore[arg-type]


def test_pipe_keeps_order(extractor: Extractor) -> None:
    texts = ["", "The mayor said the plan failed.", "   ", "“It is over,” the governor said."]
    results = list(extractor.pipe(texts, batch_size=2))
    assert [len(r) for r in results] == [0, 1, 0, 1]
    assert results[3][0].speaker is not None and results[3][0].speaker.mention is not None
    assert results[3][0].speaker.mention.text == "the governor"


def test_extract_document_takes_a_stanza_document(extractor: Extractor) -> None:
    """Callers that already hold a stanza Document pass it instead of text."""
    from quotekit.parse import load_pipeline

    text = "The mayor said the plan failed."
    doc = load_pipeline()(text)
    quotes = extractor.extract_document(doc)
    assert [q.text for q in quotes] == ["the plan failed"]


def test_tree_shortcut_gives_stanzas_own_trees(extractor: Extractor, seed_text: str) -> None:
    """quotekit's dependency-tree shortcut changes the speed of the parser, never its trees."""
    from quotekit.parse import load_pipeline

    pipeline = load_pipeline()
    model = pipeline.processors["depparse"].trainer.model
    shortcut = model.__dict__.get("decode_graph_predictions")
    assert shortcut is not None, "the shortcut is installed on quotekit's pipeline"

    def trees() -> list[tuple[int, str]]:
        doc = pipeline(seed_text.replace("\u2019", "'"))
        return [(word.head, word.deprel) for sentence in doc.sentences for word in sentence.words]

    fast = trees()
    del model.decode_graph_predictions  # stanza's own decoder
    try:
        assert trees() == fast
    finally:
        model.decode_graph_predictions = shortcut


def test_extractor_is_shared_safely_between_threads(extractor: Extractor, seed_text: str) -> None:
    """One Extractor, four threads at once: the same quotes as one after another."""
    from concurrent.futures import ThreadPoolExecutor

    short = [text for name, text in MESSY.items() if len(text) < 10_000]
    texts = [seed_text, *short, seed_text.replace("Issam", "Omar")] * 2
    sequential = [extractor.extract(text) for text in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        parallel = list(pool.map(extractor.extract, texts))
    assert parallel == sequential


@pytest.mark.models
def test_no_network_at_import_or_extraction() -> None:
    """With every socket refused, quotekit imports, loads its models and extracts (a fresh process)."""
    import os
    import subprocess
    import sys

    guard = (
        "import socket\n"
        "def refuse(*args, **kwargs):\n"
        "    raise OSError('quotekit tried to use the network')\n"
        "socket.socket.connect = refuse\n"
        "socket.socket.connect_ex = refuse\n"
        "socket.create_connection = refuse\n"
        "socket.getaddrinfo = refuse\n"
        "import quotekit\n"
        "quotes = quotekit.extract('“We will win,” the mayor said.')\n"
        "print(quotes[0].speaker.mention.text)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", guard],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "the mayor"


def test_incompatible_and_missing_models_are_told_apart(tmp_path: Path, extractor: Extractor) -> None:
    """A corrupt model: IncompatibleModelsError; a missing one: ModelsNotFoundError; both say what to do."""
    from quotekit import IncompatibleModelsError, ModelsNotFoundError
    from quotekit.parse import load_pipeline, resolve_models_dir

    source = resolve_models_dir(None)
    for name, damage in (("corrupt", "garbage"), ("missing", None)):
        folder = tmp_path / name
        shutil.copytree(source, folder, symlinks=True)
        model = next((folder / "en" / "depparse").glob("*.pt"))
        model.unlink()
        if damage:
            model.write_bytes(damage.encode() * 100)
        error = IncompatibleModelsError if damage else ModelsNotFoundError
        with pytest.raises(error, match=r"stanza\.download\('en'\)"):
            load_pipeline(folder)


def test_document_error_for_a_tokenized_only_document(extractor: Extractor) -> None:
    """A stanza Document without the dependency parse is refused with the pipeline to run instead."""
    from quotekit import DocumentError
    from quotekit.parse import load_pipeline

    doc = load_pipeline()("The mayor said the plan failed.", processors="tokenize,mwt")
    with pytest.raises(DocumentError, match="processors="):
        extractor.extract_document(doc)


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=texts)
def test_real_models_keep_the_invariants(extractor: Extractor, text: str) -> None:
    """Generated messy texts through the real models: never raises, offsets exact, nested or disjoint."""
    quotes = extractor.extract(text)
    check_invariants(text, quotes)
    check_nothing_lost(text, Extractor(scare_quotes=True).extract(text))


def test_two_processes_find_the_same_quotes(extractor: Extractor) -> None:
    """The same text gives the same quotes in any process: stanza builds some model layers with random
    weights (the MWT model's output layer), so quotekit seeds them while the models load."""
    import os
    import subprocess
    import sys

    code = (
        "import json, pathlib, quotekit\n"
        "text = pathlib.Path('fixtures/upi-fsa-rejects-russia.txt').read_text(encoding='utf-8') * 3\n"
        "print(json.dumps([q.to_dict() for q in quotekit.extract(text)]))\n"
    )
    root = Path(__file__).resolve().parents[1]
    command = [sys.executable, "-c", code]
    options = {"capture_output": True, "text": True, "cwd": root, "env": os.environ.copy(), "timeout": 300}
    runs = [subprocess.run(command, check=True, **options).stdout for _ in range(2)]  # type: ignore[call-overload]
    assert runs[0] == runs[1] and len(runs[0]) > 100


# -- issue 13: regression rows on the real models -----------------------------------------------------------
#: (text, the quotes expected as (kind, text, cue, speaker mention)); each failed before its fix.
ISSUE_13_ROWS = [
    # a cue by its form where the lemmatizer misses it ("conceded" -> "conced")
    (
        "The mayor conceded that the bridge would be rebuilt next year.",
        [("indirect", "that the bridge would be rebuilt next year", "conceded", "The mayor")],
    ),
    # a discourse marker is no cue and no speaker
    (
        "That said, the senator noted that the bill would fail.",
        [("indirect", "that the bill would fail", "noted", "the senator")],
    ),
    # indirect content that holds a whole quotation is one mixed quote, not a cut quote plus an orphan; the
    # participle "adding" has the mayor as its source (the offline parse hangs "adding" off no clause: the
    # subject before it speaks, rule preceding-subject)
    (
        'The mayor said on Tuesday that "we will rebuild the bridge next year, whatever the cost, '
        'because the town depends on the river," adding that the work would start in May.',
        [
            (
                "mixed",
                'that "we will rebuild the bridge next year, whatever the cost, because the town depends '
                'on the river," adding that the work would start in May',
                "said",
                "The mayor",
            ),
            ("indirect", "that the work would start in May", "adding", "The mayor"),
        ],
    ),
    # a quoted conjunct continues the content before it
    (
        "Morris says the campaign will seek federal funds and will “compete vigorously.”",
        [("mixed", "the campaign will seek federal funds and will “compete vigorously.”", "says", "Morris")],
    ),
    # a scare-quoted word inside reported content keeps the content
    (
        'The so-called "reset" failed, officials said.',
        [("mixed", 'The so-called "reset" failed', "said", "officials")],
    ),
    # a headline is no speaker label
    ("The Ninth Circle: The Hellish View from Inside the Beltway, #2.", []),
    # a short quoted title or term without a finite verb is no quote; a short sentence with one is
    ("Residents marched behind “Save Our Pier” banners. Only members may enter “closed” meetings.", []),
    ("The crowd cheered. “We won.”", [("direct", "We won.", None, None)]),
    # a quotation before an attributed one is a quote of its own (a dialogue's turns are not merged)
    (
        "“We will win.” “The vote is ours,” she said.",
        [("direct", "We will win.", None, "she"), ("direct", "The vote is ours,", "said", "she")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ISSUE_13_ROWS, ids=[str(r[0])[:30] for r in ISSUE_13_ROWS])
def test_issue_13_regressions(extractor: Extractor, text: str, expected: list[tuple[object, ...]]) -> None:
    quotes = extractor.extract(text)
    got = [
        (
            q.kind,
            q.text,
            q.cue.span.text if q.cue else None,
            q.speaker.mention.text if q.speaker and q.speaker.mention else None,
        )
        for q in quotes
    ]
    assert got == expected


def test_no_two_quotes_share_their_parts(extractor: Extractor) -> None:
    """issue 13: "He said, she said, citing ..." gave the same parts twice (deduplicated after untangling)."""
    quotes = extractor.extract("He said, she said, citing a new report from the agency.")
    assert quotes
    parts = [tuple(q.parts) for q in quotes]
    assert len(parts) == len(set(parts))
