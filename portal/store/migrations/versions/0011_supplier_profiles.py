"""supplier_profiles: each supplier account's own data for its invoices (My account)

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 02:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    version = sa.Integer().with_variant(sa.BigInteger(), "postgresql")
    op.create_table(
        "supplier_profiles",
        sa.Column("account_id", sa.String(length=36), nullable=False),
        sa.Column("legal_name", sa.String(length=200), nullable=False),
        sa.Column("street", sa.String(length=200), nullable=False),
        sa.Column("city", sa.String(length=100), nullable=False),
        sa.Column("postal_code", sa.String(length=20), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("vat_number", sa.String(length=32), nullable=False),
        sa.Column("company_id", sa.String(length=64), nullable=False),
        sa.Column("iban", sa.String(length=42), nullable=False),
        sa.Column("bic", sa.String(length=11), nullable=False),
        sa.Column("contact_name", sa.String(length=120), nullable=False),
        sa.Column("contact_email", sa.String(length=200), nullable=False),
        sa.Column("contact_phone", sa.String(length=40), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", version, nullable=False),
        sa.ForeignKeyConstraint(["account_id"], ["supplier_accounts.id"]),
        sa.PrimaryKeyConstraint("account_id"),
    )
    with op.batch_alter_table("supplier_profiles", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_supplier_profiles_version"), ["version"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("supplier_profiles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_supplier_profiles_version"))
    op.drop_table("supplier_profiles")
