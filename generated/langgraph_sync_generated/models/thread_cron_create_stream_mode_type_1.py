from typing import Literal

ThreadCronCreateStreamModeType1 = Literal[
    "checkpoints", "custom", "debug", "events", "messages", "messages-tuple", "tasks", "updates", "values"
]
