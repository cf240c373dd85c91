from typing import Literal

RunStatus = Literal["error", "interrupted", "pending", "running", "success", "timeout"]
