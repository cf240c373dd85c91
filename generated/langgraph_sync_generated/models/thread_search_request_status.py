from typing import Literal

ThreadSearchRequestStatus = Literal["busy", "error", "idle", "interrupted"]
