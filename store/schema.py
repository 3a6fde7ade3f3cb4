"""The schema's revision: Alembic migrations, run once per deploy by ``careerbot migrate``, and
the start-up check that refuses a database behind them."""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, make_url, text
from sqlalchemy.engine import URL, Connection
from sqlalchemy.pool import NullPool

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# One migration at a time per PostgreSQL database (a transaction-scoped advisory lock).
LOCK_KEY = zlib.crc32(b"careerbot migrate")
SQLITE_WAIT_S = 120.0  # how long a migration waits for another process's write lock


class SchemaOutOfDateError(RuntimeError):
    """The database's schema is not the one this careerbot needs; the message says what to do."""


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("path_separator", "os")
    return config


def head() -> str:
    """The newest revision this careerbot knows."""
    revision = ScriptDirectory.from_config(_config()).get_current_head()
    assert revision is not None, "store/migrations has no revisions"
    return revision


def known(revision: str) -> bool:
    """Whether ``revision`` is one of this careerbot's revisions."""
    return revision in {s.revision for s in ScriptDirectory.from_config(_config()).walk_revisions()}


def current(engine: Engine) -> str | None:
    """The database's revision; None for an empty database or one made before migrations."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def shown(url: str | URL) -> str:
    """A database URL safe to print: the password masked."""
    return make_url(url).render_as_string(hide_password=True)


def migrate(url: str | URL) -> tuple[str | None, str]:
    """Upgrade the database to the newest revision, in one transaction that holds a lock for
    the whole run (SQLite: ``BEGIN IMMEDIATE``; PostgreSQL: an advisory lock), so processes
    that migrate at once take turns and the later ones find nothing to do. Returns the
    revision before and after."""
    engine = _migration_engine(url)
    try:
        with engine.begin() as connection:
            if engine.dialect.name == "postgresql":
                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_KEY})
            before = MigrationContext.configure(connection).get_current_revision()
            config = _config()
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            return before, MigrationContext.configure(connection).get_current_revision() or ""
    finally:
        engine.dispose()


def ensure_current(engine: Engine, migrate_if_behind: bool) -> None:
    """Return if the database is at the newest revision; migrate it first when allowed,
    otherwise raise :class:`SchemaOutOfDateError` saying to run ``careerbot migrate``."""
    newest, found = head(), current(engine)
    if found == newest:
        return
    where = shown(engine.url)
    if found is not None and not known(found):
        raise SchemaOutOfDateError(
            f"the database {where} is at revision {found}, newer than this careerbot knows "
            f"(its newest is {newest}): run the careerbot that migrated it, or a newer one"
        )
    if migrate_if_behind:
        migrate(engine.url)
        return
    state = f"at revision {found}" if found else "not migrated (empty, or made before migrations)"
    raise SchemaOutOfDateError(
        f"the database {where} is {state}; this careerbot needs revision {newest}: "
        "run `careerbot migrate` (once per deploy, before starting servers)"
    )


def _migration_engine(url: str | URL) -> Engine:
    """An engine for migrating: SQLite's transactions begin with ``BEGIN IMMEDIATE`` (the write
    lock, taken before the revision is read) and wait for another migration's lock."""
    if make_url(url).get_backend_name() != "sqlite":
        return create_engine(url, poolclass=NullPool)
    engine = create_engine(url, poolclass=NullPool, connect_args={"timeout": SQLITE_WAIT_S})

    @event.listens_for(engine, "connect")
    def _manual_transactions(connection: Any, _record: Any) -> None:
        connection.isolation_level = None  # no implicit BEGIN from the driver
        connection.execute("PRAGMA journal_mode=WAL")

    @event.listens_for(engine, "begin")
    def _write_lock(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine
