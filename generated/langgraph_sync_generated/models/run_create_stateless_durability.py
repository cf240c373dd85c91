from typing import Literal

RunCreateStatelessDurability = Literal["async", "exit", "sync"]
