"""Models: RunEval, RunEvalDataProjectDatasetName, RunEvalDataSetId, RunEvalDataSetRows, RunEvalMcpAuthValue."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from .._models import BaseModel, NotNull
from .function_id import FunctionId
from .git_metadata_settings import GitMetadataSettings
from .invoke_parent import InvokeParent
from .repo_info import RepoInfo

__all__ = [
    "RunEval",
    "RunEvalDataProjectDatasetName",
    "RunEvalDataSetId",
    "RunEvalDataSetRows",
    "RunEvalMcpAuthValue",
]


class RunEval(BaseModel):
    project_id: str
    """Unique identifier for the project to run the eval in"""

    data: RunEvalDataSetId | RunEvalDataProjectDatasetName | RunEvalDataSetRows
    """The dataset to use"""

    name: Annotated[str | None, NotNull] = None
    """The name of the eval to run when multiple evals available"""

    parameters: Annotated[dict[str, Any] | None, NotNull] = None
    """Values for any parameters used in the eval"""

    task: FunctionId

    scores: list[FunctionId]
    """The functions to score the eval on"""

    experiment_name: Annotated[str | None, NotNull] = None
    """An optional name for the experiment created by this eval. If it conflicts with an existing experiment, it will be suffixed with a unique identifier."""

    metadata: Annotated[dict[str, Any] | None, NotNull] = None
    """Optional experiment-level metadata to store about the evaluation. You can later use this to slice & dice across experiments."""

    parent: Annotated[InvokeParent | None, NotNull] = None
    """Options for tracing the evaluation"""

    stream: Annotated[bool | None, NotNull] = None
    """Whether to stream the results of the eval. If true, the request will return two events: one to indicate the experiment has started, and another upon completion. If false, the request will return the evaluation's summary upon completion."""

    trial_count: float | None = None
    """The number of times to run the evaluator per input. This is useful for evaluating applications that have non-deterministic behavior and gives you both a stronger aggregate measure and a sense of the variance in the results."""

    is_public: bool | None = None
    """Whether the experiment should be public. Defaults to false."""

    timeout_ms: float | None = Field(default=None, validation_alias="timeout", serialization_alias="timeout")
    """The maximum duration, in milliseconds, to run the evaluation. Defaults to undefined, in which case there is no timeout."""

    max_concurrency: float | None = 10
    """The maximum number of tasks/scorers that will be run concurrently. Defaults to 10. If null is provided, no max concurrency will be used."""

    base_experiment_name: str | None = None
    """An optional experiment name to use as a base. If specified, the new experiment will be summarized and compared to this experiment."""

    base_experiment_id: str | None = None
    """An optional experiment id to use as a base. If specified, the new experiment will be summarized and compared to this experiment."""

    git_metadata_settings: GitMetadataSettings | None = None

    repo_info: RepoInfo | None = None
    """Optionally explicitly specify the git metadata for this experiment. This takes precedence over `gitMetadataSettings` if specified."""

    strict: bool | None = None
    """If true, throw an error if one of the variables in the prompt is not present in the input"""

    stop_token: str | None = None
    """The token to stop the run"""

    extra_messages: Annotated[str | None, NotNull] = None
    """A template path of extra messages to append to the conversion. These messages will be appended to the end of the conversation, after the last message."""

    tags: Annotated[list[str] | None, NotNull] = None
    """Optional tags that will be added to the experiment."""

    mcp_auth: Annotated[dict[str, RunEvalMcpAuthValue] | None, NotNull] = None


class RunEvalDataProjectDatasetName(BaseModel):
    """Project and dataset name"""

    project_name: str

    dataset_name: str

    dataset_version: str | None = None
    """The version of the dataset to evaluate"""

    dataset_environment: str | None = None
    """The environment tag that resolves to the dataset version to evaluate"""

    internal_btql: dict[str, Any] | None = Field(
        default=None, validation_alias="_internal_btql", serialization_alias="_internal_btql"
    )


class RunEvalDataSetId(BaseModel):
    """Dataset id"""

    dataset_id: str

    dataset_version: str | None = None
    """The version of the dataset to evaluate"""

    dataset_environment: str | None = None
    """The environment tag that resolves to the dataset version to evaluate"""

    internal_btql: dict[str, Any] | None = Field(
        default=None, validation_alias="_internal_btql", serialization_alias="_internal_btql"
    )


class RunEvalDataSetRows(BaseModel):
    """Dataset rows"""

    data: list[Any]


class RunEvalMcpAuthValue(BaseModel):
    oauth_token: Annotated[str | None, NotNull] = None
    """The OAuth token to use"""
