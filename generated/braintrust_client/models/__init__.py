"""Every model of the API, importable from here; each module loads on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .acl import Acl as Acl
    from .acl_batch_update_request import AclBatchUpdateRequest as AclBatchUpdateRequest
    from .acl_batch_update_response import AclBatchUpdateResponse as AclBatchUpdateResponse
    from .acl_id_param import AclIdParam as AclIdParam
    from .acl_item import AclItem as AclItem
    from .acl_list_group_id import AclListGroupId as AclListGroupId
    from .acl_list_org_object_id import AclListOrgObjectId as AclListOrgObjectId
    from .acl_list_org_object_type import AclListOrgObjectType as AclListOrgObjectType
    from .acl_list_permission import AclListPermission as AclListPermission
    from .acl_list_restrict_object_type import AclListRestrictObjectType as AclListRestrictObjectType
    from .acl_list_role_id import AclListRoleId as AclListRoleId
    from .acl_list_user_id import AclListUserId as AclListUserId
    from .acl_object_id import AclObjectId as AclObjectId
    from .acl_object_type import AclObjectType as AclObjectType
    from .acls_list_response import AclsListResponse as AclsListResponse
    from .agent import Agent as Agent
    from .agent_id_param import AgentIdParam as AgentIdParam
    from .agent_name import AgentName as AgentName
    from .agents_list_response import AgentsListResponse as AgentsListResponse
    from .ai_secret import AISecret as AISecret
    from .ai_secret_id_param import AiSecretIdParam as AiSecretIdParam
    from .ai_secret_name import AiSecretName as AiSecretName
    from .ai_secret_type import AISecretType as AISecretType
    from .ai_secrets_list_response import AiSecretsListResponse as AiSecretsListResponse
    from .api_key import ApiKey as ApiKey
    from .api_key_id_param import ApiKeyIdParam as ApiKeyIdParam
    from .api_key_name import ApiKeyName as ApiKeyName
    from .api_keys_list_response import ApiKeysListResponse as ApiKeysListResponse
    from .app_limit_param import AppLimitParam as AppLimitParam
    from .app_limit_with_default_param import AppLimitWithDefaultParam as AppLimitWithDefaultParam
    from .automation_status import AutomationStatus as AutomationStatus
    from .batched_facet_data import BatchedFacetData as BatchedFacetData
    from .batched_facet_data import BatchedFacetDataFacetsItem as BatchedFacetDataFacetsItem
    from .batched_facet_data import BatchedFacetDataTopicMapsValueItem as BatchedFacetDataTopicMapsValueItem
    from .chat_completion_content_part import ChatCompletionContentPart as ChatCompletionContentPart
    from .chat_completion_content_part_file_file import (
        ChatCompletionContentPartFileFile as ChatCompletionContentPartFileFile,
    )
    from .chat_completion_content_part_file_with_title import (
        ChatCompletionContentPartFileWithTitle as ChatCompletionContentPartFileWithTitle,
    )
    from .chat_completion_content_part_image_with_title import (
        ChatCompletionContentPartImageWithTitle as ChatCompletionContentPartImageWithTitle,
    )
    from .chat_completion_content_part_image_with_title import (
        ChatCompletionContentPartImageWithTitleImageUrl as ChatCompletionContentPartImageWithTitleImageUrl,
    )
    from .chat_completion_content_part_text import ChatCompletionContentPartText as ChatCompletionContentPartText
    from .chat_completion_content_part_text import (
        ChatCompletionContentPartTextCacheControl as ChatCompletionContentPartTextCacheControl,
    )
    from .chat_completion_content_part_text_with_title import (
        ChatCompletionContentPartTextWithTitle as ChatCompletionContentPartTextWithTitle,
    )
    from .chat_completion_content_part_text_with_title import (
        ChatCompletionContentPartTextWithTitleCacheControl as ChatCompletionContentPartTextWithTitleCacheControl,
    )
    from .chat_completion_message_param import ChatCompletionMessageParam as ChatCompletionMessageParam
    from .chat_completion_message_param import (
        ChatCompletionMessageParamAssistant as ChatCompletionMessageParamAssistant,
    )
    from .chat_completion_message_param import (
        ChatCompletionMessageParamAssistantFunctionCall as ChatCompletionMessageParamAssistantFunctionCall,
    )
    from .chat_completion_message_param import (
        ChatCompletionMessageParamDeveloper as ChatCompletionMessageParamDeveloper,
    )
    from .chat_completion_message_param import ChatCompletionMessageParamFallback as ChatCompletionMessageParamFallback
    from .chat_completion_message_param import ChatCompletionMessageParamFunction as ChatCompletionMessageParamFunction
    from .chat_completion_message_param import ChatCompletionMessageParamSystem as ChatCompletionMessageParamSystem
    from .chat_completion_message_param import ChatCompletionMessageParamTool as ChatCompletionMessageParamTool
    from .chat_completion_message_param import ChatCompletionMessageParamUser as ChatCompletionMessageParamUser
    from .chat_completion_message_reasoning import ChatCompletionMessageReasoning as ChatCompletionMessageReasoning
    from .chat_completion_message_tool_call import ChatCompletionMessageToolCall as ChatCompletionMessageToolCall
    from .chat_completion_message_tool_call import (
        ChatCompletionMessageToolCallFunction as ChatCompletionMessageToolCallFunction,
    )
    from .code_bundle import CodeBundle as CodeBundle
    from .code_bundle import CodeBundleLocationExperiment as CodeBundleLocationExperiment
    from .code_bundle import (
        CodeBundleLocationExperimentPositionClassifier as CodeBundleLocationExperimentPositionClassifier,
    )
    from .code_bundle import CodeBundleLocationExperimentPositionScorer as CodeBundleLocationExperimentPositionScorer
    from .code_bundle import CodeBundleLocationExperimentPositionTask as CodeBundleLocationExperimentPositionTask
    from .code_bundle import CodeBundleLocationFunction as CodeBundleLocationFunction
    from .code_bundle import CodeBundleLocationSandbox as CodeBundleLocationSandbox
    from .code_bundle import CodeBundleLocationSandboxSandboxSpecLambda as CodeBundleLocationSandboxSandboxSpecLambda
    from .code_bundle import CodeBundleLocationSandboxSandboxSpecModal as CodeBundleLocationSandboxSandboxSpecModal
    from .code_bundle import CodeBundleRuntimeContext as CodeBundleRuntimeContext
    from .comparison_experiment_id import ComparisonExperimentId as ComparisonExperimentId
    from .console_event import ConsoleEvent as ConsoleEvent
    from .console_event_data import ConsoleEventData as ConsoleEventData
    from .create_agent import CreateAgent as CreateAgent
    from .create_ai_secret import CreateAISecret as CreateAISecret
    from .create_dataset import CreateDataset as CreateDataset
    from .create_dataset_snapshot import CreateDatasetSnapshot as CreateDatasetSnapshot
    from .create_environment import CreateEnvironment as CreateEnvironment
    from .create_experiment import CreateExperiment as CreateExperiment
    from .create_experiment import CreateExperimentInternalMetadata as CreateExperimentInternalMetadata
    from .create_function import CreateFunction as CreateFunction
    from .create_function import CreateFunctionFunctionSchema as CreateFunctionFunctionSchema
    from .create_function import CreateFunctionOrigin as CreateFunctionOrigin
    from .create_group import CreateGroup as CreateGroup
    from .create_mcp_server import CreateMCPServer as CreateMCPServer
    from .create_project import CreateProject as CreateProject
    from .create_project_automation import CreateProjectAutomation as CreateProjectAutomation
    from .create_project_automation import (
        CreateProjectAutomationConfigAsyncQuery as CreateProjectAutomationConfigAsyncQuery,
    )
    from .create_project_automation import (
        CreateProjectAutomationConfigBtqlExport as CreateProjectAutomationConfigBtqlExport,
    )
    from .create_project_automation import (
        CreateProjectAutomationConfigBtqlExportCredentialsAwsIam as CreateProjectAutomationConfigBtqlExportCredentialsAwsIam,
    )
    from .create_project_automation import (
        CreateProjectAutomationConfigBtqlExportCredentialsGcpServiceAccount as CreateProjectAutomationConfigBtqlExportCredentialsGcpServiceAccount,
    )
    from .create_project_automation import (
        CreateProjectAutomationConfigBtqlExportExportDefinitionBtqlQuery as CreateProjectAutomationConfigBtqlExportExportDefinitionBtqlQuery,
    )
    from .create_project_automation import (
        CreateProjectAutomationConfigBtqlExportExportDefinitionLogSpans as CreateProjectAutomationConfigBtqlExportExportDefinitionLogSpans,
    )
    from .create_project_automation import (
        CreateProjectAutomationConfigBtqlExportExportDefinitionLogTraces as CreateProjectAutomationConfigBtqlExportExportDefinitionLogTraces,
    )
    from .create_project_automation import (
        CreateProjectAutomationConfigEnvironmentUpdate as CreateProjectAutomationConfigEnvironmentUpdate,
    )
    from .create_project_automation import (
        CreateProjectAutomationConfigEnvironmentUpdateActionSlack as CreateProjectAutomationConfigEnvironmentUpdateActionSlack,
    )
    from .create_project_automation import (
        CreateProjectAutomationConfigEnvironmentUpdateActionWebhook as CreateProjectAutomationConfigEnvironmentUpdateActionWebhook,
    )
    from .create_project_automation import CreateProjectAutomationConfigLogs as CreateProjectAutomationConfigLogs
    from .create_project_automation import (
        CreateProjectAutomationConfigLogsActionSlack as CreateProjectAutomationConfigLogsActionSlack,
    )
    from .create_project_automation import (
        CreateProjectAutomationConfigLogsActionWebhook as CreateProjectAutomationConfigLogsActionWebhook,
    )
    from .create_project_automation import (
        CreateProjectAutomationConfigRetention as CreateProjectAutomationConfigRetention,
    )
    from .create_project_score import CreateProjectScore as CreateProjectScore
    from .create_project_tag import CreateProjectTag as CreateProjectTag
    from .create_prompt import CreatePrompt as CreatePrompt
    from .create_role import CreateRole as CreateRole
    from .create_role import CreateRoleMemberPermissionsItem as CreateRoleMemberPermissionsItem
    from .create_service_token_output import CreateServiceTokenOutput as CreateServiceTokenOutput
    from .create_span_i_frame import CreateSpanIFrame as CreateSpanIFrame
    from .create_view import CreateView as CreateView
    from .cross_object_insert_request import CrossObjectInsertRequest as CrossObjectInsertRequest
    from .cross_object_insert_request import (
        CrossObjectInsertRequestDatasetValue as CrossObjectInsertRequestDatasetValue,
    )
    from .cross_object_insert_request import (
        CrossObjectInsertRequestExperimentValue as CrossObjectInsertRequestExperimentValue,
    )
    from .cross_object_insert_request import (
        CrossObjectInsertRequestProjectLogsValue as CrossObjectInsertRequestProjectLogsValue,
    )
    from .cross_object_insert_response import CrossObjectInsertResponse as CrossObjectInsertResponse
    from .data_summary import DataSummary as DataSummary
    from .dataset import Dataset as Dataset
    from .dataset_event import DatasetEvent as DatasetEvent
    from .dataset_event import DatasetEventClassificationsValueItem as DatasetEventClassificationsValueItem
    from .dataset_event import DatasetEventMetadata as DatasetEventMetadata
    from .dataset_id_param import DatasetIdParam as DatasetIdParam
    from .dataset_name import DatasetName as DatasetName
    from .dataset_snapshot import DatasetSnapshot as DatasetSnapshot
    from .dataset_snapshot_id_param import DatasetSnapshotIdParam as DatasetSnapshotIdParam
    from .dataset_snapshot_name import DatasetSnapshotName as DatasetSnapshotName
    from .dataset_snapshots_list_response import DatasetSnapshotsListResponse as DatasetSnapshotsListResponse
    from .datasets_list_response import DatasetsListResponse as DatasetsListResponse
    from .delete_ai_secret import DeleteAISecret as DeleteAISecret
    from .delete_service_token import DeleteServiceToken as DeleteServiceToken
    from .delete_view import DeleteView as DeleteView
    from .done_event import DoneEvent as DoneEvent
    from .ending_before import EndingBefore as EndingBefore
    from .env_var import EnvVar as EnvVar
    from .env_var_id_param import EnvVarIdParam as EnvVarIdParam
    from .env_var_name import EnvVarName as EnvVarName
    from .env_var_object_id import EnvVarObjectId as EnvVarObjectId
    from .env_var_object_type import EnvVarObjectType as EnvVarObjectType
    from .env_vars_create_body import EnvVarsCreateBody as EnvVarsCreateBody
    from .env_vars_list_response import EnvVarsListResponse as EnvVarsListResponse
    from .env_vars_replace_body import EnvVarsReplaceBody as EnvVarsReplaceBody
    from .env_vars_update_body import EnvVarsUpdateBody as EnvVarsUpdateBody
    from .environment import Environment as Environment
    from .environments_list_response import EnvironmentsListResponse as EnvironmentsListResponse
    from .error_event import ErrorEvent as ErrorEvent
    from .experiment import Experiment as Experiment
    from .experiment import ExperimentInternalMetadata as ExperimentInternalMetadata
    from .experiment_event import ExperimentEvent as ExperimentEvent
    from .experiment_event import ExperimentEventClassificationsValueItem as ExperimentEventClassificationsValueItem
    from .experiment_event import ExperimentEventContext as ExperimentEventContext
    from .experiment_event import ExperimentEventMetadata as ExperimentEventMetadata
    from .experiment_event import ExperimentEventMetrics as ExperimentEventMetrics
    from .experiment_id_param import ExperimentIdParam as ExperimentIdParam
    from .experiment_name import ExperimentName as ExperimentName
    from .experiments_list_response import ExperimentsListResponse as ExperimentsListResponse
    from .facet_data import FacetData as FacetData
    from .feedback_dataset_event_request import FeedbackDatasetEventRequest as FeedbackDatasetEventRequest
    from .feedback_dataset_item import FeedbackDatasetItem as FeedbackDatasetItem
    from .feedback_experiment_event_request import FeedbackExperimentEventRequest as FeedbackExperimentEventRequest
    from .feedback_experiment_item import FeedbackExperimentItem as FeedbackExperimentItem
    from .feedback_project_logs_event_request import FeedbackProjectLogsEventRequest as FeedbackProjectLogsEventRequest
    from .feedback_project_logs_item import FeedbackProjectLogsItem as FeedbackProjectLogsItem
    from .feedback_response_schema import FeedbackResponseSchema as FeedbackResponseSchema
    from .fetch_dataset_events_response import FetchDatasetEventsResponse as FetchDatasetEventsResponse
    from .fetch_events_request import FetchEventsRequest as FetchEventsRequest
    from .fetch_experiment_events_response import FetchExperimentEventsResponse as FetchExperimentEventsResponse
    from .fetch_limit import FetchLimit as FetchLimit
    from .fetch_limit_param import FetchLimitParam as FetchLimitParam
    from .fetch_pagination_cursor import FetchPaginationCursor as FetchPaginationCursor
    from .fetch_project_logs_events_response import FetchProjectLogsEventsResponse as FetchProjectLogsEventsResponse
    from .function import Function as Function
    from .function import FunctionFunctionSchema as FunctionFunctionSchema
    from .function import FunctionOrigin as FunctionOrigin
    from .function_data import FunctionData as FunctionData
    from .function_data import FunctionDataCode as FunctionDataCode
    from .function_data import FunctionDataCodeDataBundle as FunctionDataCodeDataBundle
    from .function_data import FunctionDataCodeDataInline as FunctionDataCodeDataInline
    from .function_data import FunctionDataCodeDataInlineRuntimeContext as FunctionDataCodeDataInlineRuntimeContext
    from .function_data import FunctionDataGlobal as FunctionDataGlobal
    from .function_data import FunctionDataParameters as FunctionDataParameters
    from .function_data import FunctionDataParametersSchema as FunctionDataParametersSchema
    from .function_data import FunctionDataPrompt as FunctionDataPrompt
    from .function_data import FunctionDataRemoteEval as FunctionDataRemoteEval
    from .function_data_nullish import FunctionDataNullish as FunctionDataNullish
    from .function_data_nullish import FunctionDataNullishCode as FunctionDataNullishCode
    from .function_data_nullish import FunctionDataNullishCodeDataBundle as FunctionDataNullishCodeDataBundle
    from .function_data_nullish import FunctionDataNullishCodeDataInline as FunctionDataNullishCodeDataInline
    from .function_data_nullish import (
        FunctionDataNullishCodeDataInlineRuntimeContext as FunctionDataNullishCodeDataInlineRuntimeContext,
    )
    from .function_data_nullish import FunctionDataNullishGlobal as FunctionDataNullishGlobal
    from .function_data_nullish import FunctionDataNullishParameters as FunctionDataNullishParameters
    from .function_data_nullish import FunctionDataNullishParametersSchema as FunctionDataNullishParametersSchema
    from .function_data_nullish import FunctionDataNullishPrompt as FunctionDataNullishPrompt
    from .function_data_nullish import FunctionDataNullishRemoteEval as FunctionDataNullishRemoteEval
    from .function_id import FunctionId as FunctionId
    from .function_id import FunctionIdFunctionId as FunctionIdFunctionId
    from .function_id import FunctionIdGlobalFunction as FunctionIdGlobalFunction
    from .function_id import FunctionIdInlineCode as FunctionIdInlineCode
    from .function_id import FunctionIdInlineCodeInlineContext as FunctionIdInlineCodeInlineContext
    from .function_id import FunctionIdInlineFunction as FunctionIdInlineFunction
    from .function_id import FunctionIdInlinePrompt as FunctionIdInlinePrompt
    from .function_id import FunctionIdProjectSlug as FunctionIdProjectSlug
    from .function_id import FunctionIdPromptSessionId as FunctionIdPromptSessionId
    from .function_id_param import FunctionIdParam as FunctionIdParam
    from .function_id_ref import FunctionIdRef as FunctionIdRef
    from .function_name import FunctionName as FunctionName
    from .function_type_enum import FunctionTypeEnum as FunctionTypeEnum
    from .function_type_enum_nullish import FunctionTypeEnumNullish as FunctionTypeEnumNullish
    from .functions_list_response import FunctionsListResponse as FunctionsListResponse
    from .git_metadata_settings import GitMetadataSettings as GitMetadataSettings
    from .graph_data import GraphData as GraphData
    from .graph_edge import GraphEdge as GraphEdge
    from .graph_edge import GraphEdgeSource as GraphEdgeSource
    from .graph_edge import GraphEdgeTarget as GraphEdgeTarget
    from .graph_node import GraphNode as GraphNode
    from .graph_node import GraphNodeAggregator as GraphNodeAggregator
    from .graph_node import GraphNodeAggregatorPosition as GraphNodeAggregatorPosition
    from .graph_node import GraphNodeBtql as GraphNodeBtql
    from .graph_node import GraphNodeBtqlPosition as GraphNodeBtqlPosition
    from .graph_node import GraphNodeFunction as GraphNodeFunction
    from .graph_node import GraphNodeFunctionPosition as GraphNodeFunctionPosition
    from .graph_node import GraphNodeGate as GraphNodeGate
    from .graph_node import GraphNodeGatePosition as GraphNodeGatePosition
    from .graph_node import GraphNodeInput as GraphNodeInput
    from .graph_node import GraphNodeInputPosition as GraphNodeInputPosition
    from .graph_node import GraphNodeLiteralModel as GraphNodeLiteralModel
    from .graph_node import GraphNodeLiteralModelPosition as GraphNodeLiteralModelPosition
    from .graph_node import GraphNodeOutput as GraphNodeOutput
    from .graph_node import GraphNodeOutputPosition as GraphNodeOutputPosition
    from .graph_node import GraphNodePromptTemplate as GraphNodePromptTemplate
    from .graph_node import GraphNodePromptTemplatePosition as GraphNodePromptTemplatePosition
    from .group import Group as Group
    from .group_id_param import GroupIdParam as GroupIdParam
    from .group_name import GroupName as GroupName
    from .group_scope import GroupScope as GroupScope
    from .groups_list_response import GroupsListResponse as GroupsListResponse
    from .ids import Ids as Ids
    from .image_rendering_mode import ImageRenderingMode as ImageRenderingMode
    from .insert_dataset_event import InsertDatasetEvent as InsertDatasetEvent
    from .insert_dataset_event import InsertDatasetEventArrayDeleteItem as InsertDatasetEventArrayDeleteItem
    from .insert_dataset_event import InsertDatasetEventMetadata as InsertDatasetEventMetadata
    from .insert_dataset_event_request import InsertDatasetEventRequest as InsertDatasetEventRequest
    from .insert_events_response import InsertEventsResponse as InsertEventsResponse
    from .insert_experiment_event import InsertExperimentEvent as InsertExperimentEvent
    from .insert_experiment_event import InsertExperimentEventArrayDeleteItem as InsertExperimentEventArrayDeleteItem
    from .insert_experiment_event import InsertExperimentEventContext as InsertExperimentEventContext
    from .insert_experiment_event import InsertExperimentEventMetadata as InsertExperimentEventMetadata
    from .insert_experiment_event import InsertExperimentEventMetrics as InsertExperimentEventMetrics
    from .insert_experiment_event_request import InsertExperimentEventRequest as InsertExperimentEventRequest
    from .insert_project_logs_event import InsertProjectLogsEvent as InsertProjectLogsEvent
    from .insert_project_logs_event import (
        InsertProjectLogsEventArrayDeleteItem as InsertProjectLogsEventArrayDeleteItem,
    )
    from .insert_project_logs_event import InsertProjectLogsEventContext as InsertProjectLogsEventContext
    from .insert_project_logs_event import InsertProjectLogsEventMetadata as InsertProjectLogsEventMetadata
    from .insert_project_logs_event import InsertProjectLogsEventMetrics as InsertProjectLogsEventMetrics
    from .insert_project_logs_event_request import InsertProjectLogsEventRequest as InsertProjectLogsEventRequest
    from .invoke_api import InvokeApi as InvokeApi
    from .invoke_api import InvokeApiMcpAuthValue as InvokeApiMcpAuthValue
    from .invoke_event import InvokeEvent as InvokeEvent
    from .invoke_parent import InvokeParent as InvokeParent
    from .invoke_parent import InvokeParentSpanParentStruct as InvokeParentSpanParentStruct
    from .invoke_parent import InvokeParentSpanParentStructRowIds as InvokeParentSpanParentStructRowIds
    from .json_delta_event import JsonDeltaEvent as JsonDeltaEvent
    from .max_root_span_id import MaxRootSpanId as MaxRootSpanId
    from .max_xact_id import MaxXactId as MaxXactId
    from .mcp_server import MCPServer as MCPServer
    from .mcp_server_id_param import McpServerIdParam as McpServerIdParam
    from .mcp_server_name import McpServerName as McpServerName
    from .mcp_servers_list_response import McpServersListResponse as McpServersListResponse
    from .metric_summary import MetricSummary as MetricSummary
    from .model_params import ModelParams as ModelParams
    from .model_params import ModelParamsAnthropic as ModelParamsAnthropic
    from .model_params import ModelParamsGoogle as ModelParamsGoogle
    from .model_params import ModelParamsJsCompletionParams as ModelParamsJsCompletionParams
    from .model_params import ModelParamsOpenAI as ModelParamsOpenAI
    from .model_params import ModelParamsOpenAIFunctionCallFunction as ModelParamsOpenAIFunctionCallFunction
    from .model_params import ModelParamsOpenAIToolChoiceFunction as ModelParamsOpenAIToolChoiceFunction
    from .model_params import ModelParamsOpenAIToolChoiceFunctionFunction as ModelParamsOpenAIToolChoiceFunctionFunction
    from .model_params import ModelParamsWindowAI as ModelParamsWindowAI
    from .nullable_saved_function_id import NullableSavedFunctionId as NullableSavedFunctionId
    from .nullable_saved_function_id import NullableSavedFunctionIdFunction as NullableSavedFunctionIdFunction
    from .nullable_saved_function_id import NullableSavedFunctionIdGlobal as NullableSavedFunctionIdGlobal
    from .object_reference_nullish import ObjectReferenceNullish as ObjectReferenceNullish
    from .online_score_config import OnlineScoreConfig as OnlineScoreConfig
    from .online_score_config import OnlineScoreConfigScorersItemFunction as OnlineScoreConfigScorersItemFunction
    from .online_score_config import OnlineScoreConfigScorersItemGlobal as OnlineScoreConfigScorersItemGlobal
    from .org_name import OrgName as OrgName
    from .organization import Organization as Organization
    from .organization_id_param import OrganizationIdParam as OrganizationIdParam
    from .organizations_list_response import OrganizationsListResponse as OrganizationsListResponse
    from .patch_agent import PatchAgent as PatchAgent
    from .patch_ai_secret import PatchAISecret as PatchAISecret
    from .patch_dataset import PatchDataset as PatchDataset
    from .patch_dataset_snapshot import PatchDatasetSnapshot as PatchDatasetSnapshot
    from .patch_environment import PatchEnvironment as PatchEnvironment
    from .patch_experiment import PatchExperiment as PatchExperiment
    from .patch_experiment import PatchExperimentInternalMetadata as PatchExperimentInternalMetadata
    from .patch_function import PatchFunction as PatchFunction
    from .patch_group import PatchGroup as PatchGroup
    from .patch_mcp_server import PatchMCPServer as PatchMCPServer
    from .patch_organization import PatchOrganization as PatchOrganization
    from .patch_organization_members import PatchOrganizationMembers as PatchOrganizationMembers
    from .patch_organization_members import PatchOrganizationMembersInviteUsers as PatchOrganizationMembersInviteUsers
    from .patch_organization_members import (
        PatchOrganizationMembersInviteUsersServiceAccountsItem as PatchOrganizationMembersInviteUsersServiceAccountsItem,
    )
    from .patch_organization_members import PatchOrganizationMembersRemoveUsers as PatchOrganizationMembersRemoveUsers
    from .patch_organization_members_output import PatchOrganizationMembersOutput as PatchOrganizationMembersOutput
    from .patch_organization_members_output import (
        PatchOrganizationMembersOutputAddedUsersItem as PatchOrganizationMembersOutputAddedUsersItem,
    )
    from .patch_project import PatchProject as PatchProject
    from .patch_project_automation import PatchProjectAutomation as PatchProjectAutomation
    from .patch_project_automation import (
        PatchProjectAutomationConfigAsyncQuery as PatchProjectAutomationConfigAsyncQuery,
    )
    from .patch_project_automation import (
        PatchProjectAutomationConfigBtqlExport as PatchProjectAutomationConfigBtqlExport,
    )
    from .patch_project_automation import (
        PatchProjectAutomationConfigBtqlExportCredentialsAwsIam as PatchProjectAutomationConfigBtqlExportCredentialsAwsIam,
    )
    from .patch_project_automation import (
        PatchProjectAutomationConfigBtqlExportCredentialsGcpServiceAccount as PatchProjectAutomationConfigBtqlExportCredentialsGcpServiceAccount,
    )
    from .patch_project_automation import (
        PatchProjectAutomationConfigBtqlExportExportDefinitionBtqlQuery as PatchProjectAutomationConfigBtqlExportExportDefinitionBtqlQuery,
    )
    from .patch_project_automation import (
        PatchProjectAutomationConfigBtqlExportExportDefinitionLogSpans as PatchProjectAutomationConfigBtqlExportExportDefinitionLogSpans,
    )
    from .patch_project_automation import (
        PatchProjectAutomationConfigBtqlExportExportDefinitionLogTraces as PatchProjectAutomationConfigBtqlExportExportDefinitionLogTraces,
    )
    from .patch_project_automation import (
        PatchProjectAutomationConfigEnvironmentUpdate as PatchProjectAutomationConfigEnvironmentUpdate,
    )
    from .patch_project_automation import (
        PatchProjectAutomationConfigEnvironmentUpdateActionSlack as PatchProjectAutomationConfigEnvironmentUpdateActionSlack,
    )
    from .patch_project_automation import (
        PatchProjectAutomationConfigEnvironmentUpdateActionWebhook as PatchProjectAutomationConfigEnvironmentUpdateActionWebhook,
    )
    from .patch_project_automation import PatchProjectAutomationConfigLogs as PatchProjectAutomationConfigLogs
    from .patch_project_automation import (
        PatchProjectAutomationConfigLogsActionSlack as PatchProjectAutomationConfigLogsActionSlack,
    )
    from .patch_project_automation import (
        PatchProjectAutomationConfigLogsActionWebhook as PatchProjectAutomationConfigLogsActionWebhook,
    )
    from .patch_project_automation import PatchProjectAutomationConfigRetention as PatchProjectAutomationConfigRetention
    from .patch_project_score import PatchProjectScore as PatchProjectScore
    from .patch_project_tag import PatchProjectTag as PatchProjectTag
    from .patch_prompt import PatchPrompt as PatchPrompt
    from .patch_role import PatchRole as PatchRole
    from .patch_role import PatchRoleAddMemberPermissionsItem as PatchRoleAddMemberPermissionsItem
    from .patch_role import PatchRoleRemoveMemberPermissionsItem as PatchRoleRemoveMemberPermissionsItem
    from .patch_span_i_frame import PatchSpanIFrame as PatchSpanIFrame
    from .patch_view import PatchView as PatchView
    from .permission import Permission as Permission
    from .progress_event import ProgressEvent as ProgressEvent
    from .progress_event_data import ProgressEventData as ProgressEventData
    from .progress_event_data import ProgressEventDataOrigin as ProgressEventDataOrigin
    from .project import Project as Project
    from .project_automation import ProjectAutomation as ProjectAutomation
    from .project_automation import ProjectAutomationConfigAsyncQuery as ProjectAutomationConfigAsyncQuery
    from .project_automation import ProjectAutomationConfigBtqlExport as ProjectAutomationConfigBtqlExport
    from .project_automation import (
        ProjectAutomationConfigBtqlExportCredentialsAwsIam as ProjectAutomationConfigBtqlExportCredentialsAwsIam,
    )
    from .project_automation import (
        ProjectAutomationConfigBtqlExportCredentialsGcpServiceAccount as ProjectAutomationConfigBtqlExportCredentialsGcpServiceAccount,
    )
    from .project_automation import (
        ProjectAutomationConfigBtqlExportExportDefinitionBtqlQuery as ProjectAutomationConfigBtqlExportExportDefinitionBtqlQuery,
    )
    from .project_automation import (
        ProjectAutomationConfigBtqlExportExportDefinitionLogSpans as ProjectAutomationConfigBtqlExportExportDefinitionLogSpans,
    )
    from .project_automation import (
        ProjectAutomationConfigBtqlExportExportDefinitionLogTraces as ProjectAutomationConfigBtqlExportExportDefinitionLogTraces,
    )
    from .project_automation import ProjectAutomationConfigEnvironmentUpdate as ProjectAutomationConfigEnvironmentUpdate
    from .project_automation import (
        ProjectAutomationConfigEnvironmentUpdateActionSlack as ProjectAutomationConfigEnvironmentUpdateActionSlack,
    )
    from .project_automation import (
        ProjectAutomationConfigEnvironmentUpdateActionWebhook as ProjectAutomationConfigEnvironmentUpdateActionWebhook,
    )
    from .project_automation import ProjectAutomationConfigLogs as ProjectAutomationConfigLogs
    from .project_automation import ProjectAutomationConfigLogsActionSlack as ProjectAutomationConfigLogsActionSlack
    from .project_automation import ProjectAutomationConfigLogsActionWebhook as ProjectAutomationConfigLogsActionWebhook
    from .project_automation import ProjectAutomationConfigRetention as ProjectAutomationConfigRetention
    from .project_automation_id_param import ProjectAutomationIdParam as ProjectAutomationIdParam
    from .project_automation_name import ProjectAutomationName as ProjectAutomationName
    from .project_automations_list_response import ProjectAutomationsListResponse as ProjectAutomationsListResponse
    from .project_id_param import ProjectIdParam as ProjectIdParam
    from .project_id_query import ProjectIdQuery as ProjectIdQuery
    from .project_logs_event import ProjectLogsEvent as ProjectLogsEvent
    from .project_logs_event import ProjectLogsEventClassificationsValueItem as ProjectLogsEventClassificationsValueItem
    from .project_logs_event import ProjectLogsEventContext as ProjectLogsEventContext
    from .project_logs_event import ProjectLogsEventMetadata as ProjectLogsEventMetadata
    from .project_logs_event import ProjectLogsEventMetrics as ProjectLogsEventMetrics
    from .project_name import ProjectName as ProjectName
    from .project_score import ProjectScore as ProjectScore
    from .project_score_categories import ProjectScoreCategories as ProjectScoreCategories
    from .project_score_category import ProjectScoreCategory as ProjectScoreCategory
    from .project_score_condition import ProjectScoreCondition as ProjectScoreCondition
    from .project_score_condition import ProjectScoreConditionWhen as ProjectScoreConditionWhen
    from .project_score_config import ProjectScoreConfig as ProjectScoreConfig
    from .project_score_config import ProjectScoreConfigVisibility as ProjectScoreConfigVisibility
    from .project_score_id_param import ProjectScoreIdParam as ProjectScoreIdParam
    from .project_score_name import ProjectScoreName as ProjectScoreName
    from .project_score_type import ProjectScoreType as ProjectScoreType
    from .project_scores_list_response import ProjectScoresListResponse as ProjectScoresListResponse
    from .project_settings import ProjectSettings as ProjectSettings
    from .project_settings import ProjectSettingsRemoteEvalSourcesItem as ProjectSettingsRemoteEvalSourcesItem
    from .project_settings import ProjectSettingsSpanFieldOrderItem as ProjectSettingsSpanFieldOrderItem
    from .project_tag import ProjectTag as ProjectTag
    from .project_tag_id_param import ProjectTagIdParam as ProjectTagIdParam
    from .project_tag_name import ProjectTagName as ProjectTagName
    from .project_tags_list_response import ProjectTagsListResponse as ProjectTagsListResponse
    from .projects_list_response import ProjectsListResponse as ProjectsListResponse
    from .prompt import Prompt as Prompt
    from .prompt_block_data import PromptBlockData as PromptBlockData
    from .prompt_block_data import PromptBlockDataChat as PromptBlockDataChat
    from .prompt_block_data import PromptBlockDataCompletion as PromptBlockDataCompletion
    from .prompt_block_data_nullish import PromptBlockDataNullish as PromptBlockDataNullish
    from .prompt_block_data_nullish import PromptBlockDataNullishChat as PromptBlockDataNullishChat
    from .prompt_block_data_nullish import PromptBlockDataNullishCompletion as PromptBlockDataNullishCompletion
    from .prompt_data import PromptData as PromptData
    from .prompt_data import PromptDataMcpValueId as PromptDataMcpValueId
    from .prompt_data import PromptDataMcpValueUrl as PromptDataMcpValueUrl
    from .prompt_data import PromptDataOrigin as PromptDataOrigin
    from .prompt_data import PromptDataToolFunctionsItemFunction as PromptDataToolFunctionsItemFunction
    from .prompt_data import PromptDataToolFunctionsItemGlobal as PromptDataToolFunctionsItemGlobal
    from .prompt_data_nullish import PromptDataNullish as PromptDataNullish
    from .prompt_data_nullish import PromptDataNullishMcpValueId as PromptDataNullishMcpValueId
    from .prompt_data_nullish import PromptDataNullishMcpValueUrl as PromptDataNullishMcpValueUrl
    from .prompt_data_nullish import PromptDataNullishOrigin as PromptDataNullishOrigin
    from .prompt_data_nullish import (
        PromptDataNullishToolFunctionsItemFunction as PromptDataNullishToolFunctionsItemFunction,
    )
    from .prompt_data_nullish import (
        PromptDataNullishToolFunctionsItemGlobal as PromptDataNullishToolFunctionsItemGlobal,
    )
    from .prompt_environment import PromptEnvironment as PromptEnvironment
    from .prompt_id_param import PromptIdParam as PromptIdParam
    from .prompt_name import PromptName as PromptName
    from .prompt_options_nullish import PromptOptionsNullish as PromptOptionsNullish
    from .prompt_parser_nullish import PromptParserNullish as PromptParserNullish
    from .prompt_session_id_param import PromptSessionIdParam as PromptSessionIdParam
    from .prompt_session_name import PromptSessionName as PromptSessionName
    from .prompt_version import PromptVersion as PromptVersion
    from .prompts_list_response import PromptsListResponse as PromptsListResponse
    from .proxy_credentials_body import ProxyCredentialsBody as ProxyCredentialsBody
    from .proxy_credentials_body_logging import ProxyCredentialsBodyLogging as ProxyCredentialsBodyLogging
    from .proxy_credentials_response import ProxyCredentialsResponse as ProxyCredentialsResponse
    from .reasoning_delta_event import ReasoningDeltaEvent as ReasoningDeltaEvent
    from .repo_info import RepoInfo as RepoInfo
    from .response_format_json_schema import ResponseFormatJsonSchema as ResponseFormatJsonSchema
    from .response_format_nullish import ResponseFormatNullish as ResponseFormatNullish
    from .response_format_nullish import ResponseFormatNullishJsonObject as ResponseFormatNullishJsonObject
    from .response_format_nullish import ResponseFormatNullishJsonSchema as ResponseFormatNullishJsonSchema
    from .response_format_nullish import ResponseFormatNullishText as ResponseFormatNullishText
    from .retention_object_type import RetentionObjectType as RetentionObjectType
    from .role import Role as Role
    from .role import RoleMemberPermissionsItem as RoleMemberPermissionsItem
    from .role_id_param import RoleIdParam as RoleIdParam
    from .role_name import RoleName as RoleName
    from .roles_list_response import RolesListResponse as RolesListResponse
    from .run_eval import RunEval as RunEval
    from .run_eval import RunEvalDataProjectDatasetName as RunEvalDataProjectDatasetName
    from .run_eval import RunEvalDataSetId as RunEvalDataSetId
    from .run_eval import RunEvalDataSetRows as RunEvalDataSetRows
    from .run_eval import RunEvalMcpAuthValue as RunEvalMcpAuthValue
    from .saved_function_id import SavedFunctionId as SavedFunctionId
    from .saved_function_id import SavedFunctionIdFunction as SavedFunctionIdFunction
    from .saved_function_id import SavedFunctionIdGlobal as SavedFunctionIdGlobal
    from .score_summary import ScoreSummary as ScoreSummary
    from .service_token import ServiceToken as ServiceToken
    from .service_token_id_param import ServiceTokenIdParam as ServiceTokenIdParam
    from .service_token_name import ServiceTokenName as ServiceTokenName
    from .service_tokens_create_body import ServiceTokensCreateBody as ServiceTokensCreateBody
    from .service_tokens_list_response import ServiceTokensListResponse as ServiceTokensListResponse
    from .service_tokens_replace_body import ServiceTokensReplaceBody as ServiceTokensReplaceBody
    from .slug import Slug as Slug
    from .span_attributes import SpanAttributes as SpanAttributes
    from .span_i_frame import SpanIFrame as SpanIFrame
    from .span_iframe_id_param import SpanIframeIdParam as SpanIframeIdParam
    from .span_iframe_name import SpanIframeName as SpanIframeName
    from .span_iframes_list_response import SpanIframesListResponse as SpanIframesListResponse
    from .span_scope import SpanScope as SpanScope
    from .span_type import SpanType as SpanType
    from .start_event import StartEvent as StartEvent
    from .starting_after import StartingAfter as StartingAfter
    from .streaming_mode import StreamingMode as StreamingMode
    from .summarize_data import SummarizeData as SummarizeData
    from .summarize_dataset_response import SummarizeDatasetResponse as SummarizeDatasetResponse
    from .summarize_experiment_response import SummarizeExperimentResponse as SummarizeExperimentResponse
    from .summarize_scores import SummarizeScores as SummarizeScores
    from .text_delta_event import TextDeltaEvent as TextDeltaEvent
    from .topic_automation_config import TopicAutomationConfig as TopicAutomationConfig
    from .topic_automation_config import (
        TopicAutomationConfigBackfillTimeRangeVariant2 as TopicAutomationConfigBackfillTimeRangeVariant2,
    )
    from .topic_automation_config import (
        TopicAutomationConfigFacetFunctionsItemFunction as TopicAutomationConfigFacetFunctionsItemFunction,
    )
    from .topic_automation_config import (
        TopicAutomationConfigFacetFunctionsItemGlobal as TopicAutomationConfigFacetFunctionsItemGlobal,
    )
    from .topic_automation_data_scope import TopicAutomationDataScope as TopicAutomationDataScope
    from .topic_automation_data_scope import TopicAutomationDataScopeExperiment as TopicAutomationDataScopeExperiment
    from .topic_automation_data_scope import (
        TopicAutomationDataScopeProjectExperiments as TopicAutomationDataScopeProjectExperiments,
    )
    from .topic_automation_data_scope import TopicAutomationDataScopeProjectLogs as TopicAutomationDataScopeProjectLogs
    from .topic_automation_facet_model import TopicAutomationFacetModel as TopicAutomationFacetModel
    from .topic_digest_automation_config import TopicDigestAutomationConfig as TopicDigestAutomationConfig
    from .topic_digest_automation_config import TopicDigestAutomationConfigAction as TopicDigestAutomationConfigAction
    from .topic_map_data import TopicMapData as TopicMapData
    from .topic_map_function_automation import TopicMapFunctionAutomation as TopicMapFunctionAutomation
    from .topic_map_function_automation import (
        TopicMapFunctionAutomationFunctionFunction as TopicMapFunctionAutomationFunctionFunction,
    )
    from .topic_map_function_automation import (
        TopicMapFunctionAutomationFunctionGlobal as TopicMapFunctionAutomationFunctionGlobal,
    )
    from .topic_map_generation_settings import TopicMapGenerationSettings as TopicMapGenerationSettings
    from .trace_scope import TraceScope as TraceScope
    from .user import User as User
    from .user_email import UserEmail as UserEmail
    from .user_family_name import UserFamilyName as UserFamilyName
    from .user_given_name import UserGivenName as UserGivenName
    from .user_id_param import UserIdParam as UserIdParam
    from .users_list_response import UsersListResponse as UsersListResponse
    from .version import Version as Version
    from .view import View as View
    from .view_data import ViewData as ViewData
    from .view_data_search import ViewDataSearch as ViewDataSearch
    from .view_id_param import ViewIdParam as ViewIdParam
    from .view_name import ViewName as ViewName
    from .view_options import ViewOptions as ViewOptions
    from .view_options import ViewOptionsMonitor as ViewOptionsMonitor
    from .view_options import ViewOptionsMonitorOptions as ViewOptionsMonitorOptions
    from .view_options import ViewOptionsTable as ViewOptionsTable
    from .view_options import ViewOptionsTableChartAnnotationsItem as ViewOptionsTableChartAnnotationsItem
    from .view_options import ViewOptionsTableExcludedMeasuresItem as ViewOptionsTableExcludedMeasuresItem
    from .view_options import ViewOptionsTableSymbolGrouping as ViewOptionsTableSymbolGrouping
    from .view_options import ViewOptionsTableTimeRangeFilterVariant2 as ViewOptionsTableTimeRangeFilterVariant2
    from .view_options import ViewOptionsTableXAxis as ViewOptionsTableXAxis
    from .view_options import ViewOptionsTableYMetric as ViewOptionsTableYMetric
    from .view_type import ViewType as ViewType
    from .views_list_response import ViewsListResponse as ViewsListResponse

_MODULES: dict[str, str] = {
    "Acl": "acl",
    "AclBatchUpdateRequest": "acl_batch_update_request",
    "AclBatchUpdateResponse": "acl_batch_update_response",
    "AclIdParam": "acl_id_param",
    "AclItem": "acl_item",
    "AclListGroupId": "acl_list_group_id",
    "AclListOrgObjectId": "acl_list_org_object_id",
    "AclListOrgObjectType": "acl_list_org_object_type",
    "AclListPermission": "acl_list_permission",
    "AclListRestrictObjectType": "acl_list_restrict_object_type",
    "AclListRoleId": "acl_list_role_id",
    "AclListUserId": "acl_list_user_id",
    "AclObjectId": "acl_object_id",
    "AclObjectType": "acl_object_type",
    "AclsListResponse": "acls_list_response",
    "Agent": "agent",
    "AgentIdParam": "agent_id_param",
    "AgentName": "agent_name",
    "AgentsListResponse": "agents_list_response",
    "AISecret": "ai_secret",
    "AiSecretIdParam": "ai_secret_id_param",
    "AiSecretName": "ai_secret_name",
    "AISecretType": "ai_secret_type",
    "AiSecretsListResponse": "ai_secrets_list_response",
    "ApiKey": "api_key",
    "ApiKeyIdParam": "api_key_id_param",
    "ApiKeyName": "api_key_name",
    "ApiKeysListResponse": "api_keys_list_response",
    "AppLimitParam": "app_limit_param",
    "AppLimitWithDefaultParam": "app_limit_with_default_param",
    "AutomationStatus": "automation_status",
    "BatchedFacetData": "batched_facet_data",
    "BatchedFacetDataFacetsItem": "batched_facet_data",
    "BatchedFacetDataTopicMapsValueItem": "batched_facet_data",
    "ChatCompletionContentPart": "chat_completion_content_part",
    "ChatCompletionContentPartFileFile": "chat_completion_content_part_file_file",
    "ChatCompletionContentPartFileWithTitle": "chat_completion_content_part_file_with_title",
    "ChatCompletionContentPartImageWithTitle": "chat_completion_content_part_image_with_title",
    "ChatCompletionContentPartImageWithTitleImageUrl": "chat_completion_content_part_image_with_title",
    "ChatCompletionContentPartText": "chat_completion_content_part_text",
    "ChatCompletionContentPartTextCacheControl": "chat_completion_content_part_text",
    "ChatCompletionContentPartTextWithTitle": "chat_completion_content_part_text_with_title",
    "ChatCompletionContentPartTextWithTitleCacheControl": "chat_completion_content_part_text_with_title",
    "ChatCompletionMessageParamAssistant": "chat_completion_message_param",
    "ChatCompletionMessageParamAssistantFunctionCall": "chat_completion_message_param",
    "ChatCompletionMessageParamDeveloper": "chat_completion_message_param",
    "ChatCompletionMessageParamFallback": "chat_completion_message_param",
    "ChatCompletionMessageParamFunction": "chat_completion_message_param",
    "ChatCompletionMessageParamSystem": "chat_completion_message_param",
    "ChatCompletionMessageParamTool": "chat_completion_message_param",
    "ChatCompletionMessageParamUser": "chat_completion_message_param",
    "ChatCompletionMessageParam": "chat_completion_message_param",
    "ChatCompletionMessageReasoning": "chat_completion_message_reasoning",
    "ChatCompletionMessageToolCall": "chat_completion_message_tool_call",
    "ChatCompletionMessageToolCallFunction": "chat_completion_message_tool_call",
    "CodeBundle": "code_bundle",
    "CodeBundleLocationExperiment": "code_bundle",
    "CodeBundleLocationExperimentPositionClassifier": "code_bundle",
    "CodeBundleLocationExperimentPositionScorer": "code_bundle",
    "CodeBundleLocationExperimentPositionTask": "code_bundle",
    "CodeBundleLocationFunction": "code_bundle",
    "CodeBundleLocationSandbox": "code_bundle",
    "CodeBundleLocationSandboxSandboxSpecLambda": "code_bundle",
    "CodeBundleLocationSandboxSandboxSpecModal": "code_bundle",
    "CodeBundleRuntimeContext": "code_bundle",
    "ComparisonExperimentId": "comparison_experiment_id",
    "ConsoleEvent": "console_event",
    "ConsoleEventData": "console_event_data",
    "CreateAgent": "create_agent",
    "CreateAISecret": "create_ai_secret",
    "CreateDataset": "create_dataset",
    "CreateDatasetSnapshot": "create_dataset_snapshot",
    "CreateEnvironment": "create_environment",
    "CreateExperiment": "create_experiment",
    "CreateExperimentInternalMetadata": "create_experiment",
    "CreateFunction": "create_function",
    "CreateFunctionFunctionSchema": "create_function",
    "CreateFunctionOrigin": "create_function",
    "CreateGroup": "create_group",
    "CreateMCPServer": "create_mcp_server",
    "CreateProject": "create_project",
    "CreateProjectAutomation": "create_project_automation",
    "CreateProjectAutomationConfigAsyncQuery": "create_project_automation",
    "CreateProjectAutomationConfigBtqlExport": "create_project_automation",
    "CreateProjectAutomationConfigBtqlExportCredentialsAwsIam": "create_project_automation",
    "CreateProjectAutomationConfigBtqlExportCredentialsGcpServiceAccount": "create_project_automation",
    "CreateProjectAutomationConfigBtqlExportExportDefinitionBtqlQuery": "create_project_automation",
    "CreateProjectAutomationConfigBtqlExportExportDefinitionLogSpans": "create_project_automation",
    "CreateProjectAutomationConfigBtqlExportExportDefinitionLogTraces": "create_project_automation",
    "CreateProjectAutomationConfigEnvironmentUpdate": "create_project_automation",
    "CreateProjectAutomationConfigEnvironmentUpdateActionSlack": "create_project_automation",
    "CreateProjectAutomationConfigEnvironmentUpdateActionWebhook": "create_project_automation",
    "CreateProjectAutomationConfigLogs": "create_project_automation",
    "CreateProjectAutomationConfigLogsActionSlack": "create_project_automation",
    "CreateProjectAutomationConfigLogsActionWebhook": "create_project_automation",
    "CreateProjectAutomationConfigRetention": "create_project_automation",
    "CreateProjectScore": "create_project_score",
    "CreateProjectTag": "create_project_tag",
    "CreatePrompt": "create_prompt",
    "CreateRole": "create_role",
    "CreateRoleMemberPermissionsItem": "create_role",
    "CreateServiceTokenOutput": "create_service_token_output",
    "CreateSpanIFrame": "create_span_i_frame",
    "CreateView": "create_view",
    "CrossObjectInsertRequest": "cross_object_insert_request",
    "CrossObjectInsertRequestDatasetValue": "cross_object_insert_request",
    "CrossObjectInsertRequestExperimentValue": "cross_object_insert_request",
    "CrossObjectInsertRequestProjectLogsValue": "cross_object_insert_request",
    "CrossObjectInsertResponse": "cross_object_insert_response",
    "DataSummary": "data_summary",
    "Dataset": "dataset",
    "DatasetEvent": "dataset_event",
    "DatasetEventClassificationsValueItem": "dataset_event",
    "DatasetEventMetadata": "dataset_event",
    "DatasetIdParam": "dataset_id_param",
    "DatasetName": "dataset_name",
    "DatasetSnapshot": "dataset_snapshot",
    "DatasetSnapshotIdParam": "dataset_snapshot_id_param",
    "DatasetSnapshotName": "dataset_snapshot_name",
    "DatasetSnapshotsListResponse": "dataset_snapshots_list_response",
    "DatasetsListResponse": "datasets_list_response",
    "DeleteAISecret": "delete_ai_secret",
    "DeleteServiceToken": "delete_service_token",
    "DeleteView": "delete_view",
    "DoneEvent": "done_event",
    "EndingBefore": "ending_before",
    "EnvVar": "env_var",
    "EnvVarIdParam": "env_var_id_param",
    "EnvVarName": "env_var_name",
    "EnvVarObjectId": "env_var_object_id",
    "EnvVarObjectType": "env_var_object_type",
    "EnvVarsCreateBody": "env_vars_create_body",
    "EnvVarsListResponse": "env_vars_list_response",
    "EnvVarsReplaceBody": "env_vars_replace_body",
    "EnvVarsUpdateBody": "env_vars_update_body",
    "Environment": "environment",
    "EnvironmentsListResponse": "environments_list_response",
    "ErrorEvent": "error_event",
    "Experiment": "experiment",
    "ExperimentInternalMetadata": "experiment",
    "ExperimentEvent": "experiment_event",
    "ExperimentEventClassificationsValueItem": "experiment_event",
    "ExperimentEventContext": "experiment_event",
    "ExperimentEventMetadata": "experiment_event",
    "ExperimentEventMetrics": "experiment_event",
    "ExperimentIdParam": "experiment_id_param",
    "ExperimentName": "experiment_name",
    "ExperimentsListResponse": "experiments_list_response",
    "FacetData": "facet_data",
    "FeedbackDatasetEventRequest": "feedback_dataset_event_request",
    "FeedbackDatasetItem": "feedback_dataset_item",
    "FeedbackExperimentEventRequest": "feedback_experiment_event_request",
    "FeedbackExperimentItem": "feedback_experiment_item",
    "FeedbackProjectLogsEventRequest": "feedback_project_logs_event_request",
    "FeedbackProjectLogsItem": "feedback_project_logs_item",
    "FeedbackResponseSchema": "feedback_response_schema",
    "FetchDatasetEventsResponse": "fetch_dataset_events_response",
    "FetchEventsRequest": "fetch_events_request",
    "FetchExperimentEventsResponse": "fetch_experiment_events_response",
    "FetchLimit": "fetch_limit",
    "FetchLimitParam": "fetch_limit_param",
    "FetchPaginationCursor": "fetch_pagination_cursor",
    "FetchProjectLogsEventsResponse": "fetch_project_logs_events_response",
    "Function": "function",
    "FunctionFunctionSchema": "function",
    "FunctionOrigin": "function",
    "FunctionDataCode": "function_data",
    "FunctionDataCodeDataBundle": "function_data",
    "FunctionDataCodeDataInline": "function_data",
    "FunctionDataCodeDataInlineRuntimeContext": "function_data",
    "FunctionDataGlobal": "function_data",
    "FunctionDataParameters": "function_data",
    "FunctionDataParametersSchema": "function_data",
    "FunctionDataPrompt": "function_data",
    "FunctionDataRemoteEval": "function_data",
    "FunctionData": "function_data",
    "FunctionDataNullishCode": "function_data_nullish",
    "FunctionDataNullishCodeDataBundle": "function_data_nullish",
    "FunctionDataNullishCodeDataInline": "function_data_nullish",
    "FunctionDataNullishCodeDataInlineRuntimeContext": "function_data_nullish",
    "FunctionDataNullishGlobal": "function_data_nullish",
    "FunctionDataNullishParameters": "function_data_nullish",
    "FunctionDataNullishParametersSchema": "function_data_nullish",
    "FunctionDataNullishPrompt": "function_data_nullish",
    "FunctionDataNullishRemoteEval": "function_data_nullish",
    "FunctionDataNullish": "function_data_nullish",
    "FunctionIdFunctionId": "function_id",
    "FunctionIdGlobalFunction": "function_id",
    "FunctionIdInlineCode": "function_id",
    "FunctionIdInlineCodeInlineContext": "function_id",
    "FunctionIdInlineFunction": "function_id",
    "FunctionIdInlinePrompt": "function_id",
    "FunctionIdProjectSlug": "function_id",
    "FunctionIdPromptSessionId": "function_id",
    "FunctionId": "function_id",
    "FunctionIdParam": "function_id_param",
    "FunctionIdRef": "function_id_ref",
    "FunctionName": "function_name",
    "FunctionTypeEnum": "function_type_enum",
    "FunctionTypeEnumNullish": "function_type_enum_nullish",
    "FunctionsListResponse": "functions_list_response",
    "GitMetadataSettings": "git_metadata_settings",
    "GraphData": "graph_data",
    "GraphEdge": "graph_edge",
    "GraphEdgeSource": "graph_edge",
    "GraphEdgeTarget": "graph_edge",
    "GraphNodeAggregator": "graph_node",
    "GraphNodeAggregatorPosition": "graph_node",
    "GraphNodeBtql": "graph_node",
    "GraphNodeBtqlPosition": "graph_node",
    "GraphNodeFunction": "graph_node",
    "GraphNodeFunctionPosition": "graph_node",
    "GraphNodeGate": "graph_node",
    "GraphNodeGatePosition": "graph_node",
    "GraphNodeInput": "graph_node",
    "GraphNodeInputPosition": "graph_node",
    "GraphNodeLiteralModel": "graph_node",
    "GraphNodeLiteralModelPosition": "graph_node",
    "GraphNodeOutput": "graph_node",
    "GraphNodeOutputPosition": "graph_node",
    "GraphNodePromptTemplate": "graph_node",
    "GraphNodePromptTemplatePosition": "graph_node",
    "GraphNode": "graph_node",
    "Group": "group",
    "GroupIdParam": "group_id_param",
    "GroupName": "group_name",
    "GroupScope": "group_scope",
    "GroupsListResponse": "groups_list_response",
    "Ids": "ids",
    "ImageRenderingMode": "image_rendering_mode",
    "InsertDatasetEvent": "insert_dataset_event",
    "InsertDatasetEventArrayDeleteItem": "insert_dataset_event",
    "InsertDatasetEventMetadata": "insert_dataset_event",
    "InsertDatasetEventRequest": "insert_dataset_event_request",
    "InsertEventsResponse": "insert_events_response",
    "InsertExperimentEvent": "insert_experiment_event",
    "InsertExperimentEventArrayDeleteItem": "insert_experiment_event",
    "InsertExperimentEventContext": "insert_experiment_event",
    "InsertExperimentEventMetadata": "insert_experiment_event",
    "InsertExperimentEventMetrics": "insert_experiment_event",
    "InsertExperimentEventRequest": "insert_experiment_event_request",
    "InsertProjectLogsEvent": "insert_project_logs_event",
    "InsertProjectLogsEventArrayDeleteItem": "insert_project_logs_event",
    "InsertProjectLogsEventContext": "insert_project_logs_event",
    "InsertProjectLogsEventMetadata": "insert_project_logs_event",
    "InsertProjectLogsEventMetrics": "insert_project_logs_event",
    "InsertProjectLogsEventRequest": "insert_project_logs_event_request",
    "InvokeApi": "invoke_api",
    "InvokeApiMcpAuthValue": "invoke_api",
    "InvokeEvent": "invoke_event",
    "InvokeParentSpanParentStruct": "invoke_parent",
    "InvokeParentSpanParentStructRowIds": "invoke_parent",
    "InvokeParent": "invoke_parent",
    "JsonDeltaEvent": "json_delta_event",
    "MaxRootSpanId": "max_root_span_id",
    "MaxXactId": "max_xact_id",
    "MCPServer": "mcp_server",
    "McpServerIdParam": "mcp_server_id_param",
    "McpServerName": "mcp_server_name",
    "McpServersListResponse": "mcp_servers_list_response",
    "MetricSummary": "metric_summary",
    "ModelParamsAnthropic": "model_params",
    "ModelParamsGoogle": "model_params",
    "ModelParamsJsCompletionParams": "model_params",
    "ModelParamsOpenAI": "model_params",
    "ModelParamsOpenAIFunctionCallFunction": "model_params",
    "ModelParamsOpenAIToolChoiceFunction": "model_params",
    "ModelParamsOpenAIToolChoiceFunctionFunction": "model_params",
    "ModelParamsWindowAI": "model_params",
    "ModelParams": "model_params",
    "NullableSavedFunctionIdFunction": "nullable_saved_function_id",
    "NullableSavedFunctionIdGlobal": "nullable_saved_function_id",
    "NullableSavedFunctionId": "nullable_saved_function_id",
    "ObjectReferenceNullish": "object_reference_nullish",
    "OnlineScoreConfig": "online_score_config",
    "OnlineScoreConfigScorersItemFunction": "online_score_config",
    "OnlineScoreConfigScorersItemGlobal": "online_score_config",
    "OrgName": "org_name",
    "Organization": "organization",
    "OrganizationIdParam": "organization_id_param",
    "OrganizationsListResponse": "organizations_list_response",
    "PatchAgent": "patch_agent",
    "PatchAISecret": "patch_ai_secret",
    "PatchDataset": "patch_dataset",
    "PatchDatasetSnapshot": "patch_dataset_snapshot",
    "PatchEnvironment": "patch_environment",
    "PatchExperiment": "patch_experiment",
    "PatchExperimentInternalMetadata": "patch_experiment",
    "PatchFunction": "patch_function",
    "PatchGroup": "patch_group",
    "PatchMCPServer": "patch_mcp_server",
    "PatchOrganization": "patch_organization",
    "PatchOrganizationMembers": "patch_organization_members",
    "PatchOrganizationMembersInviteUsers": "patch_organization_members",
    "PatchOrganizationMembersInviteUsersServiceAccountsItem": "patch_organization_members",
    "PatchOrganizationMembersRemoveUsers": "patch_organization_members",
    "PatchOrganizationMembersOutput": "patch_organization_members_output",
    "PatchOrganizationMembersOutputAddedUsersItem": "patch_organization_members_output",
    "PatchProject": "patch_project",
    "PatchProjectAutomation": "patch_project_automation",
    "PatchProjectAutomationConfigAsyncQuery": "patch_project_automation",
    "PatchProjectAutomationConfigBtqlExport": "patch_project_automation",
    "PatchProjectAutomationConfigBtqlExportCredentialsAwsIam": "patch_project_automation",
    "PatchProjectAutomationConfigBtqlExportCredentialsGcpServiceAccount": "patch_project_automation",
    "PatchProjectAutomationConfigBtqlExportExportDefinitionBtqlQuery": "patch_project_automation",
    "PatchProjectAutomationConfigBtqlExportExportDefinitionLogSpans": "patch_project_automation",
    "PatchProjectAutomationConfigBtqlExportExportDefinitionLogTraces": "patch_project_automation",
    "PatchProjectAutomationConfigEnvironmentUpdate": "patch_project_automation",
    "PatchProjectAutomationConfigEnvironmentUpdateActionSlack": "patch_project_automation",
    "PatchProjectAutomationConfigEnvironmentUpdateActionWebhook": "patch_project_automation",
    "PatchProjectAutomationConfigLogs": "patch_project_automation",
    "PatchProjectAutomationConfigLogsActionSlack": "patch_project_automation",
    "PatchProjectAutomationConfigLogsActionWebhook": "patch_project_automation",
    "PatchProjectAutomationConfigRetention": "patch_project_automation",
    "PatchProjectScore": "patch_project_score",
    "PatchProjectTag": "patch_project_tag",
    "PatchPrompt": "patch_prompt",
    "PatchRole": "patch_role",
    "PatchRoleAddMemberPermissionsItem": "patch_role",
    "PatchRoleRemoveMemberPermissionsItem": "patch_role",
    "PatchSpanIFrame": "patch_span_i_frame",
    "PatchView": "patch_view",
    "Permission": "permission",
    "ProgressEvent": "progress_event",
    "ProgressEventData": "progress_event_data",
    "ProgressEventDataOrigin": "progress_event_data",
    "Project": "project",
    "ProjectAutomation": "project_automation",
    "ProjectAutomationConfigAsyncQuery": "project_automation",
    "ProjectAutomationConfigBtqlExport": "project_automation",
    "ProjectAutomationConfigBtqlExportCredentialsAwsIam": "project_automation",
    "ProjectAutomationConfigBtqlExportCredentialsGcpServiceAccount": "project_automation",
    "ProjectAutomationConfigBtqlExportExportDefinitionBtqlQuery": "project_automation",
    "ProjectAutomationConfigBtqlExportExportDefinitionLogSpans": "project_automation",
    "ProjectAutomationConfigBtqlExportExportDefinitionLogTraces": "project_automation",
    "ProjectAutomationConfigEnvironmentUpdate": "project_automation",
    "ProjectAutomationConfigEnvironmentUpdateActionSlack": "project_automation",
    "ProjectAutomationConfigEnvironmentUpdateActionWebhook": "project_automation",
    "ProjectAutomationConfigLogs": "project_automation",
    "ProjectAutomationConfigLogsActionSlack": "project_automation",
    "ProjectAutomationConfigLogsActionWebhook": "project_automation",
    "ProjectAutomationConfigRetention": "project_automation",
    "ProjectAutomationIdParam": "project_automation_id_param",
    "ProjectAutomationName": "project_automation_name",
    "ProjectAutomationsListResponse": "project_automations_list_response",
    "ProjectIdParam": "project_id_param",
    "ProjectIdQuery": "project_id_query",
    "ProjectLogsEvent": "project_logs_event",
    "ProjectLogsEventClassificationsValueItem": "project_logs_event",
    "ProjectLogsEventContext": "project_logs_event",
    "ProjectLogsEventMetadata": "project_logs_event",
    "ProjectLogsEventMetrics": "project_logs_event",
    "ProjectName": "project_name",
    "ProjectScore": "project_score",
    "ProjectScoreCategories": "project_score_categories",
    "ProjectScoreCategory": "project_score_category",
    "ProjectScoreCondition": "project_score_condition",
    "ProjectScoreConditionWhen": "project_score_condition",
    "ProjectScoreConfig": "project_score_config",
    "ProjectScoreConfigVisibility": "project_score_config",
    "ProjectScoreIdParam": "project_score_id_param",
    "ProjectScoreName": "project_score_name",
    "ProjectScoreType": "project_score_type",
    "ProjectScoresListResponse": "project_scores_list_response",
    "ProjectSettings": "project_settings",
    "ProjectSettingsRemoteEvalSourcesItem": "project_settings",
    "ProjectSettingsSpanFieldOrderItem": "project_settings",
    "ProjectTag": "project_tag",
    "ProjectTagIdParam": "project_tag_id_param",
    "ProjectTagName": "project_tag_name",
    "ProjectTagsListResponse": "project_tags_list_response",
    "ProjectsListResponse": "projects_list_response",
    "Prompt": "prompt",
    "PromptBlockDataChat": "prompt_block_data",
    "PromptBlockDataCompletion": "prompt_block_data",
    "PromptBlockData": "prompt_block_data",
    "PromptBlockDataNullishChat": "prompt_block_data_nullish",
    "PromptBlockDataNullishCompletion": "prompt_block_data_nullish",
    "PromptBlockDataNullish": "prompt_block_data_nullish",
    "PromptData": "prompt_data",
    "PromptDataMcpValueId": "prompt_data",
    "PromptDataMcpValueUrl": "prompt_data",
    "PromptDataOrigin": "prompt_data",
    "PromptDataToolFunctionsItemFunction": "prompt_data",
    "PromptDataToolFunctionsItemGlobal": "prompt_data",
    "PromptDataNullish": "prompt_data_nullish",
    "PromptDataNullishMcpValueId": "prompt_data_nullish",
    "PromptDataNullishMcpValueUrl": "prompt_data_nullish",
    "PromptDataNullishOrigin": "prompt_data_nullish",
    "PromptDataNullishToolFunctionsItemFunction": "prompt_data_nullish",
    "PromptDataNullishToolFunctionsItemGlobal": "prompt_data_nullish",
    "PromptEnvironment": "prompt_environment",
    "PromptIdParam": "prompt_id_param",
    "PromptName": "prompt_name",
    "PromptOptionsNullish": "prompt_options_nullish",
    "PromptParserNullish": "prompt_parser_nullish",
    "PromptSessionIdParam": "prompt_session_id_param",
    "PromptSessionName": "prompt_session_name",
    "PromptVersion": "prompt_version",
    "PromptsListResponse": "prompts_list_response",
    "ProxyCredentialsBody": "proxy_credentials_body",
    "ProxyCredentialsBodyLogging": "proxy_credentials_body_logging",
    "ProxyCredentialsResponse": "proxy_credentials_response",
    "ReasoningDeltaEvent": "reasoning_delta_event",
    "RepoInfo": "repo_info",
    "ResponseFormatJsonSchema": "response_format_json_schema",
    "ResponseFormatNullishJsonObject": "response_format_nullish",
    "ResponseFormatNullishJsonSchema": "response_format_nullish",
    "ResponseFormatNullishText": "response_format_nullish",
    "ResponseFormatNullish": "response_format_nullish",
    "RetentionObjectType": "retention_object_type",
    "Role": "role",
    "RoleMemberPermissionsItem": "role",
    "RoleIdParam": "role_id_param",
    "RoleName": "role_name",
    "RolesListResponse": "roles_list_response",
    "RunEval": "run_eval",
    "RunEvalDataProjectDatasetName": "run_eval",
    "RunEvalDataSetId": "run_eval",
    "RunEvalDataSetRows": "run_eval",
    "RunEvalMcpAuthValue": "run_eval",
    "SavedFunctionIdFunction": "saved_function_id",
    "SavedFunctionIdGlobal": "saved_function_id",
    "SavedFunctionId": "saved_function_id",
    "ScoreSummary": "score_summary",
    "ServiceToken": "service_token",
    "ServiceTokenIdParam": "service_token_id_param",
    "ServiceTokenName": "service_token_name",
    "ServiceTokensCreateBody": "service_tokens_create_body",
    "ServiceTokensListResponse": "service_tokens_list_response",
    "ServiceTokensReplaceBody": "service_tokens_replace_body",
    "Slug": "slug",
    "SpanAttributes": "span_attributes",
    "SpanIFrame": "span_i_frame",
    "SpanIframeIdParam": "span_iframe_id_param",
    "SpanIframeName": "span_iframe_name",
    "SpanIframesListResponse": "span_iframes_list_response",
    "SpanScope": "span_scope",
    "SpanType": "span_type",
    "StartEvent": "start_event",
    "StartingAfter": "starting_after",
    "StreamingMode": "streaming_mode",
    "SummarizeData": "summarize_data",
    "SummarizeDatasetResponse": "summarize_dataset_response",
    "SummarizeExperimentResponse": "summarize_experiment_response",
    "SummarizeScores": "summarize_scores",
    "TextDeltaEvent": "text_delta_event",
    "TopicAutomationConfig": "topic_automation_config",
    "TopicAutomationConfigBackfillTimeRangeVariant2": "topic_automation_config",
    "TopicAutomationConfigFacetFunctionsItemFunction": "topic_automation_config",
    "TopicAutomationConfigFacetFunctionsItemGlobal": "topic_automation_config",
    "TopicAutomationDataScopeExperiment": "topic_automation_data_scope",
    "TopicAutomationDataScopeProjectExperiments": "topic_automation_data_scope",
    "TopicAutomationDataScopeProjectLogs": "topic_automation_data_scope",
    "TopicAutomationDataScope": "topic_automation_data_scope",
    "TopicAutomationFacetModel": "topic_automation_facet_model",
    "TopicDigestAutomationConfig": "topic_digest_automation_config",
    "TopicDigestAutomationConfigAction": "topic_digest_automation_config",
    "TopicMapData": "topic_map_data",
    "TopicMapFunctionAutomation": "topic_map_function_automation",
    "TopicMapFunctionAutomationFunctionFunction": "topic_map_function_automation",
    "TopicMapFunctionAutomationFunctionGlobal": "topic_map_function_automation",
    "TopicMapGenerationSettings": "topic_map_generation_settings",
    "TraceScope": "trace_scope",
    "User": "user",
    "UserEmail": "user_email",
    "UserFamilyName": "user_family_name",
    "UserGivenName": "user_given_name",
    "UserIdParam": "user_id_param",
    "UsersListResponse": "users_list_response",
    "Version": "version",
    "View": "view",
    "ViewData": "view_data",
    "ViewDataSearch": "view_data_search",
    "ViewIdParam": "view_id_param",
    "ViewName": "view_name",
    "ViewOptionsMonitor": "view_options",
    "ViewOptionsMonitorOptions": "view_options",
    "ViewOptionsTable": "view_options",
    "ViewOptionsTableChartAnnotationsItem": "view_options",
    "ViewOptionsTableExcludedMeasuresItem": "view_options",
    "ViewOptionsTableSymbolGrouping": "view_options",
    "ViewOptionsTableTimeRangeFilterVariant2": "view_options",
    "ViewOptionsTableXAxis": "view_options",
    "ViewOptionsTableYMetric": "view_options",
    "ViewOptions": "view_options",
    "ViewType": "view_type",
    "ViewsListResponse": "views_list_response",
}

__all__ = [
    "AISecret",
    "AISecretType",
    "Acl",
    "AclBatchUpdateRequest",
    "AclBatchUpdateResponse",
    "AclIdParam",
    "AclItem",
    "AclListGroupId",
    "AclListOrgObjectId",
    "AclListOrgObjectType",
    "AclListPermission",
    "AclListRestrictObjectType",
    "AclListRoleId",
    "AclListUserId",
    "AclObjectId",
    "AclObjectType",
    "AclsListResponse",
    "Agent",
    "AgentIdParam",
    "AgentName",
    "AgentsListResponse",
    "AiSecretIdParam",
    "AiSecretName",
    "AiSecretsListResponse",
    "ApiKey",
    "ApiKeyIdParam",
    "ApiKeyName",
    "ApiKeysListResponse",
    "AppLimitParam",
    "AppLimitWithDefaultParam",
    "AutomationStatus",
    "BatchedFacetData",
    "BatchedFacetDataFacetsItem",
    "BatchedFacetDataTopicMapsValueItem",
    "ChatCompletionContentPart",
    "ChatCompletionContentPartFileFile",
    "ChatCompletionContentPartFileWithTitle",
    "ChatCompletionContentPartImageWithTitle",
    "ChatCompletionContentPartImageWithTitleImageUrl",
    "ChatCompletionContentPartText",
    "ChatCompletionContentPartTextCacheControl",
    "ChatCompletionContentPartTextWithTitle",
    "ChatCompletionContentPartTextWithTitleCacheControl",
    "ChatCompletionMessageParam",
    "ChatCompletionMessageParamAssistant",
    "ChatCompletionMessageParamAssistantFunctionCall",
    "ChatCompletionMessageParamDeveloper",
    "ChatCompletionMessageParamFallback",
    "ChatCompletionMessageParamFunction",
    "ChatCompletionMessageParamSystem",
    "ChatCompletionMessageParamTool",
    "ChatCompletionMessageParamUser",
    "ChatCompletionMessageReasoning",
    "ChatCompletionMessageToolCall",
    "ChatCompletionMessageToolCallFunction",
    "CodeBundle",
    "CodeBundleLocationExperiment",
    "CodeBundleLocationExperimentPositionClassifier",
    "CodeBundleLocationExperimentPositionScorer",
    "CodeBundleLocationExperimentPositionTask",
    "CodeBundleLocationFunction",
    "CodeBundleLocationSandbox",
    "CodeBundleLocationSandboxSandboxSpecLambda",
    "CodeBundleLocationSandboxSandboxSpecModal",
    "CodeBundleRuntimeContext",
    "ComparisonExperimentId",
    "ConsoleEvent",
    "ConsoleEventData",
    "CreateAISecret",
    "CreateAgent",
    "CreateDataset",
    "CreateDatasetSnapshot",
    "CreateEnvironment",
    "CreateExperiment",
    "CreateExperimentInternalMetadata",
    "CreateFunction",
    "CreateFunctionFunctionSchema",
    "CreateFunctionOrigin",
    "CreateGroup",
    "CreateMCPServer",
    "CreateProject",
    "CreateProjectAutomation",
    "CreateProjectAutomationConfigAsyncQuery",
    "CreateProjectAutomationConfigBtqlExport",
    "CreateProjectAutomationConfigBtqlExportCredentialsAwsIam",
    "CreateProjectAutomationConfigBtqlExportCredentialsGcpServiceAccount",
    "CreateProjectAutomationConfigBtqlExportExportDefinitionBtqlQuery",
    "CreateProjectAutomationConfigBtqlExportExportDefinitionLogSpans",
    "CreateProjectAutomationConfigBtqlExportExportDefinitionLogTraces",
    "CreateProjectAutomationConfigEnvironmentUpdate",
    "CreateProjectAutomationConfigEnvironmentUpdateActionSlack",
    "CreateProjectAutomationConfigEnvironmentUpdateActionWebhook",
    "CreateProjectAutomationConfigLogs",
    "CreateProjectAutomationConfigLogsActionSlack",
    "CreateProjectAutomationConfigLogsActionWebhook",
    "CreateProjectAutomationConfigRetention",
    "CreateProjectScore",
    "CreateProjectTag",
    "CreatePrompt",
    "CreateRole",
    "CreateRoleMemberPermissionsItem",
    "CreateServiceTokenOutput",
    "CreateSpanIFrame",
    "CreateView",
    "CrossObjectInsertRequest",
    "CrossObjectInsertRequestDatasetValue",
    "CrossObjectInsertRequestExperimentValue",
    "CrossObjectInsertRequestProjectLogsValue",
    "CrossObjectInsertResponse",
    "DataSummary",
    "Dataset",
    "DatasetEvent",
    "DatasetEventClassificationsValueItem",
    "DatasetEventMetadata",
    "DatasetIdParam",
    "DatasetName",
    "DatasetSnapshot",
    "DatasetSnapshotIdParam",
    "DatasetSnapshotName",
    "DatasetSnapshotsListResponse",
    "DatasetsListResponse",
    "DeleteAISecret",
    "DeleteServiceToken",
    "DeleteView",
    "DoneEvent",
    "EndingBefore",
    "EnvVar",
    "EnvVarIdParam",
    "EnvVarName",
    "EnvVarObjectId",
    "EnvVarObjectType",
    "EnvVarsCreateBody",
    "EnvVarsListResponse",
    "EnvVarsReplaceBody",
    "EnvVarsUpdateBody",
    "Environment",
    "EnvironmentsListResponse",
    "ErrorEvent",
    "Experiment",
    "ExperimentEvent",
    "ExperimentEventClassificationsValueItem",
    "ExperimentEventContext",
    "ExperimentEventMetadata",
    "ExperimentEventMetrics",
    "ExperimentIdParam",
    "ExperimentInternalMetadata",
    "ExperimentName",
    "ExperimentsListResponse",
    "FacetData",
    "FeedbackDatasetEventRequest",
    "FeedbackDatasetItem",
    "FeedbackExperimentEventRequest",
    "FeedbackExperimentItem",
    "FeedbackProjectLogsEventRequest",
    "FeedbackProjectLogsItem",
    "FeedbackResponseSchema",
    "FetchDatasetEventsResponse",
    "FetchEventsRequest",
    "FetchExperimentEventsResponse",
    "FetchLimit",
    "FetchLimitParam",
    "FetchPaginationCursor",
    "FetchProjectLogsEventsResponse",
    "Function",
    "FunctionData",
    "FunctionDataCode",
    "FunctionDataCodeDataBundle",
    "FunctionDataCodeDataInline",
    "FunctionDataCodeDataInlineRuntimeContext",
    "FunctionDataGlobal",
    "FunctionDataNullish",
    "FunctionDataNullishCode",
    "FunctionDataNullishCodeDataBundle",
    "FunctionDataNullishCodeDataInline",
    "FunctionDataNullishCodeDataInlineRuntimeContext",
    "FunctionDataNullishGlobal",
    "FunctionDataNullishParameters",
    "FunctionDataNullishParametersSchema",
    "FunctionDataNullishPrompt",
    "FunctionDataNullishRemoteEval",
    "FunctionDataParameters",
    "FunctionDataParametersSchema",
    "FunctionDataPrompt",
    "FunctionDataRemoteEval",
    "FunctionFunctionSchema",
    "FunctionId",
    "FunctionIdFunctionId",
    "FunctionIdGlobalFunction",
    "FunctionIdInlineCode",
    "FunctionIdInlineCodeInlineContext",
    "FunctionIdInlineFunction",
    "FunctionIdInlinePrompt",
    "FunctionIdParam",
    "FunctionIdProjectSlug",
    "FunctionIdPromptSessionId",
    "FunctionIdRef",
    "FunctionName",
    "FunctionOrigin",
    "FunctionTypeEnum",
    "FunctionTypeEnumNullish",
    "FunctionsListResponse",
    "GitMetadataSettings",
    "GraphData",
    "GraphEdge",
    "GraphEdgeSource",
    "GraphEdgeTarget",
    "GraphNode",
    "GraphNodeAggregator",
    "GraphNodeAggregatorPosition",
    "GraphNodeBtql",
    "GraphNodeBtqlPosition",
    "GraphNodeFunction",
    "GraphNodeFunctionPosition",
    "GraphNodeGate",
    "GraphNodeGatePosition",
    "GraphNodeInput",
    "GraphNodeInputPosition",
    "GraphNodeLiteralModel",
    "GraphNodeLiteralModelPosition",
    "GraphNodeOutput",
    "GraphNodeOutputPosition",
    "GraphNodePromptTemplate",
    "GraphNodePromptTemplatePosition",
    "Group",
    "GroupIdParam",
    "GroupName",
    "GroupScope",
    "GroupsListResponse",
    "Ids",
    "ImageRenderingMode",
    "InsertDatasetEvent",
    "InsertDatasetEventArrayDeleteItem",
    "InsertDatasetEventMetadata",
    "InsertDatasetEventRequest",
    "InsertEventsResponse",
    "InsertExperimentEvent",
    "InsertExperimentEventArrayDeleteItem",
    "InsertExperimentEventContext",
    "InsertExperimentEventMetadata",
    "InsertExperimentEventMetrics",
    "InsertExperimentEventRequest",
    "InsertProjectLogsEvent",
    "InsertProjectLogsEventArrayDeleteItem",
    "InsertProjectLogsEventContext",
    "InsertProjectLogsEventMetadata",
    "InsertProjectLogsEventMetrics",
    "InsertProjectLogsEventRequest",
    "InvokeApi",
    "InvokeApiMcpAuthValue",
    "InvokeEvent",
    "InvokeParent",
    "InvokeParentSpanParentStruct",
    "InvokeParentSpanParentStructRowIds",
    "JsonDeltaEvent",
    "MCPServer",
    "MaxRootSpanId",
    "MaxXactId",
    "McpServerIdParam",
    "McpServerName",
    "McpServersListResponse",
    "MetricSummary",
    "ModelParams",
    "ModelParamsAnthropic",
    "ModelParamsGoogle",
    "ModelParamsJsCompletionParams",
    "ModelParamsOpenAI",
    "ModelParamsOpenAIFunctionCallFunction",
    "ModelParamsOpenAIToolChoiceFunction",
    "ModelParamsOpenAIToolChoiceFunctionFunction",
    "ModelParamsWindowAI",
    "NullableSavedFunctionId",
    "NullableSavedFunctionIdFunction",
    "NullableSavedFunctionIdGlobal",
    "ObjectReferenceNullish",
    "OnlineScoreConfig",
    "OnlineScoreConfigScorersItemFunction",
    "OnlineScoreConfigScorersItemGlobal",
    "OrgName",
    "Organization",
    "OrganizationIdParam",
    "OrganizationsListResponse",
    "PatchAISecret",
    "PatchAgent",
    "PatchDataset",
    "PatchDatasetSnapshot",
    "PatchEnvironment",
    "PatchExperiment",
    "PatchExperimentInternalMetadata",
    "PatchFunction",
    "PatchGroup",
    "PatchMCPServer",
    "PatchOrganization",
    "PatchOrganizationMembers",
    "PatchOrganizationMembersInviteUsers",
    "PatchOrganizationMembersInviteUsersServiceAccountsItem",
    "PatchOrganizationMembersOutput",
    "PatchOrganizationMembersOutputAddedUsersItem",
    "PatchOrganizationMembersRemoveUsers",
    "PatchProject",
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
    "PatchProjectScore",
    "PatchProjectTag",
    "PatchPrompt",
    "PatchRole",
    "PatchRoleAddMemberPermissionsItem",
    "PatchRoleRemoveMemberPermissionsItem",
    "PatchSpanIFrame",
    "PatchView",
    "Permission",
    "ProgressEvent",
    "ProgressEventData",
    "ProgressEventDataOrigin",
    "Project",
    "ProjectAutomation",
    "ProjectAutomationConfigAsyncQuery",
    "ProjectAutomationConfigBtqlExport",
    "ProjectAutomationConfigBtqlExportCredentialsAwsIam",
    "ProjectAutomationConfigBtqlExportCredentialsGcpServiceAccount",
    "ProjectAutomationConfigBtqlExportExportDefinitionBtqlQuery",
    "ProjectAutomationConfigBtqlExportExportDefinitionLogSpans",
    "ProjectAutomationConfigBtqlExportExportDefinitionLogTraces",
    "ProjectAutomationConfigEnvironmentUpdate",
    "ProjectAutomationConfigEnvironmentUpdateActionSlack",
    "ProjectAutomationConfigEnvironmentUpdateActionWebhook",
    "ProjectAutomationConfigLogs",
    "ProjectAutomationConfigLogsActionSlack",
    "ProjectAutomationConfigLogsActionWebhook",
    "ProjectAutomationConfigRetention",
    "ProjectAutomationIdParam",
    "ProjectAutomationName",
    "ProjectAutomationsListResponse",
    "ProjectIdParam",
    "ProjectIdQuery",
    "ProjectLogsEvent",
    "ProjectLogsEventClassificationsValueItem",
    "ProjectLogsEventContext",
    "ProjectLogsEventMetadata",
    "ProjectLogsEventMetrics",
    "ProjectName",
    "ProjectScore",
    "ProjectScoreCategories",
    "ProjectScoreCategory",
    "ProjectScoreCondition",
    "ProjectScoreConditionWhen",
    "ProjectScoreConfig",
    "ProjectScoreConfigVisibility",
    "ProjectScoreIdParam",
    "ProjectScoreName",
    "ProjectScoreType",
    "ProjectScoresListResponse",
    "ProjectSettings",
    "ProjectSettingsRemoteEvalSourcesItem",
    "ProjectSettingsSpanFieldOrderItem",
    "ProjectTag",
    "ProjectTagIdParam",
    "ProjectTagName",
    "ProjectTagsListResponse",
    "ProjectsListResponse",
    "Prompt",
    "PromptBlockData",
    "PromptBlockDataChat",
    "PromptBlockDataCompletion",
    "PromptBlockDataNullish",
    "PromptBlockDataNullishChat",
    "PromptBlockDataNullishCompletion",
    "PromptData",
    "PromptDataMcpValueId",
    "PromptDataMcpValueUrl",
    "PromptDataNullish",
    "PromptDataNullishMcpValueId",
    "PromptDataNullishMcpValueUrl",
    "PromptDataNullishOrigin",
    "PromptDataNullishToolFunctionsItemFunction",
    "PromptDataNullishToolFunctionsItemGlobal",
    "PromptDataOrigin",
    "PromptDataToolFunctionsItemFunction",
    "PromptDataToolFunctionsItemGlobal",
    "PromptEnvironment",
    "PromptIdParam",
    "PromptName",
    "PromptOptionsNullish",
    "PromptParserNullish",
    "PromptSessionIdParam",
    "PromptSessionName",
    "PromptVersion",
    "PromptsListResponse",
    "ProxyCredentialsBody",
    "ProxyCredentialsBodyLogging",
    "ProxyCredentialsResponse",
    "ReasoningDeltaEvent",
    "RepoInfo",
    "ResponseFormatJsonSchema",
    "ResponseFormatNullish",
    "ResponseFormatNullishJsonObject",
    "ResponseFormatNullishJsonSchema",
    "ResponseFormatNullishText",
    "RetentionObjectType",
    "Role",
    "RoleIdParam",
    "RoleMemberPermissionsItem",
    "RoleName",
    "RolesListResponse",
    "RunEval",
    "RunEvalDataProjectDatasetName",
    "RunEvalDataSetId",
    "RunEvalDataSetRows",
    "RunEvalMcpAuthValue",
    "SavedFunctionId",
    "SavedFunctionIdFunction",
    "SavedFunctionIdGlobal",
    "ScoreSummary",
    "ServiceToken",
    "ServiceTokenIdParam",
    "ServiceTokenName",
    "ServiceTokensCreateBody",
    "ServiceTokensListResponse",
    "ServiceTokensReplaceBody",
    "Slug",
    "SpanAttributes",
    "SpanIFrame",
    "SpanIframeIdParam",
    "SpanIframeName",
    "SpanIframesListResponse",
    "SpanScope",
    "SpanType",
    "StartEvent",
    "StartingAfter",
    "StreamingMode",
    "SummarizeData",
    "SummarizeDatasetResponse",
    "SummarizeExperimentResponse",
    "SummarizeScores",
    "TextDeltaEvent",
    "TopicAutomationConfig",
    "TopicAutomationConfigBackfillTimeRangeVariant2",
    "TopicAutomationConfigFacetFunctionsItemFunction",
    "TopicAutomationConfigFacetFunctionsItemGlobal",
    "TopicAutomationDataScope",
    "TopicAutomationDataScopeExperiment",
    "TopicAutomationDataScopeProjectExperiments",
    "TopicAutomationDataScopeProjectLogs",
    "TopicAutomationFacetModel",
    "TopicDigestAutomationConfig",
    "TopicDigestAutomationConfigAction",
    "TopicMapData",
    "TopicMapFunctionAutomation",
    "TopicMapFunctionAutomationFunctionFunction",
    "TopicMapFunctionAutomationFunctionGlobal",
    "TopicMapGenerationSettings",
    "TraceScope",
    "User",
    "UserEmail",
    "UserFamilyName",
    "UserGivenName",
    "UserIdParam",
    "UsersListResponse",
    "Version",
    "View",
    "ViewData",
    "ViewDataSearch",
    "ViewIdParam",
    "ViewName",
    "ViewOptions",
    "ViewOptionsMonitor",
    "ViewOptionsMonitorOptions",
    "ViewOptionsTable",
    "ViewOptionsTableChartAnnotationsItem",
    "ViewOptionsTableExcludedMeasuresItem",
    "ViewOptionsTableSymbolGrouping",
    "ViewOptionsTableTimeRangeFilterVariant2",
    "ViewOptionsTableXAxis",
    "ViewOptionsTableYMetric",
    "ViewType",
    "ViewsListResponse",
]


# Type checkers read the imports above instead, so a name the package lacks is an error there, not Any.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return __all__
