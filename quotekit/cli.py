"""The command line: ``quotekit`` (or ``python -m quotekit``) prints the quotes of each document.

Documents come from text files (one document per file), JSON Lines (one ``{"id": ..., "text": ...}``
object per line), folders of such files, or standard input; the quotes go out as JSON Lines, CSV, a
table or one HTML page. Inputs are read and processed one file at a time: an unreadable file or line is
reported on stderr and skipped, the rest still runs, and the exit status says so (:data:`EXIT_CODES`).
"""

from __future__ import annotations

import argparse
import codecs
import collections
import contextlib
import csv
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any, BinaryIO, TextIO

import attrs

from quotekit import __version__
from quotekit.errors import IncompatibleModelsError, ModelsNotFoundError, QuotekitError
from quotekit.extractor import DEFAULT_CUE_CLASSES, Extractor
from quotekit.model import Quote
from quotekit.tables import COLUMNS, to_records

__all__ = ["EXIT_CODES", "main"]

EXIT_OK = 0
#: Some input (a file, a folder, a JSON Lines line) could not be read; everything else was processed.
EXIT_PARTIAL = 1
#: Bad usage: an unknown option, a bad option value, no input.
EXIT_USAGE = 2
#: The stanza models are missing or unusable: nothing was processed.
EXIT_MODELS = 3
#: Interrupted (Ctrl-C).
EXIT_INTERRUPTED = 130
#: The reader of the output went away (``quotekit ... | head``), as for a program stopped by SIGPIPE.
EXIT_BROKEN_PIPE = 141

#: Every exit status and what it means (also in ``--help``).
EXIT_CODES = {
    EXIT_OK: "every input was read and processed",
    EXIT_PARTIAL: "some input could not be read (reported on stderr); the rest was processed",
    EXIT_USAGE: "bad usage: an unknown option, a bad option value or no input",
    EXIT_MODELS: "the stanza models are missing or unusable (see --download, --models-dir)",
    EXIT_INTERRUPTED: "interrupted (Ctrl-C)",
    EXIT_BROKEN_PIPE: "the output was closed early (e.g. by | head)",
}

#: File name endings read as JSON Lines, and as plain text, by ``--input-format auto``.
JSONL_SUFFIXES = (".jsonl", ".ndjson")
TEXT_SUFFIXES = (".txt",)
#: Byte order marks, longest first (a UTF-32-LE mark starts like a UTF-16-LE one).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Table columns of ``--format table``.
_TABLE_HEADER = ("document", "span", "kind", "cue", "speaker", "text")
_TABLE_TEXT_CHARS = 70

_EXAMPLES = """\
examples:
  the quotes of one article, as JSON Lines (one quote per line):
    {prog} article.txt
  a readable table of several articles:
    {prog} --format table a.txt b.txt
  a JSON Lines corpus, one {{"id": ..., "text": ...}} object per line:
    {prog} corpus.jsonl -o quotes.jsonl
    {prog} --text-field body --id-field url corpus.jsonl
    cat corpus.jsonl | {prog} --input-format jsonl --format csv > quotes.csv
  every .txt, .jsonl and .ndjson file in a folder, on two worker processes:
    {prog} --workers 2 articles/
  a page to look at, the quotes highlighted:
    {prog} --format html article.txt -o article.html

input: a .jsonl or .ndjson file is JSON Lines, a .txt file plain text; other files and standard input are
JSON Lines when their first line is a JSON object (--input-format overrides). Text is UTF-8 unless a byte
order mark says UTF-16 or UTF-32, or --encoding names the encoding; undecodable input is reported, never
guessed.

exit status:
{exit_codes}

models: the stanza English models are looked for in --models-dir, else $STANZA_RESOURCES_DIR, else
~/stanza_resources; --download fetches them once (needs internet).
"""


