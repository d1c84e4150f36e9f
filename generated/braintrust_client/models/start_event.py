"""Models: StartEvent."""

from __future__ import annotations

from typing import Annotated, Literal

from .._models import BaseModel, NotNull, OpenEnum

__all__ = [
    "StartEvent",
]


class StartEvent(BaseModel):
    """The invocation started."""

    event: Annotated[Literal["start"], OpenEnum]

    data: str
    """Empty."""

    id: Annotated[str | None, NotNull] = None
    """The event's id, when the server sends one."""
