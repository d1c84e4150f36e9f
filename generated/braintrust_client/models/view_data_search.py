"""Models: ViewDataSearch."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from .._models import BaseModel

__all__ = [
    "ViewDataSearch",
]


class ViewDataSearch(BaseModel):
    filter: list[Any] | None = None

    tag: list[Any] | None = None

    match_: list[Any] | None = Field(default=None, validation_alias="match", serialization_alias="match")

    sort: list[Any] | None = None
