from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ChecklistsConfig(AppConfig):
    """Benchmark checklists editors set per network, the teams' progress on
    each item with evidence from the library, and the coaches' and networks'
    views of it."""

    name = "checklists"
    label = "checklists"
    verbose_name = _("Benchmark checklists")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from checklists import parts, permissions
        from community import team_page
        from kernel import policies, roles

        policies.register(permissions.progress)
        team_page.register("checklists", parts.team_checklists)
        # Editors write each network's benchmarks.
        roles.grant_on(roles.SiteRole.EDITOR, "checklists", "checklist", roles.EDIT)
