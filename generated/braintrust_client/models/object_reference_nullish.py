"""Models: ObjectReferenceNullish."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .._models import BaseModel, OpenEnum

__all__ = [
    "ObjectReferenceNullish",
]


class ObjectReferenceNullish(BaseModel):
    """Indicates the event was copied from another object."""

    object_type: Annotated[
        Literal["project_logs", "experiment", "dataset", "prompt", "function", "prompt_session"], OpenEnum
    ]
    """Type of the object the event is originating from."""

    object_id: str
    """ID of the object the event is originating from."""

    id: str
    """ID of the original event."""

    xact_id: str | None = Field(default=None, validation_alias="_xact_id", serialization_alias="_xact_id")
    """Transaction ID of the original event."""

    created: str | None = None
    """Created timestamp of the original event. Used to help sort in the UI"""
