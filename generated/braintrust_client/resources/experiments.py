"""The experiments resource group."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Annotated, Any

from pydantic import ConfigDict, Field

from .._base_client import RequestOptions, format_path, request_params
from .._models import BaseModel, NotNull, OpenConstraints, build_body
from .._pagination import AsyncPage, AsyncPager, Paging, SyncPage
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..models.create_experiment import CreateExperiment, CreateExperimentInternalMetadata
from ..models.experiment import Experiment
from ..models.experiment_event import ExperimentEvent
from ..models.feedback_experiment_event_request import FeedbackExperimentEventRequest
from ..models.feedback_experiment_item import FeedbackExperimentItem
from ..models.feedback_response_schema import FeedbackResponseSchema
from ..models.fetch_events_request import FetchEventsRequest
from ..models.fetch_experiment_events_response import FetchExperimentEventsResponse
from ..models.ids import Ids
from ..models.insert_events_response import InsertEventsResponse
from ..models.insert_experiment_event import InsertExperimentEvent
from ..models.insert_experiment_event_request import InsertExperimentEventRequest
from ..models.patch_experiment import PatchExperiment, PatchExperimentInternalMetadata
from ..models.repo_info import RepoInfo
from ..models.summarize_experiment_response import SummarizeExperimentResponse

__all__ = [
    "AsyncExperimentsResource",
    "AsyncExperimentsResourceWithRawResponse",
    "ExperimentsResource",
    "ExperimentsResourceWithRawResponse",
]


class _ListParams(BaseModel):
    """Checks the parameters of ``list`` before they are sent."""

    # what a ValidationError names: the call, not this private class
    model_config = ConfigDict(title="experiments.list() arguments")

    limit: Annotated[int, Field(ge=0), OpenConstraints] | None = None

    starting_after: Annotated[str | None, NotNull] = None

    ending_before: Annotated[str | None, NotNull] = None

    ids: Annotated[Ids | None, NotNull] = None

    experiment_name: Annotated[str | None, NotNull] = None

    project_name: Annotated[str | None, NotNull] = None

    project_id: Annotated[str | None, NotNull] = None

    org_name: Annotated[str | None, NotNull] = None


_LIST_PAGING = Paging(
    kind="id_cursor",
    items_field="objects",
    cursor_param="starting_after",
    cursor_location="query",
    next_field=None,
    id_field="id",
    reverse_cursor_param="ending_before",
    items_required=True,
)


class _FetchParams(BaseModel):
    """Checks the parameters of ``fetch`` before they are sent."""

    # what a ValidationError names: the call, not this private class
    model_config = ConfigDict(title="experiments.fetch() arguments")

    limit: Annotated[int, Field(ge=0), OpenConstraints] | None = None

    max_xact_id: Annotated[str | None, NotNull] = None

    max_root_span_id: Annotated[str | None, NotNull] = None

    version: Annotated[str | None, NotNull] = None


_FETCH_POST_PAGING = Paging(
    kind="token_cursor",
    items_field="events",
    cursor_param="cursor",
    cursor_location="body",
    next_field="cursor",
    id_field="id",
    items_required=True,
)


class _SummarizeParams(BaseModel):
    """Checks the parameters of ``summarize`` before they are sent."""

    # what a ValidationError names: the call, not this private class
    model_config = ConfigDict(title="experiments.summarize() arguments")

    summarize_scores: bool | None = None

    comparison_experiment_id: Annotated[str | None, NotNull] = None


class ExperimentsResource(SyncAPIResource):
    """The experiments operations."""

    @cached_property
    def with_raw_response(self) -> ExperimentsResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return ExperimentsResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        ending_before: str | NotGiven = NOT_GIVEN,
        ids: Ids | NotGiven = NOT_GIVEN,
        experiment_name: str | NotGiven = NOT_GIVEN,
        project_name: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        org_name: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Experiment]:
        """List experiments

        List out all experiments. The experiments are sorted by creation date, with the most recently-created experiments coming first

        Args:
            limit: Limit the number of objects to return
            starting_after: Pagination cursor id.

                For example, if the final item in the last page you fetched had an id of `foo`, pass `starting_after=foo` to fetch the next page. Note: you may only pass one of `starting_after` and `ending_before`
            ending_before: Pagination cursor id.

                For example, if the initial item in the last page you fetched had an id of `foo`, pass `ending_before=foo` to fetch the previous page. Note: you may only pass one of `starting_after` and `ending_before`
            ids: Filter search results to a particular set of object IDs. To specify a list of IDs, include the query param multiple times
            experiment_name: Name of the experiment to search for
            project_name: Name of the project to search for
            project_id: Project id
            org_name: Filter search results to within a particular organization
        """
        _query, _headers = request_params(
            build_body(
                _ListParams,
                {
                    "limit": limit,
                    "starting_after": starting_after,
                    "ending_before": ending_before,
                    "ids": ids,
                    "experiment_name": experiment_name,
                    "project_name": project_name,
                    "project_id": project_id,
                    "org_name": org_name,
                },
            ),
        )
        _options = RequestOptions(
            method="get",
            path="/v1/experiment",
            query=_query,
            headers=_headers,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        return self._client.request_page(SyncPage[Experiment], Experiment, _options, _LIST_PAGING)

    def create(
        self,
        *,
        project_id: str,
        name: str | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        repo_info: RepoInfo | None | NotGiven = NOT_GIVEN,
        base_exp_id: str | None | NotGiven = NOT_GIVEN,
        dataset_id: str | None | NotGiven = NOT_GIVEN,
        dataset_version: str | None | NotGiven = NOT_GIVEN,
        internal_metadata: CreateExperimentInternalMetadata | None | NotGiven = NOT_GIVEN,
        parameters_id: str | None | NotGiven = NOT_GIVEN,
        parameters_version: str | None | NotGiven = NOT_GIVEN,
        public: bool | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | None | NotGiven = NOT_GIVEN,
        ensure_new: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Experiment:
        """Create experiment

        Create a new experiment. If there is an existing experiment in the project with the same name as the one specified in the request, will return the existing experiment unmodified

        Args:
            project_id: Unique identifier for the project that the experiment belongs under
            name: Name of the experiment. Within a project, experiment names are unique
            description: Textual description of the experiment
            base_exp_id: Id of default base experiment to compare against when viewing this experiment
            dataset_id: Identifier of the linked dataset, or null if the experiment is not linked to a dataset
            dataset_version: Version number of the linked dataset the experiment was run against. This can be used to reproduce the experiment after the dataset has been modified.
            internal_metadata: Braintrust-controlled metadata about the experiment.
            parameters_id: Identifier of the linked saved parameters object, or null if the experiment is not linked to saved parameters
            parameters_version: Version number of the linked saved parameters object the experiment was run against.
            public: Whether or not the experiment is public. Public experiments can be viewed by anybody inside or outside the organization
            metadata: User-controlled metadata about the experiment
            tags: A list of tags for the experiment
            ensure_new: Normally, creating an experiment with the same name as an existing experiment will return the existing one un-modified. But if `ensure_new` is true, registration will generate a new experiment with a unique name in case of a conflict.
        """
        _options = RequestOptions(
            method="post",
            path="/v1/experiment",
            json=build_body(
                CreateExperiment,
                {
                    "project_id": project_id,
                    "name": name,
                    "description": description,
                    "repo_info": repo_info,
                    "base_exp_id": base_exp_id,
                    "dataset_id": dataset_id,
                    "dataset_version": dataset_version,
                    "internal_metadata": internal_metadata,
                    "parameters_id": parameters_id,
                    "parameters_version": parameters_version,
                    "public": public,
                    "metadata": metadata,
                    "tags": tags,
                    "ensure_new": ensure_new,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Experiment = self._client.request(Experiment, _options)
        return _result

    def retrieve(
        self,
        experiment_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Experiment:
        """Get experiment

        Get an experiment object by its id

        Args:
            experiment_id: Experiment id
        """
        _options = RequestOptions(
            method="get",
            path=format_path(
                "/v1/experiment/{experiment_id}",
                {
                    "experiment_id": experiment_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Experiment = self._client.request(Experiment, _options)
        return _result

    def delete(
        self,
        experiment_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Experiment:
        """Delete experiment

        Delete an experiment object by its id

        Args:
            experiment_id: Experiment id
        """
        _options = RequestOptions(
            method="delete",
            path=format_path(
                "/v1/experiment/{experiment_id}",
                {
                    "experiment_id": experiment_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Experiment = self._client.request(Experiment, _options)
        return _result

    def update(
        self,
        experiment_id: str,
        *,
        name: str | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        repo_info: RepoInfo | None | NotGiven = NOT_GIVEN,
        base_exp_id: str | None | NotGiven = NOT_GIVEN,
        dataset_id: str | None | NotGiven = NOT_GIVEN,
        dataset_version: str | None | NotGiven = NOT_GIVEN,
        internal_metadata: PatchExperimentInternalMetadata | None | NotGiven = NOT_GIVEN,
        parameters_id: str | None | NotGiven = NOT_GIVEN,
        parameters_version: str | None | NotGiven = NOT_GIVEN,
        public: bool | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Experiment:
        """Partially update experiment

        Partially update an experiment object. Specify the fields to update in the payload. Any object-type fields will be deep-merged with existing content. Currently we do not support removing fields or setting them to null.

        Args:
            experiment_id: Experiment id
            name: Name of the experiment. Within a project, experiment names are unique
            description: Textual description of the experiment
            base_exp_id: Id of default base experiment to compare against when viewing this experiment
            dataset_id: Identifier of the linked dataset, or null if the experiment is not linked to a dataset
            dataset_version: Version number of the linked dataset the experiment was run against. This can be used to reproduce the experiment after the dataset has been modified.
            internal_metadata: Braintrust-controlled metadata about the experiment.
            parameters_id: Identifier of the linked saved parameters object, or null if the experiment is not linked to saved parameters
            parameters_version: Version number of the linked saved parameters object the experiment was run against.
            public: Whether or not the experiment is public. Public experiments can be viewed by anybody inside or outside the organization
            metadata: User-controlled metadata about the experiment
            tags: A list of tags for the experiment
        """
        _options = RequestOptions(
            method="patch",
            path=format_path(
                "/v1/experiment/{experiment_id}",
                {
                    "experiment_id": experiment_id,
                },
            ),
            json=build_body(
                PatchExperiment,
                {
                    "name": name,
                    "description": description,
                    "repo_info": repo_info,
                    "base_exp_id": base_exp_id,
                    "dataset_id": dataset_id,
                    "dataset_version": dataset_version,
                    "internal_metadata": internal_metadata,
                    "parameters_id": parameters_id,
                    "parameters_version": parameters_version,
                    "public": public,
                    "metadata": metadata,
                    "tags": tags,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Experiment = self._client.request(Experiment, _options)
        return _result

    def insert(
        self,
        experiment_id: str,
        *,
        events: Sequence[InsertExperimentEvent],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> InsertEventsResponse:
        """Insert experiment events

        Insert a set of events into the experiment

        Args:
            experiment_id: Experiment id
            events: A list of experiment events to insert
        """
        _options = RequestOptions(
            method="post",
            path=format_path(
                "/v1/experiment/{experiment_id}/insert",
                {
                    "experiment_id": experiment_id,
                },
            ),
            json=build_body(
                InsertExperimentEventRequest,
                {
                    "events": events,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: InsertEventsResponse = self._client.request(InsertEventsResponse, _options)
        return _result

    def fetch(
        self,
        experiment_id: str,
        *,
        limit: int | None | NotGiven = NOT_GIVEN,
        max_xact_id: str | NotGiven = NOT_GIVEN,
        max_root_span_id: str | NotGiven = NOT_GIVEN,
        version: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> FetchExperimentEventsResponse:
        """Fetch experiment (GET form)

        Fetch the events in an experiment. Equivalent to the POST form of the same path, but with the parameters in the URL query rather than in the request body. For more complex queries, use the `POST /btql` endpoint.

        Args:
            experiment_id: Experiment id
            limit: limit the number of traces fetched

                Fetch queries may be paginated if the total result size is expected to be large (e.g. project_logs which accumulate over a long time). Note that fetch queries only support pagination in descending time order (from latest to earliest `_xact_id`. Furthermore, later pages may return rows which showed up in earlier pages, except with an earlier `_xact_id`. This happens because pagination occurs over the whole version history of the event log. You will most likely want to exclude any such duplicate, outdated rows (by `id`) from your combined result set.

                The `limit` parameter controls the number of full traces to return. So you may end up with more individual rows than the specified limit if you are fetching events containing traces.
            max_xact_id: DEPRECATION NOTICE: The manually-constructed pagination cursor is deprecated in favor of the explicit 'cursor' returned by object fetch requests. Please prefer the 'cursor' argument going forwards.

                Together, `max_xact_id` and `max_root_span_id` form a pagination cursor

                Since a paginated fetch query returns results in order from latest to earliest, the cursor for the next page can be found as the row with the minimum (earliest) value of the tuple `(_xact_id, root_span_id)`. See the documentation of `limit` for an overview of paginating fetch queries.
            max_root_span_id: DEPRECATION NOTICE: The manually-constructed pagination cursor is deprecated in favor of the explicit 'cursor' returned by object fetch requests. Please prefer the 'cursor' argument going forwards.

                Together, `max_xact_id` and `max_root_span_id` form a pagination cursor

                Since a paginated fetch query returns results in order from latest to earliest, the cursor for the next page can be found as the row with the minimum (earliest) value of the tuple `(_xact_id, root_span_id)`. See the documentation of `limit` for an overview of paginating fetch queries.
            version: Retrieve a snapshot of events from a past time

                The version id is essentially a filter on the latest event transaction id. You can use the `max_xact_id` returned by a past fetch as the version to reproduce that exact fetch.
        """
        _query, _headers = request_params(
            build_body(
                _FetchParams,
                {
                    "limit": limit,
                    "max_xact_id": max_xact_id,
                    "max_root_span_id": max_root_span_id,
                    "version": version,
                },
            ),
        )
        _options = RequestOptions(
            method="get",
            path=format_path(
                "/v1/experiment/{experiment_id}/fetch",
                {
                    "experiment_id": experiment_id,
                },
            ),
            query=_query,
            headers=_headers,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: FetchExperimentEventsResponse = self._client.request(FetchExperimentEventsResponse, _options)
        return _result

    def fetch_post(
        self,
        experiment_id: str,
        *,
        limit: int | None | NotGiven = NOT_GIVEN,
        cursor: str | None | NotGiven = NOT_GIVEN,
        max_xact_id: str | None | NotGiven = NOT_GIVEN,
        max_root_span_id: str | None | NotGiven = NOT_GIVEN,
        version: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[ExperimentEvent]:
        """Fetch experiment (POST form)

        Fetch the events in an experiment. Equivalent to the GET form of the same path, but with the parameters in the request body rather than in the URL query. For more complex queries, use the `POST /btql` endpoint.

        Args:
            experiment_id: Experiment id
        """
        _options = RequestOptions(
            method="post",
            path=format_path(
                "/v1/experiment/{experiment_id}/fetch",
                {
                    "experiment_id": experiment_id,
                },
            ),
            json=build_body(
                FetchEventsRequest,
                {
                    "limit": limit,
                    "cursor": cursor,
                    "max_xact_id": max_xact_id,
                    "max_root_span_id": max_root_span_id,
                    "version": version,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        return self._client.request_page(SyncPage[ExperimentEvent], ExperimentEvent, _options, _FETCH_POST_PAGING)

    def feedback(
        self,
        experiment_id: str,
        *,
        feedback: Sequence[FeedbackExperimentItem],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> FeedbackResponseSchema:
        """Feedback for experiment events

        Log feedback for a set of experiment events

        Args:
            experiment_id: Experiment id
            feedback: A list of experiment feedback items
        """
        _options = RequestOptions(
            method="post",
            path=format_path(
                "/v1/experiment/{experiment_id}/feedback",
                {
                    "experiment_id": experiment_id,
                },
            ),
            json=build_body(
                FeedbackExperimentEventRequest,
                {
                    "feedback": feedback,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: FeedbackResponseSchema = self._client.request(FeedbackResponseSchema, _options)
        return _result

    def summarize(
        self,
        experiment_id: str,
        *,
        summarize_scores: bool | None | NotGiven = NOT_GIVEN,
        comparison_experiment_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SummarizeExperimentResponse:
        """Summarize experiment

        Args:
            experiment_id: Experiment id
            summarize_scores: Whether to summarize the scores and metrics. If false (or omitted), only the metadata will be returned.
            comparison_experiment_id: The experiment to compare against, if summarizing scores and metrics. If omitted, will fall back to the `base_exp_id` stored in the experiment metadata, and then to the most recent experiment run in the same project. Must pass `summarize_scores=true` for this id to be used
        """
        _query, _headers = request_params(
            build_body(
                _SummarizeParams,
                {
                    "summarize_scores": summarize_scores,
                    "comparison_experiment_id": comparison_experiment_id,
                },
            ),
        )
        _options = RequestOptions(
            method="get",
            path=format_path(
                "/v1/experiment/{experiment_id}/summarize",
                {
                    "experiment_id": experiment_id,
                },
            ),
            query=_query,
            headers=_headers,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: SummarizeExperimentResponse = self._client.request(SummarizeExperimentResponse, _options)
        return _result


class ExperimentsResourceWithRawResponse:
    """The experiments operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: ExperimentsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)
        self.insert = to_raw_response_wrapper(resource.insert)
        self.fetch = to_raw_response_wrapper(resource.fetch)
        self.fetch_post = to_raw_response_wrapper(resource.fetch_post)
        self.feedback = to_raw_response_wrapper(resource.feedback)
        self.summarize = to_raw_response_wrapper(resource.summarize)


