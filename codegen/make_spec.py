"""Write openapi.yaml: the part of the pinned langgraph-api's own spec that the client covers.

Run by `make spec`. The steps, in order:
1. select the operations the client covers: threads, assistants, runs, crons, the store, the
   thread streaming protocol, and the server's `/info` and `/ok`;
2. name each operation after the client method that calls it (the generator names modules
   after operationId, and the server's ids read like `get_thread_threads__thread_id__get`);
3. apply codegen/corrections.yaml: where the real server disagrees with its spec;
4. keep only the component schemas that the operations reach;
5. normalize what the generator would otherwise type badly (see `normalize`).
"""

from __future__ import annotations

import copy
import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parent.parent
CORRECTIONS = ROOT / "codegen" / "corrections.yaml"
OUTPUT = ROOT / "openapi.yaml"

COVERED_TAGS = {"Threads", "Assistants", "Thread Runs", "Stateless Runs", "Crons", "Store", "Streaming"}
# Of the System operations, the two a backend needs for operations (not /metrics or /docs).
COVERED_OPERATIONS = {("get", "/info"), ("get", "/ok")}

# (method, path) -> (resource, operation name). Named after langgraph-sdk's methods where one
# calls the operation; a new operation in a newer server gets a derived name (see operation_name).
OPERATION_NAMES = {
    ("post", "/threads"): ("threads", "create"),
    ("post", "/threads/search"): ("threads", "search"),
    ("post", "/threads/count"): ("threads", "count"),
    ("post", "/threads/prune"): ("threads", "prune"),
    ("get", "/threads/{thread_id}"): ("threads", "get"),
    ("patch", "/threads/{thread_id}"): ("threads", "update"),
    ("delete", "/threads/{thread_id}"): ("threads", "delete"),
    ("post", "/threads/{thread_id}/copy"): ("threads", "copy"),
    ("get", "/threads/{thread_id}/state"): ("threads", "get_state"),
    ("get", "/threads/{thread_id}/state/{checkpoint_id}"): ("threads", "get_state_at_checkpoint_id"),
    ("post", "/threads/{thread_id}/state/checkpoint"): ("threads", "get_state_at_checkpoint"),
    ("post", "/threads/{thread_id}/state"): ("threads", "update_state"),
    ("post", "/threads/{thread_id}/history"): ("threads", "get_history"),
    ("get", "/threads/{thread_id}/history"): ("threads", "get_history_by_query"),
    ("get", "/threads/{thread_id}/stream"): ("threads", "join_stream"),
    ("get", "/threads/{thread_id}/storage"): ("threads", "get_storage"),
    ("post", "/assistants"): ("assistants", "create"),
    ("post", "/assistants/search"): ("assistants", "search"),
    ("post", "/assistants/count"): ("assistants", "count"),
    ("get", "/assistants/{assistant_id}"): ("assistants", "get"),
    ("patch", "/assistants/{assistant_id}"): ("assistants", "update"),
    ("delete", "/assistants/{assistant_id}"): ("assistants", "delete"),
    ("get", "/assistants/{assistant_id}/graph"): ("assistants", "get_graph"),
    ("get", "/assistants/{assistant_id}/schemas"): ("assistants", "get_schemas"),
    ("get", "/assistants/{assistant_id}/subgraphs"): ("assistants", "get_subgraphs"),
    ("get", "/assistants/{assistant_id}/subgraphs/{namespace}"): ("assistants", "get_subgraphs_in_namespace"),
    ("post", "/assistants/{assistant_id}/versions"): ("assistants", "get_versions"),
    ("post", "/assistants/{assistant_id}/latest"): ("assistants", "set_latest"),
    ("post", "/threads/{thread_id}/runs"): ("runs", "create"),
    ("post", "/runs"): ("runs", "create_stateless"),
    ("post", "/runs/batch"): ("runs", "create_batch"),
    ("post", "/threads/{thread_id}/runs/wait"): ("runs", "wait"),
    ("post", "/runs/wait"): ("runs", "wait_stateless"),
    ("post", "/threads/{thread_id}/runs/stream"): ("runs", "stream"),
    ("post", "/runs/stream"): ("runs", "stream_stateless"),
    ("get", "/threads/{thread_id}/runs"): ("runs", "list"),
    ("get", "/threads/{thread_id}/runs/{run_id}"): ("runs", "get"),
    ("delete", "/threads/{thread_id}/runs/{run_id}"): ("runs", "delete"),
    ("get", "/threads/{thread_id}/runs/{run_id}/join"): ("runs", "join"),
    ("get", "/threads/{thread_id}/runs/{run_id}/stream"): ("runs", "join_stream"),
    ("post", "/threads/{thread_id}/runs/{run_id}/cancel"): ("runs", "cancel"),
    ("post", "/runs/cancel"): ("runs", "cancel_many"),
    ("post", "/runs/crons"): ("crons", "create"),
    ("post", "/threads/{thread_id}/runs/crons"): ("crons", "create_for_thread"),
    ("post", "/runs/crons/search"): ("crons", "search"),
    ("post", "/runs/crons/count"): ("crons", "count"),
    ("get", "/runs/crons/{cron_id}"): ("crons", "get"),
    ("patch", "/runs/crons/{cron_id}"): ("crons", "update"),
    ("delete", "/runs/crons/{cron_id}"): ("crons", "delete"),
    ("put", "/store/items"): ("store", "put_item"),
    ("get", "/store/items"): ("store", "get_item"),
    ("delete", "/store/items"): ("store", "delete_item"),
    ("post", "/store/items/search"): ("store", "search_items"),
    ("post", "/store/namespaces"): ("store", "list_namespaces"),
    ("post", "/threads/{thread_id}/stream/events"): ("threads", "stream_events"),
    ("post", "/threads/{thread_id}/commands"): ("threads", "send_command"),
    ("get", "/info"): ("system", "info"),
    ("get", "/ok"): ("system", "ok"),
}
HTTP_METHODS = ("get", "put", "post", "patch", "delete")


