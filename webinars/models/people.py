from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class Person(index.Indexed, models.Model):
    """A presenter, reused across webinars. Linked to an account when the
    presenter has one, so they can see who registered."""

    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=120)
    title = models.CharField(max_length=150, blank=True)
    organisation = models.CharField(_("organization"), max_length=150, blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    bio = models.TextField(blank=True, max_length=1500)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="presenter",
        help_text=_("The presenter's own account, if they have one."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("title"),
        FieldPanel("organisation"),
        FieldPanel("photo"),
        FieldPanel("bio"),
        FieldPanel("user"),
    ]
    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("organisation"),
        index.SearchField("bio"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name_plural = _("people")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        from webinars.models import WebinarIndexPage

        index = WebinarIndexPage.objects.live().first()
        return index.url + index.reverse_subpage("presenter", args=[self.slug]) if index else ""