class AsyncExperimentsResource(AsyncAPIResource):
    """The experiments operations, asynchronously."""

    @cached_property
    def with_raw_response(self) -> AsyncExperimentsResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return AsyncExperimentsResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        ending_before: str | NotGiven = NOT_GIVEN,
        ids: Ids | NotGiven = NOT_GIVEN,
        experiment_name: str | NotGiven = NOT_GIVEN,
        project_name: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        org_name: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[Experiment]:
        """List experiments

        List out all experiments. The experiments are sorted by creation date, with the most recently-created experiments coming first

        Args:
            limit: Limit the number of objects to return
            starting_after: Pagination cursor id.

                For example, if the final item in the last page you fetched had an id of `foo`, pass `starting_after=foo` to fetch the next page. Note: you may only pass one of `starting_after` and `ending_before`
            ending_before: Pagination cursor id.

                For example, if the initial item in the last page you fetched had an id of `foo`, pass `ending_before=foo` to fetch the previous page. Note: you may only pass one of `starting_after` and `ending_before`
            ids: Filter search results to a particular set of object IDs. To specify a list of IDs, include the query param multiple times
            experiment_name: Name of the experiment to search for
            project_name: Name of the project to search for
            project_id: Project id
            org_name: Filter search results to within a particular organization
        """
        _query, _headers = request_params(
            build_body(
                _ListParams,
                {
                    "limit": limit,
                    "starting_after": starting_after,
                    "ending_before": ending_before,
                    "ids": ids,
                    "experiment_name": experiment_name,
                    "project_name": project_name,
                    "project_id": project_id,
                    "org_name": org_name,
                },
            ),
        )
        _options = RequestOptions(
            method="get",
            path="/v1/experiment",
            query=_query,
            headers=_headers,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        return self._client.request_page(AsyncPage[Experiment], Experiment, _options, _LIST_PAGING)

    async def create(
        self,
        *,
        project_id: str,
        name: str | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        repo_info: RepoInfo | None | NotGiven = NOT_GIVEN,
        base_exp_id: str | None | NotGiven = NOT_GIVEN,
        dataset_id: str | None | NotGiven = NOT_GIVEN,
        dataset_version: str | None | NotGiven = NOT_GIVEN,
        internal_metadata: CreateExperimentInternalMetadata | None | NotGiven = NOT_GIVEN,
        parameters_id: str | None | NotGiven = NOT_GIVEN,
        parameters_version: str | None | NotGiven = NOT_GIVEN,
        public: bool | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | None | NotGiven = NOT_GIVEN,
        ensure_new: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Experiment:
        """Create experiment

        Create a new experiment. If there is an existing experiment in the project with the same name as the one specified in the request, will return the existing experiment unmodified

        Args:
            project_id: Unique identifier for the project that the experiment belongs under
            name: Name of the experiment. Within a project, experiment names are unique
            description: Textual description of the experiment
            base_exp_id: Id of default base experiment to compare against when viewing this experiment
            dataset_id: Identifier of the linked dataset, or null if the experiment is not linked to a dataset
            dataset_version: Version number of the linked dataset the experiment was run against. This can be used to reproduce the experiment after the dataset has been modified.
            internal_metadata: Braintrust-controlled metadata about the experiment.
            parameters_id: Identifier of the linked saved parameters object, or null if the experiment is not linked to saved parameters
            parameters_version: Version number of the linked saved parameters object the experiment was run against.
            public: Whether or not the experiment is public. Public experiments can be viewed by anybody inside or outside the organization
            metadata: User-controlled metadata about the experiment
            tags: A list of tags for the experiment
            ensure_new: Normally, creating an experiment with the same name as an existing experiment will return the existing one un-modified. But if `ensure_new` is true, registration will generate a new experiment with a unique name in case of a conflict.
        """
        _options = RequestOptions(
            method="post",
            path="/v1/experiment",
            json=build_body(
                CreateExperiment,
                {
                    "project_id": project_id,
                    "name": name,
                    "description": description,
                    "repo_info": repo_info,
                    "base_exp_id": base_exp_id,
                    "dataset_id": dataset_id,
                    "dataset_version": dataset_version,
                    "internal_metadata": internal_metadata,
                    "parameters_id": parameters_id,
                    "parameters_version": parameters_version,
                    "public": public,
                    "metadata": metadata,
                    "tags": tags,
                    "ensure_new": ensure_new,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Experiment = await self._client.request(Experiment, _options)
        return _result

    async def retrieve(
        self,
        experiment_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Experiment:
        """Get experiment

        Get an experiment object by its id

        Args:
            experiment_id: Experiment id
        """
        _options = RequestOptions(
            method="get",
            path=format_path(
                "/v1/experiment/{experiment_id}",
                {
                    "experiment_id": experiment_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Experiment = await self._client.request(Experiment, _options)
        return _result

    async def delete(
        self,
        experiment_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Experiment:
        """Delete experiment

        Delete an experiment object by its id

        Args:
            experiment_id: Experiment id
        """
        _options = RequestOptions(
            method="delete",
            path=format_path(
                "/v1/experiment/{experiment_id}",
                {
                    "experiment_id": experiment_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Experiment = await self._client.request(Experiment, _options)
        return _result

    async def update(
        self,
        experiment_id: str,
        *,
        name: str | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        repo_info: RepoInfo | None | NotGiven = NOT_GIVEN,
        base_exp_id: str | None | NotGiven = NOT_GIVEN,
        dataset_id: str | None | NotGiven = NOT_GIVEN,
        dataset_version: str | None | NotGiven = NOT_GIVEN,
        internal_metadata: PatchExperimentInternalMetadata | None | NotGiven = NOT_GIVEN,
        parameters_id: str | None | NotGiven = NOT_GIVEN,
        parameters_version: str | None | NotGiven = NOT_GIVEN,
        public: bool | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Experiment:
        """Partially update experiment

        Partially update an experiment object. Specify the fields to update in the payload. Any object-type fields will be deep-merged with existing content. Currently we do not support removing fields or setting them to null.

        Args:
            experiment_id: Experiment id
            name: Name of the experiment. Within a project, experiment names are unique
            description: Textual description of the experiment
            base_exp_id: Id of default base experiment to compare against when viewing this experiment
            dataset_id: Identifier of the linked dataset, or null if the experiment is not linked to a dataset
            dataset_version: Version number of the linked dataset the experiment was run against. This can be used to reproduce the experiment after the dataset has been modified.
            internal_metadata: Braintrust-controlled metadata about the experiment.
            parameters_id: Identifier of the linked saved parameters object, or null if the experiment is not linked to saved parameters
            parameters_version: Version number of the linked saved parameters object the experiment was run against.
            public: Whether or not the experiment is public. Public experiments can be viewed by anybody inside or outside the organization
            metadata: User-controlled metadata about the experiment
            tags: A list of tags for the experiment
        """
        _options = RequestOptions(
            method="patch",
            path=format_path(
                "/v1/experiment/{experiment_id}",
                {
                    "experiment_id": experiment_id,
                },
            ),
            json=build_body(
                PatchExperiment,
                {
                    "name": name,
                    "description": description,
                    "repo_info": repo_info,
                    "base_exp_id": base_exp_id,
                    "dataset_id": dataset_id,
                    "dataset_version": dataset_version,
                    "internal_metadata": internal_metadata,
                    "parameters_id": parameters_id,
                    "parameters_version": parameters_version,
                    "public": public,
                    "metadata": metadata,
                    "tags": tags,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Experiment = await self._client.request(Experiment, _options)
        return _result

    async def insert(
        self,
        experiment_id: str,
        *,
        events: Sequence[InsertExperimentEvent],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> InsertEventsResponse:
        """Insert experiment events

        Insert a set of events into the experiment

        Args:
            experiment_id: Experiment id
            events: A list of experiment events to insert
        """
        _options = RequestOptions(
            method="post",
            path=format_path(
                "/v1/experiment/{experiment_id}/insert",
                {
                    "experiment_id": experiment_id,
                },
            ),
            json=build_body(
                InsertExperimentEventRequest,
                {
                    "events": events,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: InsertEventsResponse = await self._client.request(InsertEventsResponse, _options)
        return _result

    async def fetch(
        self,
        experiment_id: str,
        *,
        limit: int | None | NotGiven = NOT_GIVEN,
        max_xact_id: str | NotGiven = NOT_GIVEN,
        max_root_span_id: str | NotGiven = NOT_GIVEN,
        version: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> FetchExperimentEventsResponse:
        """Fetch experiment (GET form)

        Fetch the events in an experiment. Equivalent to the POST form of the same path, but with the parameters in the URL query rather than in the request body. For more complex queries, use the `POST /btql` endpoint.

        Args:
            experiment_id: Experiment id
            limit: limit the number of traces fetched

                Fetch queries may be paginated if the total result size is expected to be large (e.g. project_logs which accumulate over a long time). Note that fetch queries only support pagination in descending time order (from latest to earliest `_xact_id`. Furthermore, later pages may return rows which showed up in earlier pages, except with an earlier `_xact_id`. This happens because pagination occurs over the whole version history of the event log. You will most likely want to exclude any such duplicate, outdated rows (by `id`) from your combined result set.

                The `limit` parameter controls the number of full traces to return. So you may end up with more individual rows than the specified limit if you are fetching events containing traces.
            max_xact_id: DEPRECATION NOTICE: The manually-constructed pagination cursor is deprecated in favor of the explicit 'cursor' returned by object fetch requests. Please prefer the 'cursor' argument going forwards.

                Together, `max_xact_id` and `max_root_span_id` form a pagination cursor

                Since a paginated fetch query returns results in order from latest to earliest, the cursor for the next page can be found as the row with the minimum (earliest) value of the tuple `(_xact_id, root_span_id)`. See the documentation of `limit` for an overview of paginating fetch queries.
            max_root_span_id: DEPRECATION NOTICE: The manually-constructed pagination cursor is deprecated in favor of the explicit 'cursor' returned by object fetch requests. Please prefer the 'cursor' argument going forwards.

                Together, `max_xact_id` and `max_root_span_id` form a pagination cursor

                Since a paginated fetch query returns results in order from latest to earliest, the cursor for the next page can be found as the row with the minimum (earliest) value of the tuple `(_xact_id, root_span_id)`. See the documentation of `limit` for an overview of paginating fetch queries.
            version: Retrieve a snapshot of events from a past time

                The version id is essentially a filter on the latest event transaction id. You can use the `max_xact_id` returned by a past fetch as the version to reproduce that exact fetch.
        """
        _query, _headers = request_params(
            build_body(
                _FetchParams,
                {
                    "limit": limit,
                    "max_xact_id": max_xact_id,
                    "max_root_span_id": max_root_span_id,
                    "version": version,
                },
            ),
        )
        _options = RequestOptions(
            method="get",
            path=format_path(
                "/v1/experiment/{experiment_id}/fetch",
                {
                    "experiment_id": experiment_id,
                },
            ),
            query=_query,
            headers=_headers,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: FetchExperimentEventsResponse = await self._client.request(FetchExperimentEventsResponse, _options)
        return _result

    def fetch_post(
        self,
        experiment_id: str,
        *,
        limit: int | None | NotGiven = NOT_GIVEN,
        cursor: str | None | NotGiven = NOT_GIVEN,
        max_xact_id: str | None | NotGiven = NOT_GIVEN,
        max_root_span_id: str | None | NotGiven = NOT_GIVEN,
        version: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[ExperimentEvent]:
        """Fetch experiment (POST form)

        Fetch the events in an experiment. Equivalent to the GET form of the same path, but with the parameters in the request body rather than in the URL query. For more complex queries, use the `POST /btql` endpoint.

        Args:
            experiment_id: Experiment id
        """
        _options = RequestOptions(
            method="post",
            path=format_path(
                "/v1/experiment/{experiment_id}/fetch",
                {
                    "experiment_id": experiment_id,
                },
            ),
            json=build_body(
                FetchEventsRequest,
                {
                    "limit": limit,
                    "cursor": cursor,
                    "max_xact_id": max_xact_id,
                    "max_root_span_id": max_root_span_id,
                    "version": version,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        return self._client.request_page(AsyncPage[ExperimentEvent], ExperimentEvent, _options, _FETCH_POST_PAGING)

    async def feedback(
        self,
        experiment_id: str,
        *,
        feedback: Sequence[FeedbackExperimentItem],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> FeedbackResponseSchema:
        """Feedback for experiment events

        Log feedback for a set of experiment events

        Args:
            experiment_id: Experiment id
            feedback: A list of experiment feedback items
        """
        _options = RequestOptions(
            method="post",
            path=format_path(
                "/v1/experiment/{experiment_id}/feedback",
                {
                    "experiment_id": experiment_id,
                },
            ),
            json=build_body(
                FeedbackExperimentEventRequest,
                {
                    "feedback": feedback,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: FeedbackResponseSchema = await self._client.request(FeedbackResponseSchema, _options)
        return _result

    async def summarize(
        self,
        experiment_id: str,
        *,
        summarize_scores: bool | None | NotGiven = NOT_GIVEN,
        comparison_experiment_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SummarizeExperimentResponse:
        """Summarize experiment

        Args:
            experiment_id: Experiment id
            summarize_scores: Whether to summarize the scores and metrics. If false (or omitted), only the metadata will be returned.
            comparison_experiment_id: The experiment to compare against, if summarizing scores and metrics. If omitted, will fall back to the `base_exp_id` stored in the experiment metadata, and then to the most recent experiment run in the same project. Must pass `summarize_scores=true` for this id to be used
        """
        _query, _headers = request_params(
            build_body(
                _SummarizeParams,
                {
                    "summarize_scores": summarize_scores,
                    "comparison_experiment_id": comparison_experiment_id,
                },
            ),
        )
        _options = RequestOptions(
            method="get",
            path=format_path(
                "/v1/experiment/{experiment_id}/summarize",
                {
                    "experiment_id": experiment_id,
                },
            ),
            query=_query,
            headers=_headers,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: SummarizeExperimentResponse = await self._client.request(SummarizeExperimentResponse, _options)
        return _result


class AsyncExperimentsResourceWithRawResponse:
    """The experiments operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: AsyncExperimentsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.insert = async_to_raw_response_wrapper(resource.insert)
        self.fetch = async_to_raw_response_wrapper(resource.fetch)
        self.fetch_post = async_to_raw_response_wrapper(resource.fetch_post)
        self.feedback = async_to_raw_response_wrapper(resource.feedback)
        self.summarize = async_to_raw_response_wrapper(resource.summarize)
