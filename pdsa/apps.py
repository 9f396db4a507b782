from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PdsaConfig(AppConfig):
    """A team's tests of change: Plan-Do-Study-Act cycles against the
    toolkit's change ideas, linked into ramps, marked on the team's charts,
    and shared with peers when the team chooses."""

    name = "pdsa"
    label = "pdsa"
    verbose_name = _("PDSA cycles")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from community import directory, team_page
        from kernel import home_page, policies, request_limits
        from measures import chart_marks
        from pdsa import (  # noqa: F401  (signals connects the receivers)
            marks,
            parts,
            permissions,
            search_documents,
            services,
            signals,
        )
        from toolkit import change_idea_page

        policies.register(permissions.cycles)
        search_documents.register()
        # The cycles mark their dates on the team's charts of their measure.
        chart_marks.register("pdsa", marks.cycle_marks)
        # A team's page lists its cycles; a change idea's, the teams testing it.
        team_page.register("pdsa", parts.team_cycles)
        change_idea_page.register("pdsa", parts.teams_testing)
        # The members directory says what each person's teams are testing.
        # Translators: heads the change ideas a team is testing, in the members directory.
        directory.register_work("pdsa", _("Testing"), parts.ideas_tested)
        # A member's home page tells of new cycles in their teams.
        home_page.register_activity("pdsa", parts.team_activity)
        request_limits.accept_files(("pdsa:new_cycle", "pdsa:edit_cycle"), services.MAX_FILES)
