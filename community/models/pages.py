from django.contrib.auth import get_user_model
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from community.blocks import PageBodyBlock
from kernel import home_page
from kernel.page_languages import ReadingLanguageUrls

from .community import Jurisdiction, LearningNetwork, Team


class HomePage(ReadingLanguageUrls, Page):
    """The front door: what the collaborative is, its learning networks and
    where to go next."""

    hero_heading = models.CharField(max_length=150, default="Every baby to a first birthday")
    hero_intro = RichTextField(features=["bold", "italic", "link"], blank=True)
    body = StreamField(PageBodyBlock(), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("hero_heading"),
        FieldPanel("hero_intro"),
        FieldPanel("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["networks"] = LearningNetwork.objects.all()
        context["stats"] = {
            "teams": Team.objects.count(),
            "jurisdictions": Jurisdiction.objects.filter(teams__isnull=False).distinct().count(),
            "members": get_user_model()
            .objects.filter(memberships__isnull=False)
            .distinct()
            .count(),
        }
        # What is new: each app's section for this viewer (kernel.home_page).
        context.update(home_page.context_for(request.user))
        context["team_activity"] = home_page.team_activity(request.user)
        return context
