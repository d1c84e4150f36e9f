"""Models: FetchEventsRequest."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel, OpenConstraints

__all__ = [
    "FetchEventsRequest",
]


class FetchEventsRequest(BaseModel):
    limit: Annotated[int, Field(ge=0), OpenConstraints] | None = None

    cursor: str | None = None

    max_xact_id: str | None = None

    max_root_span_id: str | None = None

    version: str | None = None
