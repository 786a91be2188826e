"""The command line: ``quotekit`` (or ``python -m quotekit``) prints the quotes of each document.

Documents come from text files (one document per file), JSON Lines (one ``{"id": ..., "text": ...}``
object per line), JSON files, folders of such files (gzipped too), or standard input; the quotes go out as
JSON Lines, CSV, a table or one HTML page. Inputs are read and processed one file at a time: an unreadable
file or line is reported on stderr and skipped, the rest still runs, and the exit status says so
(:data:`EXIT_CODES`).

Long runs (docs/robustness.md): each document's lines are written whole and flushed, and with ``-o FILE``
the run keeps ``FILE.progress`` (documents done, bytes written), so that after an interrupt or a fault
``--resume`` continues where the output ends. Ctrl-C and SIGTERM stop between documents.
"""

from __future__ import annotations

import argparse
import codecs
import collections
import contextlib
import csv
import gzip
import io
import itertools
import json
import os
import re
import signal
import stat
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from types import FrameType
from typing import IO, Any, BinaryIO, TextIO

import attrs

from quotekit import __version__
from quotekit._checkpoint import SUFFIX, Checkpoint, Mark, ResumeError
from quotekit.errors import IncompatibleModelsError, ModelsNotFoundError, QuotekitError
from quotekit.extractor import DEFAULT_CUE_CLASSES, Extractor
from quotekit.model import CUE_CLASSES, Quote
from quotekit.options import cpu_count
from quotekit.tables import COLUMNS, to_records

__all__ = ["EXIT_CODES", "main"]

EXIT_OK = 0
#: Some input (a file, a folder, a JSON Lines line) could not be read; everything else was processed.
EXIT_PARTIAL = 1
#: Bad usage: an unknown option, a bad option value, no input (every input named is missing), an output
#: that cannot be resumed.
EXIT_USAGE = 2
#: The stanza models are missing or unusable: nothing was processed.
EXIT_MODELS = 3
#: The run stopped on a fault: a worker process died or ran out of memory, the output could not be written
#: (a full disk). The output holds the documents done before it, whole; ``--resume`` continues.
EXIT_FAULT = 4
#: Interrupted (Ctrl-C, SIGINT); the output holds whole documents, ``--resume`` continues.
EXIT_INTERRUPTED = 130
#: The reader of the output went away (``quotekit ... | head``), as for a program stopped by SIGPIPE.
EXIT_BROKEN_PIPE = 141
#: Terminated (SIGTERM, e.g. by a job scheduler); the output holds whole documents, ``--resume`` continues.
EXIT_TERMINATED = 143

#: Every exit status and what it means (also in ``--help``).
EXIT_CODES = {
    EXIT_OK: "every input was read and processed",
    EXIT_PARTIAL: "some input could not be read (reported on stderr); the rest was processed",
    EXIT_USAGE: "bad usage: an unknown option, a bad option value, no input, an output --resume cannot use",
    EXIT_MODELS: "the stanza models are missing or unusable (see --download, --models-dir)",
    EXIT_FAULT: "stopped on a fault (a worker died or ran out of memory, the output could not be written); "
    "the output holds whole documents: --resume continues",
    EXIT_INTERRUPTED: "interrupted (Ctrl-C); --resume continues",
    EXIT_BROKEN_PIPE: "the output was closed early (e.g. by | head)",
    EXIT_TERMINATED: "terminated (SIGTERM); --resume continues",
}

#: File name endings read as JSON Lines, JSON and plain text by ``--input-format auto`` (in any case, and
#: with ``.gz`` after them for gzipped files); other files are JSON Lines when their content is.
JSONL_SUFFIXES = (".jsonl", ".ndjson")
JSON_SUFFIXES = (".json",)
TEXT_SUFFIXES = (".txt",)
#: The files a folder's documents are taken from.
FOLDER_SUFFIXES = JSONL_SUFFIXES + JSON_SUFFIXES + TEXT_SUFFIXES
#: How many non-blank lines at the start of an input decide whether it is JSON Lines: the first may be cut
#: (``tail -c``) or blank-padded, so the second counts too.
_SNIFF_LINES = 2
_SNIFF_MAX_LINES = 1000
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
  every .txt, .json, .jsonl and .ndjson file in a folder (gzipped too), on two worker processes:
    {prog} --workers 2 articles/
  continue a run that was interrupted or stopped on a fault (the same command, with --resume):
    {prog} corpus.jsonl -o quotes.jsonl --resume
  a page to look at, the quotes highlighted:
    {prog} --format html article.txt -o article.html

