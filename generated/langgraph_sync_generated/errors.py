"""Not used: the errors are langgraph_sync.errors."""
