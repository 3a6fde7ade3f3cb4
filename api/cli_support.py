"""What every ``careerbot`` command shares: settings read once, one-line errors, the database
checked before any slow work."""

from __future__ import annotations

from typing import NoReturn

import typer
from pydantic import ValidationError

from api.settings import Settings


def load_settings() -> Settings:
    """The settings from the environment; a bad value exits 2 naming its variable."""
    try:
        return Settings()
    except ValidationError as error:
        fail(
            "; ".join(
                f"CAREERBOT_{'_'.join(str(part) for part in problem['loc']).upper()}="
                f"{problem['input']!r}: {problem['msg']}"
                for problem in error.errors()
            )
        )


def fail(error: object) -> NoReturn:
    """Print the error as the command's last line and exit with status 2."""
    typer.secho(f"error: {error}", fg="red", err=True)
    raise typer.Exit(2)


def check_database(settings: Settings) -> None:
    """Fail now, in one line, if the database is behind (migrating the embedded SQLite)."""
    from sqlalchemy.exc import OperationalError

    from store.schema import SchemaOutOfDateError, ensure_current, shown
    from store.tables import open_database

    settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = open_database(settings.conversations_url)
    try:
        ensure_current(engine, settings.migrates_on_startup)
    except SchemaOutOfDateError as error:
        fail(error)
    except OperationalError as error:
        fail(f"cannot reach the database {shown(engine.url)}: {error.orig}")
    finally:
        engine.dispose()
