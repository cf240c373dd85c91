"""client_certificates.py: requests' adapter is handed the certificate and the CA bundle."""

import responses

from .client_certificates import client_with_certificate

THREAD = {
    "thread_id": "5cb1e8a1-34b3-4a61-a34e-71a9799bd00d",
    "created_at": "2024-08-30T20:35:52.062934+00:00",
    "updated_at": "2024-08-30T20:35:52.062934+00:00",
    "metadata": {},
    "status": "idle",
    "config": {},
    "values": None,
}


@responses.activate
def test_the_session_sends_the_certificate_and_verifies_with_the_bundle():
    responses.get(f"https://langgraph.internal/threads/{THREAD['thread_id']}", json=THREAD)
    client = client_with_certificate("https://langgraph.internal", "client.pem", "client.key", "/etc/ssl/ca.pem")
    client.threads.get(THREAD["thread_id"])
    sent = responses.calls[0].request.req_kwargs
    assert sent["cert"] == ("client.pem", "client.key")
    assert sent["verify"] == "/etc/ssl/ca.pem"
