"""quotekit: who said what in English news.

``quotekit.extract(text)`` returns every quotation in ``text`` -- direct, mixed and indirect (reported)
speech -- as frozen records with the cue, the speaker (canonical name, mention, role, affiliation) and
character offsets into the original text.

Importing quotekit is cheap: stanza and torch load on first extraction.
"""

from __future__ import annotations

from quotekit.errors import (
    ConfigError,
    DocumentError,
    IncompatibleModelsError,
    InputTypeError,
    ModelsNotFoundError,
    QuotekitError,
    UnsupportedLanguageError,
)
from quotekit.extractor import Extractor, extract
from quotekit.model import Cue, Quote, Span, Speaker

__all__ = [
    "ConfigError",
    "Cue",
    "DocumentError",
    "Extractor",
    "IncompatibleModelsError",
    "InputTypeError",
    "ModelsNotFoundError",
    "Quote",
    "QuotekitError",
    "Span",
    "Speaker",
    "UnsupportedLanguageError",
    "__version__",
    "extract",
]

__version__ = "0.1.0"
