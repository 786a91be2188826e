"""The command line: inputs (text, JSON Lines, folders, stdin, encodings), outputs (JSON Lines, CSV, table,
HTML), exit codes, progress bar, and one regression test per defect of issue 12."""

from __future__ import annotations

import codecs
import csv
import io
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest

from quotekit import Cue, Extractor, Quote, Span, Speaker, __version__, cli
from quotekit.cli import EXIT_BROKEN_PIPE, EXIT_MODELS, EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, main
from quotekit.options import cpu_count

SEED = Path(__file__).resolve().parents[1] / "fixtures" / "upi-fsa-rejects-russia.txt"
SHORT = "“The plan failed,” the mayor said on Monday."


def run(argv: list[str], stdin: bytes | None = None) -> tuple[int, str, str]:
    """``main(argv)``: the exit status, stdout and stderr."""
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, out, stdin=None if stdin is None else io.BytesIO(stdin), stderr=err)
    return code, out.getvalue(), err.getvalue()


def read(tmp_path: Path, name: str, data: bytes, *options: str) -> tuple[list[Any], list[str]]:
    """The documents the reader makes of a file ``name`` holding ``data``, and what it reported."""
    path = tmp_path / name
    path.write_bytes(data)
    reports: list[str] = []
    args = cli._parser("quotekit").parse_args([*options, str(path)])
    reader = cli._Reader(
        args.input_format, args.encoding, args.text_field, args.id_field, io.BytesIO(), reports.append
    )
    return list(reader.documents([str(path)])), reports


# -- usage, help, version (no models) --------------------------------------------------------------------


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == EXIT_OK
    assert capsys.readouterr().out.strip() == f"quotekit {__version__}"


@pytest.mark.parametrize(
    ("prog", "wrong"),
    [("quotekit", "python -m quotekit"), ("python -m quotekit", None)],
)
def test_help_names_the_program_and_lists_examples_and_exit_codes(
    capsys: pytest.CaptureFixture[str], prog: str, wrong: str | None
) -> None:
    """The installed script calls itself ``quotekit`` in --help (it said ``python -m quotekit``)."""
    assert main(["--help"], prog=prog) == EXIT_OK
    text = capsys.readouterr().out
    assert f"usage: {prog} " in text
    assert f"{prog} corpus.jsonl" in text
    for code in (EXIT_PARTIAL, EXIT_USAGE, EXIT_MODELS, EXIT_BROKEN_PIPE):
        assert f"  {code} " in text
    if wrong is not None:
        assert wrong not in text


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["--workers", "0", "a.txt"],
            f"--workers: must be a positive integer up to {cpu_count()}, the CPU cores",
        ),
        (["--workers", "two", "a.txt"], "(got 'two')"),
        # issue 20: no bound; a million workers were accepted
        (["--workers", "1000000", "a.txt"], "or -1 for one per core (got '1000000')"),
        (
            ["--threads", "0", "a.txt"],
            f"--threads: must be a positive int up to {cpu_count()}, the CPU cores (got '0')",
        ),
        (["--threads", "1000000000", "a.txt"], "(got '1000000000')"),  # issue 20: aborted inside libgomp
        (["--encoding", "klingon", "a.txt"], "must be an encoding Python knows (got 'klingon')"),
        (["--format", "xml", "a.txt"], "invalid choice: 'xml'"),
        (["--input-format", "pdf", "a.txt"], "invalid choice: 'pdf'"),
        (["--cue-classes", "gossip", "a.txt"], "--cue-classes: must be comma-separated cue classes among"),
        # issue 20: printed a Python tuple
        (["--cue-classes", "speech,gossip", "a.txt"], "(got 'speech,gossip': 'gossip' is none of them)"),
        # issue 20: every input missing was a partial failure (1)
        (
            ["/nonexistent/a.txt", "/nonexistent/b.txt"],
            "no input: /nonexistent/a.txt, /nonexistent/b.txt do not exist",
        ),
        (["--resume", "a.txt"], "--resume needs -o FILE"),
        (["--resume", "--format", "html", "-o", "x.html", "a.txt"], "--resume cannot continue an HTML page"),
        (["-o", "/nonexistent/folder/out.jsonl", str(SEED)], "cannot write '/nonexistent/folder/out.jsonl'"),
        (["--no-such-option"], "unrecognized arguments"),
    ],
)
def test_bad_usage_exits_2(capsys: pytest.CaptureFixture[str], argv: list[str], message: str) -> None:
    assert main(argv) == EXIT_USAGE
    assert message in capsys.readouterr().err


