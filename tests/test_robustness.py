"""Hostile and messy input, typed errors, pieces and batches: the whole Extractor around a stand-in for
stanza (``fake_stanza``), so these run in seconds without a model. ``test_end_to_end`` repeats the input
table on the real models."""

from __future__ import annotations

from collections.abc import Iterator

import fake_stanza
import pytest
from checks import check_offsets
from fake_stanza import FakePipeline

import quotekit
from quotekit import ConfigError, DocumentError, Extractor, InputTypeError, UnsupportedLanguageError
from quotekit import parse as parse_module
from quotekit.options import MAX_BATCH_SIZE, cpu_count

SAID = "The minister said the talks had failed. “We will try again,” she added."

#: Every class of input a scraper can hand over, as (name, text).
INPUT_CLASSES = [
    ("empty", ""),
    ("whitespace only", " \n\t\r\n \u00a0\u2028 "),
    (
        "NUL and control characters",
        "The mayor\x00 said\x07 the\x1b plan “failed\x0b badly,” he\x7f added.\x00",
    ),
    ("C1 controls", "The mayor\x85 said\x9f the plan failed."),
    ("lone surrogates", "The mayor said \ud800 the plan “failed \udfff badly,” he added."),
    ("right-to-left text", "\u202eقال الوزير إن المحادثات فشلت\u202c “It is over,” he said. שלום"),
    ("emoji", "The mayor 🙂 said the plan 🚀 failed. “It is over 👋,” he added. 👨‍👩‍👧"),
    ("combining marks", "The mayo\u0301r said the pla\u0308n “faile\u0327d,” he adde\u0301d."),
    ("CRLF newlines", "The mayor said the plan failed.\r\n\r\n“It is over,” he added.\r\n"),
    ("CR newlines", "The mayor said the plan failed.\r\r“It is over,” he added.\r"),
    ("no sentence punctuation", "the minister said the talks failed and nobody knows why " * 30),
    ("only quotation marks", "“”‘’\"\"''«»„“ “ ” ‘"),
    ("unbalanced marks", "“We will never leave, the mayor said. He said” nothing ‘more."),
    ("apostrophes", "The voters’ choice isn’t Russia’s problem, ’90s rock ’n’ roll fans said."),
    ("zero-width and BOM", "\ufeffThe mayor\u200d said the plan\u200b failed."),
    ("one long line", ("The minister said the talks had failed and “we will try again,” she added, " * 1300)),
]


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakePipeline:
    """Every Extractor in the test gets the stand-in pipeline instead of stanza's."""
    pipeline = FakePipeline()
    monkeypatch.setattr(parse_module, "load_pipeline", lambda *args, **kwargs: pipeline)
    return pipeline


@pytest.mark.parametrize(("name", "text"), INPUT_CLASSES, ids=[name for name, _ in INPUT_CLASSES])
def test_every_input_class_gives_quotes_or_nothing(fake: FakePipeline, name: str, text: str) -> None:
    """Results or [], with exact offsets; never an exception."""
    quotes = Extractor().extract(text)
    check_offsets(text, quotes)
    if not text.strip():
        assert quotes == []


