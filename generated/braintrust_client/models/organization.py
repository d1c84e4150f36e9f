"""Models: Organization."""

from __future__ import annotations

import datetime

from .._models import BaseModel
from .image_rendering_mode import ImageRenderingMode

__all__ = [
    "Organization",
]


class Organization(BaseModel):
    id: str
    """Unique identifier for the organization"""

    name: str
    """Name of the organization"""

    api_url: str | None = None

    is_universal_api: bool | None = None

    is_dataplane_private: bool | None = None

    proxy_url: str | None = None

    realtime_url: str | None = None

    created: datetime.datetime | None = None
    """Date of organization creation"""

    image_rendering_mode: ImageRenderingMode = None
