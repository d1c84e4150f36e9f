"""oapigen: an OpenAPI 3.0/3.1 document into a typed, tested, installable Python client package."""

__version__ = "0.1.0"
