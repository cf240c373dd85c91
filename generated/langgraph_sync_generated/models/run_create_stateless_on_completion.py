from typing import Literal

RunCreateStatelessOnCompletion = Literal["delete", "keep"]
