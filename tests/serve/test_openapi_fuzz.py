"""Property-based checks of the JSON API against its own OpenAPI spec (schemathesis).

The spec is loaded from a real server on loopback (the session's ``server`` fixture) and
every ``GET`` operation in it is fuzzed: query and path parameters generated from the
spec, valid ones and invalid ones, are sent over HTTP, and every answer must

* not be a server error (5xx),
* have a status code the spec documents for the operation,
* have the content type the spec documents for that status,
* match the response schema the spec documents for that status (errors included).

It is bounded and deterministic: derandomized Hypothesis (a fixed seed), no example
database, ``MAX_EXAMPLES`` per operation and mode (fewer for the slow report), no
deadline. Write endpoints (POST, PUT, DELETE) are not fuzzed for what they do: generated
requests without the token must all be refused (403 on a read-only server, 401 on a
server with a token) and change nothing.

schemathesis' lazy pytest loader (``schemathesis.pytest.from_fixture``) does not run under
pytest 9 (it sets ``Item._nodeid``, which pytest 9 no longer has), so each operation's
Hypothesis strategy (``APIOperation.as_strategy``) is run here, one subtest per operation.
``WATCHFLOOR_FUZZ_EXAMPLES=200`` runs a deeper (slower) search locally.
"""

from __future__ import annotations

import json
import os
import urllib.parse

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.serve.conftest import HOSTILE_ID

MAX_EXAMPLES = int(os.environ.get("WATCHFLOOR_FUZZ_EXAMPLES", "10"))
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
FUZZ = settings(
    max_examples=MAX_EXAMPLES,
    derandomize=True,
    database=None,
    deadline=None,
    print_blob=False,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.filter_too_much,
        HealthCheck.data_too_large,
    ],
)
# Building a situation report takes about 2 s (the report's own cost, not the API's).
FEWER = {"/api/report": 3}
WRITES = ("POST", "PUT", "PATCH", "DELETE")


@pytest.fixture(scope="session")
def api_schema(server):
    config = schemathesis.Config.from_dict(
        {"generation": {"deterministic": True, "database": "none"}}
    )
    return schemathesis.openapi.from_url(server.base + "/api/openapi.json", config=config)


def _operations(schema, *methods: str) -> list:
    ops = [result.ok() for result in schema.get_all_operations()]
    return [op for op in ops if op.method.upper() in methods]


def _can_be_invalid(operation) -> bool:
    """Whether a request can break the spec through its parameters: query parameters have
    types and bounds; a path segment only when its schema constrains the string."""
    if len(operation.query):
        return True
    return any(
        set(p.definition.get("schema", {})) - {"type", "title", "description"}
        for p in operation.path_parameters
    )


def _fuzz(
    operation, mode: GenerationMode, base_url: str, expect: int | None = None, **call
) -> None:
    @settings(FUZZ, max_examples=min(MAX_EXAMPLES, FEWER.get(operation.path, MAX_EXAMPLES)))
    @given(case=operation.as_strategy(generation_mode=mode))
    def run(case) -> None:
        response = case.call_and_validate(base_url=base_url, checks=CHECKS, timeout=30, **call)
        if expect is not None:
            assert response.status_code == expect, (case.formatted_path, response.text)

    run()


@pytest.mark.parametrize(
    "mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=["valid", "invalid"]
)
def test_get_operations_conform_to_the_spec(server, api_schema, subtests, mode):
    operations = _operations(api_schema, "GET")
    assert len(operations) >= 15
    for operation in operations:
        if mode is GenerationMode.NEGATIVE and not _can_be_invalid(operation):
            continue  # any string is a valid path segment: no request breaks the spec
        with subtests.test(operation=operation.label):
            _fuzz(operation, mode, server.base)


def test_real_records_conform_to_the_spec(server, api_schema, subtests):
    """The generated path ids are (nearly) all unknown, so 404s: here every detail route
    gets a real id and its 200 answer is checked the same way."""
    first = {
        kind: server.get(f"/api/{kind}?limit=1")["items"][0]
        for kind in ("events", "claims", "clusters")
    }
    ids = {
        "/api/documents/{key}": HOSTILE_ID,
        "/api/entities/{key}": "FBI",
        "/api/events/{event_id}": first["events"]["id"],
        "/api/claims/{claim_id}": first["claims"]["id"],
        "/api/clusters/{cluster_id}": first["clusters"]["id"],
        "/api/watchlists/{name}": "border",
        "/api/series/{key}": server.get("/api/series?limit=1")["items"][0]["key"],
    }
    detail = [op for op in _operations(api_schema, "GET") if len(op.path_parameters)]
    assert {op.path for op in detail} == set(ids)
    for operation in detail:
        with subtests.test(operation=operation.label):
            name = operation.path_parameters[0].name
            case = operation.Case(path_parameters={name: ids[operation.path]})
            response = case.call_and_validate(base_url=server.base, checks=CHECKS, timeout=30)
            assert response.status_code == 200


