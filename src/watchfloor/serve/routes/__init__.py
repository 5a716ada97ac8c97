"""Surfaces › serve: the JSON API's routers, one module per kind of record."""
