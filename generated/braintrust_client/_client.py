"""The clients: Braintrust and AsyncBraintrust, one attribute per resource group."""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from ._base_client import (
    DEFAULT_MAX_RESPONSE_SIZE,
    DEFAULT_MAX_RETRIES,
    AsyncAPIClient,
    SyncAPIClient,
    default_timeout,
    merge_headers,
)
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
        api_key: Defaults to the ``BRAINTRUST_API_KEY`` environment variable. It is sent
            as a bearer token and never shown in a repr, a log line or an error.
        base_url: Defaults to ``BRAINTRUST_BASE_URL``, else the API's first server.
        timeout: Seconds (or an ``httpx.Timeout``) for each request; each method also takes ``timeout=``.
            Default: 60 s (5 s to connect), or the timeout of your ``http_client`` where you set one.
        max_retries: Retries after a connection error, a timeout, or a 408, 409, 429 or 5xx answer, with
            exponential backoff and jitter, honouring ``Retry-After``; each method also takes ``max_retries=``.
        default_headers: Headers added to every request.
        http_client: An ``httpx.Client`` to use (its pool stays yours to close): proxies, a private
            certificate authority (``verify=ssl_context``). TLS certificates are verified unless it says
            ``verify=False``. Redirects are followed by this client whatever it says: only those that stay
            on the API's origin (another host raises ``RedirectError``, and never receives the key).
        max_response_size: The largest response body read, in bytes (default 100 MiB; ``None``: no limit).
            A larger one is not read further: ``ResponseTooLargeError``, or the status's error without a
            body. It also bounds each event of a stream. For one call, ``client.with_options(max_response_size=...)``.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        max_response_size: int | None = DEFAULT_MAX_RESPONSE_SIZE,
    ) -> None:
        if api_key is None:
            api_key = os.environ.get("BRAINTRUST_API_KEY") or None
        if base_url is None:
            base_url = os.environ.get("BRAINTRUST_BASE_URL") or DEFAULT_BASE_URL
        if isinstance(timeout, NotGiven):
            timeout = default_timeout(http_client)
        super().__init__(
            base_url=base_url,
            api_key=api_key,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            max_response_size=max_response_size,
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
        max_response_size: int | None | NotGiven = NOT_GIVEN,
    ) -> Braintrust:
        """A copy of this client with some options changed; it shares the connection pool.

        ``default_headers`` are added to this client's own, replacing those of the same name.
        ``api_key=None`` makes a copy that sends no key (not the environment's, which ``None`` means when a
        client is made), as does a copy of a client that has none.
        """
        key = self.api_key if isinstance(api_key, NotGiven) else api_key
        client = type(self)(  # a subclass's copy is of the subclass
            api_key="" if key is None else key,  # None would make __init__ read the environment's key
            base_url=self.base_url if isinstance(base_url, NotGiven) else base_url,
            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
            max_retries=self.max_retries if isinstance(max_retries, NotGiven) else max_retries,
            default_headers=merge_headers(
                self._custom_headers, None if isinstance(default_headers, NotGiven) else default_headers
            ),
            http_client=self._http,
            max_response_size=self.max_response_size if isinstance(max_response_size, NotGiven) else max_response_size,
        )
        client._owns_http = False
        if key is None:  # no key here, or none asked for
            client._forget_key()
        return client


