"""The library's keyword box reads each resource's search document
(search.keywords), where its words are already kept, so the resource's own
vector is no longer written or read.

The field leaves the models' state only: processes of the previous release,
which still read and write the column, keep serving while this migrates
(docs/deploy.md, "Migrations and upgrades"). The column is nullable, so rows
this release inserts without it are valid. The column and its GIN index are
dropped by a migration of the next release."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("resources", "0006_proposed_file")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.RemoveField(model_name="resource", name="search_vector")],
            database_operations=[],
        )
    ]
