"""Models: EndingBefore."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "EndingBefore",
]


EndingBefore: TypeAlias = str
"""Pagination cursor id.

For example, if the initial item in the last page you fetched had an id of `foo`, pass `ending_before=foo` to fetch the previous page. Note: you may only pass one of `starting_after` and `ending_before`
"""
