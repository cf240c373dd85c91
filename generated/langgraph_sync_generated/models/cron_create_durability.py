from typing import Literal

CronCreateDurability = Literal["async", "exit", "sync"]
