from typing import Literal

ThreadStatus = Literal["busy", "error", "idle", "interrupted"]