def test_missing_models_exit_3_with_command_line_advice(tmp_path: Path) -> None:
    """The advice names --download, --models-dir and STANZA_RESOURCES_DIR, not Python calls."""
    text = tmp_path / "a.txt"
    text.write_text("The mayor said the plan failed.", encoding="utf-8")
    code, out, err = run(["--models-dir", str(tmp_path / "none"), str(text)])
    assert (code, out) == (EXIT_MODELS, "")
    assert str(tmp_path / "none") in err
    for advice in ("quotekit --download", "quotekit --models-dir DIR", "export STANZA_RESOURCES_DIR"):
        assert advice in err
    assert "Extractor(" not in err
    assert "Traceback" not in err


class _ClosedPipe(io.StringIO):
    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


def test_broken_pipe_exits_quietly(tmp_path: Path) -> None:
    """``quotekit ... | head``: no BrokenPipeError traceback, the documented status."""
    (tmp_path / "a.txt").write_text("   ", encoding="utf-8")
    err = io.StringIO()
    code = main(["--format", "table", str(tmp_path / "a.txt")], _ClosedPipe(), stderr=err)
    assert (code, err.getvalue()) == (EXIT_BROKEN_PIPE, "")


class _Recorder:
    """A stand-in Extractor: no quotes, records how ``pipe`` was called."""

    calls: ClassVar[list[dict[str, Any]]] = []

    options: ClassVar[list[dict[str, Any]]] = []

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.options.append(kwargs)

    def pipe(self, texts: Iterable[str], batch_size: int = 8, n_process: int = 1) -> Iterator[list[Quote]]:
        self.calls.append({"n_process": n_process, "texts": list(texts)})
        return iter([[] for _ in self.calls[-1]["texts"]])

    def close(self) -> None:
        pass


@pytest.mark.parametrize(
    ("argv", "n_process"),
    [([], 1), (["--workers", str(cpu_count())], cpu_count()), (["--workers", "-1"], -1)],
)
def test_workers_become_pipe_n_process(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, argv: list[str], n_process: int
) -> None:
    monkeypatch.setattr(cli, "Extractor", _Recorder)
    monkeypatch.setattr(_Recorder, "calls", [])
    (tmp_path / "a.txt").write_text("one", encoding="utf-8")
    assert run([*argv, str(tmp_path / "a.txt")])[0] == EXIT_OK
    assert _Recorder.calls == [{"n_process": n_process, "texts": ["one"]}]


@pytest.mark.parametrize(("argv", "threads"), [([], None), (["--threads", "1"], 1)])
def test_threads_reach_the_extractor(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, argv: list[str], threads: int | None
) -> None:
    """issue 13: --threads N is Extractor(threads=N), torch's threads for stanza."""
    monkeypatch.setattr(cli, "Extractor", _Recorder)
    monkeypatch.setattr(_Recorder, "options", [])
    (tmp_path / "a.txt").write_text("one", encoding="utf-8")
    assert run([*argv, str(tmp_path / "a.txt")])[0] == EXIT_OK
    assert _Recorder.options[-1]["threads"] == threads


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("terminal", "quiet", "shown"), [(True, False, True), (True, True, False), (False, False, False)]
)
def test_progress_bar_only_on_a_terminal_and_not_quiet(
    tmp_path: Path, terminal: bool, quiet: bool, shown: bool
) -> None:
    """Blank documents need no model: the bar counts them."""
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"id": n, "text": " "}) + "\n" for n in range(3)), encoding="utf-8")
    err = _Terminal() if terminal else io.StringIO()
    argv = ["--quiet"] * quiet + [str(corpus)]
    assert main(argv, io.StringIO(), stderr=err) == EXIT_OK
    assert ("3 documents, 0 quotes, 0 failures" in err.getvalue()) is shown
    if not shown:
        assert err.getvalue() == ""