def test_a_long_single_line(fake: FakePipeline) -> None:
    """A single 100 KB line is cut into pieces at spaces; every offset still slices the original text (10 MB:
    benchmarks/hostile.py)."""
    unit = "The minister said the talks had failed and “we will try again,” she added "
    text = unit * (100_000 // len(unit))
    quotes = Extractor().extract(text)
    assert len(quotes) >= text.count("“") // 2
    check_offsets(text, quotes)


@pytest.mark.parametrize(
    ("value", "type_name"),
    [(None, "NoneType"), (b"The mayor said it.", "bytes"), (42, "int"), (["a list"], "list"), ({}, "dict")],
)
def test_wrong_text_types_raise_a_type_error_naming_str(value: object, type_name: str) -> None:
    """Not a str: InputTypeError, a TypeError that says what was expected and what came."""
    for call in (quotekit.extract, Extractor().extract):
        with pytest.raises(InputTypeError, match=rf"'text' must be str \(got {type_name}") as raised:
            call(value)  # type: ignore[arg-type]
        assert isinstance(raised.value, TypeError)


@pytest.mark.parametrize("texts", [None, 42, "a single string", b"bytes"])
def test_pipe_wants_an_iterable_of_str(texts: object) -> None:
    with pytest.raises(InputTypeError, match="an iterable of str"):
        Extractor().pipe(texts)  # type: ignore[arg-type]


@pytest.mark.parametrize("batch_size", [1, 4, 8])
def test_pipe_rejects_a_non_str_item_when_it_reaches_it(fake: FakePipeline, batch_size: int) -> None:
    """issue 20: the error names the item, and the results of the texts before it are all delivered (with
    a larger batch they were dropped)."""
    texts = ["“It failed,” the mayor said.", "", "“No,” she said.", None]
    results = Extractor().pipe(texts, batch_size=batch_size)  # type: ignore[arg-type]
    assert [len(next(results)) for _ in range(3)] == [1, 0, 1]
    with pytest.raises(
        InputTypeError, match=r"iterable of str \(got NoneType: None as item 3, counting from 0"
    ):
        next(results)


def test_pipe_delivers_every_result_before_its_input_fails(fake: FakePipeline) -> None:
    """issue 20: an input iterator that raises: the results computed before it come first, then its error."""

    def texts() -> Iterator[str]:
        for k in range(37):
            yield f"“Plan {k} failed,” official {k} said."
        raise OSError("the feed broke")

    delivered: list[list[quotekit.Quote]] = []
    with pytest.raises(OSError, match="the feed broke"):
        delivered.extend(Extractor().pipe(texts(), batch_size=8))
    assert [q[0].text for q in delivered] == [f"Plan {k} failed," for k in range(37)]


def test_out_of_memory_in_stanza_is_a_pipeline_error(
    fake: FakePipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    """issue 20: torch's allocator error came through as a raw RuntimeError."""

    def no_memory(*args: object) -> None:
        raise RuntimeError("DefaultCPUAllocator: not enough memory: you tried to allocate 8589934592 bytes.")

    monkeypatch.setattr(parse_module, "parse_pieces", no_memory)
    with pytest.raises(
        quotekit.PipelineError, match=r"out of memory while parsing 1 pieces.*smaller batch_size"
    ):
        Extractor().extract("The mayor said the plan failed.")


@pytest.mark.parametrize(
    ("options", "error", "message"),
    [
        ({"cue_classes": ("speech", "gossip")}, ConfigError, r"'cue_classes' must be one or more of"),
        ({"cue_classes": ()}, ConfigError, r"'cue_classes' must be one or more of"),
        ({"cue_classes": 7}, InputTypeError, r"'cue_classes' must be a sequence of str \(got 7\)"),
        ({"cue_classes": [1, 2]}, InputTypeError, r"'cue_classes' must be a sequence of str"),  # issue 13
        ({"extra_cues": {"aver": "shouting"}}, ConfigError, r"'extra_cues' must be a mapping to one of"),
        ({"extra_cues": {"aver": "cognition"}}, ConfigError, r"add 'cognition' to cue_classes"),  # issue 13
        ({"extra_cues": {"point out": "speech"}}, ConfigError, r"single words"),  # issue 13
        ({"extra_cues": ["aver"]}, InputTypeError, r"'extra_cues' must be a mapping"),
        ({"models_dir": 42}, InputTypeError, r"'models_dir' must be a str or path"),
        ({"device": 0}, InputTypeError, r"'device' must be a str"),
        (
            {"device": "gpu"},
            ConfigError,
            r"'device' must be one of the devices torch has here, \('cpu'",
        ),  # 13
        (
            {"device": "cuda:7"},
            ConfigError,
            r"'device' must be one of the devices torch has here",
        ),  # issue 13
        ({"download": "yes"}, InputTypeError, r"'download' must be a bool \(got 'yes'\)"),
        ({"scare_quotes": 1}, InputTypeError, r"'scare_quotes' must be a bool"),
        ({"full_parse": None}, InputTypeError, r"'full_parse' must be a bool"),
        (
            {"threads": 0},
            ConfigError,
            r"'threads' must be a positive int up to \d+ \(the CPU cores here\), or None \(got 0\)",
        ),
        # issue 20: threads=10**9 aborted the process inside libgomp; more threads than cores only slow torch
        (
            {"threads": 10**9},
            ConfigError,
            rf"'threads' must be a positive int up to {cpu_count()} .*\(got 1000000000\)",
        ),
        ({"threads": cpu_count() + 1}, ConfigError, r"'threads' must be a positive int up to"),
        ({"threads": "2"}, InputTypeError, r"'threads' must be a positive int up to \d+ .*, or None"),
        ({"lang": "de"}, UnsupportedLanguageError, "English only"),
        ({"lang": None}, InputTypeError, r"'lang' must be a str"),
    ],
)
def test_bad_options_raise_distinct_typed_errors(
    options: dict[str, object], error: type, message: str
) -> None:
    """Each bad option fails at construction with its own error, saying what is allowed."""
    with pytest.raises(error, match=message):
        Extractor(**options)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("options", "error", "message"),
    [
        ({"batch_size": 0}, ConfigError, r"'batch_size' must be a positive int up to 1024 \(got 0\)"),
        (
            {"n_process": 0},
            ConfigError,
            r"'n_process' must be a positive int up to \d+ \(the CPU cores here\)",
        ),
        ({"n_process": -2}, ConfigError, r"'n_process' must be a positive int up to \d+ .*, or -1"),
        # issue 20: unbounded values were accepted (batch_size=10**9 held every text in memory)
        (
            {"batch_size": 10**9},
            ConfigError,
            r"'batch_size' must be a positive int up to 1024 \(got 1000000000\)",
        ),
        ({"batch_size": MAX_BATCH_SIZE + 1}, ConfigError, r"'batch_size' must be a positive int up to 1024"),
        (
            {"n_process": 10**6},
            ConfigError,
            rf"'n_process' must be a positive int up to {cpu_count()} .*\(got 1000000\)",
        ),
        ({"n_process": cpu_count() + 1}, ConfigError, r"'n_process' must be a positive int up to"),
        # issue 13: a wrong type is a type error
        ({"batch_size": "8"}, InputTypeError, r"'batch_size' must be a positive int \(got '8'\)"),
        ({"batch_size": 2.0}, InputTypeError, r"'batch_size' must be a positive int \(got float: 2.0\)"),
        ({"batch_size": None}, InputTypeError, r"'batch_size' must be a positive int"),
        ({"n_process": 2.0}, InputTypeError, r"'n_process' must be a positive int or -1"),
        ({"n_process": True}, InputTypeError, r"'n_process' must be a positive int or -1"),
    ],
)
def test_bad_pipe_options(options: dict[str, object], error: type, message: str) -> None:
    """Checked when pipe is called, before any text is read or worker started."""
    with pytest.raises(error, match=message):
        Extractor().pipe(["x"], **options)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("options", "threads"),
    [({}, None), ({"threads": 1}, 1), ({"threads": cpu_count()}, cpu_count())],
)
def test_threads_up_to_the_cpu_count_are_accepted(options: dict[str, int], threads: int | None) -> None:
    assert Extractor(**options).options.threads == threads  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("batch_size", "n_process"), [(1, 1), (MAX_BATCH_SIZE, 1), (8, -1), (8, cpu_count())]
)
def test_pipe_bounds_are_inclusive(fake: FakePipeline, batch_size: int, n_process: int) -> None:
    """The largest allowed values pass the check (a blank text needs no worker: the pool is not asked)."""
    results = Extractor().pipe([], batch_size=batch_size, n_process=n_process)
    assert list(results) == []


