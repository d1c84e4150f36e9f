"""Models: PatchSpanIFrame."""

from __future__ import annotations

from .._models import BaseModel

__all__ = [
    "PatchSpanIFrame",
]


class PatchSpanIFrame(BaseModel):
    name: str | None = None
    """Name of the span iframe"""

    url: str | None = None
    """URL to embed the project viewer in an iframe"""

    post_message: bool | None = None
    """Whether to post messages to the iframe containing the span's data. This is useful when you want to render more data than fits in the URL."""

    description: str | None = None
    """Textual description of the span iframe"""
