"""Models: InvokeParentSpanParentStruct, InvokeParentSpanParentStructRowIds, InvokeParent."""

from __future__ import annotations

from typing import Annotated, Any, Literal, TypeAlias

from .._models import BaseModel, OpenEnum

__all__ = [
    "InvokeParent",
    "InvokeParentSpanParentStruct",
    "InvokeParentSpanParentStructRowIds",
]


class InvokeParentSpanParentStruct(BaseModel):
    """Span parent properties"""

    object_type: Annotated[Literal["project_logs", "experiment", "playground_logs"], OpenEnum]

    object_id: str
    """The id of the container object you are logging to"""

    row_ids: InvokeParentSpanParentStructRowIds | None = None
    """Identifiers for the row to to log a subspan under"""

    propagated_event: dict[str, Any] | None = None
    """Include these properties in every span created under this parent"""


class InvokeParentSpanParentStructRowIds(BaseModel):
    """Identifiers for the row to to log a subspan under"""

    id: str
    """The id of the row"""

    span_id: str
    """The span_id of the row"""

    root_span_id: str
    """The root_span_id of the row"""


InvokeParent: TypeAlias = InvokeParentSpanParentStruct | str
"""Options for tracing the function call"""
