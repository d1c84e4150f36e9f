"""Models: PatchProjectAutomation, PatchProjectAutomationConfigAsyncQuery, PatchProjectAutomationConfigBtqlExport, PatchProjectAutomationConfigBtqlExportCredentialsAwsIam, PatchProjectAutomationConfigBtqlExportCredentialsGcpServiceAccount, PatchProjectAutomationConfigBtqlExportExportDefinitionBtqlQuery, PatchProjectAutomationConfigBtqlExportExportDefinitionLogSpans, PatchProjectAutomationConfigBtqlExportExportDefinitionLogTraces, PatchProjectAutomationConfigEnvironmentUpdate, PatchProjectAutomationConfigEnvironmentUpdateActionSlack, PatchProjectAutomationConfigEnvironmentUpdateActionWebhook, PatchProjectAutomationConfigLogs, PatchProjectAutomationConfigLogsActionSlack, PatchProjectAutomationConfigLogsActionWebhook, PatchProjectAutomationConfigRetention."""

from __future__ import annotations

from typing import Annotated, Any, ClassVar, Literal

from pydantic import Discriminator, Field, Tag

from .._models import BaseModel, NotNull, OpenConstraints, OpenEnum, OpenUnion, discriminate
from .automation_status import AutomationStatus
from .group_scope import GroupScope
from .retention_object_type import RetentionObjectType
from .span_scope import SpanScope
from .trace_scope import TraceScope

__all__ = [
    "PatchProjectAutomation",
    "PatchProjectAutomationConfigAsyncQuery",
    "PatchProjectAutomationConfigBtqlExport",
    "PatchProjectAutomationConfigBtqlExportCredentialsAwsIam",
    "PatchProjectAutomationConfigBtqlExportCredentialsGcpServiceAccount",
    "PatchProjectAutomationConfigBtqlExportExportDefinitionBtqlQuery",
    "PatchProjectAutomationConfigBtqlExportExportDefinitionLogSpans",
    "PatchProjectAutomationConfigBtqlExportExportDefinitionLogTraces",
    "PatchProjectAutomationConfigEnvironmentUpdate",
    "PatchProjectAutomationConfigEnvironmentUpdateActionSlack",
    "PatchProjectAutomationConfigEnvironmentUpdateActionWebhook",
    "PatchProjectAutomationConfigLogs",
    "PatchProjectAutomationConfigLogsActionSlack",
    "PatchProjectAutomationConfigLogsActionWebhook",
    "PatchProjectAutomationConfigRetention",
]


class PatchProjectAutomation(BaseModel):
    name: str | None = None
    """Name of the project automation"""

    description: str | None = None
    """Textual description of the project automation"""

    config: Any = None
    """The configuration for the automation rule"""


