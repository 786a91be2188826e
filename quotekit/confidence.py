"""How far each speaker rule is trusted: ``Quote.confidence``.

Each value is the share of the quotes a rule attributed whose speaker is right, measured on the PolNeAR
train split (``python benchmarks/calibrate.py``; docs/rules.md says how), so that a confidence means what
it says. Quotes without a speaker have confidence 0.0.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = ["RULE_CONFIDENCE", "confidence"]

#: Speaker rule -> smoothed share of its quotes whose speaker is right, on the first 300 PolNeAR train
#: articles (benchmarks/calibrate.py, 2026-12-01). "dash" quotes did not occur there: its value is the
#: hand-set one until a run measures it.
_MEASURED = {  # PolNeAR train, 300 articles: benchmarks/calibrate.py
    "according-to": 0.87,
    "adjacent": 0.84,
    "dash": 0.8,
    "adjacent-sentence": 0.78,
    "agent": 0.08,
    "inversion": 0.94,
    "label": 0.94,
    "participle": 0.83,
    "possessive": 0.5,
    "previous-paragraph": 0.77,
    "shared-subject": 0.67,
    "subject": 0.93,
}
#: The rules of the wider notion (``attributions="all"``, :mod:`quotekit.wide`): the share of a rule's
#: attributions that match a PolNeAR gold attribution with the right source (end-to-end precision), on the
#: 840 train articles (benchmarks/polnear.py --split train --attributions all, issue 19), smoothed alike.
_WIDE_MEASURED = {
    "appearance": 0.48,
    "belief": 0.41,
    "evidence": 0.37,
    "np-content": 0.37,
    "stance": 0.37,
}
RULE_CONFIDENCE: Mapping[str, float] = MappingProxyType({**_MEASURED, **_WIDE_MEASURED})


def confidence(rule: str | None) -> float:
    """The confidence of a quote whose speaker ``rule`` found (0.0 for none, or a rule never measured)."""
    return RULE_CONFIDENCE.get(rule or "", 0.0)
