from typing import Literal

OkCheckDatabase = Literal[0, 1]
