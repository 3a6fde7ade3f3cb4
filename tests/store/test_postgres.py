"""The migrations on a real PostgreSQL 15 (a throwaway cluster): the tables of ``store/``, a
database the current release made upgraded with its rows, two migrations at once, and
``careerbot serve`` storing a chat there after ``careerbot migrate``."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from datetime import UTC, datetime
from pathlib import Path

import httpx
import psycopg
import pytest
from sqlalchemy import insert

from store.conversations import ConversationStore
from store.schema import SchemaOutOfDateError, ensure_current, head, migrate
from store.tables import Base, ConversationRow, FeedbackRow, MessageRow, open_database
from tests.live_server import ServerProcess
from tests.postgres_server import PostgresCluster
from tests.store.test_migrations import differences

pytestmark = pytest.mark.slow  # a PostgreSQL server


def test_migrations_build_the_tables_of_store(postgres: PostgresCluster) -> None:
    url = postgres.create_database()
    assert migrate(url) == (None, head())
    engine = open_database(url)
    assert differences(engine) == []
    ensure_current(engine, migrate_if_behind=False)  # at head: nothing to refuse
    engine.dispose()


def test_a_database_the_current_release_made_upgrades_with_its_rows(
    postgres: PostgresCluster,
) -> None:
    url = postgres.create_database()
    engine = open_database(url)
    Base.metadata.create_all(engine)  # what start-up did before migrations
    now = datetime.now(UTC)
    with engine.begin() as connection:
        connection.execute(
            insert(ConversationRow), {"id": "c1", "owner": "user:ana", "created_at": now}
        )
        for seq, role in enumerate(("user", "assistant"), 1):
            row = {"id": f"m{seq}", "conversation_id": "c1", "role": role, "created_at": now}
            connection.execute(insert(MessageRow), row | {"text": f"{role} says ¡hola!"})
        connection.execute(
            insert(FeedbackRow),
            {
                "id": "f1",
                "conversation_id": "c1",
                "message_id": "m2",
                "rating": "up",
                "created_at": now,
            },
        )
    with pytest.raises(SchemaOutOfDateError, match="run `careerbot migrate`"):
        ensure_current(engine, migrate_if_behind=False)
    assert migrate(url) == (None, head())
    assert differences(engine) == []
    texts = [m.text for m in ConversationStore(engine).messages("c1")]
    assert texts == ["user says ¡hola!", "assistant says ¡hola!"]
    engine.dispose()


def test_two_migrations_at_once_take_turns(postgres: PostgresCluster) -> None:
    url = postgres.create_database()
    start = threading.Barrier(2)
    results: list[tuple[str | None, str]] = []

    def run() -> None:
        start.wait()
        results.append(migrate(url))

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(results, key=lambda run: run[0] or "") == [(None, head()), (head(), head())]
    dsn = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(dsn) as connection:
        rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    assert rows == [(head(),)]


def test_migrate_then_serve_stores_a_chat_in_postgres(
    postgres: PostgresCluster, tmp_path: Path
) -> None:
    url = postgres.create_database()
    server = ServerProcess(tmp_path, CAREERBOT_DATABASE_URL=url)
    refused = subprocess.run(
        [sys.executable, "-m", "api.cli", "serve", "--port", str(server.port)],
        env=server.env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert refused.returncode == 2
    assert "not migrated" in refused.stderr
    assert "run `careerbot migrate`" in " ".join(refused.stderr.split())

    migrated = subprocess.run(
        [sys.executable, "-m", "api.cli", "migrate"],
        env=server.env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert migrated.returncode == 0, migrated.stderr
    assert f"migrated from no revision to {head()}" in migrated.stdout
    assert "careerbot@127.0.0.1" in migrated.stdout

    server.start()
    try:
        first = httpx.post(
            f"{server.url}/v1/chat",
            json={"message": "What does a production technician earn?"},
            timeout=60,
        )
        assert first.status_code == 200, first.text
        body = first.json()
        follow = httpx.post(
            f"{server.url}/v1/chat",
            json={"message": "And with experience?", "conversation_id": body["conversation_id"]},
            timeout=60,
        )
        assert follow.status_code == 200, follow.text
        ready = httpx.get(f"{server.url}/readyz", timeout=10)
        assert ready.json()["checks"]["database"] == "ok"
    finally:
        server.stop()
    dsn = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(dsn) as connection:
        rows = connection.execute(
            "SELECT role, text FROM messages WHERE conversation_id = %s ORDER BY seq",
            [body["conversation_id"]],
        ).fetchall()
    assert [role for role, _ in rows] == ["user", "assistant", "user", "assistant"]
    assert rows[0][1] == "What does a production technician earn?"
    assert rows[1][1] == body["answer"]
    assert os.path.exists(tmp_path / "careerbot.sqlite") is False  # nothing went to SQLite
