"""Operations: ``X-Request-ID`` on every response, ``/metrics`` counting what the bot did,
``/livez`` and ``/readyz`` against a real Redis that goes away."""

from __future__ import annotations

import logging
import re
import threading
import uuid
from collections.abc import Iterator
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from asgi_correlation_id import CorrelationIdFilter
from fastapi.testclient import TestClient
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage
from prometheus_client.parser import text_string_to_metric_families
from pydantic import SecretStr

from api.app import create_app
from api.auth import mint_token
from api.routes.ops import llm_service_ready
from api.settings import Settings
from tests.live_server import free_port
from tests.redis_server import RedisProcess

pytestmark = pytest.mark.slow  # the embedding model and a real Redis
SECRET = "ops-test-secret-" + "x" * 32
INVENTED = "Production technicians are paid $250,000 a year to work on the Moon [1]."


@pytest.fixture(scope="module")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisProcess]:
    server = RedisProcess(tmp_path_factory.mktemp("redis"))
    yield server
    server.stop()


@pytest.fixture(scope="module")
def ops(settings: Settings, redis_server: RedisProcess) -> Iterator[TestClient]:
    """The app over the session's data dir with quotas in Redis and a scripted Plus model:
    its first answer is invented (the guard drops it all), then it fails."""
    configured = settings.model_copy(
        update={
            "redis_url": redis_server.url,
            "jwt_secret": SecretStr(SECRET),
            "quota_free": "2/minute",
        }
    )
    model = GenericFakeChatModel(messages=iter([AIMessage(content=INVENTED)]))
    with TestClient(create_app(configured, llm=model)) as client:
        yield client


def counts(client: TestClient) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """Every sample of ``/metrics`` by name and labels."""
    response = client.get("/metrics")
    assert response.status_code == 200
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(response.text)
        for sample in family.samples
    }


def delta(
    before: dict[tuple[str, tuple[tuple[str, str], ...]], float],
    after: dict[tuple[str, tuple[tuple[str, str], ...]], float],
    name: str,
    **labels: str,
) -> float:
    key = (name, tuple(sorted(labels.items())))
    return after.get(key, 0.0) - before.get(key, 0.0)


def test_metrics_count_answers_refusals_429s_fallbacks_and_guard_drops(ops: TestClient) -> None:
    before = counts(ops)
    anonymous = {"X-Anonymous-Id": f"anon-{uuid.uuid4().hex}"}
    cited = ops.post("/v1/chat", json={"message": "What does it pay?"}, headers=anonymous)
    refused = ops.post(
        "/v1/chat/stream",
        json={"message": "What is the capital of France?"},
        headers=anonymous,
    )
    over = ops.post("/v1/chat", json={"message": "And the skills?"}, headers=anonymous)
    assert (cited.json()["mode"], refused.status_code, over.status_code) == ("cited", 200, 429)
    assert '"mode": "refusal"' in refused.text

    plus = {"Authorization": f"Bearer {mint_token(SECRET, 'ops-plus', 'plus', timedelta(hours=1))}"}
    question = {"message": "What training do I need to become a production technician?"}
    invented = ops.post("/v1/chat", json=question, headers=plus)
    failed = ops.post("/v1/chat", json=question, headers=plus)  # the script has run out
    for reply in (invented, failed):
        assert reply.status_code == 200
        assert reply.json()["mode"] == "cited"
        assert "Moon" not in reply.json()["answer"]  # the guide's own words instead

    after = counts(ops)
    assert delta(before, after, "careerbot_answers_total", kind="chat", mode="cited") == 3
    assert delta(before, after, "careerbot_answers_total", kind="chat", mode="refusal") == 1
    assert delta(before, after, "careerbot_rate_limited_total", route="/v1/chat") == 1
    assert delta(before, after, "careerbot_llm_fallbacks_total", reason="unsupported") == 1
    assert delta(before, after, "careerbot_llm_fallbacks_total", reason="error") == 1
    dropped = sum(
        delta(before, after, "careerbot_guard_dropped_sentences_total", reason=reason)
        for reason in ("unsupported", "numbers", "uncited", "leak")
    )
    assert dropped >= 1
    startup = [
        value
        for (name, labels), value in after.items()
        if name == "careerbot_ingest_runs_total" and ("trigger", "startup") in labels
    ]
    assert sum(startup) == 1  # the app synced the index once, at start-up
    requests = delta(
        before, after, "http_requests_total", handler="/v1/chat", method="POST", status="4xx"
    )
    assert requests == 1  # the 429, timed like every request


