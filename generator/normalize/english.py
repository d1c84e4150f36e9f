"""English number for the words of a path, which name methods: ``/customers/{id}/addresses/{address}`` is
``retrieve_address``, and a GET of ``/status`` answers one thing.

Rules, not a dictionary: regular plurals, a few irregular ones, and the words ending in ``s`` that APIs
use for one thing. A word they misread is named through the configuration (``method-names``).
"""

from __future__ import annotations

__all__ = ["is_plural", "singular"]

_IRREGULAR = frozenset({"people", "children", "men", "women", "criteria"})
"""Plurals that :func:`singular` keeps as they are: ``/people`` and ``/persons`` are often both paths of
one API (Stripe's), whose methods would otherwise take one name."""
_SAME_IN_BOTH = frozenset({"data", "media", "news", "series", "species"})
"""Plural, and the same word for one (``/data`` lists; an item of ``/series`` is ``retrieve_series``)."""

_SINGULAR_WORDS = frozenset({"alias", "atlas", "bias", "canvas", "gas", "lens", "chaos", "ethos"})
"""Words that end in ``s`` and name one thing, beside those with the endings below."""
_SINGULAR_ENDINGS = ("ss", "us", "is")
"""``address``, ``status``, ``analysis``."""

_SES_PLURALS = frozenset({"aliases", "atlases", "biases", "canvases", "gases", "lenses"})
"""Plurals that take ``es`` after an ``s``, where most words ending in ``ses`` (``databases``,
``cases``, ``releases``) only take ``s``."""
_ONLY_S = frozenset({"caches", "niches", "uses"})
"""Plurals of words ending in ``che`` or ``use``, where most plurals ending in ``ches`` (``batches``) or
``uses`` (``statuses``) take ``es``."""
_IE_WORDS = frozenset({"movies", "cookies", "zombies", "calories", "rookies", "selfies", "ties", "pies", "lies"})
"""Plurals of words ending in ``ie``, where most words ending in ``ies`` (``entries``) come from ``y``."""


def is_plural(word: str) -> bool:
    """Whether an English word (a path's last one) names many: ``customers``, ``people``; not ``status``."""
    word = word.lower()
    if word in _IRREGULAR or word in _SAME_IN_BOTH:
        return True
    if word in _SINGULAR_WORDS:
        return False
    return word.endswith("s") and not word.endswith(_SINGULAR_ENDINGS)


def singular(word: str) -> str:
    """The word for one, where ``word`` names many (``addresses``: ``address``); else ``word`` itself.

    Only the case of the ending is kept; the word is expected in snake case, as method names are.
    """
    lower = word.lower()
    if lower in _IRREGULAR or lower in _SAME_IN_BOTH or not is_plural(lower):
        return word
    if lower.endswith("ies") and lower not in _IE_WORDS:
        return word[:-3] + "y"
    if lower.endswith("zzes"):
        return word[:-3]  # quizzes
    if lower.endswith(("ouses", "auses", "euses")) or lower in _ONLY_S:
        return word[:-1]  # warehouses, causes, caches
    if lower.endswith(("sses", "xes", "ches", "shes", "uses")) or lower in _SES_PLURALS:
        return word[:-2]  # addresses, boxes, matches, wishes, statuses, aliases
    if lower.endswith("yses"):
        return word[:-2] + "is"  # analyses
    return word[:-1]
