"""Models: CreateExperiment, CreateExperimentInternalMetadata."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from .._models import BaseModel, OpenConstraints
from .repo_info import RepoInfo

__all__ = [
    "CreateExperiment",
    "CreateExperimentInternalMetadata",
]


class CreateExperiment(BaseModel):
    project_id: str
    """Unique identifier for the project that the experiment belongs under"""

    name: Annotated[str, Field(min_length=1), OpenConstraints] | None = None
    """Name of the experiment. Within a project, experiment names are unique"""

    description: str | None = None
    """Textual description of the experiment"""

    repo_info: RepoInfo | None = None

    base_exp_id: str | None = None
    """Id of default base experiment to compare against when viewing this experiment"""

    dataset_id: str | None = None
    """Identifier of the linked dataset, or null if the experiment is not linked to a dataset"""

    dataset_version: str | None = None
    """Version number of the linked dataset the experiment was run against. This can be used to reproduce the experiment after the dataset has been modified."""

    internal_metadata: CreateExperimentInternalMetadata | None = None
    """Braintrust-controlled metadata about the experiment."""

    parameters_id: str | None = None
    """Identifier of the linked saved parameters object, or null if the experiment is not linked to saved parameters"""

    parameters_version: str | None = None
    """Version number of the linked saved parameters object the experiment was run against."""

    public: bool | None = None
    """Whether or not the experiment is public. Public experiments can be viewed by anybody inside or outside the organization"""

    metadata: dict[str, Any] | None = None
    """User-controlled metadata about the experiment"""

    tags: list[str] | None = None
    """A list of tags for the experiment"""

    ensure_new: bool | None = None
    """Normally, creating an experiment with the same name as an existing experiment will return the existing one un-modified. But if `ensure_new` is true, registration will generate a new experiment with a unique name in case of a conflict."""


class CreateExperimentInternalMetadata(BaseModel):
    """Braintrust-controlled metadata about the experiment."""

    dataset_filter: dict[str, Any] | None = None
    """BTQL filter payload used to evaluate a subset of a linked dataset."""
