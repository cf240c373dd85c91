from typing import Literal

ThreadCronCreateInterruptBeforeType0 = Literal["*"]
