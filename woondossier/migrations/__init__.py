"""Alembic migrations of the results database; `woondossier.store.upgrade` applies them."""
