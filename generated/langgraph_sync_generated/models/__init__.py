"""The models of the API. Each is imported when first used (PEP 562): importing the package
does not import every model module."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .assistant import Assistant
    from .assistant_config import AssistantConfig
    from .assistant_count_request import AssistantCountRequest
    from .assistant_create import AssistantCreate
    from .assistant_create_if_exists import AssistantCreateIfExists
    from .assistant_patch import AssistantPatch
    from .assistant_search_request import AssistantSearchRequest
    from .assistant_search_request_select_item import AssistantSearchRequestSelectItem
    from .assistant_search_request_sort_by import AssistantSearchRequestSortBy
    from .assistant_search_request_sort_order import AssistantSearchRequestSortOrder
    from .assistant_version import AssistantVersion
    from .assistant_version_change import AssistantVersionChange
    from .cancel_action import CancelAction
    from .cancel_many_action import CancelManyAction
    from .checkpoint_config import CheckpointConfig
    from .command import Command
    from .config import Config
    from .cron import Cron
    from .cron_count_request import CronCountRequest
    from .cron_create import CronCreate
    from .cron_create_config import CronCreateConfig
    from .cron_create_durability import CronCreateDurability
    from .cron_create_interrupt_after_type_0 import CronCreateInterruptAfterType0
    from .cron_create_interrupt_before_type_0 import CronCreateInterruptBeforeType0
    from .cron_create_on_run_completed import CronCreateOnRunCompleted
    from .cron_create_stream_mode_type_0_item import CronCreateStreamModeType0Item
    from .cron_create_stream_mode_type_1 import CronCreateStreamModeType1
    from .cron_patch import CronPatch
    from .cron_patch_config import CronPatchConfig
    from .cron_patch_durability import CronPatchDurability
    from .cron_patch_interrupt_after_type_0 import CronPatchInterruptAfterType0
    from .cron_patch_interrupt_before_type_0 import CronPatchInterruptBeforeType0
    from .cron_patch_on_run_completed import CronPatchOnRunCompleted
    from .cron_patch_stream_mode_type_0_item import CronPatchStreamModeType0Item
    from .cron_patch_stream_mode_type_1 import CronPatchStreamModeType1
    from .cron_search import CronSearch
    from .cron_search_select_item import CronSearchSelectItem
    from .cron_search_sort_by import CronSearchSortBy
    from .cron_search_sort_order import CronSearchSortOrder
    from .error_response import ErrorResponse
    from .graph_schema import GraphSchema
    from .graph_schema_no_id import GraphSchemaNoId
    from .health_response import HealthResponse
    from .interrupt import Interrupt
    from .item import Item
    from .join_stream_stream_modes_type_0 import JoinStreamStreamModesType0
    from .join_stream_stream_modes_type_1_item import JoinStreamStreamModesType1Item
    from .list_namespace_response import ListNamespaceResponse
    from .list_select_item import ListSelectItem
    from .list_status import ListStatus
    from .ok_check_database import OkCheckDatabase
    from .protocol_channel_type_0 import ProtocolChannelType0
    from .protocol_command import ProtocolCommand
    from .protocol_error import ProtocolError
    from .protocol_error_error import ProtocolErrorError
    from .protocol_event_stream_request import ProtocolEventStreamRequest
    from .protocol_response_meta import ProtocolResponseMeta
    from .protocol_success import ProtocolSuccess
    from .run import Run
    from .run_create_stateful import RunCreateStateful
    from .run_create_stateful_config import RunCreateStatefulConfig
    from .run_create_stateful_durability import RunCreateStatefulDurability
    from .run_create_stateful_if_not_exists import RunCreateStatefulIfNotExists
    from .run_create_stateful_interrupt_after_type_0 import RunCreateStatefulInterruptAfterType0
    from .run_create_stateful_interrupt_before_type_0 import RunCreateStatefulInterruptBeforeType0
    from .run_create_stateful_multitask_strategy import RunCreateStatefulMultitaskStrategy
    from .run_create_stateful_stream_mode_type_0_item import RunCreateStatefulStreamModeType0Item
    from .run_create_stateful_stream_mode_type_1 import RunCreateStatefulStreamModeType1
    from .run_create_stateless import RunCreateStateless
    from .run_create_stateless_config import RunCreateStatelessConfig
    from .run_create_stateless_durability import RunCreateStatelessDurability
    from .run_create_stateless_on_completion import RunCreateStatelessOnCompletion
    from .run_create_stateless_stream_mode_type_0_item import RunCreateStatelessStreamModeType0Item
    from .run_create_stateless_stream_mode_type_1 import RunCreateStatelessStreamModeType1
    from .run_create_streaming_stateful import RunCreateStreamingStateful
    from .run_create_streaming_stateful_on_disconnect import RunCreateStreamingStatefulOnDisconnect
    from .run_create_streaming_stateless import RunCreateStreamingStateless
    from .run_create_streaming_stateless_on_disconnect import RunCreateStreamingStatelessOnDisconnect
    from .run_multitask_strategy import RunMultitaskStrategy
    from .run_status import RunStatus
    from .search_item import SearchItem
    from .search_items_response import SearchItemsResponse
    from .search_request import SearchRequest
    from .send import Send
    from .server_info import ServerInfo
    from .store_delete_request import StoreDeleteRequest
    from .store_list_namespaces_request import StoreListNamespacesRequest
    from .store_put_request import StorePutRequest
    from .store_search_request import StoreSearchRequest
    from .thread import Thread
    from .thread_count_request import ThreadCountRequest
    from .thread_count_request_status import ThreadCountRequestStatus
    from .thread_create import ThreadCreate
    from .thread_create_if_exists import ThreadCreateIfExists
    from .thread_create_supersteps_item import ThreadCreateSuperstepsItem
    from .thread_create_ttl import ThreadCreateTTL
    from .thread_create_ttl_strategy import ThreadCreateTTLStrategy
    from .thread_cron_create import ThreadCronCreate
    from .thread_cron_create_config import ThreadCronCreateConfig
    from .thread_cron_create_durability import ThreadCronCreateDurability
    from .thread_cron_create_interrupt_after_type_0 import ThreadCronCreateInterruptAfterType0
    from .thread_cron_create_interrupt_before_type_0 import ThreadCronCreateInterruptBeforeType0
    from .thread_cron_create_multitask_strategy import ThreadCronCreateMultitaskStrategy
    from .thread_cron_create_stream_mode_type_0_item import ThreadCronCreateStreamModeType0Item
    from .thread_cron_create_stream_mode_type_1 import ThreadCronCreateStreamModeType1
    from .thread_patch import ThreadPatch
    from .thread_patch_ttl import ThreadPatchTTL
    from .thread_patch_ttl_strategy import ThreadPatchTTLStrategy
    from .thread_prune_request import ThreadPruneRequest
    from .thread_prune_request_strategy import ThreadPruneRequestStrategy
    from .thread_prune_response import ThreadPruneResponse
    from .thread_search_request import ThreadSearchRequest
    from .thread_search_request_select_item import ThreadSearchRequestSelectItem
    from .thread_search_request_sort_by import ThreadSearchRequestSortBy
    from .thread_search_request_sort_order import ThreadSearchRequestSortOrder
    from .thread_search_request_status import ThreadSearchRequestStatus
    from .thread_state import ThreadState
    from .thread_state_checkpoint_request import ThreadStateCheckpointRequest
    from .thread_state_search import ThreadStateSearch
    from .thread_state_tasks_item import ThreadStateTasksItem
    from .thread_state_update import ThreadStateUpdate
    from .thread_state_update_response import ThreadStateUpdateResponse
    from .thread_status import ThreadStatus
    from .thread_storage import ThreadStorage
    from .thread_storage_channel_values import ThreadStorageChannelValues
    from .thread_storage_checkpoints import ThreadStorageCheckpoints
    from .thread_storage_pending_writes import ThreadStoragePendingWrites
    from .thread_superstep_update import ThreadSuperstepUpdate
    from .thread_ttl_info import ThreadTTLInfo
    from .thread_ttl_info_strategy import ThreadTTLInfoStrategy

_MODULES = {
    "Assistant": ".assistant",
    "AssistantConfig": ".assistant_config",
    "AssistantCountRequest": ".assistant_count_request",
    "AssistantCreate": ".assistant_create",
    "AssistantCreateIfExists": ".assistant_create_if_exists",
    "AssistantPatch": ".assistant_patch",
    "AssistantSearchRequest": ".assistant_search_request",
    "AssistantSearchRequestSelectItem": ".assistant_search_request_select_item",
    "AssistantSearchRequestSortBy": ".assistant_search_request_sort_by",
    "AssistantSearchRequestSortOrder": ".assistant_search_request_sort_order",
    "AssistantVersion": ".assistant_version",
    "AssistantVersionChange": ".assistant_version_change",
    "CancelAction": ".cancel_action",
    "CancelManyAction": ".cancel_many_action",
    "CheckpointConfig": ".checkpoint_config",
    "Command": ".command",
    "Config": ".config",
    "Cron": ".cron",
    "CronCountRequest": ".cron_count_request",
    "CronCreate": ".cron_create",
    "CronCreateConfig": ".cron_create_config",
    "CronCreateDurability": ".cron_create_durability",
    "CronCreateInterruptAfterType0": ".cron_create_interrupt_after_type_0",
    "CronCreateInterruptBeforeType0": ".cron_create_interrupt_before_type_0",
    "CronCreateOnRunCompleted": ".cron_create_on_run_completed",
    "CronCreateStreamModeType0Item": ".cron_create_stream_mode_type_0_item",
    "CronCreateStreamModeType1": ".cron_create_stream_mode_type_1",
    "CronPatch": ".cron_patch",
    "CronPatchConfig": ".cron_patch_config",
    "CronPatchDurability": ".cron_patch_durability",
    "CronPatchInterruptAfterType0": ".cron_patch_interrupt_after_type_0",
    "CronPatchInterruptBeforeType0": ".cron_patch_interrupt_before_type_0",
    "CronPatchOnRunCompleted": ".cron_patch_on_run_completed",
    "CronPatchStreamModeType0Item": ".cron_patch_stream_mode_type_0_item",
    "CronPatchStreamModeType1": ".cron_patch_stream_mode_type_1",
    "CronSearch": ".cron_search",
    "CronSearchSelectItem": ".cron_search_select_item",
    "CronSearchSortBy": ".cron_search_sort_by",
    "CronSearchSortOrder": ".cron_search_sort_order",
    "ErrorResponse": ".error_response",
    "GraphSchema": ".graph_schema",
    "GraphSchemaNoId": ".graph_schema_no_id",
    "HealthResponse": ".health_response",
    "Interrupt": ".interrupt",
    "Item": ".item",
    "JoinStreamStreamModesType0": ".join_stream_stream_modes_type_0",
    "JoinStreamStreamModesType1Item": ".join_stream_stream_modes_type_1_item",
    "ListNamespaceResponse": ".list_namespace_response",
    "ListSelectItem": ".list_select_item",
    "ListStatus": ".list_status",
    "OkCheckDatabase": ".ok_check_database",
    "ProtocolChannelType0": ".protocol_channel_type_0",
    "ProtocolCommand": ".protocol_command",
    "ProtocolError": ".protocol_error",
    "ProtocolErrorError": ".protocol_error_error",
    "ProtocolEventStreamRequest": ".protocol_event_stream_request",
    "ProtocolResponseMeta": ".protocol_response_meta",
    "ProtocolSuccess": ".protocol_success",
    "Run": ".run",
    "RunCreateStateful": ".run_create_stateful",
    "RunCreateStatefulConfig": ".run_create_stateful_config",
    "RunCreateStatefulDurability": ".run_create_stateful_durability",
    "RunCreateStatefulIfNotExists": ".run_create_stateful_if_not_exists",
    "RunCreateStatefulInterruptAfterType0": ".run_create_stateful_interrupt_after_type_0",
    "RunCreateStatefulInterruptBeforeType0": ".run_create_stateful_interrupt_before_type_0",
    "RunCreateStatefulMultitaskStrategy": ".run_create_stateful_multitask_strategy",
    "RunCreateStatefulStreamModeType0Item": ".run_create_stateful_stream_mode_type_0_item",
    "RunCreateStatefulStreamModeType1": ".run_create_stateful_stream_mode_type_1",
    "RunCreateStateless": ".run_create_stateless",
    "RunCreateStatelessConfig": ".run_create_stateless_config",
    "RunCreateStatelessDurability": ".run_create_stateless_durability",
    "RunCreateStatelessOnCompletion": ".run_create_stateless_on_completion",
    "RunCreateStatelessStreamModeType0Item": ".run_create_stateless_stream_mode_type_0_item",
    "RunCreateStatelessStreamModeType1": ".run_create_stateless_stream_mode_type_1",
    "RunCreateStreamingStateful": ".run_create_streaming_stateful",
    "RunCreateStreamingStatefulOnDisconnect": ".run_create_streaming_stateful_on_disconnect",
    "RunCreateStreamingStateless": ".run_create_streaming_stateless",
    "RunCreateStreamingStatelessOnDisconnect": ".run_create_streaming_stateless_on_disconnect",
    "RunMultitaskStrategy": ".run_multitask_strategy",
    "RunStatus": ".run_status",
    "SearchItem": ".search_item",
    "SearchItemsResponse": ".search_items_response",
    "SearchRequest": ".search_request",
    "Send": ".send",
    "ServerInfo": ".server_info",
    "StoreDeleteRequest": ".store_delete_request",
    "StoreListNamespacesRequest": ".store_list_namespaces_request",
    "StorePutRequest": ".store_put_request",
    "StoreSearchRequest": ".store_search_request",
    "Thread": ".thread",
    "ThreadCountRequest": ".thread_count_request",
    "ThreadCountRequestStatus": ".thread_count_request_status",
    "ThreadCreate": ".thread_create",
    "ThreadCreateIfExists": ".thread_create_if_exists",
    "ThreadCreateSuperstepsItem": ".thread_create_supersteps_item",
    "ThreadCreateTTL": ".thread_create_ttl",
    "ThreadCreateTTLStrategy": ".thread_create_ttl_strategy",
    "ThreadCronCreate": ".thread_cron_create",
    "ThreadCronCreateConfig": ".thread_cron_create_config",
    "ThreadCronCreateDurability": ".thread_cron_create_durability",
    "ThreadCronCreateInterruptAfterType0": ".thread_cron_create_interrupt_after_type_0",
    "ThreadCronCreateInterruptBeforeType0": ".thread_cron_create_interrupt_before_type_0",
    "ThreadCronCreateMultitaskStrategy": ".thread_cron_create_multitask_strategy",
    "ThreadCronCreateStreamModeType0Item": ".thread_cron_create_stream_mode_type_0_item",
    "ThreadCronCreateStreamModeType1": ".thread_cron_create_stream_mode_type_1",
    "ThreadPatch": ".thread_patch",
    "ThreadPatchTTL": ".thread_patch_ttl",
    "ThreadPatchTTLStrategy": ".thread_patch_ttl_strategy",
    "ThreadPruneRequest": ".thread_prune_request",
    "ThreadPruneRequestStrategy": ".thread_prune_request_strategy",
    "ThreadPruneResponse": ".thread_prune_response",
    "ThreadSearchRequest": ".thread_search_request",
    "ThreadSearchRequestSelectItem": ".thread_search_request_select_item",
    "ThreadSearchRequestSortBy": ".thread_search_request_sort_by",
    "ThreadSearchRequestSortOrder": ".thread_search_request_sort_order",
    "ThreadSearchRequestStatus": ".thread_search_request_status",
    "ThreadState": ".thread_state",
    "ThreadStateCheckpointRequest": ".thread_state_checkpoint_request",
    "ThreadStateSearch": ".thread_state_search",
    "ThreadStateTasksItem": ".thread_state_tasks_item",
    "ThreadStateUpdate": ".thread_state_update",
    "ThreadStateUpdateResponse": ".thread_state_update_response",
    "ThreadStatus": ".thread_status",
    "ThreadStorage": ".thread_storage",
    "ThreadStorageChannelValues": ".thread_storage_channel_values",
    "ThreadStorageCheckpoints": ".thread_storage_checkpoints",
    "ThreadStoragePendingWrites": ".thread_storage_pending_writes",
    "ThreadSuperstepUpdate": ".thread_superstep_update",
    "ThreadTTLInfo": ".thread_ttl_info",
    "ThreadTTLInfoStrategy": ".thread_ttl_info_strategy",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = (
    "Assistant",
    "AssistantConfig",
    "AssistantCountRequest",
    "AssistantCreate",
    "AssistantCreateIfExists",
    "AssistantPatch",
    "AssistantSearchRequest",
    "AssistantSearchRequestSelectItem",
    "AssistantSearchRequestSortBy",
    "AssistantSearchRequestSortOrder",
    "AssistantVersion",
    "AssistantVersionChange",
    "CancelAction",
    "CancelManyAction",
    "CheckpointConfig",
    "Command",
    "Config",
    "Cron",
    "CronCountRequest",
    "CronCreate",
    "CronCreateConfig",
    "CronCreateDurability",
    "CronCreateInterruptAfterType0",
    "CronCreateInterruptBeforeType0",
    "CronCreateOnRunCompleted",
    "CronCreateStreamModeType0Item",
    "CronCreateStreamModeType1",
    "CronPatch",
    "CronPatchConfig",
    "CronPatchDurability",
    "CronPatchInterruptAfterType0",
    "CronPatchInterruptBeforeType0",
    "CronPatchOnRunCompleted",
    "CronPatchStreamModeType0Item",
    "CronPatchStreamModeType1",
    "CronSearch",
    "CronSearchSelectItem",
    "CronSearchSortBy",
    "CronSearchSortOrder",
    "ErrorResponse",
    "GraphSchema",
    "GraphSchemaNoId",
    "HealthResponse",
    "Interrupt",
    "Item",
    "JoinStreamStreamModesType0",
    "JoinStreamStreamModesType1Item",
    "ListNamespaceResponse",
    "ListSelectItem",
    "ListStatus",
    "OkCheckDatabase",
    "ProtocolChannelType0",
    "ProtocolCommand",
    "ProtocolError",
    "ProtocolErrorError",
    "ProtocolEventStreamRequest",
    "ProtocolResponseMeta",
    "ProtocolSuccess",
    "Run",
    "RunCreateStateful",
    "RunCreateStatefulConfig",
    "RunCreateStatefulDurability",
    "RunCreateStatefulIfNotExists",
    "RunCreateStatefulInterruptAfterType0",
    "RunCreateStatefulInterruptBeforeType0",
    "RunCreateStatefulMultitaskStrategy",
    "RunCreateStatefulStreamModeType0Item",
    "RunCreateStatefulStreamModeType1",
    "RunCreateStateless",
    "RunCreateStatelessConfig",
    "RunCreateStatelessDurability",
    "RunCreateStatelessOnCompletion",
    "RunCreateStatelessStreamModeType0Item",
    "RunCreateStatelessStreamModeType1",
    "RunCreateStreamingStateful",
    "RunCreateStreamingStatefulOnDisconnect",
    "RunCreateStreamingStateless",
    "RunCreateStreamingStatelessOnDisconnect",
    "RunMultitaskStrategy",
    "RunStatus",
    "SearchItem",
    "SearchItemsResponse",
    "SearchRequest",
    "Send",
    "ServerInfo",
    "StoreDeleteRequest",
    "StoreListNamespacesRequest",
    "StorePutRequest",
    "StoreSearchRequest",
    "Thread",
    "ThreadCountRequest",
    "ThreadCountRequestStatus",
    "ThreadCreate",
    "ThreadCreateIfExists",
    "ThreadCreateSuperstepsItem",
    "ThreadCreateTTL",
    "ThreadCreateTTLStrategy",
    "ThreadCronCreate",
    "ThreadCronCreateConfig",
    "ThreadCronCreateDurability",
    "ThreadCronCreateInterruptAfterType0",
    "ThreadCronCreateInterruptBeforeType0",
    "ThreadCronCreateMultitaskStrategy",
    "ThreadCronCreateStreamModeType0Item",
    "ThreadCronCreateStreamModeType1",
    "ThreadPatch",
    "ThreadPatchTTL",
    "ThreadPatchTTLStrategy",
    "ThreadPruneRequest",
    "ThreadPruneRequestStrategy",
    "ThreadPruneResponse",
    "ThreadSearchRequest",
    "ThreadSearchRequestSelectItem",
    "ThreadSearchRequestSortBy",
    "ThreadSearchRequestSortOrder",
    "ThreadSearchRequestStatus",
    "ThreadState",
    "ThreadStateCheckpointRequest",
    "ThreadStateSearch",
    "ThreadStateTasksItem",
    "ThreadStateUpdate",
    "ThreadStateUpdateResponse",
    "ThreadStatus",
    "ThreadStorage",
    "ThreadStorageChannelValues",
    "ThreadStorageCheckpoints",
    "ThreadStoragePendingWrites",
    "ThreadSuperstepUpdate",
    "ThreadTTLInfo",
    "ThreadTTLInfoStrategy",
)
