from typing import Literal

CronCreateStreamModeType0Item = Literal[
    "checkpoints", "custom", "debug", "events", "messages", "messages-tuple", "tasks", "updates", "values"
]
