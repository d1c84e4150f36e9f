"""Models: ProjectSettings, ProjectSettingsRemoteEvalSourcesItem, ProjectSettingsSpanFieldOrderItem."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .._models import BaseModel, OpenEnum
from .nullable_saved_function_id import NullableSavedFunctionId

__all__ = [
    "ProjectSettings",
    "ProjectSettingsRemoteEvalSourcesItem",
    "ProjectSettingsSpanFieldOrderItem",
]


class ProjectSettings(BaseModel):
    comparison_key: str | None = None
    """The key used to join two experiments (defaults to `input`)"""

    baseline_experiment_id: str | None = None
    """The id of the experiment to use as the default baseline for comparisons"""

    span_field_order: list[ProjectSettingsSpanFieldOrderItem] | None = Field(
        default=None, validation_alias="spanFieldOrder", serialization_alias="spanFieldOrder"
    )
    """The order of the fields to display in the trace view"""

    remote_eval_sources: list[ProjectSettingsRemoteEvalSourcesItem] | None = None
    """The remote eval sources to use for the project"""

    disable_realtime_queries: bool | None = None
    """If true, disable real-time queries for this project. This can improve query performance for high-volume logs."""

    default_preprocessor: NullableSavedFunctionId = None


class ProjectSettingsRemoteEvalSourcesItem(BaseModel):
    url: str

    name: str | None = None

    description: str | None = None


class ProjectSettingsSpanFieldOrderItem(BaseModel):
    object_type: str

    column_id: str

    position: str

    layout: Annotated[Literal["full"], OpenEnum] | Annotated[Literal["two_column"], OpenEnum] | None = None
