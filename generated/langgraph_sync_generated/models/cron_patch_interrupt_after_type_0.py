from typing import Literal

CronPatchInterruptAfterType0 = Literal["*"]