class BraintrustWithRawResponse:
    """Every method of Braintrust, returning an ``APIResponse`` (status, headers, ``.parse()``)."""

    def __init__(self, client: Braintrust) -> None:
        self._client = client

    @property
    def acls(self) -> AclsResourceWithRawResponse:
        return self._client.acls.with_raw_response

    @property
    def agents(self) -> AgentsResourceWithRawResponse:
        return self._client.agents.with_raw_response

    @property
    def ai_secrets(self) -> AiSecretsResourceWithRawResponse:
        return self._client.ai_secrets.with_raw_response

    @property
    def api_keys(self) -> ApiKeysResourceWithRawResponse:
        return self._client.api_keys.with_raw_response

    @property
    def cross_object(self) -> CrossObjectResourceWithRawResponse:
        return self._client.cross_object.with_raw_response

    @property
    def dataset_snapshots(self) -> DatasetSnapshotsResourceWithRawResponse:
        return self._client.dataset_snapshots.with_raw_response

    @property
    def datasets(self) -> DatasetsResourceWithRawResponse:
        return self._client.datasets.with_raw_response

    @property
    def env_vars(self) -> EnvVarsResourceWithRawResponse:
        return self._client.env_vars.with_raw_response

    @property
    def environments(self) -> EnvironmentsResourceWithRawResponse:
        return self._client.environments.with_raw_response

    @property
    def evals(self) -> EvalsResourceWithRawResponse:
        return self._client.evals.with_raw_response

    @property
    def experiments(self) -> ExperimentsResourceWithRawResponse:
        return self._client.experiments.with_raw_response

    @property
    def functions(self) -> FunctionsResourceWithRawResponse:
        return self._client.functions.with_raw_response

    @property
    def groups(self) -> GroupsResourceWithRawResponse:
        return self._client.groups.with_raw_response

    @property
    def mcp_servers(self) -> McpServersResourceWithRawResponse:
        return self._client.mcp_servers.with_raw_response

    @property
    def organizations(self) -> OrganizationsResourceWithRawResponse:
        return self._client.organizations.with_raw_response

    @property
    def project_automations(self) -> ProjectAutomationsResourceWithRawResponse:
        return self._client.project_automations.with_raw_response

    @property
    def project_logs(self) -> ProjectLogsResourceWithRawResponse:
        return self._client.project_logs.with_raw_response

    @property
    def project_scores(self) -> ProjectScoresResourceWithRawResponse:
        return self._client.project_scores.with_raw_response

    @property
    def project_tags(self) -> ProjectTagsResourceWithRawResponse:
        return self._client.project_tags.with_raw_response

    @property
    def projects(self) -> ProjectsResourceWithRawResponse:
        return self._client.projects.with_raw_response

    @property
    def prompts(self) -> PromptsResourceWithRawResponse:
        return self._client.prompts.with_raw_response

    @property
    def proxy(self) -> ProxyResourceWithRawResponse:
        return self._client.proxy.with_raw_response

    @property
    def roles(self) -> RolesResourceWithRawResponse:
        return self._client.roles.with_raw_response

    @property
    def service_tokens(self) -> ServiceTokensResourceWithRawResponse:
        return self._client.service_tokens.with_raw_response

    @property
    def span_iframes(self) -> SpanIframesResourceWithRawResponse:
        return self._client.span_iframes.with_raw_response

    @property
    def top_level(self) -> TopLevelResourceWithRawResponse:
        return self._client.top_level.with_raw_response

    @property
    def users(self) -> UsersResourceWithRawResponse:
        return self._client.users.with_raw_response

    @property
    def views(self) -> ViewsResourceWithRawResponse:
        return self._client.views.with_raw_response