def test_every_response_carries_a_request_id(ops: TestClient) -> None:
    given = str(uuid.uuid4())
    echoed = ops.get("/health", headers={"X-Request-ID": given})
    assert echoed.headers["X-Request-ID"] == given
    made = {ops.get(path).headers["X-Request-ID"] for path in ("/livez", "/nowhere", "/widget.js")}
    assert len(made) == 3
    assert all(re.fullmatch("[0-9a-f]{32}", made_id) for made_id in made)
    forged = ops.get("/livez", headers={"X-Request-ID": 'x" injected\nline'})
    assert re.fullmatch("[0-9a-f]{32}", forged.headers["X-Request-ID"])  # replaced, not echoed
    invalid = ops.post("/v1/chat", json={"message": ""}, headers={"X-Request-ID": given})
    assert (invalid.status_code, invalid.headers["X-Request-ID"]) == (422, given)


class Collected(logging.Handler):
    """Keeps the records it is given (after its filters)."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def test_log_lines_written_while_answering_carry_the_request_id(ops: TestClient) -> None:
    """The writer logs from a worker thread; the request's id still reaches its line."""
    handler = Collected()
    handler.addFilter(CorrelationIdFilter(default_value="-"))
    writer = logging.getLogger("bot.generate.writer")
    writer.addHandler(handler)
    given = str(uuid.uuid4())
    plus = {"Authorization": f"Bearer {mint_token(SECRET, 'ops-log', 'plus', timedelta(hours=1))}"}
    try:
        answered = ops.post(
            "/v1/chat",
            json={"message": "What training do I need?"},
            headers=plus | {"X-Request-ID": given},
        )
    finally:
        writer.removeHandler(handler)
    assert answered.status_code == 200
    assert handler.records, "the answer writer logged nothing"
    assert {getattr(record, "correlation_id", None) for record in handler.records} == {given}


def test_llm_service_check_asks_the_servers_model_list(tmp_path: Path) -> None:
    class Models(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            found = self.path == "/v1/models"
            self.send_response(200 if found else 404)
            self.end_headers()
            self.wfile.write(b'{"data": [{"id": "smollm2"}]}' if found else b"")

        def log_message(self, *_: object) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Models)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        llm_service_ready(f"http://127.0.0.1:{server.server_port}/v1")
        with pytest.raises(httpx.HTTPStatusError):
            llm_service_ready(f"http://127.0.0.1:{server.server_port}/elsewhere")
    finally:
        server.shutdown()
        server.server_close()
    with pytest.raises(httpx.ConnectError):
        llm_service_ready(f"http://127.0.0.1:{free_port()}/v1")


def test_readyz_names_what_is_down_and_livez_stays_up(
    ops: TestClient, redis_server: RedisProcess
) -> None:
    ready = ops.get("/readyz")
    assert ready.status_code == 200
    assert ready.json() == {
        "status": "ready",
        "checks": {"database": "ok", "chroma": "ok", "redis": "ok"},
    }
    redis_server.stop()
    down = ops.get("/readyz")
    assert down.status_code == 503
    body = down.json()
    assert body["error"] == "not_ready"
    assert body["message"] == "not ready: redis"
    assert body["details"] == [{"field": "redis", "message": "unavailable (ConnectionError)"}]
    assert body["checks"]["database"] == body["checks"]["chroma"] == "ok"
    assert ops.get("/livez").json() == {"status": "ok"}
