"""Conversations and their messages (the first release, 52a7579).

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

from store.migrations.adopt import create_index, has_table

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    if not has_table("conversations"):
        op.create_table(
            "conversations",
            sa.Column("id", sa.String(32), primary_key=True),
            sa.Column("career", sa.String(120)),
            sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        )
    if not has_table("messages"):
        op.create_table(
            "messages",
            sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
            sa.Column("id", sa.String(32), nullable=False, unique=True),
            sa.Column(
                "conversation_id",
                sa.String(32),
                sa.ForeignKey("conversations.id"),
                nullable=False,
            ),
            sa.Column("role", sa.String(16), nullable=False),
            sa.Column("text", sa.Text, nullable=False),
            sa.Column("mode", sa.String(16)),
            sa.Column("topic", sa.String(300)),
            sa.Column("citations", sa.JSON),
            sa.Column("suggestions", sa.JSON),
            sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        )
    create_index("ix_messages_conversation_id", "messages", ["conversation_id"])


def downgrade() -> None:
    op.drop_table("messages")
    op.drop_table("conversations")
