"""Models: TextDeltaEvent."""

from __future__ import annotations

from typing import Annotated, Literal

from .._models import BaseModel, NotNull, OpenEnum

__all__ = [
    "TextDeltaEvent",
]


class TextDeltaEvent(BaseModel):
    """A piece of the text output."""

    event: Annotated[Literal["text_delta"], OpenEnum]

    data: str
    """The text to append to the output so far."""

    id: Annotated[str | None, NotNull] = None
    """The event's id, when the server sends one."""
