from typing import Literal

AssistantCreateIfExists = Literal["do_nothing", "raise"]
