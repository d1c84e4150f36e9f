"""Models: FeedbackResponseSchema."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from .._models import BaseModel, OpenEnum

__all__ = [
    "FeedbackResponseSchema",
]


class FeedbackResponseSchema(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("status",)

    status: Annotated[Literal["success"], OpenEnum] = "success"
