from typing import Literal

ListSelectItem = Literal[
    "assistant_id",
    "created_at",
    "kwargs",
    "langsmith_session_name",
    "metadata",
    "multitask_strategy",
    "run_id",
    "status",
    "thread_id",
    "updated_at",
]
