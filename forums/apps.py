from datetime import time

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

DIGEST_TIME = time(7, 0)


class ForumsConfig(AppConfig):
    """Discussion spaces by learning network, state and team, live over
    websockets and complete without them."""

    name = "forums"
    label = "forums"
    verbose_name = _("Discussions")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from forums import (
            forms,
            permissions,
            search_documents,
            signals,  # noqa: F401  (connects the receivers)
        )
        from forums.digests import send_digests
        from forums.views.keeping_up import dashboard_news
        from kernel import dashboard, periodic, policies, request_limits, roles

        for policy in (permissions.spaces, permissions.threads, permissions.messages):
            policies.register(policy)
        # Messages are found by the site search, each by those who may read it.
        search_documents.register()
        # A message takes several files at once; the size limit allows for them.
        request_limits.accept_files(("forums:thread", "forums:space"), forms.MAX_ATTACHMENTS)
        # The member's dashboard shows what is new in their discussions.
        dashboard.register("discussions", dashboard_news)
        # The home page shows a member their unread discussions.
        from forums.views.keeping_up import home_news
        from kernel import home_page

        home_page.register("discussions", home_news)
        # Digests reach the inbox before the working day (the site's time zone).
        periodic.daily("daily digests", DIGEST_TIME, lambda now: send_digests("daily"))
        periodic.daily("weekly digests", DIGEST_TIME, lambda now: send_digests("weekly"), weekday=0)
        # Facilitators run the spaces and their working groups; moderators,
        # whose work is on the site, may look them up.
        roles.grant_on(roles.SiteRole.FACILITATOR, "forums", "space", roles.EDIT)
        roles.grant_on(roles.SiteRole.MODERATOR, "forums", "space", ("view",))
