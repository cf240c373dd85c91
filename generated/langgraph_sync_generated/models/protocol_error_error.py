from typing import Literal

ProtocolErrorError = Literal[
    "invalid_argument",
    "no_such_checkpoint",
    "no_such_interrupt",
    "no_such_namespace",
    "no_such_run",
    "no_such_subscription",
    "not_supported",
    "permission_denied",
    "unknown_command",
    "unknown_error",
]
