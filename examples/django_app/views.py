"""Django views with one client shared by every request and worker thread.

settings.py: LANGGRAPH_URL = "http://localhost:8123"; urls.py: include `urlpatterns` below.
"""

from __future__ import annotations

import json
from functools import cache

from django.conf import settings
from django.http import HttpRequest, JsonResponse
from django.urls import path
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from langgraph_sync import Client, NotFoundError, get_client


@cache
def langgraph() -> Client:
    # Made on first use, after settings are loaded; then shared: a Client is thread-safe.
    return get_client(settings.LANGGRAPH_URL)


@csrf_exempt
@require_http_methods(["GET", "POST"])
def chats(request: HttpRequest, user: str) -> JsonResponse:
    client = langgraph()
    if request.method == "POST":
        thread = client.threads.create(metadata={"user": user})
        message = json.loads(request.body)["message"]
        state = client.runs.wait(thread.thread_id, "agent", input={"messages": [message]})
        return JsonResponse({"thread_id": thread.thread_id, "messages": state["messages"]}, status=201)
    threads = client.threads.iter_search(metadata={"user": user}, sort_by="created_at", sort_order="desc")
    return JsonResponse([{"thread_id": t.thread_id, "status": t.status} for t in threads], safe=False)


@require_http_methods(["GET"])
def chat(request: HttpRequest, thread_id: str) -> JsonResponse:
    """The thread as the server sent it: a model is the dict the server sent, which JsonResponse
    takes (a list takes `safe=False`: `JsonResponse(threads, safe=False)`)."""
    try:
        return JsonResponse(langgraph().threads.get(thread_id))
    except NotFoundError:
        return JsonResponse({"detail": "no such chat"}, status=404)


urlpatterns = [path("users/<str:user>/chats", chats), path("chats/<str:thread_id>", chat)]
