"""Models: ReasoningDeltaEvent."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from .._models import BaseModel, NotNull, OpenEnum

__all__ = [
    "ReasoningDeltaEvent",
]


class ReasoningDeltaEvent(BaseModel):
    """A piece of the model's reasoning."""

    __always_sent__: ClassVar[tuple[str, ...]] = ("event",)

    event: Annotated[Literal["reasoning_delta"], OpenEnum] = "reasoning_delta"

    data: str
    """The reasoning text to append."""

    id: Annotated[str | None, NotNull] = None
    """The event's id, when the server sends one."""
