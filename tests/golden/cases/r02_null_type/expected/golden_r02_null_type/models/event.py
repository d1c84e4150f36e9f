"""Models: Event."""

from __future__ import annotations

from .._models import BaseModel

__all__ = [
    "Event",
]


class Event(BaseModel):
    name: str | None

    when: int | str

    only_null: None = None

    scope: str | None = None
