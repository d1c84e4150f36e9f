"""The clients: Braintrust and AsyncBraintrust, one attribute per resource group."""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from ._base_client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, AsyncAPIClient, SyncAPIClient
from ._types import NOT_GIVEN, NotGiven, Timeout

if TYPE_CHECKING:
    from .resources.acls import (
        AclsResource,
        AclsResourceWithRawResponse,
        AsyncAclsResource,
        AsyncAclsResourceWithRawResponse,
    )
    from .resources.agents import (
        AgentsResource,
        AgentsResourceWithRawResponse,
        AsyncAgentsResource,
        AsyncAgentsResourceWithRawResponse,
    )
    from .resources.ai_secrets import (
        AiSecretsResource,
        AiSecretsResourceWithRawResponse,
        AsyncAiSecretsResource,
        AsyncAiSecretsResourceWithRawResponse,
    )
    from .resources.api_keys import (
        ApiKeysResource,
        ApiKeysResourceWithRawResponse,
        AsyncApiKeysResource,
        AsyncApiKeysResourceWithRawResponse,
    )
    from .resources.cross_object import (
        AsyncCrossObjectResource,
        AsyncCrossObjectResourceWithRawResponse,
        CrossObjectResource,
        CrossObjectResourceWithRawResponse,
    )
    from .resources.dataset_snapshots import (
        AsyncDatasetSnapshotsResource,
        AsyncDatasetSnapshotsResourceWithRawResponse,
        DatasetSnapshotsResource,
        DatasetSnapshotsResourceWithRawResponse,
    )
    from .resources.datasets import (
        AsyncDatasetsResource,
        AsyncDatasetsResourceWithRawResponse,
        DatasetsResource,
        DatasetsResourceWithRawResponse,
    )
    from .resources.env_vars import (
        AsyncEnvVarsResource,
        AsyncEnvVarsResourceWithRawResponse,
        EnvVarsResource,
        EnvVarsResourceWithRawResponse,
    )
    from .resources.environments import (
        AsyncEnvironmentsResource,
        AsyncEnvironmentsResourceWithRawResponse,
        EnvironmentsResource,
        EnvironmentsResourceWithRawResponse,
    )
    from .resources.evals import (
        AsyncEvalsResource,
        AsyncEvalsResourceWithRawResponse,
        EvalsResource,
        EvalsResourceWithRawResponse,
    )
    from .resources.experiments import (
        AsyncExperimentsResource,
        AsyncExperimentsResourceWithRawResponse,
        ExperimentsResource,
        ExperimentsResourceWithRawResponse,
    )
    from .resources.functions import (
        AsyncFunctionsResource,
        AsyncFunctionsResourceWithRawResponse,
        FunctionsResource,
        FunctionsResourceWithRawResponse,
    )
    from .resources.groups import (
        AsyncGroupsResource,
        AsyncGroupsResourceWithRawResponse,
        GroupsResource,
        GroupsResourceWithRawResponse,
    )
    from .resources.mcp_servers import (
        AsyncMcpServersResource,
        AsyncMcpServersResourceWithRawResponse,
        McpServersResource,
        McpServersResourceWithRawResponse,
    )
    from .resources.organizations import (
        AsyncOrganizationsResource,
        AsyncOrganizationsResourceWithRawResponse,
        OrganizationsResource,
        OrganizationsResourceWithRawResponse,
    )
    from .resources.project_automations import (
        AsyncProjectAutomationsResource,
        AsyncProjectAutomationsResourceWithRawResponse,
        ProjectAutomationsResource,
        ProjectAutomationsResourceWithRawResponse,
    )
    from .resources.project_logs import (
        AsyncProjectLogsResource,
        AsyncProjectLogsResourceWithRawResponse,
        ProjectLogsResource,
        ProjectLogsResourceWithRawResponse,
    )
    from .resources.project_scores import (
        AsyncProjectScoresResource,
        AsyncProjectScoresResourceWithRawResponse,
        ProjectScoresResource,
        ProjectScoresResourceWithRawResponse,
    )
    from .resources.project_tags import (
        AsyncProjectTagsResource,
        AsyncProjectTagsResourceWithRawResponse,
        ProjectTagsResource,
        ProjectTagsResourceWithRawResponse,
    )
    from .resources.projects import (
        AsyncProjectsResource,
        AsyncProjectsResourceWithRawResponse,
        ProjectsResource,
        ProjectsResourceWithRawResponse,
    )
    from .resources.prompts import (
        AsyncPromptsResource,
        AsyncPromptsResourceWithRawResponse,
        PromptsResource,
        PromptsResourceWithRawResponse,
    )
    from .resources.proxy import (
        AsyncProxyResource,
        AsyncProxyResourceWithRawResponse,
        ProxyResource,
        ProxyResourceWithRawResponse,
    )
    from .resources.roles import (
        AsyncRolesResource,
        AsyncRolesResourceWithRawResponse,
        RolesResource,
        RolesResourceWithRawResponse,
    )
    from .resources.service_tokens import (
        AsyncServiceTokensResource,
        AsyncServiceTokensResourceWithRawResponse,
        ServiceTokensResource,
        ServiceTokensResourceWithRawResponse,
    )
    from .resources.span_iframes import (
        AsyncSpanIframesResource,
        AsyncSpanIframesResourceWithRawResponse,
        SpanIframesResource,
        SpanIframesResourceWithRawResponse,
    )
    from .resources.top_level import (
        AsyncTopLevelResource,
        AsyncTopLevelResourceWithRawResponse,
        TopLevelResource,
        TopLevelResourceWithRawResponse,
    )
    from .resources.users import (
        AsyncUsersResource,
        AsyncUsersResourceWithRawResponse,
        UsersResource,
        UsersResourceWithRawResponse,
    )
    from .resources.views import (
        AsyncViewsResource,
        AsyncViewsResourceWithRawResponse,
        ViewsResource,
        ViewsResourceWithRawResponse,
    )

