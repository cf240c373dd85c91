from typing import Literal

ThreadPruneRequestStrategy = Literal["delete", "keep_latest"]
