from typing import Literal

CronCreateInterruptAfterType0 = Literal["*"]
