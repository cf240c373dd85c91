from typing import Literal

ThreadSearchRequestSortOrder = Literal["asc", "desc"]
