"""Models: DoneEvent."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from .._models import BaseModel, NotNull, OpenEnum

__all__ = [
    "DoneEvent",
]


class DoneEvent(BaseModel):
    """The invocation finished; the stream ends after this event."""

    __always_sent__: ClassVar[tuple[str, ...]] = ("event",)

    event: Annotated[Literal["done"], OpenEnum] = "done"

    data: str
    """Empty."""

    id: Annotated[str | None, NotNull] = None
    """The event's id, when the server sends one."""
