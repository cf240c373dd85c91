from typing import Literal

ThreadCronCreateInterruptAfterType0 = Literal["*"]
