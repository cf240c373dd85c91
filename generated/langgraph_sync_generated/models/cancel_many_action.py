from typing import Literal

CancelManyAction = Literal["interrupt", "rollback"]
