"""Models: ProgressEvent."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from .._models import BaseModel, NotNull, OpenEnum
from .progress_event_data import ProgressEventData

__all__ = [
    "ProgressEvent",
]


class ProgressEvent(BaseModel):
    """Progress of a function that the invoked function called (a tool, a scorer, a nested prompt)."""

    __always_sent__: ClassVar[tuple[str, ...]] = ("event",)

    event: Annotated[Literal["progress"], OpenEnum] = "progress"

    data: ProgressEventData

    id: Annotated[str | None, NotNull] = None
    """The event's id, when the server sends one."""
