"""Models: CreateSpanIFrame."""

from __future__ import annotations

from .._models import BaseModel

__all__ = [
    "CreateSpanIFrame",
]


class CreateSpanIFrame(BaseModel):
    project_id: str
    """Unique identifier for the project that the span iframe belongs under"""

    name: str
    """Name of the span iframe"""

    description: str | None = None
    """Textual description of the span iframe"""

    url: str
    """URL to embed the project viewer in an iframe"""

    post_message: bool | None = None
    """Whether to post messages to the iframe containing the span's data. This is useful when you want to render more data than fits in the URL."""