@pytest.mark.parametrize("text", ["", "   ", "The mayor said it."])
def test_unknown_options_raise_even_for_a_blank_text(text: str) -> None:
    """issue 13: options are checked before the blank-text shortcut, with a quotekit error."""
    from quotekit import extract

    with pytest.raises(InputTypeError, match=r"extract\(\) got unknown option 'bogus': the options are"):
        extract(text, bogus=1)


def test_only_sentences_that_may_hold_a_cue_are_parsed(fake: FakePipeline) -> None:
    """Tokens everywhere, the dependency parse only where a cue form is; full_parse=True parses all."""
    filler = "The weather was fine and the markets were calm all day. " * 20
    text = filler + SAID
    quotes = Extractor().extract(text)
    assert [q.text for q in quotes][-1] == "We will try again,"
    assert fake.calls["depparse"] < fake.calls["tokenize"] / 5
    fake.calls.clear()
    assert Extractor(full_parse=True).extract(text) == quotes
    assert fake.calls["depparse"] == fake.calls["tokenize"]


def test_long_texts_come_out_whole_and_in_order(fake: FakePipeline) -> None:
    """A text longer than a piece gives the same quotes as its paragraphs one by one, at their offsets."""
    paragraphs = [
        f"Official {k} said the plan {k} had failed. “It is over {k},” she added." for k in range(900)
    ]
    text = "\n\n".join(paragraphs)
    assert len(text) > 3 * quotekit.jobs.PIECE_CHARS
    quotes = Extractor().extract(text)
    check_offsets(text, quotes)
    assert [q.span.start for q in quotes] == sorted(q.span.start for q in quotes)
    assert sum(q.kind == "direct" for q in quotes) == 900


