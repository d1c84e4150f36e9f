"""Models: Base."""

from __future__ import annotations

import datetime
from typing import Annotated

from .._models import BaseModel, NotNull

__all__ = [
    "Base",
]


class Base(BaseModel):
    id: str

    created: Annotated[datetime.datetime | None, NotNull] = None
