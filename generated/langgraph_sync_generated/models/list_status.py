from typing import Literal

ListStatus = Literal["error", "interrupted", "pending", "running", "success", "timeout"]
