"""Models: SpanScope."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .._models import BaseModel, OpenEnum

__all__ = [
    "SpanScope",
]


class SpanScope(BaseModel):
    """Process individual spans"""

    type_: Annotated[Literal["span"], OpenEnum] = Field(validation_alias="type", serialization_alias="type")
