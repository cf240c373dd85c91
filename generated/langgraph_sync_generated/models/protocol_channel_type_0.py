from typing import Literal

ProtocolChannelType0 = Literal["custom", "input", "lifecycle", "messages", "tasks", "tools", "updates", "values"]
