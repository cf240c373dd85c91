from typing import Literal

CronCreateOnRunCompleted = Literal["delete", "keep"]
