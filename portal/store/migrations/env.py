"""Alembic's environment for the portal: run with the connection `portal.store.migrate` hands over."""

from __future__ import annotations

from alembic import context

from portal.store.migrate import include_object
from portal.store.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=context.config.attributes.get("metadata", Base.metadata),
    include_object=include_object,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
