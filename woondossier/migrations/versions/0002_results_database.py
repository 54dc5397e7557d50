"""The results database: runs, applications, files, documents, fields, checks, decisions.

The 0.1.0 tables held a cache of extractions and the latest results, both rebuilt by
the next run (files whose extraction is gone are read again; every result.json stays
on disk), so they are dropped rather than converted.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from importlib import import_module

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

ID = sa.String(100)
FILE = sa.String(500)
SHA256 = sa.String(64)
WHEN = sa.DateTime(timezone=True)


def upgrade() -> None:
    for table in ("checks", "fields", "document_files", "applications"):
        op.drop_table(table)
    op.create_table(
        "runs",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("started_at", WHEN, nullable=False),
        sa.Column("finished_at", WHEN, nullable=True),
        sa.Column("inbox", sa.String(1000), nullable=False),
        sa.Column("reevaluate", sa.Boolean, nullable=False),
        sa.Column("applications", sa.Integer, nullable=True),
        sa.Column("evaluated", sa.Integer, nullable=True),
        sa.Column("files_read", sa.Integer, nullable=True),
    )
    op.create_table(
        "applications",
        sa.Column("application_id", ID, primary_key=True),
        sa.Column("type", sa.String(40), nullable=False),
        sa.Column("corporation", sa.String(40), nullable=False),
        sa.Column("tenancy_id", ID, nullable=True),
        sa.Column("submitted_on", sa.Date, nullable=True),
        sa.Column("decision", sa.String(20), nullable=False),
        sa.Column("inputs_sha256", SHA256, nullable=False),
        sa.Column("policy_sha256", SHA256, nullable=True),
        sa.Column("aanvraag_json", sa.Text, nullable=True),
        sa.Column("register_json", sa.Text, nullable=True),
        sa.Column("result_json", sa.Text, nullable=False),
        sa.Column("run_id", sa.Integer, sa.ForeignKey("runs.id"), nullable=False),
        sa.Column("evaluated_at", WHEN, nullable=False),
    )
    op.create_index("ix_applications_evaluated_at", "applications", ["evaluated_at"])
    op.create_table(
        "files",
        sa.Column("application_id", ID, sa.ForeignKey("applications.application_id", ondelete="CASCADE"), primary_key=True),
        sa.Column("file", FILE, primary_key=True),
        sa.Column("sha256", SHA256, nullable=False),
        sa.Column("extractor_version", sa.String(40), nullable=False),
        sa.Column("errors_json", sa.Text, nullable=False),
        sa.Column("read_in_run", sa.Integer, sa.ForeignKey("runs.id"), nullable=False),
    )
    op.create_index("ix_files_sha256", "files", ["sha256"])
    op.create_table(
        "documents",
        sa.Column("application_id", ID, primary_key=True),
        sa.Column("file", FILE, primary_key=True),
        sa.Column("document_index", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("doc_type", sa.String(40), nullable=False),
        sa.Column("pages", sa.String(200), nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("ocr", sa.Boolean, nullable=False),
        sa.Column("attachment", FILE, nullable=True),
        sa.ForeignKeyConstraint(["application_id", "file"], ["files.application_id", "files.file"], ondelete="CASCADE"),
    )
    op.create_table(
        "fields",
        sa.Column("application_id", ID, primary_key=True),
        sa.Column("file", FILE, primary_key=True),
        sa.Column("document_index", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("name", sa.String(60), primary_key=True),
        sa.Column("value_json", sa.Text, nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("page", sa.Integer, nullable=True),
        sa.Column("x0", sa.Float, nullable=True),
        sa.Column("top", sa.Float, nullable=True),
        sa.Column("x1", sa.Float, nullable=True),
        sa.Column("bottom", sa.Float, nullable=True),
        sa.ForeignKeyConstraint(
            ["application_id", "file", "document_index"],
            ["documents.application_id", "documents.file", "documents.document_index"],
            ondelete="CASCADE",
        ),
    )
    op.create_table(
        "checks",
        sa.Column("application_id", ID, sa.ForeignKey("applications.application_id", ondelete="CASCADE"), primary_key=True),
        sa.Column("check_id", sa.String(60), primary_key=True),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("evidence_json", sa.Text, nullable=False),
        sa.Column("low_confidence", sa.Boolean, nullable=False),
    )
    op.create_table(
        "decisions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("application_id", ID, nullable=False),
        sa.Column("run_id", sa.Integer, sa.ForeignKey("runs.id"), nullable=False),
        sa.Column("decision", sa.String(20), nullable=False),
        sa.Column("inputs_sha256", SHA256, nullable=False),
        sa.Column("policy_sha256", SHA256, nullable=True),
        sa.Column("decided_at", WHEN, nullable=False),
    )
    op.create_index("ix_decisions_application", "decisions", ["application_id", "decided_at"])


def downgrade() -> None:
    for table in ("decisions", "checks", "fields", "documents", "files", "applications", "runs"):
        op.drop_table(table)
    # back to the 0.1.0 tables, empty: the next run of 0.1.0 fills them again
    import_module("woondossier.migrations.versions.0001_first_store").upgrade()
