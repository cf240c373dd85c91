"""Not used: requests are sent by langgraph_sync (src/langgraph_sync/_http.py), on requests."""
