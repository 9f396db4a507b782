from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class Collection(models.Model):
    """A member's named set of bookmarked resources, private or shared with
    one of their teams."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="resource_collections"
    )
    name = models.CharField(max_length=120)
    team = models.ForeignKey(
        "core.Team",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="resource_collections",
        help_text=_("Shared with this team; empty means private."),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name", "pk"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("resources:collection", args=[self.pk])


class CollectionItem(models.Model):
    collection = models.ForeignKey(Collection, on_delete=models.CASCADE, related_name="items")
    resource = models.ForeignKey(
        "resources.Resource", on_delete=models.CASCADE, related_name="collection_items"
    )
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-added_at"]
        constraints = [
            models.UniqueConstraint(fields=["collection", "resource"], name="one_bookmark_each")
        ]

    def __str__(self) -> str:
        return f"{self.resource} in {self.collection}"
