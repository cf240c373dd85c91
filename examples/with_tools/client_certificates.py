"""A client certificate and a private CA: the certificate on a requests.Session of your own, the
CA bundle as `verify=` (requests lets REQUESTS_CA_BUNDLE override a session's own `verify`)."""

import requests

from langgraph_sync import Client, get_client


def client_with_certificate(url: str, cert: str, key: str, ca_bundle: str) -> Client:
    session = requests.Session()
    session.cert = (cert, key)  # sent to a server that asks for a client certificate
    return get_client(url, session=session, verify=ca_bundle)  # the CA that signed the server's certificate
