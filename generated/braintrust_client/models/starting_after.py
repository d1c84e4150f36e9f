"""Models: StartingAfter."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "StartingAfter",
]


StartingAfter: TypeAlias = str
"""Pagination cursor id.

For example, if the final item in the last page you fetched had an id of `foo`, pass `starting_after=foo` to fetch the next page. Note: you may only pass one of `starting_after` and `ending_before`
"""