def _state(srv, watchlists) -> tuple:
    return (
        srv.get("/api/health")["stats"],
        sorted((p.name, p.read_bytes()) for p in watchlists.glob("*")),
    )


def test_writes_without_the_token_are_refused(
    server, token_server, api_schema, subtests, watchlist_dir
):
    """Every write operation, with generated bodies and paths: 403 from the read-only
    server, 401 without (or with a wrong) token from a server that has one; nothing
    changes, and the refusals conform to the spec."""
    writes = _operations(api_schema, *WRITES)
    assert {op.method.upper() for op in writes} == {"POST", "PUT", "DELETE"}
    before = _state(server, watchlist_dir)
    for operation in writes:
        with subtests.test(operation=operation.label, server="read-only"):
            _fuzz(operation, GenerationMode.POSITIVE, server.base, expect=403)
        with subtests.test(operation=operation.label, server="token, none given"):
            _fuzz(operation, GenerationMode.POSITIVE, token_server.base, expect=401)
        with subtests.test(operation=operation.label, server="token, wrong one"):
            _fuzz(
                operation,
                GenerationMode.POSITIVE,
                token_server.base,
                expect=401,
                headers={"Authorization": "Bearer not-the-token"},
            )
    assert _state(server, watchlist_dir) == before


# Regression tests for what the fuzzing found.


def test_a_bad_watchlist_name_is_a_validation_error(server):
    """GET /api/watchlists/{name} answered 422 with a string `detail` where the spec
    promises FastAPI's validation error (a list); the name's pattern is now in the spec."""
    for bad in ("United States", "Z.íy¡", "border.yaml", "Border", "-x", "a" * 65):
        status, _, body = server.request("/api/watchlists/" + urllib.parse.quote(bad, safe=""))
        detail = json.loads(body)["detail"]
        assert status == 422 and isinstance(detail, list), (bad, body)
        assert detail[0]["loc"] == ["path", "name"]
    spec = server.get("/api/openapi.json")
    for method in ("get", "put", "delete"):
        (param,) = spec["paths"]["/api/watchlists/{name}"][method]["parameters"]
        assert param["schema"]["pattern"] == "^[a-z0-9][a-z0-9_-]{0,63}$"


def test_watchlists_without_a_directory_answer_a_documented_404(token_server, api_schema):
    """The list answered 404 (no --watchlists) although its spec listed only 200."""
    case = api_schema["/api/watchlists"]["GET"].Case()
    response = case.call_and_validate(base_url=token_server.base, checks=CHECKS, timeout=30)
    assert response.status_code == 404 and "--watchlists" in response.json()["detail"]


def test_error_answers_are_documented_with_their_shape(api_schema):
    """Error statuses name their JSON body ({detail}), so the fuzzing checks error bodies
    too; every store-backed route documents the 503 a busy store gives."""
    spec = api_schema.raw_schema
    problem = {"$ref": "#/components/schemas/Problem"}
    for path, ops in spec["paths"].items():
        for method, op in ops.items():
            for status, resp in op["responses"].items():
                if status in ("401", "403", "404", "409", "503"):
                    assert resp["content"]["application/json"]["schema"] == problem, (
                        method,
                        path,
                        status,
                    )
            if method == "get" and not path.startswith("/api/watchlists"):
                assert "503" in op["responses"], path


def test_an_undecodable_body_gets_the_documented_400(token_server, api_schema):
    """A body of bytes that are not UTF-8 got a 400 the spec did not list (the framework
    refuses it before validation); it is documented now, with its {detail} shape."""
    headers = {"Authorization": "Bearer s3cret-token", "Content-Type": "application/json"}
    for path in ("/api/entities/merge", "/api/entities/split"):
        status, _, body = token_server.request(
            path, method="POST", data=b'{"keep": "\xff\xfe"}', headers=headers
        )
        assert status == 400 and isinstance(json.loads(body)["detail"], str), (path, body)
    spec = api_schema.raw_schema
    for path, method in (
        ("/api/entities/merge", "post"),
        ("/api/entities/split", "post"),
        ("/api/watchlists/{name}", "put"),
    ):
        assert "400" in spec["paths"][path][method]["responses"], (path, method)
