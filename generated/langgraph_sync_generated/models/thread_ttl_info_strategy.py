from typing import Literal

ThreadTTLInfoStrategy = Literal["delete", "keep_latest"]
