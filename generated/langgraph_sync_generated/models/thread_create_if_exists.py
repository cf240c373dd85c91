from typing import Literal

ThreadCreateIfExists = Literal["do_nothing", "raise"]
