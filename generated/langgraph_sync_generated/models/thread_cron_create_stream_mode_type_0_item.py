from typing import Literal

ThreadCronCreateStreamModeType0Item = Literal[
    "checkpoints", "custom", "debug", "events", "messages", "messages-tuple", "tasks", "updates", "values"
]