def _parser(prog: str) -> argparse.ArgumentParser:
    codes = "\n".join(f"  {code:<4}{meaning}" for code, meaning in EXIT_CODES.items())
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Extract quotations (direct, mixed, indirect) and their speakers from English news.",
        epilog=_EXAMPLES.format(prog=prog, exit_codes=codes),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "inputs",
        nargs="*",
        metavar="INPUT",
        help="text or JSON Lines files, folders of them, or - for standard input (the default)",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    group = parser.add_argument_group("input")
    group.add_argument(
        "--input-format",
        choices=("auto", "text", "jsonl"),
        default="auto",
        help="text: one document per file; jsonl: one JSON object per line (default: auto, see below)",
    )
    group.add_argument("--text-field", default="text", help="JSON Lines: the text's field (default: text)")
    group.add_argument("--id-field", default="id", help="JSON Lines: the id's field (default: id)")
    group.add_argument(
        "--encoding",
        type=_encoding,
        default=None,
        help="the inputs' encoding, e.g. latin-1 or utf-16 (default: UTF-8, or what a byte order mark says)",
    )
    group = parser.add_argument_group("output")
    group.add_argument(
        "--format",
        choices=("jsonl", "csv", "table", "html"),
        default="jsonl",
        help="JSON Lines, one quote per line (default); CSV with a header; a tab-separated table; one "
        "HTML page that highlights quotes, cues and speakers",
    )
    group.add_argument("-o", "--output", metavar="FILE", default=None, help="write here (default: stdout)")
    group.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    group = parser.add_argument_group("extraction")
    group.add_argument(
        "--cue-classes",
        default=",".join(DEFAULT_CUE_CLASSES),
        help="comma-separated: speech, cognition, source, evidence, stance (default: %(default)s)",
    )
    group.add_argument(
        "--attributions",
        choices=("speech", "all"),
        default="speech",
        help="speech: reported speech (default); all: every attribution as PARC and PolNeAR define it "
        "(evidence, beliefs, stances, noun-phrase contents, nominal cues; every cue class)",
    )
    group.add_argument("--scare-quotes", action="store_true", help="keep short verbless scare quotes")
    group.add_argument(
        "--full-parse", action="store_true", help="parse every sentence fully (slower, same quotes)"
    )
    group.add_argument(
        "--workers",
        type=_workers,
        default=1,
        metavar="N",
        help="worker processes, each with its own models (-1: one per CPU core; default: 1)",
    )
    group.add_argument(
        "--threads",
        type=_positive,
        default=None,
        metavar="N",
        help="torch CPU threads for stanza (default: one per core); 1 is often faster on a busy machine",
    )
    group = parser.add_argument_group("models")
    group.add_argument(
        "--models-dir",
        default=None,
        metavar="DIR",
        help="stanza resources folder (default: $STANZA_RESOURCES_DIR, else ~/stanza_resources)",
    )
    group.add_argument("--download", action="store_true", help="download the stanza models if missing")
    group.add_argument("--device", default=None, help="torch device for stanza, e.g. cpu or cuda")
    return parser


