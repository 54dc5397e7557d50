"""Alembic's environment for the results database.

`woondossier.store.upgrade` runs the migrations on a connection it passes in
`config.attributes["connection"]`. For a developer's `alembic` command line (a new
revision with --autogenerate), `sqlalchemy.url` of the config is used instead:

    alembic -c woondossier/migrations/alembic.ini -x url=sqlite:///out/woondossier.db revision --autogenerate -m "..."
"""

from alembic import context
from sqlalchemy import create_engine

from woondossier.schema import Base

config = context.config


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things: Alembic copies the table instead
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option("sqlalchemy.url")
    with create_engine(url).connect() as fresh:
        _run(fresh)
