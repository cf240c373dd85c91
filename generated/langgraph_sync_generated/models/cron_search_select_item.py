from typing import Literal

CronSearchSelectItem = Literal[
    "assistant_id",
    "created_at",
    "cron_id",
    "enabled",
    "end_time",
    "metadata",
    "next_run_date",
    "on_run_completed",
    "payload",
    "schedule",
    "thread_id",
    "timezone",
    "updated_at",
    "user_id",
]
