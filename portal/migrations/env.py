"""Alembic's environment for the portal: run with the connection `portal.migrate` hands over."""

from __future__ import annotations

from alembic import context

from portal.migrate import include_object
from portal.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=context.config.attributes.get("metadata", Base.metadata),
    include_object=include_object,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