def _positive(value: str) -> int:
    """A positive int option (``--threads``)."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be a positive int (got {value!r})")
    return number


def _encoding(value: str) -> str:
    try:
        return codecs.lookup(value).name
    except LookupError:
        raise argparse.ArgumentTypeError(f"must be an encoding Python knows (got {value!r})") from None


def _workers(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1 and number != -1:
        raise argparse.ArgumentTypeError(f"must be a positive integer or -1 (got {value!r})")
    return number


# --------------------------------------------------------------------------------------------------------
# Reading


@attrs.frozen
class _Document:
    """One document to extract from: its file (``-`` for stdin), and for JSON Lines its line and id."""

    source: str
    text: str
    line: int | None = None
    id: str | int | None = None

    @property
    def label(self) -> str:
        """How the table and the HTML page name the document: the file, or ``file:id`` for JSON Lines."""
        if self.line is None:
            return self.source
        return f"{self.source}:{self.line if self.id is None else self.id}"


Report = Callable[[str], None]


@attrs.frozen
class _Reader:
    """Reads documents from the inputs, one file at a time, reporting what it cannot read."""

    input_format: str
    encoding: str | None
    text_field: str
    id_field: str
    stdin: BinaryIO
    report: Report

    def documents(self, inputs: Sequence[str]) -> Iterator[_Document]:
        for name in inputs:
            for path in self._expand(name):
                yield from self._read(path)

    def _expand(self, name: str) -> Iterator[str]:
        """``name``, or the readable files in a folder (sorted, hidden ones left out)."""
        if name == "-" or not os.path.isdir(name):
            yield name
            return
        found = False
        for path in sorted(Path(name).rglob("*")):
            parts = path.relative_to(name).parts
            hidden = any(part.startswith(".") for part in parts)
            if path.is_file() and path.name.endswith(JSONL_SUFFIXES + TEXT_SUFFIXES) and not hidden:
                found = True
                yield str(path)
        if not found:
            self.report(f"{name}: the folder holds no {', '.join(JSONL_SUFFIXES + TEXT_SUFFIXES)} files")

    def _read(self, name: str) -> Iterator[_Document]:
        try:
            with contextlib.ExitStack() as stack:
                stream = self.stdin if name == "-" else stack.enter_context(open(name, "rb"))
                head = stream.readline()
                encoding = self.encoding or _bom_encoding(head)
                if encoding == "utf-8":
                    encoding = "utf-8-sig"  # a UTF-8 byte order mark is no part of the text
                if _is_wide(encoding):  # lines cannot be split as bytes
                    text = self._decode(name, head + stream.read(), encoding)
                    if text is not None:
                        yield from self._documents_of(name, text)
                    return
                if self._format(name, head, encoding) == "text":
                    text = self._decode(name, head + stream.read(), encoding)
                    if text is not None:
                        yield _Document(name, text)
                    return
                lines = _numbered(head, stream)
                yield from self._jsonl(name, ((n, self._decode_line(name, n, b, encoding)) for n, b in lines))
        except OSError as exc:
            self.report(f"{name}: cannot read: {exc.strerror or exc}")

    def _documents_of(self, name: str, text: str) -> Iterator[_Document]:
        head = text.split("\n", 1)[0]
        if self._format(name, head.encode("utf-8"), "utf-8") == "text":
            yield _Document(name, text)
        else:
            yield from self._jsonl(name, enumerate(text.splitlines(), 1))

    def _format(self, name: str, head: bytes, encoding: str) -> str:
        """``text`` or ``jsonl``: as asked, else by the file's ending, else by its first line."""
        if self.input_format != "auto":
            return self.input_format
        lowered = name.lower()
        if lowered.endswith(JSONL_SUFFIXES):
            return "jsonl"
        if lowered.endswith(TEXT_SUFFIXES):
            return "text"
        try:
            first = json.loads(head.decode(encoding))
        except (UnicodeDecodeError, ValueError):
            return "text"
        return "jsonl" if isinstance(first, dict) else "text"

    def _decode(self, name: str, data: bytes, encoding: str) -> str | None:
        """``data`` decoded, or ``None`` (reported) when it is binary or not in ``encoding``."""
        if self.encoding is None and b"\x00" in data and not _is_wide(encoding):
            self.report(
                f"{name}: looks like a binary file (it has NUL bytes); if it is UTF-16 or UTF-32 text "
                "without a byte order mark, pass --encoding utf-16-le (or utf-16-be, utf-32-le, ...)"
            )
            return None
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as exc:
            self.report(f"{name}: {_decode_problem(exc, encoding)}")
            return None

    def _decode_line(self, name: str, number: int, data: bytes, encoding: str) -> str | None:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as exc:
            self.report(f"{name}:{number}: {_decode_problem(exc, encoding)}")
            return None

    def _jsonl(self, name: str, lines: Iterable[tuple[int, str | None]]) -> Iterator[_Document]:
        """One document per JSON Lines line; blank lines are no documents, bad lines are reported."""
        for number, line in lines:
            if line is None or not line.strip():
                continue
            document = self._record(name, number, line)
            if document is not None:
                yield document

    def _record(self, name: str, number: int, line: str) -> _Document | None:
        where = f"{name}:{number}"
        try:
            record = json.loads(line.rstrip("\r\n"))
        except ValueError as exc:
            detail = f"{exc.msg} at column {exc.colno}" if isinstance(exc, json.JSONDecodeError) else exc
            self.report(f"{where}: not JSON ({detail}); the line is skipped")
            return None
        if not isinstance(record, dict):
            self.report(
                f"{where}: a line must be a JSON object (got {_json_type(record)}); the line is skipped"
            )
            return None
        if self.text_field not in record:
            fields = ", ".join(sorted(map(str, record))) or "none"
            self.report(
                f"{where}: no {self.text_field!r} field (fields: {fields}); name the text's field with "
                "--text-field; the line is skipped"
            )
            return None
        text = record[self.text_field]
        if not isinstance(text, str):
            self.report(
                f"{where}: {self.text_field!r} must be a string (got {_json_type(text)}); the line is skipped"
            )
            return None
        ident = record.get(self.id_field)
        if ident is not None and (not isinstance(ident, (str, int)) or isinstance(ident, bool)):
            self.report(
                f"{where}: {self.id_field!r} must be a string or an integer (got {_json_type(ident)}); "
                "the line is skipped"
            )
            return None
        return _Document(name, text, number, ident)


def _bom_encoding(head: bytes) -> str:
    """The encoding a byte order mark at the start of ``head`` names, else UTF-8."""
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding
    return "utf-8"


def _is_wide(encoding: str) -> bool:
    return codecs.lookup(encoding).name.startswith(("utf-16", "utf-32"))


def _numbered(head: bytes, stream: IO[bytes]) -> Iterator[tuple[int, bytes]]:
    yield 1, head
    yield from enumerate(stream, 2)


