"""quotekit's exceptions: one base class, each subclass also subclasses the matching builtin.

>>> issubclass(InputTypeError, TypeError) and issubclass(InputTypeError, QuotekitError)
True
"""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "DocumentError",
    "IncompatibleModelsError",
    "InputTypeError",
    "ModelsNotFoundError",
    "PipelineError",
    "QuotekitError",
    "UnsupportedLanguageError",
    "WorkerError",
]


class QuotekitError(Exception):
    """Base class of every error quotekit raises on purpose."""


class InputTypeError(QuotekitError, TypeError):
    """An argument of the wrong type, e.g. ``extract(None)`` or ``extract(b"bytes")``."""


class ConfigError(QuotekitError, ValueError):
    """An option with a bad value, e.g. an unknown cue class."""


class UnsupportedLanguageError(ConfigError):
    """A language quotekit has no rules for (quotekit handles English, ``"en"``)."""


class ModelsNotFoundError(QuotekitError, RuntimeError):
    """The stanza models are not where quotekit looked (or could not be downloaded); the message says what
    to run."""


class IncompatibleModelsError(QuotekitError, RuntimeError):
    """The stanza models were found but cannot be used: a corrupt file, a model made for another stanza
    version, or a pipeline without a processor quotekit needs. The message says how to replace them."""


class PipelineError(QuotekitError, RuntimeError):
    """stanza could not build or run its pipeline for a reason that is not the model files (the device,
    memory, the installed stanza); the message says what failed."""


class DocumentError(QuotekitError, ValueError):
    """A stanza ``Document`` passed to ``extract_document`` lacks what quotekit needs (POS tags, lemmas,
    the dependency parse, or a text to take offsets from); the message says how to make one."""


class WorkerError(QuotekitError, RuntimeError):
    """A worker process of ``pipe(n_process=N)`` failed to start (the message says the usual cause, a script
    without the ``if __name__ == "__main__":`` guard, and the fix), died mid-run (killed, out of memory) or
    ran out of memory. The message says which, and from which text on nothing was processed; ``delivered``
    is the number of results ``pipe`` yielded before it (``None`` where that does not apply)."""

    delivered: int | None = None


def type_error(func: str, name: str, expected: str, got: object) -> InputTypeError:
    """An :class:`InputTypeError` worded the same way everywhere: what was expected and what came."""
    return InputTypeError(f"{func}(): '{name}' must be {expected} (got {type(got).__name__}: {got!r:.60})")
