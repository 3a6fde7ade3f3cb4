"""Alembic migrations on real SQLite files: every earlier release's database upgrades to the
tables of ``store/`` with its rows intact; start-up refuses a database behind them; two
``careerbot migrate`` at once take turns."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine

from api.settings import Settings
from store.conversations import ConversationStore
from store.feedback import FeedbackStore
from store.schema import SchemaOutOfDateError, current, ensure_current, head, migrate
from store.tables import Base, open_database
from tests.paths import ROOT

SCHEMAS = ROOT / "tests" / "fixtures" / "schemas"
# The SQLite files each release's start-up made (DDL dumped from its create_all / ALTER TABLE).
RELEASES = sorted(path.stem for path in SCHEMAS.glob("*.sql"))
T0, T1 = "2026-11-01 10:00:00.000000", "2026-11-01 10:05:00.000000"


def differences(engine: Engine) -> list[object]:
    """What Alembic's autogenerate would change to make the database match ``store/``."""
    with engine.connect() as connection:
        found: list[object] = compare_metadata(
            MigrationContext.configure(connection), Base.metadata
        )
        return found


def release_database(path: Path, release: str) -> str:
    """A database as ``release`` left it, with a conversation, two messages and (where the
    release had them) two votes on one answer, a profile and a usage row."""
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA journal_mode=WAL")  # as every release opened it
        db.executescript((SCHEMAS / f"{release}.sql").read_text())
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
        columns = {row[1] for row in db.execute("PRAGMA table_info(messages)")}
        figures = ", figures" if "figures" in columns else ""
        value = ", ?" if figures else ""
        db.execute(
            "INSERT INTO conversations (id, career, created_at) VALUES ('c1', NULL, ?)", [T0]
        )
        for seq, (mid, role, text) in enumerate(
            [("m1", "user", "What does it pay?"), ("m2", "assistant", "Pay is $46,950 [1].")], 1
        ):
            db.execute(
                f"INSERT INTO messages (seq, id, conversation_id, role, text, mode, topic, "
                f"citations, suggestions{figures}, created_at) VALUES "
                f"(?, ?, 'c1', ?, ?, 'cited', 'pay', ?, '[]'{value}, ?)",
                [seq, mid, role, text, json.dumps([{"id": 1, "section": "Pay"}])]
                + (['[{"label": "Entry", "value": 46950, "text": "$46,950"}]'] if figures else [])
                + [T0],
            )
        if "feedback" in tables and "uq_feedback_message" not in tables:
            for vote, (rating, at) in {"f1": ("up", T0), "f2": ("down", T1)}.items():
                db.execute(
                    "INSERT INTO feedback VALUES (?, 'c1', 'm2', ?, NULL, ?)", [vote, rating, at]
                )
        elif "feedback" in tables:
            db.execute("INSERT INTO feedback VALUES ('f1', 'c1', 'm2', 'up', NULL, ?)", [T0])
        if "profiles" in tables:
            db.execute("UPDATE conversations SET owner = 'user:ana'")
            db.execute(
                "INSERT INTO profiles VALUES ('user:ana', '{\"skills\": [\"PLC\"]}', ?)", [T0]
            )
            db.execute(
                "INSERT INTO usage (owner, plan, kind, mode, created_at) "
                "VALUES ('user:ana', 'plus', 'chat', 'cited', ?)",
                [T0],
            )
    return f"sqlite:///{path}"


