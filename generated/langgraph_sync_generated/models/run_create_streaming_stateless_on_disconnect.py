from typing import Literal

RunCreateStreamingStatelessOnDisconnect = Literal["cancel", "continue"]