def _decode_problem(exc: UnicodeDecodeError, encoding: str) -> str:
    byte = exc.object[exc.start : exc.start + 1].hex()
    utf8 = codecs.lookup(encoding).name in ("utf-8", "utf-8-sig")
    hint = "e.g. --encoding latin-1" if utf8 else "another --encoding"
    return (
        f"not valid {'UTF-8' if utf8 else encoding} (byte 0x{byte} at offset {exc.start}); "
        f"pass the input's encoding with --encoding ({hint})"
    )


def _json_type(value: object) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean", int: "number", float: "number"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


# --------------------------------------------------------------------------------------------------------
# Writing


class _Writer:
    """Writes the quotes of each document as they come; :meth:`finish` ends the output."""

    def __init__(self, out: TextIO) -> None:
        self.out = out

    def start(self) -> None:
        """Write what comes before the first document (a header)."""

    def write(self, document: _Document, quotes: Sequence[Quote]) -> None:
        raise NotImplementedError

    def finish(self) -> None:
        self.out.flush()


class _JsonlWriter(_Writer):
    def write(self, document: _Document, quotes: Sequence[Quote]) -> None:
        where = _where(document)
        for quote in quotes:
            self.out.write(json.dumps({**where, **quote.to_dict()}, ensure_ascii=False) + "\n")


class _CsvWriter(_Writer):
    def __init__(self, out: TextIO) -> None:
        super().__init__(out)
        self.csv = csv.writer(out, lineterminator="\n")

    def start(self) -> None:
        self.csv.writerow(("source", "line", "id", *COLUMNS))

    def write(self, document: _Document, quotes: Sequence[Quote]) -> None:
        for row in to_records(quotes, source=document.source, line=document.line, id=document.id):
            self.csv.writerow(row.values())


class _TableWriter(_Writer):
    """Tab-separated, one quote per row, under a header; tabs, newlines and backslashes in a cell are
    written as ``\\t``, ``\\n``, ``\\r`` and ``\\\\`` so that every row stays one line of six cells."""

    def start(self) -> None:
        self.out.write("\t".join(_TABLE_HEADER) + "\n")

    def write(self, document: _Document, quotes: Sequence[Quote]) -> None:
        for quote in quotes:
            self.out.write("\t".join(_escape(cell) for cell in _table_cells(document, quote)) + "\n")


def _table_cells(document: _Document, quote: Quote) -> tuple[str, ...]:
    speaker = quote.speaker
    who = "-"
    if speaker is not None:
        who = speaker.name or (speaker.mention.text if speaker.mention else "?")
        extra = ", ".join(x for x in (speaker.role, speaker.affiliation) if x)
        who += f" ({extra})" if extra else ""
    text = quote.text
    if len(text) > _TABLE_TEXT_CHARS:
        text = text[: _TABLE_TEXT_CHARS - 3] + "..."
    cue = quote.cue.span.text if quote.cue else "-"
    return (document.label, f"{quote.span.start}-{quote.span.end}", quote.kind, cue, who, text)


_ESCAPES = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}
_ESCAPED = re.compile(r"[\\\t\n\r]")


def _escape(cell: str) -> str:
    r"""A table cell on one line: ``'a\tb'`` -> ``'a\\tb'``."""
    return _ESCAPED.sub(lambda match: _ESCAPES[match.group()], cell)


class _HtmlWriter(_Writer):
    """One page for all documents, written at the end (a page is only whole once it is closed)."""

    def __init__(self, out: TextIO) -> None:
        super().__init__(out)
        self.documents: list[tuple[str, str, Sequence[Quote]]] = []

    def write(self, document: _Document, quotes: Sequence[Quote]) -> None:
        self.documents.append((document.label, document.text, quotes))

    def finish(self) -> None:
        from quotekit.render import render_documents

        self.out.write(render_documents(self.documents))
        super().finish()


_WRITERS: dict[str, Callable[[TextIO], _Writer]] = {
    "jsonl": _JsonlWriter,
    "csv": _CsvWriter,
    "table": _TableWriter,
    "html": _HtmlWriter,
}


def _where(document: _Document) -> dict[str, Any]:
    """The JSON Lines keys that say which document a quote is from."""
    if document.line is None:
        return {"source": document.source}
    return {"source": document.source, "line": document.line, "id": document.id}


# --------------------------------------------------------------------------------------------------------
# The run


