"""One vote per answer: a unique index on ``feedback.message_id`` (b8b8f19).

Votes cast before it existed may repeat an answer; the first vote stands (a later one is
what the API now refuses with 409 ``already_voted``), the later ones are deleted so the index
can be built. The plain index it replaces is dropped.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

from store.migrations.adopt import create_index, has_index

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

LATER_VOTES = sa.text(
    "DELETE FROM feedback WHERE EXISTS (SELECT 1 FROM feedback AS earlier "
    "WHERE earlier.message_id = feedback.message_id AND (earlier.created_at < feedback.created_at "
    "OR (earlier.created_at = feedback.created_at AND earlier.id < feedback.id)))"
)


def upgrade() -> None:
    if not has_index("feedback", "uq_feedback_message"):
        op.execute(LATER_VOTES)
        create_index("uq_feedback_message", "feedback", ["message_id"], unique=True)
    if has_index("feedback", "ix_feedback_message_id"):
        op.drop_index("ix_feedback_message_id", "feedback")


def downgrade() -> None:
    op.create_index("ix_feedback_message_id", "feedback", ["message_id"])
    op.drop_index("uq_feedback_message", "feedback")
