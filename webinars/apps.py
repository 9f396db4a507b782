from datetime import timedelta

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebinarsConfig(AppConfig):
    """The webinar archive: series, webinars, presenters, recordings with
    captions, transcripts and chapters, registration and calendars."""

    name = "webinars"
    label = "webinars"
    verbose_name = _("Webinar archive")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from wagtail.permissions import register_permission_policy

        from kernel import document_access, periodic, policies, roles
        from kernel.admin_permissions import ReadOnlyPermissionPolicy
        from resources import citations
        from webinars import (
            permissions,
            search_documents,
            services,
            signals,  # noqa: F401  (connects the receivers)
        )
        from webinars.models import WebinarEngagement, WebinarPage

        # The counts are the viewers' doing; editors read them, nobody edits them.
        register_permission_policy(WebinarEngagement, ReadOnlyPermissionPolicy(WebinarEngagement))

        policies.register(permissions.registrations)
        policies.register(permissions.calendar_keys)
        # A recording, its captions and slides are as open as the webinar's page.
        # (Page's policy, kernel.page_policy, is every page type's.)
        document_access.register_holder(WebinarPage, ("video_file", "captions", "slides"))
        # A resource's page lists the webinars that cite it.
        citations.register(WebinarPage, _("Webinar"))
        # Webinars, moments in their recordings and presenters are found by the site search.
        search_documents.register()
        # Editors run the archive: its presenters, and the viewing counts to read.
        roles.grant_on(roles.SiteRole.EDITOR, "webinars", "person", roles.EDIT)
        roles.grant_on(roles.SiteRole.EDITOR, "webinars", "webinarengagement", ("view",))
        # A reminder an hour ahead goes out within five minutes of its moment.
        periodic.every("webinar reminders", timedelta(minutes=5), services.send_due_reminders)
        # The home page shows the next webinars.
        from kernel import home_page
        from webinars import parts

        home_page.register("webinars", parts.next_webinars)
