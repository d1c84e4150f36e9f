"""Models: SpanIframesListResponse."""

from __future__ import annotations

from typing import ClassVar

from .._models import BaseModel
from .span_i_frame import SpanIFrame

__all__ = [
    "SpanIframesListResponse",
]


class SpanIframesListResponse(BaseModel):
    __closed__: ClassVar[bool] = True

    objects: list[SpanIFrame]
    """A list of span_iframe objects"""
