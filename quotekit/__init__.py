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
    PipelineError,
    QuotekitError,
    UnsupportedLanguageError,
    WorkerError,
)
from quotekit.extractor import Extractor, extract
from quotekit.model import Cue, Quote, Span, Speaker
from quotekit.render import render_html, show
from quotekit.tables import to_dataframe, to_records

__all__ = [
    "ConfigError",
    "Cue",
    "DocumentError",
    "Extractor",
    "IncompatibleModelsError",
    "InputTypeError",
    "ModelsNotFoundError",
    "PipelineError",
    "Quote",
    "QuotekitError",
    "Span",
    "Speaker",
    "UnsupportedLanguageError",
    "WorkerError",
    "__version__",
    "extract",
    "render_html",
    "show",
    "to_dataframe",
    "to_records",
]

__version__ = "0.1.0"
