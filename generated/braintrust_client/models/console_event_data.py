"""Models: ConsoleEventData."""

from __future__ import annotations

from typing import Annotated, Literal

from .._models import BaseModel, OpenEnum

__all__ = [
    "ConsoleEventData",
]


class ConsoleEventData(BaseModel):
    """A console line."""

    stream: Annotated[Literal["stderr", "stdout"], OpenEnum]
    """Which stream the line was written to."""

    message: str
    """The line."""
