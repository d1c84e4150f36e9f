"""Models: PatchExperiment, PatchExperimentInternalMetadata."""

from __future__ import annotations

from typing import Any

from .._models import BaseModel
from .repo_info import RepoInfo

__all__ = [
    "PatchExperiment",
    "PatchExperimentInternalMetadata",
]


class PatchExperiment(BaseModel):
    name: str | None = None
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

    internal_metadata: PatchExperimentInternalMetadata | None = None
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


class PatchExperimentInternalMetadata(BaseModel):
    """Braintrust-controlled metadata about the experiment."""

    dataset_filter: dict[str, Any] | None = None
    """BTQL filter payload used to evaluate a subset of a linked dataset."""
