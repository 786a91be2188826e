"""Attributions embedded in another's content, left to the outer one.

Requires: the cues of :mod:`quotekit.cues` with their content. Provides :func:`drop_embedded`, used by the
extractor for ``attributions="all"`` (the default mode keeps them: the speaker sets annotate embedded
reported speech, and their figures fell with it).

"He said [CNN had tweeted that ...]": the inner attribution is part of what the outer source reports, and
PolNeAR mostly annotates the outer one only (on train, leaving the inner ones out removes 613 predictions
for 120 fewer content matches). A cue that heads a subordinate clause inside another cue's content (a
complement, an infinitive, an adverbial or relative clause: :data:`~quotekit.lang.en.EMBEDDED_CUE_RELS`) is
dropped. A coordinated or loosely joined clause
inside a long content ("..., and she told reporters ...") keeps its cue, and so does a participle adjunct
("The mayor sought votes by pledging new parks"), which asserts an act of its own subject.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotekit.cues import CueMatch
from quotekit.document import Parse, Word
from quotekit.lang.en import EMBEDDED_CUE_RELS

__all__ = ["drop_embedded", "is_embedded"]

#: Penn tag of a present participle.
_PARTICIPLE = "VBG"


def is_embedded(parse: Parse, cue: CueMatch, cues: Sequence[CueMatch]) -> bool:
    """ "He said [CNN had tweeted that ...]": ``cue`` ("tweeted") heads a subordinate clause inside the
    content of another of ``cues``."""
    head = parse.words[cue.head]
    if head.deprel not in EMBEDDED_CUE_RELS or _participle_adjunct(head):
        return False
    return any(_inside(head, other) and _outer(parse, other, cue) for other in cues if other is not cue)


def _outer(parse: Parse, other: CueMatch, cue: CueMatch) -> bool:
    """Whether ``other`` holds ``cue`` and not the other way round; of two cues each inside the other's
    content (a misparse: "758 pledged delegates, according to a tally" with "pledged" a cue), the one with
    the longer content is the outer."""
    if not _inside(parse.words[other.head], cue):
        return True
    return _length(other) > _length(cue)


def _length(cue: CueMatch) -> int:
    return sum(hi - lo for lo, hi in cue.content)


def _inside(word: Word, cue: CueMatch) -> bool:
    """Whether ``word`` lies in ``cue``'s content."""
    return any(lo <= word.start < hi for lo, hi in cue.content)


def _participle_adjunct(head: Word) -> bool:
    """ "The mayor sought votes by pledging new parks": an adverbial participle (the subject's own act)."""
    return head.deprel == "advcl" and head.xpos == _PARTICIPLE


def drop_embedded(parse: Parse, cues: Sequence[CueMatch]) -> list[CueMatch]:
    """The cues without those embedded in another cue's content (:func:`is_embedded`)."""
    return [cue for cue in cues if not is_embedded(parse, cue, cues)]