def test_a_new_database_gets_exactly_the_tables_of_store(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new.sqlite'}"
    assert migrate(url) == (None, head())
    assert migrate(url) == (head(), head())  # a second run has nothing to do
    engine = open_database(url)
    assert differences(engine) == []
    assert current(engine) == head()


@pytest.mark.parametrize("release", RELEASES)
def test_every_release_database_upgrades_with_its_rows(release: str, tmp_path: Path) -> None:
    url = release_database(tmp_path / "careerbot.sqlite", release)
    engine = open_database(url)
    with pytest.raises(SchemaOutOfDateError, match="run `careerbot migrate`"):
        ensure_current(engine, migrate_if_behind=False)

    assert migrate(url) == (None, head())

    assert differences(engine) == []  # columns, indexes, the one-vote index: as store/ says
    conversations = ConversationStore(engine)
    messages = conversations.messages("c1")
    assert [(m.id, m.role, m.text) for m in messages] == [
        ("m1", "user", "What does it pay?"),
        ("m2", "assistant", "Pay is $46,950 [1]."),
    ]
    assert messages[1].citations == [{"id": 1, "section": "Pay"}]
    with sqlite3.connect(tmp_path / "careerbot.sqlite") as db:
        votes = db.execute("SELECT id, rating FROM feedback").fetchall()
        profiles = db.execute("SELECT owner, data FROM profiles").fetchall()
        (owner,) = db.execute("SELECT owner FROM conversations WHERE id = 'c1'").fetchone()
    if release.startswith("first"):
        assert votes == profiles == []
    else:
        assert votes == [("f1", "up")]  # of two votes on one answer, the first stands
    if "main" in release and "over" not in release:
        assert profiles == [("user:ana", '{"skills": ["PLC"]}')]
    # The upgraded database takes new data the way the current code writes it.
    started = conversations.start(None, "hello", "user:bo")
    assert conversations.messages(started)[0].text == "hello"
    feedback = FeedbackStore(engine)
    if not votes:
        feedback.add("c1", "m2", "up", None, owner)
    with pytest.raises(ValueError, match="already has your rating"):
        feedback.add("c1", "m2", "down", None, owner)


def test_downgrade_to_nothing_and_back(tmp_path: Path) -> None:
    from alembic import command

    from store.schema import _config

    url = f"sqlite:///{tmp_path / 'careerbot.sqlite'}"
    migrate(url)
    engine = open_database(url)
    with engine.begin() as connection:
        config = _config()
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    with sqlite3.connect(tmp_path / "careerbot.sqlite") as db:
        assert [
            r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ] == ["alembic_version"]
    migrate(url)
    assert differences(engine) == []


def test_start_up_migrates_only_when_allowed_and_refuses_a_newer_database(
    tmp_path: Path,
) -> None:
    url = release_database(tmp_path / "careerbot.sqlite", "main-f265ec7")
    engine = open_database(url)
    with pytest.raises(SchemaOutOfDateError) as behind:
        ensure_current(engine, migrate_if_behind=False)
    assert "not migrated (empty, or made before migrations)" in str(behind.value)
    assert f"needs revision {head()}" in str(behind.value)
    ensure_current(engine, migrate_if_behind=True)
    assert current(engine) == head()
    with engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(SchemaOutOfDateError, match="at revision 9999, newer than this careerbot"):
        ensure_current(engine, migrate_if_behind=True)


def _opened_by(process: subprocess.Popen[str], path: Path) -> bool:
    """Whether ``process`` has the file ``path`` open (it reached the database)."""
    folder = Path(f"/proc/{process.pid}/fd")
    try:
        return any(os.readlink(fd) == str(path) for fd in folder.iterdir())
    except (FileNotFoundError, ProcessLookupError):
        return False


@pytest.mark.slow
def test_two_migrates_at_once_take_turns(tmp_path: Path) -> None:
    database = tmp_path / "careerbot.sqlite"
    release_database(database, "main-f265ec7")
    env = os.environ | {"CAREERBOT_DATA_DIR": str(tmp_path)}
    env.pop("CAREERBOT_DATABASE_URL", None)
    command = [sys.executable, "-m", "api.cli", "migrate"]
    holder = sqlite3.connect(database, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # a write lock, so both start before either migrates
    runs = [
        subprocess.Popen(
            command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    deadline = time.monotonic() + 60
    while not all(_opened_by(run, database) for run in runs):
        assert all(run.poll() is None for run in runs), [run.communicate() for run in runs]
        assert time.monotonic() < deadline, "the migrations did not reach the database"
        time.sleep(0.05)
    holder.execute("ROLLBACK")
    holder.close()
    outputs = [run.communicate(timeout=60) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    said = sorted(out.split(": ", 1)[1].strip() for out, _ in outputs)
    assert said == [
        f"at revision {head()}, nothing to do.",
        f"migrated from no revision to {head()}.",
    ]
    with sqlite3.connect(database) as db:
        assert db.execute("SELECT version_num FROM alembic_version").fetchall() == [(head(),)]
        assert db.execute("SELECT count(*) FROM messages").fetchone() == (2,)


def test_only_the_embedded_sqlite_migrates_itself_by_default(tmp_path: Path) -> None:
    embedded = Settings(data_dir=tmp_path)
    configured = Settings(data_dir=tmp_path, database_url=f"sqlite:///{tmp_path / 'x.sqlite'}")
    assert (embedded.migrates_on_startup, configured.migrates_on_startup) == (True, False)
    forced = Settings(data_dir=tmp_path, migrate_on_startup=False)
    assert forced.migrates_on_startup is False


@pytest.mark.slow
def test_serve_refuses_a_database_behind_in_one_line(tmp_path: Path) -> None:
    url = release_database(tmp_path / "careerbot.sqlite", "main-f265ec7")
    env = os.environ | {"CAREERBOT_DATA_DIR": str(tmp_path), "CAREERBOT_MIGRATE_ON_STARTUP": "0"}
    command = [sys.executable, "-m", "api.cli", "serve", "--port", "1"]
    refused = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert refused.returncode == 2
    assert "Traceback" not in refused.stderr
    said = " ".join(refused.stderr.split())
    assert "is not migrated (empty, or made before migrations)" in said
    assert "run `careerbot migrate`" in said
    assert current(open_database(url)) is None  # untouched
