from typing import Literal

CronPatchStreamModeType1 = Literal[
    "checkpoints", "custom", "debug", "events", "messages", "messages-tuple", "tasks", "updates", "values"
]
