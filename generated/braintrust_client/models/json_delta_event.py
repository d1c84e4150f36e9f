"""Models: JsonDeltaEvent."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from .._models import BaseModel, NotNull, OpenEnum

__all__ = [
    "JsonDeltaEvent",
]


class JsonDeltaEvent(BaseModel):
    """A piece of JSON output; concatenate the pieces and parse the result once the stream ends."""

    __always_sent__: ClassVar[tuple[str, ...]] = ("event",)

    event: Annotated[Literal["json_delta"], OpenEnum] = "json_delta"

    data: str
    """JSON text, possibly incomplete on its own."""

    id: Annotated[str | None, NotNull] = None
    """The event's id, when the server sends one."""
