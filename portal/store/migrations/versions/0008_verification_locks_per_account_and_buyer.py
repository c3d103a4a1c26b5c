"""verification_locks: wrong verification answers per (account, buyer) and the lock's end

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 02:30:00

A verification's wrong answers used to be its own: cancelling the request and asking for the
same buyer again gave fresh attempts. They are now counted per account and buyer, and a lock
holds until `locked_until` whatever is cancelled or asked again. Existing open verifications
keep their own counts (an answer carries the higher of the two on).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "verification_locks",
        sa.Column("account_id", sa.String(length=36), nullable=False),
        sa.Column("buyer_id", sa.String(length=36), nullable=False),
        sa.Column("invoice_failures", sa.Integer(), nullable=False),
        sa.Column("challenge_failures", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["account_id"], ["supplier_accounts.id"]),
        sa.ForeignKeyConstraint(["buyer_id"], ["buyers.id"]),
        sa.PrimaryKeyConstraint("account_id", "buyer_id"),
    )
    with op.batch_alter_table("verifications", schema=None) as batch_op:
        batch_op.add_column(sa.Column("locked_until", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("verifications", schema=None) as batch_op:
        batch_op.drop_column("locked_until")
    op.drop_table("verification_locks")
