"""Models: SpanIFrame."""

from __future__ import annotations

import datetime

from .._models import BaseModel

__all__ = [
    "SpanIFrame",
]


class SpanIFrame(BaseModel):
    id: str
    """Unique identifier for the span iframe"""

    project_id: str
    """Unique identifier for the project that the span iframe belongs under"""

    user_id: str | None = None
    """Identifies the user who created the span iframe"""

    created: datetime.datetime | None = None
    """Date of span iframe creation"""

    deleted_at: datetime.datetime | None = None
    """Date of span iframe deletion, or null if the span iframe is still active"""

    name: str
    """Name of the span iframe"""

    description: str | None = None
    """Textual description of the span iframe"""

    url: str
    """URL to embed the project viewer in an iframe"""

    post_message: bool | None = None
    """Whether to post messages to the iframe containing the span's data. This is useful when you want to render more data than fits in the URL."""
