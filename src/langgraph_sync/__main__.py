"""`python -m langgraph_sync graph-types ...`: the same as the `langgraph-sync` console script."""

import sys

from .graph_types import main

sys.exit(main())
