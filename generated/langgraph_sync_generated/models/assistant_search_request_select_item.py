from typing import Literal

AssistantSearchRequestSelectItem = Literal[
    "assistant_id",
    "config",
    "context",
    "created_at",
    "description",
    "graph_id",
    "metadata",
    "name",
    "updated_at",
    "version",
]
