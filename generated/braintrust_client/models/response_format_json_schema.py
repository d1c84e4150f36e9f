"""Models: ResponseFormatJsonSchema."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from .._models import BaseModel, NotNull

__all__ = [
    "ResponseFormatJsonSchema",
]


class ResponseFormatJsonSchema(BaseModel):
    name: str

    description: Annotated[str | None, NotNull] = None

    schema_: Annotated[dict[str, Any] | str | None, NotNull] = Field(
        default=None, validation_alias="schema", serialization_alias="schema"
    )

    strict: bool | None = None
