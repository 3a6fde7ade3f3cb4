"""What a revision finds already there: databases made before migrations existed were built
by ``create_all`` and ``ALTER TABLE`` at start-up, so revisions 0001–0004 add only what is
missing, and any such database upgrades from the first revision."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


def has_table(table: str) -> bool:
    """Whether ``table`` exists."""
    return sa.inspect(op.get_bind()).has_table(table)


def has_column(table: str, column: str) -> bool:
    """Whether ``table`` has ``column``."""
    return column in {c["name"] for c in sa.inspect(op.get_bind()).get_columns(table)}


def has_index(table: str, index: str) -> bool:
    """Whether ``table`` has an index called ``index``."""
    return index in {i["name"] for i in sa.inspect(op.get_bind()).get_indexes(table)}


def create_index(name: str, table: str, columns: list[str], unique: bool = False) -> None:
    """``CREATE INDEX`` unless an index of that name exists."""
    if not has_index(table, name):
        op.create_index(name, table, columns, unique=unique)


def add_column(table: str, column: sa.Column[object]) -> None:
    """``ALTER TABLE … ADD COLUMN`` unless the column exists."""
    if not has_column(table, column.name):
        op.add_column(table, column)
