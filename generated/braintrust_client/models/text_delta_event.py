"""Models: TextDeltaEvent."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from .._models import BaseModel, NotNull, OpenEnum

__all__ = [
    "TextDeltaEvent",
]


class TextDeltaEvent(BaseModel):
    """A piece of the text output."""

    __always_sent__: ClassVar[tuple[str, ...]] = ("event",)

    event: Annotated[Literal["text_delta"], OpenEnum] = "text_delta"

    data: str
    """The text to append to the output so far."""

    id: Annotated[str | None, NotNull] = None
    """The event's id, when the server sends one."""