class _Progress:
    """A progress bar on stderr (only when it is a terminal and not ``--quiet``), and the error reports."""

    def __init__(self, prog: str, stderr: TextIO, show: bool) -> None:
        self.prog = prog
        self.stderr = stderr
        self.failures = 0
        self.bar: Any = None
        if show:
            from tqdm import tqdm  # type: ignore[import-untyped]

            self.bar = tqdm(unit=" docs", file=stderr, dynamic_ncols=True, leave=True)

    def report(self, message: str) -> None:
        self.failures += 1
        self.say(message)

    def say(self, message: str) -> None:
        if self.bar is not None:
            self.bar.write(f"{self.prog}: {message}", file=self.stderr)
        else:
            print(f"{self.prog}: {message}", file=self.stderr)

    def step(self, quotes: int) -> None:
        if self.bar is not None:
            self.bar.update(1)
            self.bar.set_postfix(quotes=quotes, refresh=False)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def main(
    argv: Sequence[str] | None = None,
    stdout: TextIO | None = None,
    *,
    stdin: BinaryIO | None = None,
    stderr: TextIO | None = None,
    prog: str = "quotekit",
) -> int:
    """Run the command line on ``argv`` (default: ``sys.argv[1:]``); returns the exit status
    (:data:`EXIT_CODES`)."""
    err = stderr or sys.stderr
    parser = _parser(prog)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version (0) and usage errors (2)
        return int(exc.code or 0)
    if not args.inputs and stdin is None and _isatty(sys.stdin):
        parser.print_usage(err)
        print(f"{prog}: error: no input: name files or folders, or pipe text in (INPUT -)", file=err)
        return EXIT_USAGE
    inputs = args.inputs or ["-"]
    try:
        extractor = Extractor(
            args.models_dir,
            download=args.download,
            device=args.device,
            cue_classes=args.cue_classes,
            scare_quotes=args.scare_quotes,
            full_parse=args.full_parse,
            threads=args.threads,
            attributions=args.attributions,
        )
    except QuotekitError as exc:  # ConfigError, InputTypeError: a bad option value
        print(f"{prog}: error: {exc}", file=err)
        return EXIT_USAGE
    try:
        out = stdout or sys.stdout
        if args.output is not None:
            out = open(args.output, "w", encoding="utf-8", newline="")  # noqa: SIM115 - closed below
    except OSError as exc:
        print(f"{prog}: error: cannot write {args.output!r}: {exc.strerror or exc}", file=err)
        return EXIT_USAGE
    progress = _Progress(prog, err, show=not args.quiet and _isatty(err))
    try:
        return _run(args, inputs, extractor, _WRITERS[args.format](out), progress, stdin)
    except BrokenPipeError:
        _silence_stdout(out)
        return EXIT_BROKEN_PIPE
    except KeyboardInterrupt:
        progress.say("interrupted")
        return EXIT_INTERRUPTED
    finally:
        progress.close()
        extractor.close()
        if out is not stdout and out is not sys.stdout:
            with contextlib.suppress(BrokenPipeError):
                out.close()


def _run(
    args: argparse.Namespace,
    inputs: Sequence[str],
    extractor: Extractor,
    writer: _Writer,
    progress: _Progress,
    stdin: BinaryIO | None,
) -> int:
    reader = _Reader(
        args.input_format,
        args.encoding,
        args.text_field,
        args.id_field,
        stdin or sys.stdin.buffer,
        progress.report,
    )
    pending: collections.deque[_Document] = collections.deque()

    def texts() -> Iterator[str]:
        for document in reader.documents(inputs):
            pending.append(document)
            yield document.text

    writer.start()
    found = 0
    try:
        for quotes in extractor.pipe(texts(), n_process=args.workers):
            document = pending.popleft()
            writer.write(document, quotes)
            found += len(quotes)
            progress.step(found)
    except (ModelsNotFoundError, IncompatibleModelsError) as exc:
        progress.say(_models_advice(exc, progress.prog))
        return EXIT_MODELS
    writer.finish()
    return EXIT_PARTIAL if progress.failures else EXIT_OK


def _models_advice(exc: QuotekitError, prog: str) -> str:
    """What to do on the command line about missing models (the library's message speaks Python)."""
    if isinstance(exc, IncompatibleModelsError):
        return str(exc)
    first = re.sub(r"\s*Fix it with one of:?\s*$", "", str(exc).splitlines()[0])
    return (
        f"{first}\nFix it with one of:\n"
        f"  - let quotekit download them once (needs internet): {prog} --download ...\n"
        f"  - point at a folder that has them: {prog} --models-dir DIR ...\n"
        "  - or name that folder for every run: export STANZA_RESOURCES_DIR=DIR"
    )


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _silence_stdout(out: TextIO) -> None:
    """After a broken pipe, point stdout at /dev/null so that Python's final flush does not fail too."""
    if out is not sys.stdout:
        return
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