def test_progress_shows_done_of_total_words_per_second_and_a_summary(tmp_path: Path) -> None:
    """issue 20: the bar showed "1 docs", no total, rate or time left. The total is counted from the file
    in the background, so it shows once counted (here: before the last document)."""
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"text": "  "}) + "\n" for _ in range(40)), encoding="utf-8")
    err = _Terminal()
    assert main([str(corpus)], io.StringIO(), stderr=err) == EXIT_OK
    text = err.getvalue()
    assert "40/40" in text
    assert "words/s" in text
    assert "quotekit: 40 documents, 0 quotes, 0 failures, " in text


@pytest.mark.parametrize(
    ("lines", "total"),
    [
        ([json.dumps({"text": "a"})] * 3, 3),
        (["", json.dumps({"text": "a"}), "", json.dumps({"text": "b"})], 2),
        (["plain text", "more text"], 1),
    ],
)
def test_documents_are_counted_cheaply_for_the_total(tmp_path: Path, lines: list[str], total: int) -> None:
    (tmp_path / "c").write_text("\n".join(lines) + "\n", encoding="utf-8")
    reader = cli._Reader("auto", None, "text", "id", io.BytesIO(), print)
    assert reader.count([str(tmp_path / "c")]) == total
    assert reader.count([str(tmp_path / "c"), "-"]) is None  # standard input: unknown


# -- reading (no models) ---------------------------------------------------------------------------------

ARTICLE = "“We will win,” she said.\nCafé owners agreed.\n"


@pytest.mark.parametrize(
    ("name", "data", "options"),
    [
        ("a.txt", ARTICLE.encode("utf-8"), []),
        ("a.txt", codecs.BOM_UTF8 + ARTICLE.encode("utf-8"), []),
        ("a.txt", ARTICLE.encode("utf-16"), []),  # with a byte order mark
        ("a.txt", codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), []),
        ("a.txt", ARTICLE.encode("utf-32"), []),
        ("a.txt", ARTICLE.encode("utf-16-le"), ["--encoding", "utf-16-le"]),
        ("a.txt", ARTICLE.replace("“", '"').replace("”", '"').encode("latin-1"), ["--encoding", "latin-1"]),
        ("a.txt", codecs.BOM_UTF8 + ARTICLE.encode("utf-8"), ["--encoding", "utf-8"]),
        ("notes", ARTICLE.encode("utf-8"), []),  # no known ending, not JSON: text
    ],
)
def test_text_files_are_decoded_exactly(tmp_path: Path, name: str, data: bytes, options: list[str]) -> None:
    """UTF-8, a byte order mark (UTF-8, UTF-16, UTF-32), or the --encoding given; the mark is no text."""
    documents, reports = read(tmp_path, name, data, *options)
    assert reports == []
    expected = ARTICLE if "latin-1" not in options else ARTICLE.replace("“", '"').replace("”", '"')
    assert [d.text for d in documents] == [expected]


@pytest.mark.parametrize(
    ("data", "options", "message"),
    [
        ("Café".encode("latin-1"), [], "not valid UTF-8 (byte 0xe9 at offset 3); pass the input's encoding"),
        # issue 20: latin-1 turned a Windows file's curly quotes into control characters
        ("“Café”".encode("cp1252"), [], "--encoding cp1252, which these bytes fit"),
        ("Café".encode("latin-1"), [], "--encoding cp1252, which these bytes fit"),
        (b"Caf\xe9 \x81", [], "--encoding latin-1"),  # 0x81 is no cp1252 character
        (ARTICLE.encode("utf-16-le"), [], "looks like a binary file"),  # UTF-16 without a mark
        (ARTICLE.encode("utf-16-le"), [], "--encoding utf-16-le"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", [], "looks like a binary file"),
        (b"\xff\xfe\x00\xd8", ["--encoding", "utf-16-le"], "not valid utf-16-le"),
    ],
)
def test_undecodable_files_are_reported_not_guessed(
    tmp_path: Path, data: bytes, options: list[str], message: str
) -> None:
    """Binary, UTF-16 without a mark and Latin-1 files were decoded with replacement characters."""
    documents, reports = read(tmp_path, "a.txt", data, *options)
    assert documents == []
    assert len(reports) == 1
    assert message in reports[0]


CORPUS = [
    {"id": "a", "text": "“Yes,” he said."},
    {"id": 7, "text": "She said no.", "extra": [1]},
]


@pytest.mark.parametrize(
    ("name", "options", "encoding"),
    [
        ("c.jsonl", [], "utf-8"),
        ("c.ndjson", [], "utf-8"),
        ("c.json-lines", [], "utf-8"),  # not a known ending: the first line is a JSON object
        ("c.txt", ["--input-format", "jsonl"], "utf-8"),
        ("c.jsonl", [], "utf-16"),
    ],
)
def test_jsonl_documents_are_their_text_field(
    tmp_path: Path, name: str, options: list[str], encoding: str
) -> None:
    """A .jsonl file was read as prose (the JSON string delimiters became a quote of the whole line)."""
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in CORPUS).encode(encoding)
    documents, reports = read(tmp_path, name, data, *options)
    assert reports == []
    assert [(d.id, d.line, d.text) for d in documents] == [
        ("a", 1, "“Yes,” he said."),
        (7, 2, "She said no."),
    ]


