from typing import Literal

CronPatchOnRunCompleted = Literal["delete", "keep"]
