from typing import Literal

CancelAction = Literal["interrupt", "rollback"]