__all__ = ["AsyncBraintrust", "Braintrust"]

DEFAULT_BASE_URL = "https://api.braintrust.dev"


class Braintrust(SyncAPIClient):
    """Synchronous client for Braintrust API; requests go to `https://api.braintrust.dev` unless ``base_url`` says otherwise.

    Args:
        api_key: Defaults to the ``BRAINTRUST_API_KEY`` environment variable. It is sent as a bearer
            token and never shown in a repr, a log line or an error.
        base_url: Defaults to ``BRAINTRUST_BASE_URL``, else the API's first server.
        timeout: Seconds (or an ``httpx.Timeout``) for each request; each method also takes ``timeout=``.
        max_retries: Retries after a connection error, a timeout, or a 408, 409, 429 or 5xx answer, with
            exponential backoff and jitter, honouring ``Retry-After``; each method also takes ``max_retries=``.
        default_headers: Headers added to every request.
        http_client: An ``httpx.Client`` to use (its pool stays yours to close).
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        if api_key is None:
            api_key = os.environ.get("BRAINTRUST_API_KEY") or None
        if base_url is None:
            base_url = os.environ.get("BRAINTRUST_BASE_URL") or DEFAULT_BASE_URL
        super().__init__(
            base_url=base_url,
            api_key=api_key,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
        )

    @cached_property
    def acls(self) -> AclsResource:
        from .resources.acls import AclsResource

        return AclsResource(self)

    @cached_property
    def agents(self) -> AgentsResource:
        from .resources.agents import AgentsResource

        return AgentsResource(self)

    @cached_property
    def ai_secrets(self) -> AiSecretsResource:
        from .resources.ai_secrets import AiSecretsResource

        return AiSecretsResource(self)

    @cached_property
    def api_keys(self) -> ApiKeysResource:
        from .resources.api_keys import ApiKeysResource

        return ApiKeysResource(self)

    @cached_property
    def cross_object(self) -> CrossObjectResource:
        from .resources.cross_object import CrossObjectResource

        return CrossObjectResource(self)

    @cached_property
    def dataset_snapshots(self) -> DatasetSnapshotsResource:
        from .resources.dataset_snapshots import DatasetSnapshotsResource

        return DatasetSnapshotsResource(self)

    @cached_property
    def datasets(self) -> DatasetsResource:
        from .resources.datasets import DatasetsResource

        return DatasetsResource(self)

    @cached_property
    def env_vars(self) -> EnvVarsResource:
        from .resources.env_vars import EnvVarsResource

        return EnvVarsResource(self)

    @cached_property
    def environments(self) -> EnvironmentsResource:
        from .resources.environments import EnvironmentsResource

        return EnvironmentsResource(self)

    @cached_property
    def evals(self) -> EvalsResource:
        from .resources.evals import EvalsResource

        return EvalsResource(self)

    @cached_property
    def experiments(self) -> ExperimentsResource:
        from .resources.experiments import ExperimentsResource

        return ExperimentsResource(self)

    @cached_property
    def functions(self) -> FunctionsResource:
        from .resources.functions import FunctionsResource

        return FunctionsResource(self)

    @cached_property
    def groups(self) -> GroupsResource:
        from .resources.groups import GroupsResource

        return GroupsResource(self)

    @cached_property
    def mcp_servers(self) -> McpServersResource:
        from .resources.mcp_servers import McpServersResource

        return McpServersResource(self)

    @cached_property
    def organizations(self) -> OrganizationsResource:
        from .resources.organizations import OrganizationsResource

        return OrganizationsResource(self)

    @cached_property
    def project_automations(self) -> ProjectAutomationsResource:
        from .resources.project_automations import ProjectAutomationsResource

        return ProjectAutomationsResource(self)

    @cached_property
    def project_logs(self) -> ProjectLogsResource:
        from .resources.project_logs import ProjectLogsResource

        return ProjectLogsResource(self)

    @cached_property
    def project_scores(self) -> ProjectScoresResource:
        from .resources.project_scores import ProjectScoresResource

        return ProjectScoresResource(self)

    @cached_property
    def project_tags(self) -> ProjectTagsResource:
        from .resources.project_tags import ProjectTagsResource

        return ProjectTagsResource(self)

    @cached_property
    def projects(self) -> ProjectsResource:
        from .resources.projects import ProjectsResource

        return ProjectsResource(self)

    @cached_property
    def prompts(self) -> PromptsResource:
        from .resources.prompts import PromptsResource

        return PromptsResource(self)

    @cached_property
    def proxy(self) -> ProxyResource:
        from .resources.proxy import ProxyResource

        return ProxyResource(self)

    @cached_property
    def roles(self) -> RolesResource:
        from .resources.roles import RolesResource

        return RolesResource(self)

    @cached_property
    def service_tokens(self) -> ServiceTokensResource:
        from .resources.service_tokens import ServiceTokensResource

        return ServiceTokensResource(self)

    @cached_property
    def span_iframes(self) -> SpanIframesResource:
        from .resources.span_iframes import SpanIframesResource

        return SpanIframesResource(self)

    @cached_property
    def top_level(self) -> TopLevelResource:
        from .resources.top_level import TopLevelResource

        return TopLevelResource(self)

    @cached_property
    def users(self) -> UsersResource:
        from .resources.users import UsersResource

        return UsersResource(self)

    @cached_property
    def views(self) -> ViewsResource:
        from .resources.views import ViewsResource

        return ViewsResource(self)

    @cached_property
    def with_raw_response(self) -> BraintrustWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``) instead of the value."""
        return BraintrustWithRawResponse(self)

    def with_options(
        self,
        *,
        api_key: str | None | NotGiven = NOT_GIVEN,
        base_url: str | httpx.URL | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
    ) -> Braintrust:
        """A copy of this client with some options changed; it shares the connection pool."""
        client = Braintrust(
            api_key=self.api_key if isinstance(api_key, NotGiven) else api_key,
            base_url=self.base_url if isinstance(base_url, NotGiven) else base_url,
            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
            max_retries=self.max_retries if isinstance(max_retries, NotGiven) else max_retries,
            default_headers=self._custom_headers if isinstance(default_headers, NotGiven) else default_headers,
            http_client=self._http,
        )
        client._owns_http = False
        return client


