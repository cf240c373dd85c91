from typing import Literal

ThreadSearchRequestSelectItem = Literal[
    "config", "created_at", "interrupts", "metadata", "state_updated_at", "status", "thread_id", "updated_at", "values"
]
