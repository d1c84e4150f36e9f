"""Models: FeedbackResponseSchema."""

from __future__ import annotations

from typing import Annotated, Literal

from .._models import BaseModel, OpenEnum

__all__ = [
    "FeedbackResponseSchema",
]


class FeedbackResponseSchema(BaseModel):
    status: Annotated[Literal["success"], OpenEnum]
