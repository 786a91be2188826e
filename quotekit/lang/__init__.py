"""Language profiles: the word lists, label sets, verb-form rules and news conventions of a language.

quotekit has one profile, English (:data:`quotekit.lang.en.ENGLISH`). :func:`profile_for` finds a
profile by language code, or says which exist:

>>> profile_for("en").code
'en'
>>> profile_for("de")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
quotekit.errors.UnsupportedLanguageError: quotekit has rules for English only: ...
"""

from __future__ import annotations

from quotekit.errors import UnsupportedLanguageError
from quotekit.lang.profile import Language, NewsConventions

__all__ = ["PROFILES", "Language", "NewsConventions", "profile_for"]

#: The language codes with a profile.
PROFILES = ("en",)


def profile_for(code: str | None) -> Language:
    """The profile of language ``code`` ("en"); ``None`` (a document that does not say) is English."""
    if code in (None, "en"):
        from quotekit.lang.en import ENGLISH

        return ENGLISH
    raise UnsupportedLanguageError(
        f"quotekit has rules for English only: lang must be 'en' (got {code!r}); parse English text with an"
        " English stanza pipeline"
    )
