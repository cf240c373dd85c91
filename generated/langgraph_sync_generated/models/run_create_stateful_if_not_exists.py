from typing import Literal

RunCreateStatefulIfNotExists = Literal["create", "reject"]
