from typing import Literal

RunCreateStreamingStatefulOnDisconnect = Literal["cancel", "continue"]
