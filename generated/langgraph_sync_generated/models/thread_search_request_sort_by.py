from typing import Literal

ThreadSearchRequestSortBy = Literal["created_at", "state_updated_at", "status", "thread_id", "updated_at"]