def test_text_and_id_fields_are_chosen(tmp_path: Path) -> None:
    data = b'{"url": "u1", "body": "Text one."}\n\n{"body": "Text two."}\n'
    documents, reports = read(tmp_path, "c.jsonl", data, "--text-field", "body", "--id-field", "url")
    assert reports == []
    assert [(d.id, d.line, d.text, d.label) for d in documents] == [
        ("u1", 1, "Text one.", f"{tmp_path / 'c.jsonl'}:u1"),
        (None, 3, "Text two.", f"{tmp_path / 'c.jsonl'}:3"),  # no id: the line number names it
    ]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (b'{"id": 1, "text": "unclosed}', ":2: not JSON (Unterminated string"),
        (b'["a list"]', ":2: a line must be a JSON object (got array)"),
        (
            b'{"id": 1, "body": "x"}',
            ":2: no 'text' field (fields: body, id); name the text's field with --text-field",
        ),
        (b'{"id": 1, "text": 42}', ":2: 'text' must be a string (got number)"),
        (b'{"id": 1, "text": null}', ":2: 'text' must be a string (got null)"),
        (b'{"id": [1], "text": "x"}', ":2: 'id' must be a string or an integer (got array)"),
        (b'{"id": 1, "text": "caf\xe9"}', ":2: not valid UTF-8 (byte 0xe9"),
    ],
)
def test_a_bad_jsonl_line_is_reported_with_its_number_and_skipped(
    tmp_path: Path, line: bytes, message: str
) -> None:
    data = b'{"id": "first", "text": "One."}\n' + line + b'\n{"id": "last", "text": "Three."}\n'
    documents, reports = read(tmp_path, "c.jsonl", data)
    assert [d.id for d in documents] == ["first", "last"]
    assert len(reports) == 1
    assert message in reports[0]
    assert "skipped" in reports[0] or "UTF-8" in reports[0]