class BraintrustWithRawResponse:
    """Every method of Braintrust, returning an ``APIResponse`` (status, headers, ``.parse()``)."""

    def __init__(self, client: Braintrust) -> None:
        self._client = client

    @cached_property
    def acls(self) -> AclsResourceWithRawResponse:
        from .resources.acls import AclsResourceWithRawResponse

        return AclsResourceWithRawResponse(self._client.acls)

    @cached_property
    def agents(self) -> AgentsResourceWithRawResponse:
        from .resources.agents import AgentsResourceWithRawResponse

        return AgentsResourceWithRawResponse(self._client.agents)

    @cached_property
    def ai_secrets(self) -> AiSecretsResourceWithRawResponse:
        from .resources.ai_secrets import AiSecretsResourceWithRawResponse

        return AiSecretsResourceWithRawResponse(self._client.ai_secrets)

    @cached_property
    def api_keys(self) -> ApiKeysResourceWithRawResponse:
        from .resources.api_keys import ApiKeysResourceWithRawResponse

        return ApiKeysResourceWithRawResponse(self._client.api_keys)

    @cached_property
    def cross_object(self) -> CrossObjectResourceWithRawResponse:
        from .resources.cross_object import CrossObjectResourceWithRawResponse

        return CrossObjectResourceWithRawResponse(self._client.cross_object)

    @cached_property
    def dataset_snapshots(self) -> DatasetSnapshotsResourceWithRawResponse:
        from .resources.dataset_snapshots import DatasetSnapshotsResourceWithRawResponse

        return DatasetSnapshotsResourceWithRawResponse(self._client.dataset_snapshots)

    @cached_property
    def datasets(self) -> DatasetsResourceWithRawResponse:
        from .resources.datasets import DatasetsResourceWithRawResponse

        return DatasetsResourceWithRawResponse(self._client.datasets)

    @cached_property
    def env_vars(self) -> EnvVarsResourceWithRawResponse:
        from .resources.env_vars import EnvVarsResourceWithRawResponse

        return EnvVarsResourceWithRawResponse(self._client.env_vars)

    @cached_property
    def environments(self) -> EnvironmentsResourceWithRawResponse:
        from .resources.environments import EnvironmentsResourceWithRawResponse

        return EnvironmentsResourceWithRawResponse(self._client.environments)

    @cached_property
    def evals(self) -> EvalsResourceWithRawResponse:
        from .resources.evals import EvalsResourceWithRawResponse

        return EvalsResourceWithRawResponse(self._client.evals)

    @cached_property
    def experiments(self) -> ExperimentsResourceWithRawResponse:
        from .resources.experiments import ExperimentsResourceWithRawResponse

        return ExperimentsResourceWithRawResponse(self._client.experiments)

    @cached_property
    def functions(self) -> FunctionsResourceWithRawResponse:
        from .resources.functions import FunctionsResourceWithRawResponse

        return FunctionsResourceWithRawResponse(self._client.functions)

    @cached_property
    def groups(self) -> GroupsResourceWithRawResponse:
        from .resources.groups import GroupsResourceWithRawResponse

        return GroupsResourceWithRawResponse(self._client.groups)

    @cached_property
    def mcp_servers(self) -> McpServersResourceWithRawResponse:
        from .resources.mcp_servers import McpServersResourceWithRawResponse

        return McpServersResourceWithRawResponse(self._client.mcp_servers)

    @cached_property
    def organizations(self) -> OrganizationsResourceWithRawResponse:
        from .resources.organizations import OrganizationsResourceWithRawResponse

        return OrganizationsResourceWithRawResponse(self._client.organizations)

    @cached_property
    def project_automations(self) -> ProjectAutomationsResourceWithRawResponse:
        from .resources.project_automations import ProjectAutomationsResourceWithRawResponse

        return ProjectAutomationsResourceWithRawResponse(self._client.project_automations)

    @cached_property
    def project_logs(self) -> ProjectLogsResourceWithRawResponse:
        from .resources.project_logs import ProjectLogsResourceWithRawResponse

        return ProjectLogsResourceWithRawResponse(self._client.project_logs)

    @cached_property
    def project_scores(self) -> ProjectScoresResourceWithRawResponse:
        from .resources.project_scores import ProjectScoresResourceWithRawResponse

        return ProjectScoresResourceWithRawResponse(self._client.project_scores)

    @cached_property
    def project_tags(self) -> ProjectTagsResourceWithRawResponse:
        from .resources.project_tags import ProjectTagsResourceWithRawResponse

        return ProjectTagsResourceWithRawResponse(self._client.project_tags)

    @cached_property
    def projects(self) -> ProjectsResourceWithRawResponse:
        from .resources.projects import ProjectsResourceWithRawResponse

        return ProjectsResourceWithRawResponse(self._client.projects)

    @cached_property
    def prompts(self) -> PromptsResourceWithRawResponse:
        from .resources.prompts import PromptsResourceWithRawResponse

        return PromptsResourceWithRawResponse(self._client.prompts)

    @cached_property
    def proxy(self) -> ProxyResourceWithRawResponse:
        from .resources.proxy import ProxyResourceWithRawResponse

        return ProxyResourceWithRawResponse(self._client.proxy)

    @cached_property
    def roles(self) -> RolesResourceWithRawResponse:
        from .resources.roles import RolesResourceWithRawResponse

        return RolesResourceWithRawResponse(self._client.roles)

    @cached_property
    def service_tokens(self) -> ServiceTokensResourceWithRawResponse:
        from .resources.service_tokens import ServiceTokensResourceWithRawResponse

        return ServiceTokensResourceWithRawResponse(self._client.service_tokens)

    @cached_property
    def span_iframes(self) -> SpanIframesResourceWithRawResponse:
        from .resources.span_iframes import SpanIframesResourceWithRawResponse

        return SpanIframesResourceWithRawResponse(self._client.span_iframes)

    @cached_property
    def top_level(self) -> TopLevelResourceWithRawResponse:
        from .resources.top_level import TopLevelResourceWithRawResponse

        return TopLevelResourceWithRawResponse(self._client.top_level)

    @cached_property
    def users(self) -> UsersResourceWithRawResponse:
        from .resources.users import UsersResourceWithRawResponse

        return UsersResourceWithRawResponse(self._client.users)

    @cached_property
    def views(self) -> ViewsResourceWithRawResponse:
        from .resources.views import ViewsResourceWithRawResponse

        return ViewsResourceWithRawResponse(self._client.views)