def test_pipe_is_lazy_and_keeps_order(fake: FakePipeline) -> None:
    """pipe reads its input a batch at a time and yields results in input order, blanks included."""
    read: list[int] = []

    def texts() -> Iterator[str]:
        for k in range(50):
            read.append(k)
            yield "" if k % 7 == 0 else f"“Plan {k} failed,” official {k} said."

    results = Extractor().pipe(texts(), batch_size=4)
    first = next(results)
    assert first == [] and len(read) <= 5
    rest = list(results)
    assert len(rest) == 49
    for k, quotes in enumerate(rest, 1):
        assert (quotes == []) == (k % 7 == 0)
        if quotes:
            assert quotes[0].text == f"Plan {k} failed,"


def test_document_without_a_parse_is_a_document_error(fake: FakePipeline) -> None:
    """A stanza Document that was only tokenized cannot be attributed: DocumentError says how to make one."""
    from stanza import Document

    doc = fake([Document([], text="The mayor said it.")], processors="tokenize,mwt")[0]
    with pytest.raises(DocumentError, match="processors='tokenize,mwt,pos,lemma,depparse,ner'"):
        Extractor().extract_document(doc)
    doc.text = None
    with pytest.raises(DocumentError, match=r"extract_document\(doc, text=...\)"):
        Extractor().extract_document(doc)


def test_a_giant_sentence_is_tagged_but_not_parsed(
    fake: FakePipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    """issue 13: a "sentence" of hundreds of words (mark noise) reached the dependency parser, whose cost
    grows with the square of its length (1.8 KB of nested marks took about 50 s); it is now tagged only."""
    from quotekit.parse.build import MAX_PARSE_WORDS

    text = "The mayor said " + " ".join(["“we"] * (3 * MAX_PARSE_WORDS)) + " won."
    monkeypatch.setattr(fake_stanza, "SENTENCE_TOKENS", 10 * MAX_PARSE_WORDS)  # one sentence per piece
    Extractor().extract(text)
    assert fake.calls["depparse"] == 0
