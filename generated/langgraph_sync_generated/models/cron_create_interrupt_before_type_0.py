from typing import Literal

CronCreateInterruptBeforeType0 = Literal["*"]