class AsyncBraintrust(AsyncAPIClient):
    """Asynchronous client for Braintrust API; requests go to `https://api.braintrust.dev` unless ``base_url`` says otherwise.

    Args:
        api_key: Defaults to the ``BRAINTRUST_API_KEY`` environment variable. It is sent
            as a bearer token and never shown in a repr, a log line or an error.
        base_url: Defaults to ``BRAINTRUST_BASE_URL``, else the API's first server.
        timeout: Seconds (or an ``httpx.Timeout``) for each request; each method also takes ``timeout=``.
            Default: 60 s (5 s to connect), or the timeout of your ``http_client`` where you set one.
        max_retries: Retries after a connection error, a timeout, or a 408, 409, 429 or 5xx answer, with
            exponential backoff and jitter, honouring ``Retry-After``; each method also takes ``max_retries=``.
        default_headers: Headers added to every request.
        http_client: An ``httpx.AsyncClient`` to use (its pool stays yours to close): proxies, a private
            certificate authority (``verify=ssl_context``). TLS certificates are verified unless it says
            ``verify=False``. Redirects are followed by this client whatever it says: only those that stay
            on the API's origin (another host raises ``RedirectError``, and never receives the key).
        max_response_size: The largest response body read, in bytes (default 100 MiB; ``None``: no limit).
            A larger one is not read further: ``ResponseTooLargeError``, or the status's error without a
            body. It also bounds each event of a stream. For one call, ``client.with_options(max_response_size=...)``.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        max_response_size: int | None = DEFAULT_MAX_RESPONSE_SIZE,
    ) -> None:
        if api_key is None:
            api_key = os.environ.get("BRAINTRUST_API_KEY") or None
        if base_url is None:
            base_url = os.environ.get("BRAINTRUST_BASE_URL") or DEFAULT_BASE_URL
        if isinstance(timeout, NotGiven):
            timeout = default_timeout(http_client)
        super().__init__(
            base_url=base_url,
            api_key=api_key,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            max_response_size=max_response_size,
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
        max_response_size: int | None | NotGiven = NOT_GIVEN,
    ) -> AsyncBraintrust:
        """A copy of this client with some options changed; it shares the connection pool.

        ``default_headers`` are added to this client's own, replacing those of the same name.
        ``api_key=None`` makes a copy that sends no key (not the environment's, which ``None`` means when a
        client is made), as does a copy of a client that has none.
        """
        key = self.api_key if isinstance(api_key, NotGiven) else api_key
        client = type(self)(  # a subclass's copy is of the subclass
            api_key="" if key is None else key,  # None would make __init__ read the environment's key
            base_url=self.base_url if isinstance(base_url, NotGiven) else base_url,
            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
            max_retries=self.max_retries if isinstance(max_retries, NotGiven) else max_retries,
            default_headers=merge_headers(
                self._custom_headers, None if isinstance(default_headers, NotGiven) else default_headers
            ),
            http_client=self._http,
            max_response_size=self.max_response_size if isinstance(max_response_size, NotGiven) else max_response_size,
        )
        client._owns_http = False
        if key is None:  # no key here, or none asked for
            client._forget_key()
        return client


class AsyncBraintrustWithRawResponse:
    """Every method of AsyncBraintrust, returning an ``AsyncAPIResponse`` (status, headers, ``.parse()``)."""

    def __init__(self, client: AsyncBraintrust) -> None:
        self._client = client

    @property
    def acls(self) -> AsyncAclsResourceWithRawResponse:
        return self._client.acls.with_raw_response

    @property
    def agents(self) -> AsyncAgentsResourceWithRawResponse:
        return self._client.agents.with_raw_response

    @property
    def ai_secrets(self) -> AsyncAiSecretsResourceWithRawResponse:
        return self._client.ai_secrets.with_raw_response

    @property
    def api_keys(self) -> AsyncApiKeysResourceWithRawResponse:
        return self._client.api_keys.with_raw_response

    @property
    def cross_object(self) -> AsyncCrossObjectResourceWithRawResponse:
        return self._client.cross_object.with_raw_response

    @property
    def dataset_snapshots(self) -> AsyncDatasetSnapshotsResourceWithRawResponse:
        return self._client.dataset_snapshots.with_raw_response

    @property
    def datasets(self) -> AsyncDatasetsResourceWithRawResponse:
        return self._client.datasets.with_raw_response

    @property
    def env_vars(self) -> AsyncEnvVarsResourceWithRawResponse:
        return self._client.env_vars.with_raw_response

    @property
    def environments(self) -> AsyncEnvironmentsResourceWithRawResponse:
        return self._client.environments.with_raw_response

    @property
    def evals(self) -> AsyncEvalsResourceWithRawResponse:
        return self._client.evals.with_raw_response

    @property
    def experiments(self) -> AsyncExperimentsResourceWithRawResponse:
        return self._client.experiments.with_raw_response

    @property
    def functions(self) -> AsyncFunctionsResourceWithRawResponse:
        return self._client.functions.with_raw_response

    @property
    def groups(self) -> AsyncGroupsResourceWithRawResponse:
        return self._client.groups.with_raw_response

    @property
    def mcp_servers(self) -> AsyncMcpServersResourceWithRawResponse:
        return self._client.mcp_servers.with_raw_response

    @property
    def organizations(self) -> AsyncOrganizationsResourceWithRawResponse:
        return self._client.organizations.with_raw_response

    @property
    def project_automations(self) -> AsyncProjectAutomationsResourceWithRawResponse:
        return self._client.project_automations.with_raw_response

    @property
    def project_logs(self) -> AsyncProjectLogsResourceWithRawResponse:
        return self._client.project_logs.with_raw_response

    @property
    def project_scores(self) -> AsyncProjectScoresResourceWithRawResponse:
        return self._client.project_scores.with_raw_response

    @property
    def project_tags(self) -> AsyncProjectTagsResourceWithRawResponse:
        return self._client.project_tags.with_raw_response

    @property
    def projects(self) -> AsyncProjectsResourceWithRawResponse:
        return self._client.projects.with_raw_response

    @property
    def prompts(self) -> AsyncPromptsResourceWithRawResponse:
        return self._client.prompts.with_raw_response

    @property
    def proxy(self) -> AsyncProxyResourceWithRawResponse:
        return self._client.proxy.with_raw_response

    @property
    def roles(self) -> AsyncRolesResourceWithRawResponse:
        return self._client.roles.with_raw_response

    @property
    def service_tokens(self) -> AsyncServiceTokensResourceWithRawResponse:
        return self._client.service_tokens.with_raw_response

    @property
    def span_iframes(self) -> AsyncSpanIframesResourceWithRawResponse:
        return self._client.span_iframes.with_raw_response

    @property
    def top_level(self) -> AsyncTopLevelResourceWithRawResponse:
        return self._client.top_level.with_raw_response

    @property
    def users(self) -> AsyncUsersResourceWithRawResponse:
        return self._client.users.with_raw_response

    @property
    def views(self) -> AsyncViewsResourceWithRawResponse:
        return self._client.views.with_raw_response
