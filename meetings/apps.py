from datetime import timedelta

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MeetingsConfig(AppConfig):
    """A team's workspace: meetings run by a rotating facilitator, with a
    shared agenda, notes and decisions, and actions carried forward until
    they are done."""

    name = "meetings"
    label = "meetings"
    verbose_name = _("Team workspace")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from community import team_page
        from kernel import dashboard, periodic, policies
        from meetings import parts, permissions, services

        for policy in (permissions.meetings, permissions.actions):
            policies.register(policy)
        team_page.register("workspace", parts.workspace_link)
        dashboard.register("my_actions", parts.my_actions)
        # A member's home page tells of meetings planned in their teams.
        from kernel import home_page

        home_page.register_activity("meetings", parts.team_activity)
        # A meeting's reminder goes out within the hour it enters the day ahead.
        periodic.every("meeting reminders", timedelta(hours=1), services.send_reminders)
