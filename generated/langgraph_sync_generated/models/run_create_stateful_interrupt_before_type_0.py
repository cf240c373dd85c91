from typing import Literal

RunCreateStatefulInterruptBeforeType0 = Literal["*"]
