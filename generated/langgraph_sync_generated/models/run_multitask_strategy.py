from typing import Literal

RunMultitaskStrategy = Literal["enqueue", "interrupt", "reject", "rollback"]
