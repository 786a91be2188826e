"""quotekit's exceptions: one base class, each subclass also subclasses the matching builtin.

>>> issubclass(InputTypeError, TypeError) and issubclass(InputTypeError, QuotekitError)
True
"""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "InputTypeError",
    "ModelsNotFoundError",
    "QuotekitError",
    "UnsupportedLanguageError",
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
    """The stanza models could not be found or loaded; the message says what to run."""


def type_error(func: str, name: str, expected: str, got: object) -> InputTypeError:
    """An :class:`InputTypeError` worded the same way everywhere: what was expected and what came."""
    return InputTypeError(f"{func}() expects '{name}' as {expected} (got {type(got).__name__}: {got!r:.60})")
