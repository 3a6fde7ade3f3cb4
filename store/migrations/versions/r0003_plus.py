"""Owners of conversations, profiles and usage (Plus, 913cbfc).

Start-up then added ``conversations.owner`` to older databases by ``ALTER TABLE`` without its
index; this revision adds whichever of the two is missing.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

from store.migrations.adopt import add_column, create_index, has_table

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    add_column("conversations", sa.Column("owner", sa.String(100)))
    create_index("ix_conversations_owner", "conversations", ["owner"])
    if not has_table("profiles"):
        op.create_table(
            "profiles",
            sa.Column("owner", sa.String(100), primary_key=True),
            sa.Column("data", sa.JSON, nullable=False),
            sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        )
    if not has_table("usage"):
        op.create_table(
            "usage",
            sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
            sa.Column("owner", sa.String(100)),
            sa.Column("plan", sa.String(8), nullable=False),
            sa.Column("kind", sa.String(16), nullable=False),
            sa.Column("mode", sa.String(16), nullable=False),
            sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        )
    create_index("ix_usage_owner", "usage", ["owner"])


def downgrade() -> None:
    op.drop_table("usage")
    op.drop_table("profiles")
    op.drop_index("ix_conversations_owner", "conversations")
    with op.batch_alter_table("conversations") as batch:
        batch.drop_column("owner")
