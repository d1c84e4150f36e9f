"""Models: TraceScope."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from pydantic import Field

from .._models import BaseModel, NotNull, OpenEnum

__all__ = [
    "TraceScope",
]


class TraceScope(BaseModel):
    """Process entire traces (all spans sharing the same root_span_id)"""

    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["trace"], OpenEnum] = Field(
        default="trace", validation_alias="type", serialization_alias="type"
    )

    idle_seconds: Annotated[float | None, NotNull] = None
    """Consider trace complete after this many seconds of inactivity (default: 30)"""
