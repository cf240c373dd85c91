from typing import Literal

ThreadCronCreateDurability = Literal["async", "exit", "sync"]
