"""How far a command-line run got: ``FILE.progress`` beside its output ``FILE``, for ``--resume``.

After each document's lines are written and flushed, the state file is replaced (written beside it, then
renamed, so it is never half written) by one JSON object: the run (format, inputs, options) and its mark,
the documents done, the output's size in bytes and the last document's source and line. A resumed run
truncates the output to that size (dropping anything written after the mark, such as a line cut short by
a full disk), skips that many documents (checking that the last one is the same) and appends.
"""

from __future__ import annotations

import contextlib
import json
import os
from typing import Any

import attrs

__all__ = ["SUFFIX", "Checkpoint", "Mark", "ResumeError"]

#: The state file's name is the output's with this after it.
SUFFIX = ".progress"


class ResumeError(ValueError):
    """The output cannot be resumed; the message says why and what to do."""


@attrs.frozen
class Mark:
    """How far a run got: ``documents`` done, their output ``bytes``, the last one's ``source`` and
    ``line`` (``None`` for a whole file)."""

    documents: int = 0
    bytes: int = 0
    source: str | None = None
    line: int | None = None


@attrs.define
class Checkpoint:
    """The state file of the run that writes ``output``; ``run`` is what a resumed run must repeat."""

    output: str
    run: dict[str, Any]
    mark: Mark = Mark()

    @property
    def path(self) -> str:
        return self.output + SUFFIX

    @classmethod
    def load(cls, output: str, run: dict[str, Any]) -> Checkpoint | None:
        """The state of the run that wrote ``output``, or ``None`` when there is no state file; a state of
        another run (other inputs or options) is a :class:`ResumeError`."""
        path = output + SUFFIX
        try:
            with open(path, encoding="utf-8") as file:
                data = json.load(file)
            mark = Mark(**data["mark"])
            then = data["run"]
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ResumeError(f"cannot read {path} ({exc}); start again without --resume") from None
        changed = [
            f"{key} {then.get(key)!r} then, {run[key]!r} now" for key in run if then.get(key) != run[key]
        ]
        if changed:
            raise ResumeError(
                f"{path} is the state of another run ({'; '.join(changed)}): resume with the same inputs and "
                "options, or start again without --resume"
            )
        return cls(output, run, mark)

    def save(self, mark: Mark) -> None:
        """Record ``mark``: written beside the state file, then renamed over it."""
        self.mark = mark
        temporary = self.path + ".tmp"
        with open(temporary, "w", encoding="utf-8") as file:
            json.dump({"run": self.run, "mark": attrs.asdict(mark)}, file, ensure_ascii=False)
        os.replace(temporary, self.path)

    def remove(self) -> None:
        """The run finished: nothing to resume."""
        for path in (self.path, self.path + ".tmp"):
            with contextlib.suppress(FileNotFoundError):
                os.remove(path)
