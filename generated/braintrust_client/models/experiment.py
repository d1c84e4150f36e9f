"""Models: Experiment, ExperimentInternalMetadata."""

from __future__ import annotations

import datetime
from typing import Any

from .._models import BaseModel
from .repo_info import RepoInfo

__all__ = [
    "Experiment",
    "ExperimentInternalMetadata",
]


class Experiment(BaseModel):
    id: str
    """Unique identifier for the experiment"""

    project_id: str
    """Unique identifier for the project that the experiment belongs under"""

    name: str
    """Name of the experiment. Within a project, experiment names are unique"""

    description: str | None = None
    """Textual description of the experiment"""

    created: datetime.datetime | None = None
    """Date of experiment creation"""

    repo_info: RepoInfo | None = None

    commit: str | None = None
    """Commit, taken directly from `repo_info.commit`"""

    base_exp_id: str | None = None
    """Id of default base experiment to compare against when viewing this experiment"""

    deleted_at: datetime.datetime | None = None
    """Date of experiment deletion, or null if the experiment is still active"""

    dataset_id: str | None = None
    """Identifier of the linked dataset, or null if the experiment is not linked to a dataset"""

    dataset_version: str | None = None
    """Version number of the linked dataset the experiment was run against. This can be used to reproduce the experiment after the dataset has been modified."""

    internal_metadata: ExperimentInternalMetadata | None = None
    """Braintrust-controlled metadata about the experiment."""

    parameters_id: str | None = None
    """Identifier of the linked saved parameters object, or null if the experiment is not linked to saved parameters"""

    parameters_version: str | None = None
    """Version number of the linked saved parameters object the experiment was run against."""

    public: bool
    """Whether or not the experiment is public. Public experiments can be viewed by anybody inside or outside the organization"""

    user_id: str | None = None
    """Identifies the user who created the experiment"""

    metadata: dict[str, Any] | None = None
    """User-controlled metadata about the experiment"""

    tags: list[str] | None = None
    """A list of tags for the experiment"""


class ExperimentInternalMetadata(BaseModel):
    """Braintrust-controlled metadata about the experiment."""

    dataset_filter: dict[str, Any] | None = None
    """BTQL filter payload used to evaluate a subset of a linked dataset."""
