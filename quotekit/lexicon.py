"""Deprecated alias of :mod:`quotekit.lang.en`, the English profile (kept for code that imports it)."""

from __future__ import annotations

from quotekit.lang.en import *  # noqa: F403
from quotekit.lang.en import __all__ as __all__
