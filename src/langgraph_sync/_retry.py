"""When a failed request is tried again, and how long to wait first.

The rule: never do twice what the user asked once. A request that may have reached the server
is repeated only if repeating it is harmless (an idempotent method); one that surely did not
reach it, or that the server turned away unprocessed (429, 503), is repeated whatever it was.
"""

from __future__ import annotations

import email.utils
import math
import random
import time

import requests
import urllib3.exceptions

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
# Statuses that say the server did not process the request: safe to send again, any method.
NOT_PROCESSED_STATUSES = frozenset({429, 503})
# Statuses from a gateway that may or may not have passed the request on.
GATEWAY_STATUSES = frozenset({502, 504})

INITIAL_BACKOFF = 0.5
MAX_BACKOFF = 8.0
MAX_RETRY_AFTER = 60.0


def never_sent(error: requests.RequestException) -> bool:
    """Whether the request failed before any of it could reach the server."""
    if isinstance(error, requests.ConnectTimeout):
        return True
    if isinstance(error, requests.ConnectionError):
        reason = error.args[0] if error.args else None
        # requests wraps urllib3's MaxRetryError, whose `reason` says what failed.
        reason = getattr(reason, "reason", reason)
        # (A DNS failure is a NewConnectionError too.)
        return isinstance(reason, urllib3.exceptions.NewConnectionError)
    return False


def may_retry_error(method: str, error: requests.RequestException) -> bool:
    return never_sent(error) or method in IDEMPOTENT_METHODS


def may_retry_status(method: str, status: int) -> bool:
    return status in NOT_PROCESSED_STATUSES or (status in GATEWAY_STATUSES and method in IDEMPOTENT_METHODS)


def backoff(attempt: int) -> float:
    """Seconds before try number `attempt + 1`: exponential, with full jitter so that many
    clients that failed together do not come back together."""
    return random.uniform(0, min(MAX_BACKOFF, INITIAL_BACKOFF * 2**attempt))


def retry_after(response: requests.Response) -> float | None:
    """The wait a 429 or 503 asks for (seconds or an HTTP date), between 0 and the cap; None if
    it asks none or nothing that reads as a wait ("soon", "nan"): then the usual backoff applies."""
    value = response.headers.get("Retry-After")
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            seconds = email.utils.parsedate_to_datetime(value).timestamp() - time.time()
        except (TypeError, ValueError, OverflowError, IndexError):
            return None
    if math.isnan(seconds):
        return None
    return min(max(seconds, 0.0), MAX_RETRY_AFTER)
