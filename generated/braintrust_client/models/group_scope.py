"""Models: GroupScope."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from pydantic import Field

from .._models import BaseModel, NotNull, OpenConstraints, OpenEnum

__all__ = [
    "GroupScope",
]


class GroupScope(BaseModel):
    """Process spans/traces grouped by a field (e.g., session_id)"""

    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["group"], OpenEnum] = Field(
        default="group", validation_alias="type", serialization_alias="type"
    )

    group_by: str
    """Field path to group by, e.g. metadata.session_id"""

    interval_seconds: Annotated[Annotated[float, Field(ge=1), OpenConstraints] | None, NotNull] = None
    """Maximum time range to include when constructing a group"""

    max_traces: Annotated[Annotated[int, Field(ge=1, le=64), OpenConstraints] | None, NotNull] = None
    """Maximum number of traces to include when constructing a group (default/max: 64)"""

    placement: Annotated[Literal["first", "each"], OpenEnum]
    """Which trace or traces to write grouped scorer results to"""

    idle_seconds: Annotated[float | None, NotNull] = None
    """Optional: trigger after this many seconds of inactivity"""