class PatchProjectAutomationConfigAsyncQuery(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = (
        "event_type",
        "format",
    )

    event_type: Annotated[Literal["async_query"], OpenEnum] = "async_query"
    """The type of automation."""

    status: Annotated[AutomationStatus | None, NotNull] = None

    created_by_user_id: str
    """The user who submitted the async query"""

    object_type: Annotated[Literal["project_logs", "experiment", "dataset", "playground_logs"], OpenEnum]
    """The source object type for the async query"""

    object_id: str
    """The source object ID for the async query"""

    query: str
    """The SQL query to execute asynchronously"""

    format: Annotated[Literal["jsonl"], OpenEnum] = "jsonl"
    """The materialized result format"""

    batch_size: Annotated[int, Field(gt=0, le=100000), OpenConstraints] | None = None
    """The maximum number of result rows to write per async query batch"""


class PatchProjectAutomationConfigBtqlExport(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("event_type",)

    event_type: Annotated[Literal["btql_export"], OpenEnum] = "btql_export"
    """The type of automation."""

    status: Annotated[AutomationStatus | None, NotNull] = None

    export_definition: Annotated[
        Annotated[PatchProjectAutomationConfigBtqlExportExportDefinitionLogTraces, Tag("log_traces")]
        | Annotated[PatchProjectAutomationConfigBtqlExportExportDefinitionLogSpans, Tag("log_spans")]
        | Annotated[PatchProjectAutomationConfigBtqlExportExportDefinitionBtqlQuery, Tag("btql_query")],
        Discriminator(discriminate("type")),
        OpenUnion,
    ]
    """The definition of what to export"""

    scope: (
        Annotated[
            Annotated[SpanScope, Tag("span")]
            | Annotated[TraceScope, Tag("trace")]
            | Annotated[GroupScope, Tag("group")],
            Discriminator(discriminate("type")),
            OpenUnion,
        ]
        | None
    ) = None
    """Execution scope for export automation. Defaults to span-level execution."""

    export_path: str
    """The path to export the results to. It should include the storage protocol and prefix, e.g. s3://bucket-name/path/to/export"""

    format: Annotated[Literal["jsonl", "parquet"], OpenEnum]
    """The format to export the results in"""

    interval_seconds: Annotated[float, Field(ge=1, le=2592000), OpenConstraints]
    """Perform the triggered action at most once in this interval of seconds"""

    credentials: Annotated[
        Annotated[PatchProjectAutomationConfigBtqlExportCredentialsAwsIam, Tag("aws_iam")]
        | Annotated[PatchProjectAutomationConfigBtqlExportCredentialsGcpServiceAccount, Tag("gcp_service_account")],
        Discriminator(discriminate("type")),
        OpenUnion,
    ]

    batch_size: float | None = None
    """The number of rows to export in each batch"""


class PatchProjectAutomationConfigBtqlExportCredentialsAwsIam(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["aws_iam"], OpenEnum] = Field(
        default="aws_iam", validation_alias="type", serialization_alias="type"
    )

    role_arn: str
    """The ARN of the IAM role to use"""

    external_id: str
    """The automation-specific external id component (auto-generated by default)"""


class PatchProjectAutomationConfigBtqlExportCredentialsGcpServiceAccount(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["gcp_service_account"], OpenEnum] = Field(
        default="gcp_service_account", validation_alias="type", serialization_alias="type"
    )

    service_account_email: str
    """The GCP service account email to impersonate"""


class PatchProjectAutomationConfigBtqlExportExportDefinitionBtqlQuery(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["btql_query"], OpenEnum] = Field(
        default="btql_query", validation_alias="type", serialization_alias="type"
    )

    btql_query: str
    """The BTQL query to export"""


class PatchProjectAutomationConfigBtqlExportExportDefinitionLogSpans(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["log_spans"], OpenEnum] = Field(
        default="log_spans", validation_alias="type", serialization_alias="type"
    )


class PatchProjectAutomationConfigBtqlExportExportDefinitionLogTraces(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["log_traces"], OpenEnum] = Field(
        default="log_traces", validation_alias="type", serialization_alias="type"
    )


class PatchProjectAutomationConfigEnvironmentUpdate(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("event_type",)

    event_type: Annotated[Literal["environment_update"], OpenEnum] = "environment_update"
    """The type of automation."""

    environment_filter: Annotated[list[str] | None, NotNull] = None
    """Optional list of environment slugs to filter by"""

    action: Annotated[
        Annotated[PatchProjectAutomationConfigEnvironmentUpdateActionWebhook, Tag("webhook")]
        | Annotated[PatchProjectAutomationConfigEnvironmentUpdateActionSlack, Tag("slack")],
        Discriminator(discriminate("type")),
        OpenUnion,
    ]
    """The action to take when the automation rule is triggered"""


class PatchProjectAutomationConfigEnvironmentUpdateActionSlack(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["slack"], OpenEnum] = Field(
        default="slack", validation_alias="type", serialization_alias="type"
    )
    """The type of action to take"""

    workspace_id: str
    """The Slack workspace ID to post to"""

    channel: str
    """The Slack channel ID to post to"""

    message_template: Annotated[str | None, NotNull] = None
    """Custom message template for the alert"""


class PatchProjectAutomationConfigEnvironmentUpdateActionWebhook(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["webhook"], OpenEnum] = Field(
        default="webhook", validation_alias="type", serialization_alias="type"
    )
    """The type of action to take"""

    url: str
    """The webhook URL to send the request to"""


class PatchProjectAutomationConfigLogs(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("event_type",)

    event_type: Annotated[Literal["logs"], OpenEnum] = "logs"
    """The type of automation."""

    btql_filter: str
    """BTQL filter to identify rows for the automation rule"""

    interval_seconds: Annotated[float, Field(ge=1, le=2592000), OpenConstraints]
    """Perform the triggered action at most once in this interval of seconds"""

    action: Annotated[
        Annotated[PatchProjectAutomationConfigLogsActionWebhook, Tag("webhook")]
        | Annotated[PatchProjectAutomationConfigLogsActionSlack, Tag("slack")],
        Discriminator(discriminate("type")),
        OpenUnion,
    ]
    """The action to take when the automation rule is triggered"""


class PatchProjectAutomationConfigLogsActionSlack(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["slack"], OpenEnum] = Field(
        default="slack", validation_alias="type", serialization_alias="type"
    )
    """The type of action to take"""

    workspace_id: str
    """The Slack workspace ID to post to"""

    channel: str
    """The Slack channel ID to post to"""

    message_template: Annotated[str | None, NotNull] = None
    """Custom message template for the alert"""


class PatchProjectAutomationConfigLogsActionWebhook(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("type_",)

    type_: Annotated[Literal["webhook"], OpenEnum] = Field(
        default="webhook", validation_alias="type", serialization_alias="type"
    )
    """The type of action to take"""

    url: str
    """The webhook URL to send the request to"""


class PatchProjectAutomationConfigRetention(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("event_type",)

    event_type: Annotated[Literal["retention"], OpenEnum] = "retention"
    """The type of automation."""

    object_type: RetentionObjectType

    retention_days: Annotated[float, Field(ge=0), OpenConstraints]
    """The number of days to retain the object"""
