from typing import Literal

AssistantSearchRequestSortBy = Literal["assistant_id", "created_at", "graph_id", "name", "updated_at"]
