from typing import Literal

ThreadCountRequestStatus = Literal["busy", "error", "idle", "interrupted"]
