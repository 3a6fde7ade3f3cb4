"""Figures on answers, and feedback on answers (the widget, 645583c).

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

from store.migrations.adopt import add_column, create_index, has_table

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    add_column("messages", sa.Column("figures", sa.JSON))
    if not has_table("feedback"):
        op.create_table(
            "feedback",
            sa.Column("id", sa.String(32), primary_key=True),
            sa.Column(
                "conversation_id",
                sa.String(32),
                sa.ForeignKey("conversations.id"),
                nullable=False,
            ),
            sa.Column("message_id", sa.String(32), sa.ForeignKey("messages.id"), nullable=False),
            sa.Column("rating", sa.String(8), nullable=False),
            sa.Column("comment", sa.Text),
            sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        )
    create_index("ix_feedback_conversation_id", "feedback", ["conversation_id"])
    create_index("ix_feedback_message_id", "feedback", ["message_id"])


def downgrade() -> None:
    op.drop_table("feedback")
    with op.batch_alter_table("messages") as batch:
        batch.drop_column("figures")
