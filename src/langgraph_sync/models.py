"""The models, under their names in the spec: `from langgraph_sync.models import Thread`."""

from langgraph_sync_generated.models import *  # noqa: F403 - this module is the public name for them
from langgraph_sync_generated.models import __all__ as __all__  # noqa: F401
from langgraph_sync_generated.types import UNSET as UNSET  # noqa: F401
from langgraph_sync_generated.types import Unset as Unset
