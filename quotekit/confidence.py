"""How far each speaker rule is trusted: ``Quote.confidence``.

Each value is the share of the quotes a rule attributed whose speaker is right, measured on the PolNeAR
train split (``python benchmarks/calibrate.py``; docs/rules.md says how), so that a confidence means what
it says. Quotes without a speaker have confidence 0.0.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from quotekit.rules import Rule

__all__ = ["RULE_CONFIDENCE", "confidence"]

#: Speaker rule -> smoothed share of its quotes whose speaker is right, on the first 300 PolNeAR train
#: articles (benchmarks/calibrate.py, measured anew on 2026-12-02 evening, after issue 18's second round).
#: "dash" quotes did not occur there: its value is the hand-set one until a run measures it. A rule
#: measured below 0.5 is switched off, not shipped ("agent", 0.08: docs/rules.md).
_MEASURED: dict[str, float] = {  # PolNeAR train, 300 articles: benchmarks/calibrate.py
    Rule.ACCORDING_TO: 0.93,
    Rule.ADJACENT: 0.87,
    Rule.ADJACENT_SENTENCE: 0.81,
    Rule.ASKER: 0.8,  # issue 19: 3 of 3 on all 840 train articles, all mode, smoothed (3 + 1) / (3 + 2)
    Rule.AS_CLAUSE: 0.83,
    Rule.COLON_FRAME: 0.68,  # issue 19, r3: 14 of 20 on the 300 articles (48 of 56 on all 840)
    Rule.CONTROLLER: 0.72,
    Rule.DASH: 0.8,
    Rule.FRAME: 0.8,
    Rule.INVERSION: 0.97,
    Rule.LABEL: 0.96,
    Rule.PARTICIPLE: 0.83,
    Rule.POSSESSIVE: 0.5,
    Rule.PRECEDING_SUBJECT: 0.71,  # issue 19, r4: 44 of 61 on the 300 articles (calibrate.py)
    Rule.PREVIOUS_PARAGRAPH: 0.83,
    Rule.PREVIOUS_STATEMENT: 0.75,  # issue 19, r3: 8 of 10 on the 300 articles (14 of 16 on all 840)
    Rule.QUANTIFIER: 0.92,  # issue 19, r3: 11 of 11 on the 300 articles (36 of 39 on all 840)
    Rule.SHARED_SUBJECT: 0.67,
    Rule.SUBJECT: 0.94,
}
#: The rules of the wider notion (``attributions="all"``, :mod:`quotekit.wide`): the share of a rule's
#: attributions that match a PolNeAR gold attribution with the right source (end-to-end precision), on the
#: 840 train articles (benchmarks/calibrate.py --attributions all --write, issue 19), smoothed alike.
_WIDE_MEASURED = {  # PolNeAR train, 840 articles: benchmarks/calibrate.py --attributions all
    "appearance": 0.48,
    "belief": 0.42,
    "evidence": 0.4,
    "np-content": 0.43,
    "raising": 0.76,  # issue 19: benchmarks/polnear.py --attributions all --split train, rule table
    "hearsay": 0.52,  # issue 19 (quotekit.hearsay): end-to-end precision on train, 12 of 23
    "adjective": 0.58,  # issue 19 (quotekit.adjectives): end-to-end precision on train, 88 of 151
    "nominal-cue": 0.36,  # issue 19: end-to-end precision in the same rule table (16 of 45)
    "poll": 0.67,  # issue 19: end-to-end precision in the same rule table (6 of 9)
    "gerund-object": 0.49,  # issue 19 (quotekit.wideverbs): 21 of 43 on train, calibrate.py
    "volition": 0.7,  # issue 19 (quotekit.wideverbs): 13 of 18 on train, calibrate.py
    "regard": 0.59,  # issue 19, verbs of regard (quotekit.wideverbs): 108 of 182 on train, calibrate.py
    "stance": 0.38,
}
#: Every rule's confidence; keys are :class:`~quotekit.rules.Rule` members (equal to their names).
RULE_CONFIDENCE: Mapping[str, float] = MappingProxyType({**_MEASURED, **_WIDE_MEASURED})


def confidence(rule: str | None) -> float:
    """The confidence of a quote whose speaker ``rule`` found (0.0 for none, or a rule never measured)."""
    return RULE_CONFIDENCE.get(rule or "", 0.0)
