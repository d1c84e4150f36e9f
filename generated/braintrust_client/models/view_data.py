"""Models: ViewData."""

from __future__ import annotations

from typing import Any

from .._models import BaseModel
from .view_data_search import ViewDataSearch

__all__ = [
    "ViewData",
]


class ViewData(BaseModel):
    """The view definition"""

    search: ViewDataSearch | None = None

    custom_charts: Any = None
