from alembic import context
from sqlmodel import SQLModel

import app.models  # noqa: F401 - registers the tables on SQLModel.metadata

target_metadata = SQLModel.metadata
engine = context.config.attributes["engine"]


def include_object(obj, name, type_, reflected, compare_to):
    # FTS shadow tables (a later migration) are not ours to autogenerate.
    return not (type_ == "table" and name and "_fts" in name)


with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        include_object=include_object,
        transaction_per_migration=True,
    )
    with context.begin_transaction():
        context.run_migrations()