input: a .jsonl or .ndjson file is JSON Lines; any other file, and standard input, is JSON Lines when its
first or second non-blank line is a JSON object, else a .json file is one JSON object or an array of
them, else plain text (--input-format overrides). Text is UTF-8 unless a byte order mark says UTF-16 or
UTF-32, or --encoding names the encoding; undecodable input is reported, never guessed.

long runs: with -o FILE each document's lines are written whole and FILE.progress records how far the
run got; after Ctrl-C, SIGTERM or a fault, the same command with --resume continues from there (the
output is then the same as one uninterrupted run's, in input order).

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
        choices=("auto", "text", "jsonl", "json"),
        default="auto",
        help="text: one document per file; jsonl: one JSON object per line; json: one JSON object, or an "
        "array of them, per file (default: auto, see below)",
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
    group.add_argument(
        "--resume",
        action="store_true",
        help="continue the interrupted run that wrote -o FILE (FILE.progress says how far it got): skip the "
        "documents it finished and append the rest",
    )
    group.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    group = parser.add_argument_group("extraction")
    group.add_argument(
        "--cue-classes",
        type=_cue_classes,
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
    group.add_argument(
        "--scare-quotes",
        action="store_true",
        help="keep scare quotes and titles (short and verbless, or title case inside a phrase)",
    )
    group.add_argument(
        "--full-parse", action="store_true", help="parse every sentence fully (slower, same quotes)"
    )
    group.add_argument(
        "--workers",
        type=_workers,
        default=1,
        metavar="N",
        help=f"worker processes, each with its own models, at most {cpu_count()} here (-1: one per CPU "
        "core; default: 1)",
    )
    group.add_argument(
        "--threads",
        type=_threads,
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


def _threads(value: str) -> int:
    """``--threads``: 1 to the number of CPU cores."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if not 1 <= number <= cpu_count():
        raise argparse.ArgumentTypeError(
            f"must be a positive int up to {cpu_count()}, the CPU cores (got {value!r})"
        )
    return number


def _cue_classes(value: str) -> str:
    """``--cue-classes``: comma-separated names of cue classes."""
    names = [name.strip() for name in value.split(",") if name.strip()]
    unknown = ", ".join(repr(name) for name in names if name not in CUE_CLASSES)
    if not names or unknown:
        raise argparse.ArgumentTypeError(
            f"must be comma-separated cue classes among {', '.join(CUE_CLASSES)} (got {value!r}"
            + (f": {unknown} is none of them)" if unknown else ")")
        )
    return value


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
    if not (1 <= number <= cpu_count() or number == -1):
        raise argparse.ArgumentTypeError(
            f"must be a positive integer up to {cpu_count()}, the CPU cores, or -1 for one per core "
            f"(got {value!r})"
        )
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


def _ignore(message: str) -> None:
    """A report nobody reads."""


@attrs.frozen
class _Reader:
    """Reads documents from the inputs, one file at a time, reporting what it cannot read (``report``)
    and what it leaves out on purpose (``note``: files of a folder that are not documents)."""

    input_format: str
    encoding: str | None
    text_field: str
    id_field: str
    stdin: BinaryIO
    report: Report
    note: Report = _ignore

    def documents(self, inputs: Sequence[str]) -> Iterator[_Document]:
        for name in inputs:
            for path in self._expand(name):
                yield from self._read(path)

    def count(self, inputs: Sequence[str]) -> int | None:
        """About how many documents the inputs hold (JSON Lines: their non-blank lines), read cheaply and
        without reports; ``None`` when standard input is among them."""
        quiet = attrs.evolve(self, report=_ignore, note=_ignore)
        total = 0
        for name in inputs:
            for path in quiet._expand(name):
                if path == "-":
                    return None
                total += quiet._count(path)
        return total

    def _count(self, name: str) -> int:
        try:
            with contextlib.ExitStack() as stack:
                stream = _open(name, self.stdin, stack)
                head = _head(stream)
                encoding = self.encoding or _bom_encoding(b"".join(head[:1]))
                if _is_wide(encoding) or self._format(name, head, encoding) != "jsonl":
                    return 1
                return sum(1 for line in itertools.chain(head, stream) if line.strip())
        except (OSError, EOFError):
            return 0

    def _expand(self, name: str) -> Iterator[str]:
        """``name``, or the files in a folder that hold documents (sorted; hidden ones left out, others
        told through ``note``)."""
        if name == "-" or not os.path.isdir(name):
            yield name
            return
        found = False
        skipped: list[str] = []
        for path in sorted(Path(name).rglob("*")):
            parts = path.relative_to(name).parts
            if any(part.startswith(".") for part in parts) or not path.is_file():
                continue
            if _base_name(str(path)).endswith(FOLDER_SUFFIXES):
                found = True
                yield str(path)
            else:
                skipped.append(str(path.relative_to(name)))
        kinds = ", ".join(FOLDER_SUFFIXES)
        if skipped:
            examples = ", ".join(skipped[:3]) + (", ..." if len(skipped) > 3 else "")
            files = "1 file that is" if len(skipped) == 1 else f"{len(skipped)} files that are"
            self.note(f"{name}: skipped {files} not {kinds} (or .gz): {examples}; name a file to read it")
        if not found:
            self.report(f"{name}: the folder holds no {kinds} files (nor .gz of them)")

    def _read(self, name: str) -> Iterator[_Document]:
        try:
            with contextlib.ExitStack() as stack:
                stream = _open(name, self.stdin, stack)
                head = _head(stream)
                encoding = self.encoding or _bom_encoding(b"".join(head[:1]))
                if encoding == "utf-8":
                    encoding = "utf-8-sig"  # a UTF-8 byte order mark is no part of the text
                if _is_wide(encoding):  # lines cannot be split as bytes
                    text = self._decode(name, b"".join(head) + stream.read(), encoding)
                    if text is not None:
                        yield from self._documents_of(name, text)
                    return
                form = self._format(name, head, encoding)
                if form in ("text", "json"):
                    text = self._decode(name, b"".join(head) + stream.read(), encoding)
                    if text is not None:
                        yield from self._documents_of(name, text, form)
                    return
                lines = enumerate(itertools.chain(head, stream), 1)
                yield from self._jsonl(name, ((n, self._decode_line(name, n, b, encoding)) for n, b in lines))
        except (OSError, EOFError) as exc:  # gzip: BadGzipFile is an OSError, a cut file an EOFError
            self.report(f"{name}: cannot read: {getattr(exc, 'strerror', None) or exc}")

    def _documents_of(self, name: str, text: str, form: str | None = None) -> Iterator[_Document]:
        if form is None:
            head = [line.encode("utf-8") for line in text.splitlines(keepends=True)[:_SNIFF_MAX_LINES]]
            form = self._format(name, head, "utf-8")
        if form == "text":
            yield _Document(name, text)
        elif form == "json":
            yield from self._json(name, text)
        else:
            yield from self._jsonl(name, enumerate(text.splitlines(), 1))

    def _format(self, name: str, head: Sequence[bytes], encoding: str) -> str:
        """``text``, ``jsonl`` or ``json``: as asked; else JSON Lines for a .jsonl or .ndjson file, or when
        the first or second non-blank line is a JSON object (a blank or cut first line is common in piped
        input); else ``json`` for a .json file, else ``text``."""
        if self.input_format != "auto":
            return self.input_format
        base = _base_name(name)
        if base.endswith(JSONL_SUFFIXES):
            return "jsonl"
        lines = [line for line in head if line.strip()][:_SNIFF_LINES]
        if any(_is_json_object(line, encoding) for line in lines):
            return "jsonl"
        return "json" if base.endswith(JSON_SUFFIXES) else "text"

    def _json(self, name: str, text: str) -> Iterator[_Document]:
        """A .json file: one object, or an array of objects (``line`` is then the item's position)."""
        try:
            data = json.loads(text)
        except ValueError as exc:
            self.report(f"{name}: not JSON ({_json_problem(exc)}); the file is skipped")
            return
        items = enumerate(data, 1) if isinstance(data, list) else [(None, data)]
        for number, item in items:
            where = name if number is None else f"{name}: item {number}"
            document = self._document(name, where, number, item)
            if document is not None:
                yield document

    def _decode(self, name: str, data: bytes, encoding: str) -> str | None:
        """``data`` decoded, or ``None`` (reported) when it is binary or not in ``encoding``."""
        if self.encoding is None and b"\x00" in data and not _is_wide(encoding):
            self.report(
                f"{name}: looks like a binary file (it has NUL bytes); if it is UTF-16 or UTF-32 text "
                "without a byte order mark, pass --encoding utf-16-le (or utf-16-be, utf-32-le, ...)"
            )
            return None
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            self.report(f"{name}: {_decode_problem(exc, encoding)}")
            return None
        if codecs.lookup(encoding).name == "iso8859-1" and _C1_CONTROLS.search(text) and _fits_cp1252(data):
            self.note(
                f"{name}: read as latin-1, it has control characters (bytes 0x80-0x9f) where Windows text "
                "has curly quotes and dashes: if it is Windows text, pass --encoding cp1252"
            )
        return text

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
            self.report(f"{where}: not JSON ({_json_problem(exc)}); the line is skipped")
            return None
        return self._document(name, where, number, record)

    def _document(self, name: str, where: str, number: int | None, record: object) -> _Document | None:
        """The document a JSON value holds, or ``None`` (reported): an object with a string text field."""
        skipped = "the line is skipped" if number is not None and ": item" not in where else "it is skipped"
        if not isinstance(record, dict):
            self.report(f"{where}: a line must be a JSON object (got {_json_type(record)}); {skipped}")
            return None
        if self.text_field not in record:
            fields = ", ".join(sorted(map(str, record))) or "none"
            self.report(
                f"{where}: no {self.text_field!r} field (fields: {fields}); name the text's field with "
                f"--text-field; {skipped}"
            )
            return None
        text = record[self.text_field]
        if not isinstance(text, str):
            self.report(f"{where}: {self.text_field!r} must be a string (got {_json_type(text)}); {skipped}")
            return None
        ident = record.get(self.id_field)
        if ident is not None and (not isinstance(ident, (str, int)) or isinstance(ident, bool)):
            self.report(
                f"{where}: {self.id_field!r} must be a string or an integer (got {_json_type(ident)}); "
                f"{skipped}"
            )
            return None
        return _Document(name, text, number, ident)


def _open(name: str, stdin: BinaryIO, stack: contextlib.ExitStack) -> IO[bytes]:
    """The bytes of input ``name``: standard input for ``-``, gunzipped for a ``.gz`` file."""
    if name == "-":
        return stdin
    if name.lower().endswith(".gz"):
        return stack.enter_context(gzip.GzipFile(name, "rb"))  # type: ignore[arg-type]  # an IO[bytes]
    return stack.enter_context(open(name, "rb"))


def _base_name(name: str) -> str:
    """The name in lower case without a ``.gz`` ending: what its ending says of its format."""
    lowered = name.lower()
    return lowered[:-3] if lowered.endswith(".gz") else lowered


def _head(stream: IO[bytes]) -> list[bytes]:
    """The first lines of ``stream``, up to and including its second non-blank one (at most a thousand)."""
    lines: list[bytes] = []
    non_blank = 0
    while non_blank < _SNIFF_LINES and len(lines) < _SNIFF_MAX_LINES:
        line = stream.readline()
        if not line:
            break
        lines.append(line)
        non_blank += bool(line.strip())
    return lines


def _is_json_object(line: bytes, encoding: str) -> bool:
    try:
        return isinstance(json.loads(line.decode(encoding)), dict)
    except (UnicodeDecodeError, ValueError):
        return False


def _json_problem(exc: ValueError) -> str:
    """What is wrong with some JSON: "Expecting value at column 3" (``json`` ends some messages on "at")."""
    if isinstance(exc, json.JSONDecodeError):
        return f"{exc.msg.removesuffix(' at')} at column {exc.colno}"
    return str(exc)


def _bom_encoding(head: bytes) -> str:
    """The encoding a byte order mark at the start of ``head`` names, else UTF-8."""
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding
    return "utf-8"


def _is_wide(encoding: str) -> bool:
    return codecs.lookup(encoding).name.startswith(("utf-16", "utf-32"))


_C1_CONTROLS = re.compile("[\x80-\x9f]")


def _fits_cp1252(data: bytes) -> bool:
    """Whether ``data`` is valid Windows-1252 (all bytes but five are)."""
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return True


def _decode_problem(exc: UnicodeDecodeError, encoding: str) -> str:
    byte = exc.object[exc.start : exc.start + 1].hex()
    utf8 = codecs.lookup(encoding).name in ("utf-8", "utf-8-sig")
    hint = "another --encoding"
    if utf8:
        # Windows text is the common case, and latin-1 would turn its curly quotes into control characters
        hint = (
            "e.g. --encoding cp1252, which these bytes fit"
            if _fits_cp1252(exc.object)
            else "e.g. --encoding latin-1"
        )
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
    """Turns the quotes of each document into the output's text: :meth:`header` before the first document,
    :meth:`lines` for each, :meth:`footer` at the end."""

    def header(self) -> str:
        return ""

    def lines(self, document: _Document, quotes: Sequence[Quote]) -> str:
        raise NotImplementedError

    def footer(self) -> str:
        return ""


class _JsonlWriter(_Writer):
    def lines(self, document: _Document, quotes: Sequence[Quote]) -> str:
        where = _where(document)
        return "".join(
            json.dumps({**where, **quote.to_dict()}, ensure_ascii=False) + "\n" for quote in quotes
        )


class _CsvWriter(_Writer):
    @staticmethod
    def _rows(rows: Iterable[Iterable[Any]]) -> str:
        out = io.StringIO()
        csv.writer(out, lineterminator="\n").writerows(rows)
        return out.getvalue()

    def header(self) -> str:
        return self._rows([("source", "line", "id", *COLUMNS)])

    def lines(self, document: _Document, quotes: Sequence[Quote]) -> str:
        records = to_records(quotes, source=document.source, line=document.line, id=document.id)
        return self._rows(row.values() for row in records)


class _TableWriter(_Writer):
    """Tab-separated, one quote per row, under a header; tabs, newlines and backslashes in a cell are
    written as ``\\t``, ``\\n``, ``\\r`` and ``\\\\`` so that every row stays one line of six cells."""

    def header(self) -> str:
        return "\t".join(_TABLE_HEADER) + "\n"

    def lines(self, document: _Document, quotes: Sequence[Quote]) -> str:
        return "".join(
            "\t".join(_escape(cell) for cell in _table_cells(document, quote)) + "\n" for quote in quotes
        )


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
    """One page for all documents, written at the end (a page is only whole once it is closed; such a run
    cannot be resumed)."""

    def __init__(self) -> None:
        self.documents: list[tuple[str, str, Sequence[Quote]]] = []

    def lines(self, document: _Document, quotes: Sequence[Quote]) -> str:
        self.documents.append((document.label, document.text, quotes))
        return ""

    def footer(self) -> str:
        from quotekit.render import render_documents

        return render_documents(self.documents)


_WRITERS: dict[str, Callable[[], _Writer]] = {
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


class _Stop(BaseException):
    """SIGINT or SIGTERM came: the run stops between two documents."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


class _Signals:
    """SIGINT (Ctrl-C) and SIGTERM stop the run with :class:`_Stop`, but never while a document's lines are
    written (:meth:`held`); once the run is stopping, further signals are ignored (a second Ctrl-C during
    the shutdown prints no traceback). Only the main thread can handle signals; elsewhere nothing changes."""

    def __init__(self) -> None:
        self.received: int | None = None
        self.holding = False
        self.saved: dict[int, Any] = {}

    def install(self) -> None:
        if threading.current_thread() is threading.main_thread():
            for signum in (signal.SIGINT, signal.SIGTERM):
                self.saved[signum] = signal.signal(signum, self._handle)

    def restore(self) -> None:
        for signum, handler in self.saved.items():
            signal.signal(signum, handler)

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        if self.received is not None:
            return
        self.received = signum
        if not self.holding:
            raise _Stop(signum)

    @contextlib.contextmanager
    def held(self) -> Iterator[None]:
        """A signal that comes inside the block stops the run after it."""
        self.holding = True
        try:
            yield
        finally:
            self.holding = False
        if self.received is not None:
            raise _Stop(self.received)


class _WriteFailed(Exception):
    """Writing ``path`` failed (a full disk, a closed device): the run stops on a fault."""

    def __init__(self, path: str, error: OSError) -> None:
        super().__init__(path, error)
        self.path = path
        self.error = error


#: How messages name standard output.
_STDOUT = "the output"


class _Output:
    """Where the quotes go. Each document's lines are written whole and flushed, signals held meanwhile;
    then, for a regular ``-o FILE``, the checkpoint records the documents done and the bytes written."""

    def __init__(
        self, out: TextIO, name: str, writer: _Writer, checkpoint: Checkpoint | None, signals: _Signals
    ) -> None:
        self.out = out
        self.name = name
        self.writer = writer
        self.checkpoint = checkpoint
        self.signals = signals
        self.documents = checkpoint.mark.documents if checkpoint is not None else 0

    def start(self) -> None:
        """The header of a new output (a resumed one has it), and the first mark."""
        if self.checkpoint is None or self.checkpoint.mark.documents == 0:
            self._write(self.writer.header(), Mark())

    def write(self, document: _Document, quotes: Sequence[Quote]) -> None:
        mark = Mark(self.documents + 1, 0, document.source, document.line)
        self._write(self.writer.lines(document, quotes), mark)
        self.documents += 1

    def finish(self) -> None:
        """The footer; the run is complete, nothing is left to resume."""
        with self.signals.held():
            self._put(self.writer.footer())
            if self.checkpoint is not None:
                self.checkpoint.remove()

    def _write(self, text: str, mark: Mark) -> None:
        with self.signals.held():
            self._put(text)
            if self.checkpoint is not None:
                size = os.fstat(self.out.fileno()).st_size
                try:
                    self.checkpoint.save(attrs.evolve(mark, bytes=size))
                except OSError as exc:
                    raise _WriteFailed(self.checkpoint.path, exc) from exc

    def _put(self, text: str) -> None:
        try:
            if text:
                self.out.write(text)
            self.out.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise _WriteFailed(self.name, exc) from exc

    def rewind(self) -> None:
        """After a failed write: cut the output back to the last mark, so that it ends on a whole line."""
        if self.checkpoint is not None:
            with contextlib.suppress(OSError, ValueError):
                os.ftruncate(self.out.fileno(), self.checkpoint.mark.bytes)

    def story(self) -> str:
        """What the output holds now, and how to go on."""
        done = f"{self.name} holds the first {self.documents} documents, whole"
        if self.checkpoint is None:
            return done
        return f"{done}: run the same command with --resume to continue"

    def close(self) -> None:
        """Close ``-o FILE`` (standard output stays open)."""
        if self.name != _STDOUT:
            with contextlib.suppress(OSError):
                self.out.close()


class _Progress:
    """A progress bar on stderr (only when it is a terminal and not ``--quiet``): documents done of the
    total (counted from the input files in the background), words per second and the time left, then a
    summary line. Also the error reports and notes."""

    def __init__(self, prog: str, stderr: TextIO, show: bool) -> None:
        self.prog = prog
        self.stderr = stderr
        self.show = show
        self.failures = 0
        self.documents = self.quotes = self.words = self.skipped = 0
        self.started = time.monotonic()
        self.total: int | None = None
        self.bar: Any = None
        self.counting: threading.Thread | None = None

    def start(self, skipped: int, count: Callable[[], int | None]) -> None:
        """Show the bar, ``skipped`` documents done by the run this one resumes; ``count`` the total."""
        if not self.show:
            return
        from tqdm import tqdm  # type: ignore[import-untyped]

        self.skipped = skipped
        self.bar = tqdm(unit=" docs", file=self.stderr, dynamic_ncols=True, leave=True, initial=skipped)
        self.counting = threading.Thread(
            target=self._count, args=(count,), name="quotekit-count", daemon=True
        )
        self.counting.start()

    def _count(self, count: Callable[[], int | None]) -> None:
        self.total = count()

    def report(self, message: str) -> None:
        self.failures += 1
        self.say(message)

    def say(self, message: str) -> None:
        if self.bar is not None:
            self.bar.write(f"{self.prog}: {message}", file=self.stderr)
        else:
            print(f"{self.prog}: {message}", file=self.stderr)

    def step(self, document: _Document, quotes: int) -> None:
        self.documents += 1
        self.quotes += quotes
        self.words += len(document.text.split())
        if self.bar is not None:
            if self.bar.total is None and self.total is not None:
                self.bar.total = self.total
            rate = self.words / max(time.monotonic() - self.started, 1e-6)
            self.bar.set_postfix_str(f"{self.quotes:,} quotes, {rate:,.0f} words/s", refresh=False)
            self.bar.update(1)

    def close(self) -> None:
        """End the bar with a summary line."""
        if self.bar is None:
            return
        if self.counting is not None:
            self.counting.join(timeout=1.0)
        if self.bar.total is None and self.total is not None:
            self.bar.total = self.total
            self.bar.refresh()
        self.bar.close()
        before = f" (and {self.skipped:,} before, resumed)" if self.skipped else ""
        self.say(
            f"{self.documents:,} documents{before}, {self.quotes:,} quotes, {self.failures} failures, "
            f"{_duration(time.monotonic() - self.started)}"
        )


def _duration(seconds: float) -> str:
    """``75.2`` -> ``"1 min 15 s"``."""
    minutes, rest = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return f"{hours} h {minutes} min"
    return f"{minutes} min {rest} s" if minutes else f"{seconds:.1f} s"


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
    problem = _usage_problem(args, inputs)
    if problem is not None:
        print(f"{prog}: error: {problem}", file=err)
        return EXIT_USAGE
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
    signals = _Signals()
    signals.install()
    try:
        return _main(args, inputs, extractor, signals, stdout, stdin, err, prog)
    finally:
        extractor.close()
        signals.restore()


def _usage_problem(args: argparse.Namespace, inputs: Sequence[str]) -> str | None:
    """What is wrong with options that go together, or with inputs that are all missing."""
    if args.resume and args.output is None:
        return "--resume needs -o FILE, the output of the run to continue"
    if args.resume and args.format == "html":
        return "--resume cannot continue an HTML page (it is written whole at the end): use another --format"
    missing = [name for name in inputs if name != "-" and not os.path.exists(name)]
    if missing and len(missing) == len(inputs):
        return f"no input: {', '.join(missing)} {'does' if len(missing) == 1 else 'do'} not exist"
    return None


def _main(
    args: argparse.Namespace,
    inputs: Sequence[str],
    extractor: Extractor,
    signals: _Signals,
    stdout: TextIO | None,
    stdin: BinaryIO | None,
    err: TextIO,
    prog: str,
) -> int:
    progress = _Progress(prog, err, show=not args.quiet and _isatty(err))
    try:
        output = _open_output(args, inputs, stdout, signals)
    except ResumeError as exc:
        progress.say(f"error: {exc}")
        return EXIT_USAGE
    except OSError as exc:
        progress.say(f"error: cannot write {args.output!r}: {exc.strerror or exc}")
        return EXIT_USAGE
    try:
        return _run(args, inputs, extractor, output, progress, stdin)
    except BrokenPipeError:
        _silence_stdout(output.out)
        return EXIT_BROKEN_PIPE
    except (_Stop, KeyboardInterrupt) as stop:
        term = isinstance(stop, _Stop) and stop.signum == signal.SIGTERM
        progress.say(f"{'terminated (SIGTERM)' if term else 'interrupted'}; {output.story()}")
        return EXIT_TERMINATED if term else EXIT_INTERRUPTED
    except ResumeError as exc:
        progress.say(f"error: {exc}")
        return EXIT_USAGE
    except (ModelsNotFoundError, IncompatibleModelsError) as exc:
        progress.say(_models_advice(exc, progress.prog))
        return EXIT_MODELS
    except _WriteFailed as exc:
        output.rewind()
        progress.say(f"error: cannot write {exc.path}: {exc.error.strerror or exc.error}; {output.story()}")
        return EXIT_FAULT
    except (QuotekitError, MemoryError) as exc:  # a worker died or ran out of memory
        progress.say(f"error: {type(exc).__name__}: {exc}; {output.story()}")
        return EXIT_FAULT
    finally:
        progress.close()
        output.close()


def _open_output(
    args: argparse.Namespace, inputs: Sequence[str], stdout: TextIO | None, signals: _Signals
) -> _Output:
    """Standard output, or ``-o FILE``: a new one, or with ``--resume`` the interrupted run's, cut back to
    its last mark."""
    writer = _WRITERS[args.format]()
    if args.output is None:
        return _Output(stdout or sys.stdout, _STDOUT, writer, None, signals)
    run = {
        "format": args.format,
        "inputs": list(inputs),
        "input_format": args.input_format,
        "text_field": args.text_field,
        "id_field": args.id_field,
        "encoding": args.encoding,
    }
    checkpoint = Checkpoint.load(args.output, run) if args.resume else None
    if checkpoint is not None:
        size = os.path.getsize(args.output) if os.path.exists(args.output) else -1
        if size < checkpoint.mark.bytes:
            raise ResumeError(
                f"cannot resume {args.output}: it is shorter ({size} bytes) than {checkpoint.path} says "
                f"({checkpoint.mark.bytes}); start again without --resume"
            )
        os.truncate(args.output, checkpoint.mark.bytes)
        out = open(args.output, "a", encoding="utf-8", newline="")  # noqa: SIM115 - closed by _Output
        return _Output(out, args.output, writer, checkpoint, signals)
    if args.resume and os.path.exists(args.output) and os.path.getsize(args.output) > 0:
        raise ResumeError(
            f"cannot resume {args.output}: there is no {args.output}{SUFFIX} beside it, so the run that "
            "wrote it finished (or it is not a quotekit -o output); leave out --resume to write it again"
        )
    out = open(args.output, "w", encoding="utf-8", newline="")  # noqa: SIM115 - closed by _Output
    regular = stat.S_ISREG(os.fstat(out.fileno()).st_mode)
    resumable = regular and args.format != "html"
    return _Output(out, args.output, writer, Checkpoint(args.output, run) if resumable else None, signals)


def _run(
    args: argparse.Namespace,
    inputs: Sequence[str],
    extractor: Extractor,
    output: _Output,
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
        progress.say,
    )
    mark = output.checkpoint.mark if output.checkpoint is not None else Mark()
    pending: collections.deque[_Document] = collections.deque()

    def texts() -> Iterator[str]:
        seen = 0
        for seen, document in enumerate(reader.documents(inputs), 1):
            if seen < mark.documents:
                continue
            if seen == mark.documents:
                _check_resumed(document, mark, output.name)
                continue
            pending.append(document)
            yield document.text
        if seen < mark.documents:
            raise ResumeError(
                f"cannot resume {output.name}: the inputs now hold {seen} documents, the interrupted run had "
                f"done {mark.documents}; start again without --resume"
            )

    progress.start(mark.documents, lambda: reader.count(inputs))
    output.start()
    results = extractor.pipe(texts(), n_process=args.workers)
    try:
        for quotes in results:
            document = pending.popleft()
            output.write(document, quotes)
            progress.step(document, len(quotes))
    finally:
        close = getattr(results, "close", None)  # a generator: stops the workers at once
        if close is not None:
            close()
    output.finish()
    return EXIT_PARTIAL if progress.failures else EXIT_OK


def _check_resumed(document: _Document, mark: Mark, name: str) -> None:
    """The last document the interrupted run did must be the same one now."""
    if (document.source, document.line) != (mark.source, mark.line):
        then = mark.source if mark.line is None else f"{mark.source}:{mark.line}"
        now = document.source if document.line is None else f"{document.source}:{document.line}"
        raise ResumeError(
            f"cannot resume {name}: document {mark.documents} of the inputs is {now}, the interrupted run's "
            f"was {then}; the inputs changed: start again without --resume"
        )


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
