"""Models: StartEvent."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from .._models import BaseModel, NotNull, OpenEnum

__all__ = [
    "StartEvent",
]


class StartEvent(BaseModel):
    """The invocation started."""

    __always_sent__: ClassVar[tuple[str, ...]] = ("event",)

    event: Annotated[Literal["start"], OpenEnum] = "start"

    data: str
    """Empty."""

    id: Annotated[str | None, NotNull] = None
    """The event's id, when the server sends one."""
