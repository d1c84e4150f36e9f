"""Models: SpanScope."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from pydantic import Field

from .._models import BaseModel, OpenEnum

__all__ = [
    "SpanScope",
]


class SpanScope(BaseModel):
    """Process individual spans"""

    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["span"], OpenEnum] = Field(
        default="span", validation_alias="type", serialization_alias="type"
    )
