"""Models: ConsoleEvent."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from .._models import BaseModel, NotNull, OpenEnum
from .console_event_data import ConsoleEventData

__all__ = [
    "ConsoleEvent",
]


class ConsoleEvent(BaseModel):
    """A line that code in the function wrote to its console."""

    __always_sent__: ClassVar[tuple[str, ...]] = ("event",)

    event: Annotated[Literal["console"], OpenEnum] = "console"

    data: ConsoleEventData

    id: Annotated[str | None, NotNull] = None
    """The event's id, when the server sends one."""
