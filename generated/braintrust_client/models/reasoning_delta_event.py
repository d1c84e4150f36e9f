"""Models: ReasoningDeltaEvent."""

from __future__ import annotations

from typing import Annotated, Literal

from .._models import BaseModel, NotNull, OpenEnum

__all__ = [
    "ReasoningDeltaEvent",
]


class ReasoningDeltaEvent(BaseModel):
    """A piece of the model's reasoning."""

    event: Annotated[Literal["reasoning_delta"], OpenEnum]

    data: str
    """The reasoning text to append."""

    id: Annotated[str | None, NotNull] = None
    """The event's id, when the server sends one."""
