"""The store as woondossier 0.1.0 created it (before migrations): the baseline.

A database made by that version has these tables and no `alembic_version`;
`woondossier.store.upgrade` stamps it at this revision and upgrades it from here.

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "applications",
        sa.Column("application_id", sa.String(100), primary_key=True),
        sa.Column("type", sa.String(40), nullable=False),
        sa.Column("corporation", sa.String(40), nullable=False),
        sa.Column("decision", sa.String(20), nullable=False),
        sa.Column("result_json", sa.Text, nullable=False),
    )
    op.create_table(
        "document_files",
        sa.Column("application_id", sa.String(100), primary_key=True),
        sa.Column("file", sa.String(500), primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("extractor_version", sa.String(40), nullable=False),
        sa.Column("file_result_json", sa.Text, nullable=False),
    )
    op.create_table(
        "fields",
        sa.Column("application_id", sa.String(100), primary_key=True),
        sa.Column("file", sa.String(500), primary_key=True),
        sa.Column("document_index", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("name", sa.String(60), primary_key=True),
        sa.Column("doc_type", sa.String(40), nullable=False),
        sa.Column("value_json", sa.Text, nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("page", sa.Integer, nullable=True),
    )
    op.create_table(
        "checks",
        sa.Column("application_id", sa.String(100), primary_key=True),
        sa.Column("check_id", sa.String(60), primary_key=True),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
    )


def downgrade() -> None:
    for table in ("checks", "fields", "document_files", "applications"):
        op.drop_table(table)
