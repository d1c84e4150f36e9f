"""Models: ProjectScoreCondition, ProjectScoreConditionWhen."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from .._models import BaseModel, NotNull, OpenEnum

__all__ = [
    "ProjectScoreCondition",
    "ProjectScoreConditionWhen",
]


class ProjectScoreCondition(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("behavior",)

    when: ProjectScoreConditionWhen

    behavior: Annotated[Annotated[Literal["hidden"], OpenEnum] | None, NotNull] = "hidden"


class ProjectScoreConditionWhen(BaseModel):
    clauses: list[str] | None = None

    subspan_clauses: list[str] | None = None

    trace_clauses: list[str] | None = None