def test_folders_are_read_in_order_without_hidden_files(tmp_path: Path) -> None:
    for name in ("b.txt", "a.jsonl", "sub/c.txt", ".hidden/d.txt", "e.txt~", "f.md"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text('{"text": "x"}' if name.endswith("jsonl") else "x", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    reports: list[str] = []
    reader = cli._Reader("auto", None, "text", "id", io.BytesIO(), reports.append)
    sources = [d.source for d in reader.documents([str(tmp_path), str(tmp_path / "empty")])]
    assert sources == [str(tmp_path / name) for name in ("a.jsonl", "b.txt", "sub/c.txt")]
    assert reports == [
        f"{tmp_path / 'empty'}: the folder holds no .jsonl, .ndjson, .json, .txt files (nor .gz of them)"
    ]


def test_folders_take_what_named_inputs_take_and_say_what_they_skip(tmp_path: Path) -> None:
    """issue 20: .json, upper-case endings and gzipped files were skipped without a word."""
    import gzip

    (tmp_path / "A.TXT").write_text("upper", encoding="utf-8")
    (tmp_path / "b.JSONL").write_text('{"text": "jsonl"}\n', encoding="utf-8")
    (tmp_path / "c.json").write_text('[{"text": "one"}, {"text": "two"}]', encoding="utf-8")
    (tmp_path / "d.jsonl.gz").write_bytes(gzip.compress(b'{"text": "gzipped"}\n'))
    (tmp_path / "e.md").write_text("notes", encoding="utf-8")
    reports: list[str] = []
    notes: list[str] = []
    reader = cli._Reader("auto", None, "text", "id", io.BytesIO(), reports.append, notes.append)
    assert [d.text for d in reader.documents([str(tmp_path)])] == ["upper", "jsonl", "one", "two", "gzipped"]
    assert reports == []
    assert notes == [
        f"{tmp_path}: skipped 1 file that is not .jsonl, .ndjson, .json, .txt (or .gz): e.md; "
        "name a file to read it"
    ]


@pytest.mark.parametrize(
    ("data", "texts", "reported"),
    [
        (b"plain text\n", ["plain text\n"], 0),
        (b'{"text": "a"}\n{"text": "b"}\n', ["a", "b"], 0),
        (b'\n{"text": "a"}\n{"text": "b"}\n', ["a", "b"], 0),  # issue 20: a blank first line
        (b'\r\n  \n{"text": "a"}\n', ["a"], 0),
        (
            b'xt": "cut"}\n{"text": "a"}\n{"text": "b"}\n',
            ["a", "b"],
            1,
        ),  # issue 20: a cut first line, reported
        (b'[1, 2]\n"a string"\n', ['[1, 2]\n"a string"\n'], 0),  # JSON, but no object: text
        (b"caf\xe9 au lait", [], 1),  # was a UnicodeDecodeError traceback
        (codecs.BOM_UTF16_LE + "wide".encode("utf-16-le"), ["wide"], 0),
    ],
)
def test_stdin_is_read_as_bytes_and_decoded_like_a_file(data: bytes, texts: list[str], reported: int) -> None:
    """JSON Lines by content: the first or second non-blank line a JSON object (issue 20: a blank or cut
    first line made the whole stream one plain-text document, JSON syntax and all)."""
    reports: list[str] = []
    reader = cli._Reader("auto", None, "text", "id", io.BytesIO(data), reports.append)
    assert [d.text for d in reader.documents(["-"])] == texts
    assert len(reports) == reported


def test_one_unreadable_file_does_not_stop_the_others(tmp_path: Path) -> None:
    """Files are read one at a time: a missing one is reported where it comes, the rest are read."""
    (tmp_path / "b.txt").write_text("b", encoding="utf-8")
    reports: list[str] = []
    reader = cli._Reader("auto", None, "text", "id", io.BytesIO(), reports.append)
    documents = reader.documents([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    assert next(documents).text == "b"
    assert reports == [f"{tmp_path / 'a.txt'}: cannot read: No such file or directory"]


# -- writing (no models) ---------------------------------------------------------------------------------

TRICKY = "“Stop\there,\nplease,” said Ann\tLee.\n"


def tricky_quote() -> Quote:
    text = TRICKY
    return Quote(
        text="Stop\there,\nplease,",
        span=Span.of(text, 0, 20),
        parts=(Span.of(text, 1, 19),),
        kind="direct",
        cue=Cue(Span.of(text, 21, 25), "say"),
        speaker=Speaker("Ann\tLee", Span.of(text, 26, 33), role="mayor\\deputy", kind="person"),
        rule="trailing-said",
        confidence=0.9,
    )


@pytest.mark.parametrize(
    ("cell", "escaped"),
    [("a\tb", "a\\tb"), ("a\nb", "a\\nb"), ("a\r\nb", "a\\r\\nb"), ("a\\tb", "a\\\\tb"), ("plain", "plain")],
)
def test_table_cells_are_escaped(cell: str, escaped: str) -> None:
    assert cli._escape(cell) == escaped


def test_table_has_a_header_and_one_line_of_six_cells_per_quote() -> None:
    """A tab or newline inside a quote or speaker broke the table rows."""
    writer = cli._TableWriter()
    lines = (
        writer.header() + writer.lines(cli._Document("a.txt", TRICKY), [tricky_quote()] * 2)
    ).splitlines()
    assert lines[0].split("\t") == ["document", "span", "kind", "cue", "speaker", "text"]
    assert [len(line.split("\t")) for line in lines] == [6, 6, 6]
    assert lines[1].split("\t")[4:] == ["Ann\\tLee (mayor\\\\deputy)", "Stop\\there,\\nplease,"]


def test_csv_round_trips_with_a_header() -> None:
    writer = cli._CsvWriter()
    text = writer.header() + writer.lines(cli._Document("c.jsonl", TRICKY, line=4, id="x"), [tricky_quote()])
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 1
    row = rows[0]
    assert (row["source"], row["line"], row["id"], row["text"], row["speaker"]) == (
        "c.jsonl",
        "4",
        "x",
        "Stop\there,\nplease,",
        "Ann\tLee",
    )
    assert TRICKY[int(row["start"]) : int(row["end"])] == "“Stop\there,\nplease,”"


# -- end to end on the models ----------------------------------------------------------------------------


def test_jsonl_output(extractor: Extractor) -> None:
    """One JSON object per quote, with the documented fields and exact offsets."""
    code, out, _ = run([str(SEED)])
    assert code == EXIT_OK
    rows = [json.loads(line) for line in out.splitlines()]
    text = SEED.read_text(encoding="utf-8")
    assert len(rows) >= 8
    for row in rows:
        assert set(row) >= {"source", "text", "span", "parts", "kind", "cue", "speaker", "rule", "confidence"}
        assert text[row["span"]["start"] : row["span"]["end"]] == row["span"]["text"]


def test_table_output(extractor: Extractor) -> None:
    code, out, _ = run(["--format", "table", str(SEED)])
    assert code == EXIT_OK
    assert "Issam al-Reis (spokesman, Free Syrian Army)" in out


def test_jsonl_corpus_with_a_bad_line_ends_with_partial_failure(extractor: Extractor, tmp_path: Path) -> None:
    """Every readable line is processed, the bad one reported with its number; nothing silently dropped."""
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        json.dumps({"id": "a", "text": SHORT})
        + "\n{broken\n"
        + json.dumps({"id": "b", "text": SHORT})
        + "\n",
        encoding="utf-8",
    )
    code, out, err = run([str(corpus)])
    assert code == EXIT_PARTIAL
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["id"], r["line"], r["kind"], r["text"]) for r in rows] == [
        ("a", 1, "direct", "The plan failed,"),
        ("b", 3, "direct", "The plan failed,"),
    ]
    assert f"{corpus}:2: not JSON" in err


def test_a_jsonl_file_is_not_read_as_prose(extractor: Extractor, tmp_path: Path) -> None:
    """Regression: the JSON string delimiters made the whole article one direct quote."""
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        json.dumps({"id": 1, "text": "The mayor said the plan failed."}) + "\n", encoding="utf-8"
    )
    code, out, _ = run([str(corpus)])
    assert code == EXIT_OK
    assert [(r["kind"], r["text"]) for r in map(json.loads, out.splitlines())] == [
        ("indirect", "the plan failed")
    ]


