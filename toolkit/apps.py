from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ToolkitConfig(AppConfig):
    """The change-idea toolkit: strategy areas with their driver diagrams,
    change ideas, case studies, key insights, videos and the newcomer path."""

    name = "toolkit"
    label = "toolkit"
    verbose_name = _("Change-idea toolkit")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from kernel import document_access, policies, roles
        from resources import citations
        from toolkit import search_documents, signals  # noqa: F401  (signals connects receivers)
        from toolkit.models import CaseStudyPage, ChangeIdeaPage, Video
        from webinars import moments

        # Toolkit videos are editors' material shown on public pages.
        policies.register(policies.PublicPolicy(Video))
        document_access.register_holder(Video, ("video_file", "captions"))
        # A resource's page lists the change ideas and case studies that cite
        # it; a webinar's, those that cite moments of its recording.
        for page_type, label in (
            (ChangeIdeaPage, _("Change idea")),
            (CaseStudyPage, _("Case study")),
        ):
            citations.register(page_type, label)
            moments.register(page_type, label)
        # Strategy areas, change ideas and case studies are found by the site search.
        search_documents.register()
        # Editors curate the toolkit (its pages through the page tree).
        for model in ("driver", "keyinsight", "video", "caresetting"):
            roles.grant_on(roles.SiteRole.EDITOR, "toolkit", model, roles.MANAGE)
        # The home page shows the newest case studies.
        from kernel import home_page
        from toolkit import parts

        home_page.register("case_studies", parts.recent_case_studies)
