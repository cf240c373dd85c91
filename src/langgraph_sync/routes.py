"""client.http: requests to any path of the server, such as a deployment's custom routes, with
langgraph-sdk's `client.http` methods (get, post, put, patch, delete, stream, request_reconnect).

They go through the same transport as every other call: the same retries where they are safe,
typed errors, timeouts, logging, and the API key sent only to the configured origin. JSON in,
JSON out.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping
from typing import Any
from urllib.parse import urljoin

import requests
import urllib3

from ._encode import plain_json
from ._http import NO_BODY, HttpClient, QueryParams, Timeout, _encode_query
from ._sse import StreamPart
from .errors import APIConnectionError

logger = logging.getLogger("langgraph_sync")

OnResponse = Callable[[requests.Response], None]


class HttpRoutesClient:
    """Send requests to paths of the server (`/my/route`, relative to the client's URL)."""

    def __init__(self, http: HttpClient) -> None:
        self._http = http

    def get(
        self,
        path: str,
        *,
        params: QueryParams | None = None,
        headers: Mapping[str, str] | None = None,
        on_response: OnResponse | None = None,
        timeout: Timeout | None = None,
    ) -> Any:
        """GET `path`; return its JSON (None for an empty body). Retried where safe."""
        return self._json("GET", path, NO_BODY, params, headers, on_response, timeout)

    def post(
        self,
        path: str,
        *,
        json: Any,
        params: QueryParams | None = None,
        headers: Mapping[str, str] | None = None,
        on_response: OnResponse | None = None,
        timeout: Timeout | None = None,
    ) -> Any:
        """POST `json` (None: no body) to `path`; return the reply's JSON. Never repeated once
        it may have reached the server."""
        return self._json("POST", path, _body(json), params, headers, on_response, timeout)

    def put(
        self,
        path: str,
        *,
        json: Any,
        params: QueryParams | None = None,
        headers: Mapping[str, str] | None = None,
        on_response: OnResponse | None = None,
        timeout: Timeout | None = None,
    ) -> Any:
        """PUT `json` to `path`; return the reply's JSON."""
        return self._json("PUT", path, _body(json), params, headers, on_response, timeout)

    def patch(
        self,
        path: str,
        *,
        json: Any,
        params: QueryParams | None = None,
        headers: Mapping[str, str] | None = None,
        on_response: OnResponse | None = None,
        timeout: Timeout | None = None,
    ) -> Any:
        """PATCH `path` with `json`; return the reply's JSON."""
        return self._json("PATCH", path, _body(json), params, headers, on_response, timeout)

    def delete(
        self,
        path: str,
        *,
        json: Any | None = None,
        params: QueryParams | None = None,
        headers: Mapping[str, str] | None = None,
        on_response: OnResponse | None = None,
        timeout: Timeout | None = None,
    ) -> None:
        """DELETE `path` (with `json` as its body, if given). Returns None, as langgraph-sdk."""
        self._json("DELETE", path, _body(json), params, headers, on_response, timeout)

    def stream(
        self,
        path: str,
        method: str,
        *,
        json: Any | None = None,
        params: QueryParams | None = None,
        headers: Mapping[str, str] | None = None,
        on_response: OnResponse | None = None,
        timeout: Timeout | None = None,
    ) -> Iterator[StreamPart]:
        """Send the request and yield the server-sent events of its reply as they arrive."""
        return self._http.stream_events(
            method.upper(),
            self._path(path),
            json=_body(json),
            params=params,
            headers=headers,
            timeout=timeout,
            on_response=on_response,
        )

    def request_reconnect(
        self,
        path: str,
        method: str,
        *,
        json: Any | None = None,
        params: QueryParams | None = None,
        headers: Mapping[str, str] | None = None,
        on_response: OnResponse | None = None,
        reconnect_limit: int = 5,
        timeout: Timeout | None = None,
    ) -> Any:
        """Send the request and return its JSON. If the reply is cut off while its body is read,
        and the server named where to get it again (a `Location` header within the client's
        URL, as runs do), GET it there instead of sending the request again (up to
        `reconnect_limit` more tries, with the transport's own retries on each)."""
        method = method.upper()
        response = self._http.send(
            method,
            self._path(path),
            json=_body(json),
            params=_encode_query(params),
            headers=headers,
            timeout=timeout,
            stream=True,
        )
        if on_response is not None:
            on_response(response)
        resume_url = self._resume_url(response.headers.get("location"))
        reconnects = 0
        while True:
            try:
                _read(response)
                return self._http.parse(response, Any)
            except APIConnectionError:
                if resume_url is None or reconnects >= reconnect_limit:
                    raise
            finally:
                response.close()
            reconnects += 1
            logger.warning("%s %s was cut off; reading the reply again from %s", method, path, resume_url)
            response = self._http.send("GET", resume_url, headers=headers, timeout=timeout, stream=True)

    def _resume_url(self, location: str | None) -> str | None:
        """Where a cut-off reply can be read again: the `Location` it named, if it is within the
        client's URL (the API key is never sent anywhere else)."""
        if not location:
            return None
        url = urljoin(self._http.base_url + "/", location)
        return url if url.startswith(self._http.base_url + "/") else None

    def _json(
        self,
        method: str,
        path: str,
        json: Any,
        params: QueryParams | None,
        headers: Mapping[str, str] | None,
        on_response: OnResponse | None,
        timeout: Timeout | None,
    ) -> Any:
        response = self._http.send(
            method, self._path(path), json=json, params=_encode_query(params), headers=headers, timeout=timeout
        )
        if on_response is not None:
            on_response(response)
        return self._http.parse(response, Any)

    def _path(self, path: str) -> str:
        if not isinstance(path, str):
            raise TypeError(f"path must be a str, not {type(path).__name__}")
        if "://" in path.split("?", 1)[0]:
            # A full URL: only within the client's URL, where the API key may go.
            if not path.startswith(self._http.base_url + "/"):
                raise ValueError(f"{path!r} is not under the client's URL {self._http.base_url!r}: pass a path")
            return path
        return path if path.startswith("/") else "/" + path


def _body(json: Any) -> Any:
    # langgraph-sdk sends no body for json=None.
    return NO_BODY if json is None else plain_json(json)


def _read(response: requests.Response) -> None:
    """Read the body of a streamed response, as an APIConnectionError if it is cut off."""
    try:
        response.content  # noqa: B018 - reading it is the point
    except (requests.RequestException, urllib3.exceptions.HTTPError) as error:
        raise APIConnectionError(
            f"the reply was cut off ({error})", method=response.request.method or "", url=response.url
        ) from None
