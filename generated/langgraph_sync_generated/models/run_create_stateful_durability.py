from typing import Literal

RunCreateStatefulDurability = Literal["async", "exit", "sync"]
