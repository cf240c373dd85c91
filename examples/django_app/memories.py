"""Django views that keep each user's long-term memories in the LangGraph store.

Every user has a namespace ("memories", <user>); a memory is a JSON object under a key.
urls.py: include `urlpatterns` below (the client is the one shared with views.py).

    GET    /users/<user>/memories          every memory of the user (?filter=<json>)
    GET    /users/<user>/memories/<key>    one memory, 404 if there is none
    PUT    /users/<user>/memories/<key>    store the request's JSON object under the key
    DELETE /users/<user>/memories/<key>    forget it
"""

from __future__ import annotations

import json

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.urls import path
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from .views import langgraph


def namespace(user: str) -> tuple[str, str]:
    return ("memories", user)


@require_GET
def memories(request: HttpRequest, user: str) -> JsonResponse:
    where = json.loads(request.GET.get("filter", "null"))
    try:
        items = langgraph().store.iter_search_items(namespace(user), filter=where)
        found = {item.key: item.value for item in items}
    except ValueError as error:  # a user id the store cannot take as a label (a "." in it)
        return JsonResponse({"error": str(error)}, status=400)
    return JsonResponse(found)


@csrf_exempt
@require_http_methods(["GET", "PUT", "DELETE"])
def memory(request: HttpRequest, user: str, key: str) -> HttpResponse:
    store = langgraph().store
    try:
        if request.method == "PUT":
            store.put_item(namespace(user), key, json.loads(request.body))
            return HttpResponse(status=204)
        if request.method == "DELETE":
            store.delete_item(namespace(user), key)
            return HttpResponse(status=204)
        item = store.get_item(namespace(user), key)
    except ValueError as error:
        return JsonResponse({"error": str(error)}, status=400)
    if item is None:
        return JsonResponse({"error": f"no memory {key!r}"}, status=404)
    return JsonResponse({"key": item.key, "value": item.value, "updated_at": item.updated_at.isoformat()})


urlpatterns = [
    path("users/<str:user>/memories", memories),
    path("users/<str:user>/memories/<str:key>", memory),
]
