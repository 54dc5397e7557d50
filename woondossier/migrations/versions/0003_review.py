"""The review application's tables: users, settings, review_states, corrections, audit_log.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

ID = sa.String(100)
FILE = sa.String(500)
USER = sa.String(100)
WHEN = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", USER, nullable=False, unique=True),
        sa.Column("password_hash", sa.String(200), nullable=False),
        sa.Column("created_at", WHEN, nullable=False),
    )
    op.create_table(
        "settings",
        sa.Column("name", sa.String(100), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.create_table(
        "review_states",
        sa.Column("application_id", ID, primary_key=True),
        sa.Column("override_decision", sa.String(20), nullable=True),
        sa.Column("override_note", sa.Text, nullable=True),
        sa.Column("override_by", USER, nullable=True),
        sa.Column("override_at", WHEN, nullable=True),
        sa.Column("handled_by", USER, nullable=True),
        sa.Column("handled_at", WHEN, nullable=True),
    )
    op.create_table(
        "corrections",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("application_id", ID, nullable=False),
        sa.Column("file", FILE, nullable=False),
        sa.Column("document_index", sa.Integer, nullable=False),
        sa.Column("name", sa.String(60), nullable=False),
        sa.Column("before_json", sa.Text, nullable=False),
        sa.Column("after_json", sa.Text, nullable=False),
        sa.Column("user", USER, nullable=False),
        sa.Column("at", WHEN, nullable=False),
    )
    op.create_index("ix_corrections_application", "corrections", ["application_id", "at"])
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", WHEN, nullable=False),
        sa.Column("user", USER, nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("application_id", ID, nullable=True),
        sa.Column("target", sa.String(600), nullable=True),
        sa.Column("before", sa.Text, nullable=True),
        sa.Column("after", sa.Text, nullable=True),
        sa.Column("note", sa.Text, nullable=True),
    )
    op.create_index("ix_audit_log_application", "audit_log", ["application_id", "at"])


def downgrade() -> None:
    op.drop_index("ix_audit_log_application", "audit_log")
    op.drop_table("audit_log")
    op.drop_index("ix_corrections_application", "corrections")
    op.drop_table("corrections")
    op.drop_table("review_states")
    op.drop_table("settings")
    op.drop_table("users")
