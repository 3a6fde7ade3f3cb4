"""Alembic's environment: run the revisions on the connection ``store.schema`` hands over,
inside the transaction (and lock) it holds."""

from alembic import context

from store.tables import Base

context.configure(
    connection=context.config.attributes["connection"],
    target_metadata=Base.metadata,
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
