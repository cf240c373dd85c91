from typing import Literal

RunCreateStatefulMultitaskStrategy = Literal["enqueue", "interrupt", "reject", "rollback"]
