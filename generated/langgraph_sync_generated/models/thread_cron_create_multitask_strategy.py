from typing import Literal

ThreadCronCreateMultitaskStrategy = Literal["enqueue", "interrupt", "reject", "rollback"]
