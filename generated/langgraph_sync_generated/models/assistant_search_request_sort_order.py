from typing import Literal

AssistantSearchRequestSortOrder = Literal["asc", "desc"]
