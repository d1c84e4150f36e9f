"""Models: TopicAutomationDataScopeExperiment, TopicAutomationDataScopeProjectExperiments, TopicAutomationDataScopeProjectLogs, TopicAutomationDataScope."""

from __future__ import annotations

from typing import Annotated, Literal, TypeAlias

from pydantic import Discriminator, Field, Tag

from .._models import BaseModel, OpenEnum, OpenUnion, discriminate

__all__ = [
    "TopicAutomationDataScope",
    "TopicAutomationDataScopeExperiment",
    "TopicAutomationDataScopeProjectExperiments",
    "TopicAutomationDataScopeProjectLogs",
]


class TopicAutomationDataScopeExperiment(BaseModel):
    type_: Annotated[Literal["experiment"], OpenEnum] = Field(validation_alias="type", serialization_alias="type")

    experiment_id: str


class TopicAutomationDataScopeProjectExperiments(BaseModel):
    type_: Annotated[Literal["project_experiments"], OpenEnum] = Field(
        validation_alias="type", serialization_alias="type"
    )


class TopicAutomationDataScopeProjectLogs(BaseModel):
    type_: Annotated[Literal["project_logs"], OpenEnum] = Field(validation_alias="type", serialization_alias="type")


TopicAutomationDataScope: TypeAlias = (
    Annotated[
        Annotated[TopicAutomationDataScopeProjectLogs, Tag("project_logs")]
        | Annotated[TopicAutomationDataScopeProjectExperiments, Tag("project_experiments")]
        | Annotated[TopicAutomationDataScopeExperiment, Tag("experiment")],
        Discriminator(discriminate("type")),
        OpenUnion,
    ]
    | None
)
"""Optional data scope for topic automation."""
