"""Models: TopicAutomationDataScopeExperiment, TopicAutomationDataScopeProjectExperiments, TopicAutomationDataScopeProjectLogs, TopicAutomationDataScope."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal, TypeAlias

from pydantic import Discriminator, Field, Tag

from .._models import BaseModel, OpenEnum, OpenUnion, discriminate

__all__ = [
    "TopicAutomationDataScope",
    "TopicAutomationDataScopeExperiment",
    "TopicAutomationDataScopeProjectExperiments",
    "TopicAutomationDataScopeProjectLogs",
]


class TopicAutomationDataScopeExperiment(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["experiment"], OpenEnum] = Field(
        default="experiment", validation_alias="type", serialization_alias="type"
    )

    experiment_id: str


class TopicAutomationDataScopeProjectExperiments(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["project_experiments"], OpenEnum] = Field(
        default="project_experiments", validation_alias="type", serialization_alias="type"
    )


class TopicAutomationDataScopeProjectLogs(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["project_logs"], OpenEnum] = Field(
        default="project_logs", validation_alias="type", serialization_alias="type"
    )


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
