from typing import Literal

ThreadCreateTTLStrategy = Literal["delete", "keep_latest"]
