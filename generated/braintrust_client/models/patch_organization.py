"""Models: PatchOrganization."""

from __future__ import annotations

from .._models import BaseModel
from .image_rendering_mode import ImageRenderingMode

__all__ = [
    "PatchOrganization",
]


class PatchOrganization(BaseModel):
    name: str | None = None
    """Name of the organization"""

    api_url: str | None = None

    is_universal_api: bool | None = None

    is_dataplane_private: bool | None = None

    proxy_url: str | None = None

    realtime_url: str | None = None

    image_rendering_mode: ImageRenderingMode = None