def test_utf16_file_gives_the_quotes_of_its_utf8_twin(extractor: Extractor, tmp_path: Path) -> None:
    """Regression: a UTF-16 file gave no output and exit 0."""
    (tmp_path / "a.txt").write_bytes(SHORT.encode("utf-16"))
    (tmp_path / "b.txt").write_bytes(SHORT.encode("utf-8"))
    code, out, _ = run(["--format", "csv", str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    assert code == EXIT_OK
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["kind"], r["text"], r["speaker_mention"]) for r in rows] == [
        ("direct", "The plan failed,", "the mayor")
    ] * 2


def test_unreadable_file_is_reported_and_the_others_processed(extractor: Extractor, tmp_path: Path) -> None:
    """Regression: one unreadable file aborted the run before any file was processed."""
    (tmp_path / "b.txt").write_text(SHORT, encoding="utf-8")
    code, out, err = run([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    assert code == EXIT_PARTIAL
    assert [json.loads(line)["source"] for line in out.splitlines()] == [str(tmp_path / "b.txt")]
    assert "a.txt: cannot read" in err


def test_html_output_is_one_page(extractor: Extractor, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SHORT, encoding="utf-8")
    page = tmp_path / "a.html"
    assert run(["--format", "html", str(tmp_path / "a.txt"), "-o", str(page)]) == (EXIT_OK, "", "")
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert '<span class="qk-content" data-quotes="0"' in html
    assert "the mayor" in html
