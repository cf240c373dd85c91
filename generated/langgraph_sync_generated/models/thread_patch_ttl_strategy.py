from typing import Literal

ThreadPatchTTLStrategy = Literal["delete", "keep_latest"]
