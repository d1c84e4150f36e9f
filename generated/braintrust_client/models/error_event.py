"""Models: ErrorEvent."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from .._models import BaseModel, NotNull, OpenEnum

__all__ = [
    "ErrorEvent",
]


class ErrorEvent(BaseModel):
    """The invocation failed; the stream ends after this event."""

    __always_sent__: ClassVar[tuple[str, ...]] = ("event",)

    event: Annotated[Literal["error"], OpenEnum] = "error"

    data: str
    """The error message."""

    id: Annotated[str | None, NotNull] = None
    """The event's id, when the server sends one."""
