"""/v1/chat server-side latency vs its floor (query embedding + raw Chroma query).

Run: ``make bench`` (or ``python -m bench.chat_latency``). Prints figures; asserts nothing.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from bench.common import percentile, questions, rss_mb
from index.store import chroma_client


def main() -> None:
    """Measure both in the same process and run, on the same questions."""
    asked = questions(200)
    with tempfile.TemporaryDirectory() as data_dir:
        settings = Settings(data_dir=Path(data_dir), stream_delay_ms=0, quota_free="1000000/day")
        with TestClient(create_app(settings)) as client:
            components = client.app.state.components  # type: ignore[attr-defined]
            for question in asked[:20]:  # warm-up
                client.post("/v1/chat", json={"message": question})
            collection = chroma_client(settings.chroma_dir, settings.chroma_url).get_collection(
                settings.collection_name
            )
            embed = components.embeddings.embed_query
            server_ms, floor_ms = [], []
            for question in asked:  # interleaved, so both see the same machine state
                response = client.post("/v1/chat", json={"message": question})
                assert response.status_code == 200, response.text
                server_ms.append(float(response.headers["server-timing"].split("dur=")[1]))
                started = time.perf_counter()
                collection.query(query_embeddings=[embed(question)], n_results=10)
                floor_ms.append((time.perf_counter() - started) * 1000)
            rss = rss_mb()
    p50, p95 = percentile(server_ms, 50), percentile(server_ms, 95)
    f50, f95 = percentile(floor_ms, 50), percentile(floor_ms, 95)
    print(f"questions: {len(asked)}")
    print(f"/v1/chat server-side   p50 {p50:6.1f} ms   p95 {p95:6.1f} ms")
    print(f"floor (embed + Chroma) p50 {f50:6.1f} ms   p95 {f95:6.1f} ms")
    print(f"ratio                  p50 {p50 / f50:6.2f}      p95 {p95 / f95:6.2f}   (target ≤ 1.3)")
    print(f"RSS after warm-up: {rss:.0f} MB (target ≤ 1024 MB)")


if __name__ == "__main__":
    main()
