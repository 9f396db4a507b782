"""Site-wide roles. They cut across teams, so they are Django groups rather
than membership roles; the groups are created by a data migration."""

from django.contrib.auth.models import User
from django.db import models


class SiteRole(models.TextChoices):
    # The group names match the groups Wagtail creates for editors and
    # moderators, so those keep their page permissions.
    FACULTY = "Faculty", "Faculty"
    FACILITATOR = "Facilitators", "Facilitator"
    MODERATOR = "Moderators", "Moderator"
    EDITOR = "Editors", "Editor"


def site_roles_of(user: User) -> list[str]:
    """The labels of the roles a user holds, for display."""
    names = set(user.groups.values_list("name", flat=True))
    return [role.label for role in SiteRole if role.value in names]
