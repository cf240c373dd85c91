from typing import Literal

CronPatchInterruptBeforeType0 = Literal["*"]
