"""invoice_documents (the UBL document of a sent invoice and its findings); invoice_numbers

Revision ID: 0010
Revises: 0007
Create Date: 2026-12-07 02:30:00

Issue 20: `POST /v1/invoices` stores the document as it came and the network's findings, and
claims the account's invoice number in `invoice_numbers` (its primary key is the atomic check
against sending one number twice).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "invoice_documents",
        sa.Column("invoice_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("findings_json", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["invoice_id"], ["invoices.id"]),
        sa.PrimaryKeyConstraint("invoice_id"),
    )
    op.create_table(
        "invoice_numbers",
        sa.Column("account_id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.String(length=64), nullable=False),
        sa.Column("invoice_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(["account_id"], ["supplier_accounts.id"]),
        sa.PrimaryKeyConstraint("account_id", "number"),
    )


def downgrade() -> None:
    op.drop_table("invoice_numbers")
    op.drop_table("invoice_documents")
