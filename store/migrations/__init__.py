"""Alembic revisions of the SQL schema; ``store.schema`` runs them."""
