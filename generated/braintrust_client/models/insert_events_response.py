"""Models: InsertEventsResponse."""

from __future__ import annotations

from .._models import BaseModel

__all__ = [
    "InsertEventsResponse",
]


class InsertEventsResponse(BaseModel):
    row_ids: list[str]
    """The ids of all rows that were inserted, aligning one-to-one with the rows provided as input"""
