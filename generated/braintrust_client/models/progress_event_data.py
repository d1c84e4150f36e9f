"""Models: ProgressEventData, ProgressEventDataOrigin."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .._models import BaseModel, NotNull, OpenEnum

__all__ = [
    "ProgressEventData",
    "ProgressEventDataOrigin",
]


class ProgressEventData(BaseModel):
    """What a nested function reported."""

    id: Annotated[str | None, NotNull] = None
    """The id of the nested function call."""

    object_type: Annotated[
        Annotated[
            Literal[
                "prompt",
                "tool",
                "scorer",
                "task",
                "agent",
                "custom_view",
                "preprocessor",
                "facet",
                "classifier",
                "parameters",
                "sandbox",
            ],
            OpenEnum,
        ]
        | None,
        NotNull,
    ] = None
    """The kind of function that reported."""

    origin: ProgressEventDataOrigin | None = None
    """Where the function is defined."""

    format: Annotated[Annotated[Literal["llm", "code", "global", "graph", "topic_map"], OpenEnum] | None, NotNull] = (
        None
    )
    """How the function is implemented."""

    output_type: Annotated[
        Annotated[Literal["completion", "score", "facet", "classification", "any"], OpenEnum] | None, NotNull
    ] = None
    """What the function returns."""

    name: Annotated[str | None, NotNull] = None
    """The function's name."""

    event: Annotated[
        Literal["reasoning_delta", "text_delta", "json_delta", "error", "console", "start", "done", "progress"],
        OpenEnum,
    ]
    """The type of the nested event."""

    data: str
    """The nested event's data, as the nested function sent it."""


class ProgressEventDataOrigin(BaseModel):
    """Where the function is defined."""

    object_type: Annotated[str | None, NotNull] = None
    """Type of the object the function comes from."""

    object_id: Annotated[str | None, NotNull] = None
    """ID of the object the function comes from."""

    id: Annotated[str | None, NotNull] = None
    """ID of the original event."""

    xact_id: str | None = Field(default=None, validation_alias="_xact_id", serialization_alias="_xact_id")
    """Transaction ID of the original event."""

    created: str | None = None
    """Creation timestamp of the original event."""
