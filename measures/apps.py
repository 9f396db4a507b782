from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MeasuresConfig(AppConfig):
    """The data side of the Collaboratory: the measure dictionary, what each
    team tracks and its values by period and group, and the run and control
    charts that tell whether a change is an improvement."""

    name = "measures"
    label = "measures"
    verbose_name = _("Measures")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from community import directory, team_page
        from kernel import policies, roles
        from measures import (
            permissions,
            search_documents,
            signals,  # noqa: F401  (connects the receivers)
        )
        from measures.team_page import measures_section, measures_tracked

        for policy in (permissions.measures, permissions.tracked_measures, permissions.team_data):
            policies.register(policy)
        search_documents.register()
        # A team's page links its members and coaches to its measures.
        team_page.register("measures", measures_section)
        # The members directory names the measures a person's teams track.
        directory.register_work("measures", _("Measuring"), measures_tracked)
        # Editors keep the measure dictionary; teams' values are never edited there.
        for model in ("measure", "stratumcategory"):
            roles.grant_on(roles.SiteRole.EDITOR, "measures", model, roles.EDIT)
        # A member's home page tells of figures their teams submitted.
        from kernel import home_page
        from measures import parts

        home_page.register_activity("measures", parts.team_activity)
