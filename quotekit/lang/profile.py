"""The record types of a language profile (:class:`Language`) and of its news conventions."""

from __future__ import annotations

from collections.abc import Callable, Mapping

import attrs
import regex

__all__ = ["Language", "NewsConventions"]


@attrs.frozen
class NewsConventions:
    """Conventions of a country's news, kept apart from the linguistics of the rules that use them
    (:mod:`quotekit.conventions`).

    - ``campaign``: the word of a candidate's campaign. News names a campaign after its candidate ("the
      Roe campaign", "Roe's campaign"), and a candidate's staff work for it ("Stein spokeswoman").
    - ``campaign_positions``: staff roles that keep the campaign word as part of the position ("campaign
      manager"); of the others the campaign is the affiliation ("Lopez campaign spokesman").
    - ``staff_roles``: roles of a candidate's staff: a person's name before one is the person's campaign.
    - ``party_words``, ``party_letters``, ``party_tag``: US parties as news writes them ("Democrat Ann Kim",
      "Ann Kim, Democrat of Ohio"), and the AP party-and-state tag after a legislator's name ("(D-Calif.)").
    - ``party_adjectives``: a party adjective before a role names the party ("Democratic strategist").
    - ``chambers``, ``chamber_members``, ``chamber_offices``: an office of a chamber of Congress in a title
      ("Senate Majority Leader", "House Judiciary Committee Chairman") is held by a member of it, whose
      role is the chamber's ("Senator", "Representative").
    - ``legislator_roles``: roles of a legislator, whose affiliation is the party if stated, else the state
      ("Rep. Ann Kim of Ohio" -> "Ohio").
    """

    campaign: str
    campaign_positions: frozenset[str]
    staff_roles: frozenset[str]
    party_words: frozenset[str]
    party_letters: Mapping[str, str]
    party_adjectives: Mapping[str, str]
    party_tag: regex.Pattern[str]
    chambers: Mapping[str, str]
    chamber_members: Mapping[str, str]
    chamber_offices: frozenset[str]
    legislator_roles: frozenset[str]


@attrs.frozen
class Language:
    """A language profile: everything language-specific the stages read. ``words`` are the named word
    lists and dependency-label sets (by their constant's name, e.g. ``"ROLE_NOUNS"``), ``verb_forms`` the
    written forms of a verb lemma, ``conventions`` the news conventions."""

    code: str
    words: Mapping[str, object]
    verb_forms: Callable[[str], frozenset[str]]
    conventions: NewsConventions
