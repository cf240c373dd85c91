from typing import Literal

CronPatchDurability = Literal["async", "exit", "sync"]
