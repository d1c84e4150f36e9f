"""The evals resource group."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, Literal, overload

from .._base_client import RequestOptions
from .._models import build_body
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._streaming import AsyncStream, ServerSentEvent, Stream, asks_for_stream
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..models.function_id import FunctionId
from ..models.git_metadata_settings import GitMetadataSettings
from ..models.invoke_parent import InvokeParent
from ..models.repo_info import RepoInfo
from ..models.run_eval import (
    RunEval,
    RunEvalDataProjectDatasetName,
    RunEvalDataSetId,
    RunEvalDataSetRows,
    RunEvalMcpAuthValue,
)
from ..models.summarize_experiment_response import SummarizeExperimentResponse

__all__ = [
    "AsyncEvalsResource",
    "AsyncEvalsResourceWithRawResponse",
    "EvalsResource",
    "EvalsResourceWithRawResponse",
]


_CREATE_TEXT_EVENTS: frozenset[str] = frozenset()
"""Events of ``create`` whose data is text; every other event's data is JSON."""


class EvalsResource(SyncAPIResource):
    """The evals operations."""

    @cached_property
    def with_raw_response(self) -> EvalsResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return EvalsResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        project_id: str,
        data: RunEvalDataSetId | RunEvalDataProjectDatasetName | RunEvalDataSetRows,
        task: FunctionId,
        scores: Sequence[FunctionId],
        name: str | NotGiven = NOT_GIVEN,
        parameters: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        experiment_name: str | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        parent: InvokeParent | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        trial_count: float | None | NotGiven = NOT_GIVEN,
        is_public: bool | None | NotGiven = NOT_GIVEN,
        timeout_ms: float | None | NotGiven = NOT_GIVEN,
        max_concurrency: float | None | NotGiven = NOT_GIVEN,
        base_experiment_name: str | None | NotGiven = NOT_GIVEN,
        base_experiment_id: str | None | NotGiven = NOT_GIVEN,
        git_metadata_settings: GitMetadataSettings | None | NotGiven = NOT_GIVEN,
        repo_info: RepoInfo | None | NotGiven = NOT_GIVEN,
        strict: bool | None | NotGiven = NOT_GIVEN,
        stop_token: str | None | NotGiven = NOT_GIVEN,
        extra_messages: str | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | NotGiven = NOT_GIVEN,
        mcp_auth: Mapping[str, RunEvalMcpAuthValue] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SummarizeExperimentResponse: ...

    @overload
    def create(
        self,
        *,
        project_id: str,
        data: RunEvalDataSetId | RunEvalDataProjectDatasetName | RunEvalDataSetRows,
        task: FunctionId,
        scores: Sequence[FunctionId],
        name: str | NotGiven = NOT_GIVEN,
        parameters: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        experiment_name: str | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        parent: InvokeParent | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        trial_count: float | None | NotGiven = NOT_GIVEN,
        is_public: bool | None | NotGiven = NOT_GIVEN,
        timeout_ms: float | None | NotGiven = NOT_GIVEN,
        max_concurrency: float | None | NotGiven = NOT_GIVEN,
        base_experiment_name: str | None | NotGiven = NOT_GIVEN,
        base_experiment_id: str | None | NotGiven = NOT_GIVEN,
        git_metadata_settings: GitMetadataSettings | None | NotGiven = NOT_GIVEN,
        repo_info: RepoInfo | None | NotGiven = NOT_GIVEN,
        strict: bool | None | NotGiven = NOT_GIVEN,
        stop_token: str | None | NotGiven = NOT_GIVEN,
        extra_messages: str | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | NotGiven = NOT_GIVEN,
        mcp_auth: Mapping[str, RunEvalMcpAuthValue] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Stream[ServerSentEvent]: ...

    @overload
    def create(
        self,
        *,
        project_id: str,
        data: RunEvalDataSetId | RunEvalDataProjectDatasetName | RunEvalDataSetRows,
        task: FunctionId,
        scores: Sequence[FunctionId],
        name: str | NotGiven = NOT_GIVEN,
        parameters: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        experiment_name: str | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        parent: InvokeParent | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        trial_count: float | None | NotGiven = NOT_GIVEN,
        is_public: bool | None | NotGiven = NOT_GIVEN,
        timeout_ms: float | None | NotGiven = NOT_GIVEN,
        max_concurrency: float | None | NotGiven = NOT_GIVEN,
        base_experiment_name: str | None | NotGiven = NOT_GIVEN,
        base_experiment_id: str | None | NotGiven = NOT_GIVEN,
        git_metadata_settings: GitMetadataSettings | None | NotGiven = NOT_GIVEN,
        repo_info: RepoInfo | None | NotGiven = NOT_GIVEN,
        strict: bool | None | NotGiven = NOT_GIVEN,
        stop_token: str | None | NotGiven = NOT_GIVEN,
        extra_messages: str | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | NotGiven = NOT_GIVEN,
        mcp_auth: Mapping[str, RunEvalMcpAuthValue] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SummarizeExperimentResponse | Stream[ServerSentEvent]: ...

    def create(
        self,
        *,
        project_id: str,
        data: RunEvalDataSetId | RunEvalDataProjectDatasetName | RunEvalDataSetRows,
        task: FunctionId,
        scores: Sequence[FunctionId],
        name: str | NotGiven = NOT_GIVEN,
        parameters: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        experiment_name: str | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        parent: InvokeParent | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        trial_count: float | None | NotGiven = NOT_GIVEN,
        is_public: bool | None | NotGiven = NOT_GIVEN,
        timeout_ms: float | None | NotGiven = NOT_GIVEN,
        max_concurrency: float | None | NotGiven = NOT_GIVEN,
        base_experiment_name: str | None | NotGiven = NOT_GIVEN,
        base_experiment_id: str | None | NotGiven = NOT_GIVEN,
        git_metadata_settings: GitMetadataSettings | None | NotGiven = NOT_GIVEN,
        repo_info: RepoInfo | None | NotGiven = NOT_GIVEN,
        strict: bool | None | NotGiven = NOT_GIVEN,
        stop_token: str | None | NotGiven = NOT_GIVEN,
        extra_messages: str | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | NotGiven = NOT_GIVEN,
        mcp_auth: Mapping[str, RunEvalMcpAuthValue] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SummarizeExperimentResponse | Stream[ServerSentEvent]:
        """Launch an eval

        Launch an evaluation. This is the API-equivalent of the `Eval` function that is built into the Braintrust SDK. In the Eval API, you provide pointers to a dataset, task function, and scoring functions. The API will then run the evaluation, create an experiment, and return the results along with a link to the experiment. To learn more about evals, see the [Evals guide](https://www.braintrust.dev/docs/evaluate).

        Args:
            project_id: Unique identifier for the project to run the eval in
            data: The dataset to use
            name: The name of the eval to run when multiple evals available
            parameters: Values for any parameters used in the eval
            scores: The functions to score the eval on
            experiment_name: An optional name for the experiment created by this eval. If it conflicts with an existing experiment, it will be suffixed with a unique identifier.
            metadata: Optional experiment-level metadata to store about the evaluation. You can later use this to slice & dice across experiments.
            parent: Options for tracing the evaluation
            stream: Whether to stream the results of the eval. If true, the request will return two events: one to indicate the experiment has started, and another upon completion. If false, the request will return the evaluation's summary upon completion.
            trial_count: The number of times to run the evaluator per input. This is useful for evaluating applications that have non-deterministic behavior and gives you both a stronger aggregate measure and a sense of the variance in the results.
            is_public: Whether the experiment should be public. Defaults to false.
            timeout_ms: The maximum duration, in milliseconds, to run the evaluation. Defaults to undefined, in which case there is no timeout.
            max_concurrency: The maximum number of tasks/scorers that will be run concurrently. Defaults to 10. If null is provided, no max concurrency will be used.
            base_experiment_name: An optional experiment name to use as a base. If specified, the new experiment will be summarized and compared to this experiment.
            base_experiment_id: An optional experiment id to use as a base. If specified, the new experiment will be summarized and compared to this experiment.
            repo_info: Optionally explicitly specify the git metadata for this experiment. This takes precedence over `gitMetadataSettings` if specified.
            strict: If true, throw an error if one of the variables in the prompt is not present in the input
            stop_token: The token to stop the run
            extra_messages: A template path of extra messages to append to the conversion. These messages will be appended to the end of the conversation, after the last message.
            tags: Optional tags that will be added to the experiment.
        """
        _options = RequestOptions(
            method="post",
            path="/v1/eval",
            json=build_body(
                RunEval,
                {
                    "project_id": project_id,
                    "data": data,
                    "name": name,
                    "parameters": parameters,
                    "task": task,
                    "scores": scores,
                    "experiment_name": experiment_name,
                    "metadata": metadata,
                    "parent": parent,
                    "stream": stream,
                    "trial_count": trial_count,
                    "is_public": is_public,
                    "timeout": timeout_ms,
                    "max_concurrency": max_concurrency,
                    "base_experiment_name": base_experiment_name,
                    "base_experiment_id": base_experiment_id,
                    "git_metadata_settings": git_metadata_settings,
                    "repo_info": repo_info,
                    "strict": strict,
                    "stop_token": stop_token,
                    "extra_messages": extra_messages,
                    "tags": tags,
                    "mcp_auth": mcp_auth,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        if asks_for_stream("stream", _options.json, extra_body):
            return self._client.request_stream(ServerSentEvent, _options, _CREATE_TEXT_EVENTS)
        _result: SummarizeExperimentResponse = self._client.request(SummarizeExperimentResponse, _options)
        return _result


class EvalsResourceWithRawResponse:
    """The evals operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: EvalsResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)


class AsyncEvalsResource(AsyncAPIResource):
    """The evals operations, asynchronously."""

    @cached_property
    def with_raw_response(self) -> AsyncEvalsResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return AsyncEvalsResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        project_id: str,
        data: RunEvalDataSetId | RunEvalDataProjectDatasetName | RunEvalDataSetRows,
        task: FunctionId,
        scores: Sequence[FunctionId],
        name: str | NotGiven = NOT_GIVEN,
        parameters: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        experiment_name: str | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        parent: InvokeParent | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        trial_count: float | None | NotGiven = NOT_GIVEN,
        is_public: bool | None | NotGiven = NOT_GIVEN,
        timeout_ms: float | None | NotGiven = NOT_GIVEN,
        max_concurrency: float | None | NotGiven = NOT_GIVEN,
        base_experiment_name: str | None | NotGiven = NOT_GIVEN,
        base_experiment_id: str | None | NotGiven = NOT_GIVEN,
        git_metadata_settings: GitMetadataSettings | None | NotGiven = NOT_GIVEN,
        repo_info: RepoInfo | None | NotGiven = NOT_GIVEN,
        strict: bool | None | NotGiven = NOT_GIVEN,
        stop_token: str | None | NotGiven = NOT_GIVEN,
        extra_messages: str | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | NotGiven = NOT_GIVEN,
        mcp_auth: Mapping[str, RunEvalMcpAuthValue] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SummarizeExperimentResponse: ...

    @overload
    async def create(
        self,
        *,
        project_id: str,
        data: RunEvalDataSetId | RunEvalDataProjectDatasetName | RunEvalDataSetRows,
        task: FunctionId,
        scores: Sequence[FunctionId],
        name: str | NotGiven = NOT_GIVEN,
        parameters: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        experiment_name: str | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        parent: InvokeParent | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        trial_count: float | None | NotGiven = NOT_GIVEN,
        is_public: bool | None | NotGiven = NOT_GIVEN,
        timeout_ms: float | None | NotGiven = NOT_GIVEN,
        max_concurrency: float | None | NotGiven = NOT_GIVEN,
        base_experiment_name: str | None | NotGiven = NOT_GIVEN,
        base_experiment_id: str | None | NotGiven = NOT_GIVEN,
        git_metadata_settings: GitMetadataSettings | None | NotGiven = NOT_GIVEN,
        repo_info: RepoInfo | None | NotGiven = NOT_GIVEN,
        strict: bool | None | NotGiven = NOT_GIVEN,
        stop_token: str | None | NotGiven = NOT_GIVEN,
        extra_messages: str | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | NotGiven = NOT_GIVEN,
        mcp_auth: Mapping[str, RunEvalMcpAuthValue] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[ServerSentEvent]: ...

    @overload
    async def create(
        self,
        *,
        project_id: str,
        data: RunEvalDataSetId | RunEvalDataProjectDatasetName | RunEvalDataSetRows,
        task: FunctionId,
        scores: Sequence[FunctionId],
        name: str | NotGiven = NOT_GIVEN,
        parameters: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        experiment_name: str | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        parent: InvokeParent | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        trial_count: float | None | NotGiven = NOT_GIVEN,
        is_public: bool | None | NotGiven = NOT_GIVEN,
        timeout_ms: float | None | NotGiven = NOT_GIVEN,
        max_concurrency: float | None | NotGiven = NOT_GIVEN,
        base_experiment_name: str | None | NotGiven = NOT_GIVEN,
        base_experiment_id: str | None | NotGiven = NOT_GIVEN,
        git_metadata_settings: GitMetadataSettings | None | NotGiven = NOT_GIVEN,
        repo_info: RepoInfo | None | NotGiven = NOT_GIVEN,
        strict: bool | None | NotGiven = NOT_GIVEN,
        stop_token: str | None | NotGiven = NOT_GIVEN,
        extra_messages: str | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | NotGiven = NOT_GIVEN,
        mcp_auth: Mapping[str, RunEvalMcpAuthValue] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SummarizeExperimentResponse | AsyncStream[ServerSentEvent]: ...

    async def create(
        self,
        *,
        project_id: str,
        data: RunEvalDataSetId | RunEvalDataProjectDatasetName | RunEvalDataSetRows,
        task: FunctionId,
        scores: Sequence[FunctionId],
        name: str | NotGiven = NOT_GIVEN,
        parameters: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        experiment_name: str | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        parent: InvokeParent | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        trial_count: float | None | NotGiven = NOT_GIVEN,
        is_public: bool | None | NotGiven = NOT_GIVEN,
        timeout_ms: float | None | NotGiven = NOT_GIVEN,
        max_concurrency: float | None | NotGiven = NOT_GIVEN,
        base_experiment_name: str | None | NotGiven = NOT_GIVEN,
        base_experiment_id: str | None | NotGiven = NOT_GIVEN,
        git_metadata_settings: GitMetadataSettings | None | NotGiven = NOT_GIVEN,
        repo_info: RepoInfo | None | NotGiven = NOT_GIVEN,
        strict: bool | None | NotGiven = NOT_GIVEN,
        stop_token: str | None | NotGiven = NOT_GIVEN,
        extra_messages: str | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | NotGiven = NOT_GIVEN,
        mcp_auth: Mapping[str, RunEvalMcpAuthValue] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SummarizeExperimentResponse | AsyncStream[ServerSentEvent]:
        """Launch an eval

        Launch an evaluation. This is the API-equivalent of the `Eval` function that is built into the Braintrust SDK. In the Eval API, you provide pointers to a dataset, task function, and scoring functions. The API will then run the evaluation, create an experiment, and return the results along with a link to the experiment. To learn more about evals, see the [Evals guide](https://www.braintrust.dev/docs/evaluate).

        Args:
            project_id: Unique identifier for the project to run the eval in
            data: The dataset to use
            name: The name of the eval to run when multiple evals available
            parameters: Values for any parameters used in the eval
            scores: The functions to score the eval on
            experiment_name: An optional name for the experiment created by this eval. If it conflicts with an existing experiment, it will be suffixed with a unique identifier.
            metadata: Optional experiment-level metadata to store about the evaluation. You can later use this to slice & dice across experiments.
            parent: Options for tracing the evaluation
            stream: Whether to stream the results of the eval. If true, the request will return two events: one to indicate the experiment has started, and another upon completion. If false, the request will return the evaluation's summary upon completion.
            trial_count: The number of times to run the evaluator per input. This is useful for evaluating applications that have non-deterministic behavior and gives you both a stronger aggregate measure and a sense of the variance in the results.
            is_public: Whether the experiment should be public. Defaults to false.
            timeout_ms: The maximum duration, in milliseconds, to run the evaluation. Defaults to undefined, in which case there is no timeout.
            max_concurrency: The maximum number of tasks/scorers that will be run concurrently. Defaults to 10. If null is provided, no max concurrency will be used.
            base_experiment_name: An optional experiment name to use as a base. If specified, the new experiment will be summarized and compared to this experiment.
            base_experiment_id: An optional experiment id to use as a base. If specified, the new experiment will be summarized and compared to this experiment.
            repo_info: Optionally explicitly specify the git metadata for this experiment. This takes precedence over `gitMetadataSettings` if specified.
            strict: If true, throw an error if one of the variables in the prompt is not present in the input
            stop_token: The token to stop the run
            extra_messages: A template path of extra messages to append to the conversion. These messages will be appended to the end of the conversation, after the last message.
            tags: Optional tags that will be added to the experiment.
        """
        _options = RequestOptions(
            method="post",
            path="/v1/eval",
            json=build_body(
                RunEval,
                {
                    "project_id": project_id,
                    "data": data,
                    "name": name,
                    "parameters": parameters,
                    "task": task,
                    "scores": scores,
                    "experiment_name": experiment_name,
                    "metadata": metadata,
                    "parent": parent,
                    "stream": stream,
                    "trial_count": trial_count,
                    "is_public": is_public,
                    "timeout": timeout_ms,
                    "max_concurrency": max_concurrency,
                    "base_experiment_name": base_experiment_name,
                    "base_experiment_id": base_experiment_id,
                    "git_metadata_settings": git_metadata_settings,
                    "repo_info": repo_info,
                    "strict": strict,
                    "stop_token": stop_token,
                    "extra_messages": extra_messages,
                    "tags": tags,
                    "mcp_auth": mcp_auth,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        if asks_for_stream("stream", _options.json, extra_body):
            return await self._client.request_stream(ServerSentEvent, _options, _CREATE_TEXT_EVENTS)
        _result: SummarizeExperimentResponse = await self._client.request(SummarizeExperimentResponse, _options)
        return _result


class AsyncEvalsResourceWithRawResponse:
    """The evals operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: AsyncEvalsResource) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
