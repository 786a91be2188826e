"""Asides between a name and its reporting verb, which the speaker rules look past: "Rep. Ann Kim (D-Ohio)
said", "Mr. King, 82, told me", "Mr. Harlan, who made a fortune on the crash, told investors".
"""

from __future__ import annotations

from quotekit.document import Parse
from quotekit.lang.en import RELATIVE_PRONOUNS
from quotekit.syntax import NOMINAL_UPOS

__all__ = ["before_aside"]


#: The longest aside skipped between a name and its cue: "(D-Ohio)", ", a historian who was there,", ", the
#: club's 78-year-old president and general manager,"; and
#: the longest relative clause: ", who has made the middle class the theme of his campaign,".
_ASIDE_WORDS = 16
_RELATIVE_ASIDE_WORDS = 20


def before_aside(parse: Parse, j: int, first: int) -> int:
    """``j``, or when word ``j`` closes an aside (a parenthesis, or a phrase between commas with no verb of
    its own at its top), the word before the aside."""
    closing = parse.words[j].text if j >= first else ""
    opening = {")": "(", ",": ","}.get(closing)
    if opening is None:
        return j
    k = j - 1
    while k >= first and j - k <= _RELATIVE_ASIDE_WORDS and parse.words[k].text != opening:
        k -= 1
    relative = k + 1 < j and parse.words[k + 1].text.lower() in RELATIVE_PRONOUNS  # ", who made ...,"
    if k < first or j - k > (_RELATIVE_ASIDE_WORDS if relative else _ASIDE_WORDS) or k == j - 1:
        return j
    aside = range(k + 1, j)
    if (
        opening == ","
        and not relative
        and any(parse.words[a].upos in {"VERB", "AUX"} and parse.words[a].head not in aside for a in aside)
    ):
        return j
    return k - 1 if k - 1 >= first and parse.words[k - 1].upos in NOMINAL_UPOS else j
