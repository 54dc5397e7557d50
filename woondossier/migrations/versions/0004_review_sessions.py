"""Server-side review sessions and the login throttle; the session key leaves the database.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04

The review application's session key used to be kept in `settings`, readable by
anyone who could read the database file; it now lives in a file of the service's own
(or the environment), so the old one is deleted: cookies signed with it stop working.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

USER = sa.String(100)
WHEN = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "review_sessions",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("user", USER, nullable=False),
        sa.Column("csrf", sa.String(64), nullable=False),
        sa.Column("revealed_json", sa.Text, nullable=False),
        sa.Column("created_at", WHEN, nullable=False),
        sa.Column("seen_at", WHEN, nullable=False),
        sa.Column("expires_at", WHEN, nullable=False),
    )
    op.create_index("ix_review_sessions_user", "review_sessions", ["user"])
    op.create_table(
        "login_failures",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", WHEN, nullable=False),
        sa.Column("account", USER, nullable=False),
        sa.Column("address", sa.String(100), nullable=False),
    )
    op.create_index("ix_login_failures_account", "login_failures", ["account", "at"])
    op.create_index("ix_login_failures_address", "login_failures", ["address", "at"])
    op.execute("DELETE FROM settings WHERE name = 'session_secret'")


def downgrade() -> None:
    op.drop_index("ix_login_failures_address", "login_failures")
    op.drop_index("ix_login_failures_account", "login_failures")
    op.drop_table("login_failures")
    op.drop_index("ix_review_sessions_user", "review_sessions")
    op.drop_table("review_sessions")