class AsyncBraintrust(AsyncAPIClient):
    """Asynchronous client for Braintrust API; requests go to `https://api.braintrust.dev` unless ``base_url`` says otherwise.

    Args:
        api_key: Defaults to the ``BRAINTRUST_API_KEY`` environment variable. It is sent as a bearer
            token and never shown in a repr, a log line or an error.
        base_url: Defaults to ``BRAINTRUST_BASE_URL``, else the API's first server.
        timeout: Seconds (or an ``httpx.Timeout``) for each request; each method also takes ``timeout=``.
        max_retries: Retries after a connection error, a timeout, or a 408, 409, 429 or 5xx answer, with
            exponential backoff and jitter, honouring ``Retry-After``; each method also takes ``max_retries=``.
        default_headers: Headers added to every request.
        http_client: An ``httpx.AsyncClient`` to use (its pool stays yours to close).
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        if api_key is None:
            api_key = os.environ.get("BRAINTRUST_API_KEY") or None
        if base_url is None:
            base_url = os.environ.get("BRAINTRUST_BASE_URL") or DEFAULT_BASE_URL
        super().__init__(
            base_url=base_url,
            api_key=api_key,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
        )

    @cached_property
    def acls(self) -> AsyncAclsResource:
        from .resources.acls import AsyncAclsResource

        return AsyncAclsResource(self)

    @cached_property
    def agents(self) -> AsyncAgentsResource:
        from .resources.agents import AsyncAgentsResource

        return AsyncAgentsResource(self)

    @cached_property
    def ai_secrets(self) -> AsyncAiSecretsResource:
        from .resources.ai_secrets import AsyncAiSecretsResource

        return AsyncAiSecretsResource(self)

    @cached_property
    def api_keys(self) -> AsyncApiKeysResource:
        from .resources.api_keys import AsyncApiKeysResource

        return AsyncApiKeysResource(self)

    @cached_property
    def cross_object(self) -> AsyncCrossObjectResource:
        from .resources.cross_object import AsyncCrossObjectResource

        return AsyncCrossObjectResource(self)

    @cached_property
    def dataset_snapshots(self) -> AsyncDatasetSnapshotsResource:
        from .resources.dataset_snapshots import AsyncDatasetSnapshotsResource

        return AsyncDatasetSnapshotsResource(self)

    @cached_property
    def datasets(self) -> AsyncDatasetsResource:
        from .resources.datasets import AsyncDatasetsResource

        return AsyncDatasetsResource(self)

    @cached_property
    def env_vars(self) -> AsyncEnvVarsResource:
        from .resources.env_vars import AsyncEnvVarsResource

        return AsyncEnvVarsResource(self)

    @cached_property
    def environments(self) -> AsyncEnvironmentsResource:
        from .resources.environments import AsyncEnvironmentsResource

        return AsyncEnvironmentsResource(self)

    @cached_property
    def evals(self) -> AsyncEvalsResource:
        from .resources.evals import AsyncEvalsResource

        return AsyncEvalsResource(self)

    @cached_property
    def experiments(self) -> AsyncExperimentsResource:
        from .resources.experiments import AsyncExperimentsResource

        return AsyncExperimentsResource(self)

    @cached_property
    def functions(self) -> AsyncFunctionsResource:
        from .resources.functions import AsyncFunctionsResource

        return AsyncFunctionsResource(self)

    @cached_property
    def groups(self) -> AsyncGroupsResource:
        from .resources.groups import AsyncGroupsResource

        return AsyncGroupsResource(self)

    @cached_property
    def mcp_servers(self) -> AsyncMcpServersResource:
        from .resources.mcp_servers import AsyncMcpServersResource

        return AsyncMcpServersResource(self)

    @cached_property
    def organizations(self) -> AsyncOrganizationsResource:
        from .resources.organizations import AsyncOrganizationsResource

        return AsyncOrganizationsResource(self)

    @cached_property
    def project_automations(self) -> AsyncProjectAutomationsResource:
        from .resources.project_automations import AsyncProjectAutomationsResource

        return AsyncProjectAutomationsResource(self)

    @cached_property
    def project_logs(self) -> AsyncProjectLogsResource:
        from .resources.project_logs import AsyncProjectLogsResource

        return AsyncProjectLogsResource(self)

    @cached_property
    def project_scores(self) -> AsyncProjectScoresResource:
        from .resources.project_scores import AsyncProjectScoresResource

        return AsyncProjectScoresResource(self)

    @cached_property
    def project_tags(self) -> AsyncProjectTagsResource:
        from .resources.project_tags import AsyncProjectTagsResource

        return AsyncProjectTagsResource(self)

    @cached_property
    def projects(self) -> AsyncProjectsResource:
        from .resources.projects import AsyncProjectsResource

        return AsyncProjectsResource(self)

    @cached_property
    def prompts(self) -> AsyncPromptsResource:
        from .resources.prompts import AsyncPromptsResource

        return AsyncPromptsResource(self)

    @cached_property
    def proxy(self) -> AsyncProxyResource:
        from .resources.proxy import AsyncProxyResource

        return AsyncProxyResource(self)

    @cached_property
    def roles(self) -> AsyncRolesResource:
        from .resources.roles import AsyncRolesResource

        return AsyncRolesResource(self)

    @cached_property
    def service_tokens(self) -> AsyncServiceTokensResource:
        from .resources.service_tokens import AsyncServiceTokensResource

        return AsyncServiceTokensResource(self)

    @cached_property
    def span_iframes(self) -> AsyncSpanIframesResource:
        from .resources.span_iframes import AsyncSpanIframesResource

        return AsyncSpanIframesResource(self)

    @cached_property
    def top_level(self) -> AsyncTopLevelResource:
        from .resources.top_level import AsyncTopLevelResource

        return AsyncTopLevelResource(self)

    @cached_property
    def users(self) -> AsyncUsersResource:
        from .resources.users import AsyncUsersResource

        return AsyncUsersResource(self)

    @cached_property
    def views(self) -> AsyncViewsResource:
        from .resources.views import AsyncViewsResource

        return AsyncViewsResource(self)

    @cached_property
    def with_raw_response(self) -> AsyncBraintrustWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``) instead of the value."""
        return AsyncBraintrustWithRawResponse(self)

    def with_options(
        self,
        *,
        api_key: str | None | NotGiven = NOT_GIVEN,
        base_url: str | httpx.URL | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
    ) -> AsyncBraintrust:
        """A copy of this client with some options changed; it shares the connection pool."""
        client = AsyncBraintrust(
            api_key=self.api_key if isinstance(api_key, NotGiven) else api_key,
            base_url=self.base_url if isinstance(base_url, NotGiven) else base_url,
            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
            max_retries=self.max_retries if isinstance(max_retries, NotGiven) else max_retries,
            default_headers=self._custom_headers if isinstance(default_headers, NotGiven) else default_headers,
            http_client=self._http,
        )
        client._owns_http = False
        return client


