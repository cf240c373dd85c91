from typing import Literal

CronSearchSortBy = Literal[
    "assistant_id", "created_at", "cron_id", "end_time", "next_run_date", "thread_id", "updated_at"
]
