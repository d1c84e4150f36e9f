"""Models: ProjectScoreConfig, ProjectScoreConfigVisibility."""

from __future__ import annotations

from typing import Annotated, Literal

from .._models import BaseModel, OpenEnum
from .online_score_config import OnlineScoreConfig
from .project_score_condition import ProjectScoreCondition

__all__ = [
    "ProjectScoreConfig",
    "ProjectScoreConfigVisibility",
]


class ProjectScoreConfig(BaseModel):
    multi_select: bool | None = None

    destination: str | None = None

    visibility: ProjectScoreConfigVisibility | None = None

    online: OnlineScoreConfig | None = None

    condition: ProjectScoreCondition | None = None

    object_types: list[Annotated[Literal["project_logs", "dataset", "experiment"], OpenEnum]] | None = None


class ProjectScoreConfigVisibility(BaseModel):
    users: list[str] | None = None

    groups: list[str] | None = None