def server_spec_path() -> Path:
    # langgraph-api ships its spec beside the package, at the top of site-packages; find it
    # without importing langgraph_api (which would start loading the whole server).
    spec = importlib.util.find_spec("langgraph_api")
    if spec is None or spec.origin is None:
        sys.exit("make_spec: langgraph-api is not installed (run `make dev` first)")
    return Path(spec.origin).parent.parent / "openapi.json"


def operation_name(method: str, path: str) -> tuple[str, str]:
    if (method, path) in OPERATION_NAMES:
        return OPERATION_NAMES[(method, path)]
    resource, *rest = path.strip("/").split("/")
    words = [part for part in rest if not part.startswith("{")]
    return resource, "_".join([method, *words])


def select(server: dict[str, Any]) -> dict[str, Any]:
    paths: dict[str, Any] = {}
    for path, item in server["paths"].items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            if not COVERED_TAGS & set(operation.get("tags", [])) and (method, path) not in COVERED_OPERATIONS:
                continue
            resource, name = operation_name(method, path)
            operation = copy.deepcopy(operation)
            operation["operationId"] = name
            operation["tags"] = [resource]
            paths.setdefault(path, {})[method] = operation
    # All schemas for now: corrections may refer to any; `prune` drops the unreachable after them.
    return {
        "openapi": server["openapi"],
        "info": server["info"],
        "paths": paths,
        "components": {"schemas": copy.deepcopy(server["components"]["schemas"])},
    }


def prune(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    spec["components"]["schemas"] = {name: schemas[name] for name in reachable(spec["paths"], schemas)}


def reachable(root: Any, schemas: dict[str, Any]) -> list[str]:
    """The component schemas that `root` refers to, directly or through other schemas."""
    prefix = "#/components/schemas/"
    found: list[str] = []
    pending = [root]
    while pending:
        node = pending.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith(prefix) and ref[len(prefix) :] not in found:
                found.append(ref[len(prefix) :])
                pending.append(schemas[ref[len(prefix) :]])
            pending.extend(node.values())
        elif isinstance(node, list):
            pending.extend(node)
    return sorted(found)


def apply_corrections(spec: dict[str, Any], corrections: list[dict[str, Any]]) -> None:
    for correction in corrections:
        if not correction.get("why"):
            sys.exit(f"make_spec: correction at {correction.get('at')} says no `why`")
        *parents, last = [part.replace("~1", "/").replace("~0", "~") for part in correction["at"].split("/")[1:]]
        node = spec
        for part in parents:
            node = node[int(part)] if isinstance(node, list) else node[part]
        if "set" in correction:
            node[last] = correction["set"]
        elif correction.get("remove"):
            del node[last]
        else:
            sys.exit(f"make_spec: correction at {correction['at']} neither sets nor removes")


def normalize(node: Any) -> Any:
    """Rewrite, everywhere in the spec, the schemas that the generator types worse than the wire.

    - An object with no declared properties (free-form, or a map such as the graph's
      `{"nodes": [...], "edges": [...]}`) would become a generated class holding everything in
      `additional_properties`; it is any JSON value to us, typed `Any`, kept as sent. This
      also covers the free-form fields the server sends as null although the spec says object
      (`Thread.values` on a new thread, `Thread.interrupts`, ...).
    - A union (anyOf) with a member that admits anything (`{}`) admits anything; the generator
      cannot parse such a union (a run's `input`), so it becomes any JSON value.
    - `format: uuid` would become `uuid.UUID`; ids stay the strings the server sent.
    - `graph_id` enums are patched in at run time with the graphs a server has; graph ids are
      free strings.
    """
    if isinstance(node, list):
        return [normalize(item) for item in node]
    if not isinstance(node, dict):
        return node
    node = {key: normalize(value) for key, value in node.items()}
    if any(member == {} for member in node.get("anyOf", [])):
        del node["anyOf"]
    if node.get("format") == "uuid":
        del node["format"]
    if isinstance(node.get("properties"), dict) and isinstance(node["properties"].get("graph_id"), dict):
        node["properties"]["graph_id"].pop("enum", None)
    types = node.get("type")
    if (types == "object" or (isinstance(types, list) and "object" in types)) and not node.get("properties"):
        if node.get("additionalProperties", True) is not False:
            for key in ("type", "additionalProperties"):
                node.pop(key, None)
    return node


def main() -> None:
    server = json.loads(server_spec_path().read_text())
    spec = select(server)
    apply_corrections(spec, YAML(typ="safe", pure=True).load(CORRECTIONS) or [])
    prune(spec)
    spec = normalize(spec)
    yaml = YAML(typ="safe", pure=True)
    yaml.default_flow_style = False
    yaml.sort_base_mapping_type_on_output = False
    yaml.width = 4096
    with OUTPUT.open("w") as out:
        out.write("# Generated by `make spec` from langgraph-api's openapi.json and codegen/corrections.yaml.\n")
        out.write("# Do not edit: change codegen/make_spec.py or codegen/corrections.yaml instead.\n")
        yaml.dump(spec, out)


if __name__ == "__main__":
    main()
