from typing import Literal

RunCreateStatefulInterruptAfterType0 = Literal["*"]
