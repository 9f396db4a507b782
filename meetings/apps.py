from django.apps import AppConfig


class MeetingsConfig(AppConfig):
    """A team's workspace: meetings run by a rotating facilitator, with a
    shared agenda, notes and decisions, and actions carried forward until
    they are done."""

    name = "meetings"
    label = "meetings"
    verbose_name = "Team workspace"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from community import team_page
        from kernel import dashboard, policies
        from meetings import parts, permissions

        for policy in (permissions.meetings, permissions.actions):
            policies.register(policy)
        team_page.register("workspace", parts.workspace_link)
        dashboard.register("my_actions", parts.my_actions)