class AsyncBraintrustWithRawResponse:
    """Every method of AsyncBraintrust, returning an ``APIResponse`` (status, headers, ``.parse()``)."""

    def __init__(self, client: AsyncBraintrust) -> None:
        self._client = client

    @cached_property
    def acls(self) -> AsyncAclsResourceWithRawResponse:
        from .resources.acls import AsyncAclsResourceWithRawResponse

        return AsyncAclsResourceWithRawResponse(self._client.acls)

    @cached_property
    def agents(self) -> AsyncAgentsResourceWithRawResponse:
        from .resources.agents import AsyncAgentsResourceWithRawResponse

        return AsyncAgentsResourceWithRawResponse(self._client.agents)

    @cached_property
    def ai_secrets(self) -> AsyncAiSecretsResourceWithRawResponse:
        from .resources.ai_secrets import AsyncAiSecretsResourceWithRawResponse

        return AsyncAiSecretsResourceWithRawResponse(self._client.ai_secrets)

    @cached_property
    def api_keys(self) -> AsyncApiKeysResourceWithRawResponse:
        from .resources.api_keys import AsyncApiKeysResourceWithRawResponse

        return AsyncApiKeysResourceWithRawResponse(self._client.api_keys)

    @cached_property
    def cross_object(self) -> AsyncCrossObjectResourceWithRawResponse:
        from .resources.cross_object import AsyncCrossObjectResourceWithRawResponse

        return AsyncCrossObjectResourceWithRawResponse(self._client.cross_object)

    @cached_property
    def dataset_snapshots(self) -> AsyncDatasetSnapshotsResourceWithRawResponse:
        from .resources.dataset_snapshots import AsyncDatasetSnapshotsResourceWithRawResponse

        return AsyncDatasetSnapshotsResourceWithRawResponse(self._client.dataset_snapshots)

    @cached_property
    def datasets(self) -> AsyncDatasetsResourceWithRawResponse:
        from .resources.datasets import AsyncDatasetsResourceWithRawResponse

        return AsyncDatasetsResourceWithRawResponse(self._client.datasets)

    @cached_property
    def env_vars(self) -> AsyncEnvVarsResourceWithRawResponse:
        from .resources.env_vars import AsyncEnvVarsResourceWithRawResponse

        return AsyncEnvVarsResourceWithRawResponse(self._client.env_vars)

    @cached_property
    def environments(self) -> AsyncEnvironmentsResourceWithRawResponse:
        from .resources.environments import AsyncEnvironmentsResourceWithRawResponse

        return AsyncEnvironmentsResourceWithRawResponse(self._client.environments)

    @cached_property
    def evals(self) -> AsyncEvalsResourceWithRawResponse:
        from .resources.evals import AsyncEvalsResourceWithRawResponse

        return AsyncEvalsResourceWithRawResponse(self._client.evals)

    @cached_property
    def experiments(self) -> AsyncExperimentsResourceWithRawResponse:
        from .resources.experiments import AsyncExperimentsResourceWithRawResponse

        return AsyncExperimentsResourceWithRawResponse(self._client.experiments)

    @cached_property
    def functions(self) -> AsyncFunctionsResourceWithRawResponse:
        from .resources.functions import AsyncFunctionsResourceWithRawResponse

        return AsyncFunctionsResourceWithRawResponse(self._client.functions)

    @cached_property
    def groups(self) -> AsyncGroupsResourceWithRawResponse:
        from .resources.groups import AsyncGroupsResourceWithRawResponse

        return AsyncGroupsResourceWithRawResponse(self._client.groups)

    @cached_property
    def mcp_servers(self) -> AsyncMcpServersResourceWithRawResponse:
        from .resources.mcp_servers import AsyncMcpServersResourceWithRawResponse

        return AsyncMcpServersResourceWithRawResponse(self._client.mcp_servers)

    @cached_property
    def organizations(self) -> AsyncOrganizationsResourceWithRawResponse:
        from .resources.organizations import AsyncOrganizationsResourceWithRawResponse

        return AsyncOrganizationsResourceWithRawResponse(self._client.organizations)

    @cached_property
    def project_automations(self) -> AsyncProjectAutomationsResourceWithRawResponse:
        from .resources.project_automations import AsyncProjectAutomationsResourceWithRawResponse

        return AsyncProjectAutomationsResourceWithRawResponse(self._client.project_automations)

    @cached_property
    def project_logs(self) -> AsyncProjectLogsResourceWithRawResponse:
        from .resources.project_logs import AsyncProjectLogsResourceWithRawResponse

        return AsyncProjectLogsResourceWithRawResponse(self._client.project_logs)

    @cached_property
    def project_scores(self) -> AsyncProjectScoresResourceWithRawResponse:
        from .resources.project_scores import AsyncProjectScoresResourceWithRawResponse

        return AsyncProjectScoresResourceWithRawResponse(self._client.project_scores)

    @cached_property
    def project_tags(self) -> AsyncProjectTagsResourceWithRawResponse:
        from .resources.project_tags import AsyncProjectTagsResourceWithRawResponse

        return AsyncProjectTagsResourceWithRawResponse(self._client.project_tags)

    @cached_property
    def projects(self) -> AsyncProjectsResourceWithRawResponse:
        from .resources.projects import AsyncProjectsResourceWithRawResponse

        return AsyncProjectsResourceWithRawResponse(self._client.projects)

    @cached_property
    def prompts(self) -> AsyncPromptsResourceWithRawResponse:
        from .resources.prompts import AsyncPromptsResourceWithRawResponse

        return AsyncPromptsResourceWithRawResponse(self._client.prompts)

    @cached_property
    def proxy(self) -> AsyncProxyResourceWithRawResponse:
        from .resources.proxy import AsyncProxyResourceWithRawResponse

        return AsyncProxyResourceWithRawResponse(self._client.proxy)

    @cached_property
    def roles(self) -> AsyncRolesResourceWithRawResponse:
        from .resources.roles import AsyncRolesResourceWithRawResponse

        return AsyncRolesResourceWithRawResponse(self._client.roles)

    @cached_property
    def service_tokens(self) -> AsyncServiceTokensResourceWithRawResponse:
        from .resources.service_tokens import AsyncServiceTokensResourceWithRawResponse

        return AsyncServiceTokensResourceWithRawResponse(self._client.service_tokens)

    @cached_property
    def span_iframes(self) -> AsyncSpanIframesResourceWithRawResponse:
        from .resources.span_iframes import AsyncSpanIframesResourceWithRawResponse

        return AsyncSpanIframesResourceWithRawResponse(self._client.span_iframes)

    @cached_property
    def top_level(self) -> AsyncTopLevelResourceWithRawResponse:
        from .resources.top_level import AsyncTopLevelResourceWithRawResponse

        return AsyncTopLevelResourceWithRawResponse(self._client.top_level)

    @cached_property
    def users(self) -> AsyncUsersResourceWithRawResponse:
        from .resources.users import AsyncUsersResourceWithRawResponse

        return AsyncUsersResourceWithRawResponse(self._client.users)

    @cached_property
    def views(self) -> AsyncViewsResourceWithRawResponse:
        from .resources.views import AsyncViewsResourceWithRawResponse

        return AsyncViewsResourceWithRawResponse(self._client.views)
