from typing import Literal

CronSearchSortOrder = Literal["asc", "desc"]
