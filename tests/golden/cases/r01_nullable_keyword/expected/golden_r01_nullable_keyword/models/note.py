"""Models: Note."""

from __future__ import annotations

from typing import Annotated, Any

from .._models import BaseModel, NotNull

__all__ = [
    "Note",
]


class Note(BaseModel):
    text: str | None

    rating: int | None = None

    tags: list[str] | None = None

    extra: dict[str, str] | None = None

    anything: Any = None
    """No type: any JSON value, null included"""

    plain: Annotated[str | None, NotNull] = None
