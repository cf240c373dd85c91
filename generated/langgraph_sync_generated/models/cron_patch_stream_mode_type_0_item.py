from typing import Literal

CronPatchStreamModeType0Item = Literal[
    "checkpoints", "custom", "debug", "events", "messages", "messages-tuple", "tasks", "updates", "values"
]
