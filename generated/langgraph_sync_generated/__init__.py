"""Models and endpoint descriptors generated from openapi.yaml by `make generate`. Do not edit."""
