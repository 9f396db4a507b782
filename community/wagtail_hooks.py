"""The community in the Wagtail admin: networks, jurisdictions, teams,
memberships, join requests and profiles, under one menu."""

from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from community.admin_forms import TeamAdminForm
from community.models import (
    JoinRequest,
    Jurisdiction,
    LearningNetwork,
    Membership,
    Profile,
    Team,
)
from kernel import document_access


class LearningNetworkViewSet(SnippetViewSet):
    model = LearningNetwork
    icon = "group"
    menu_label = _("Learning networks")
    list_display = ["name", "short_aim", "sort_order"]
    search_fields = ["name", "short_aim"]
    ordering = ["sort_order", "name"]


class JurisdictionViewSet(SnippetViewSet):
    model = Jurisdiction
    icon = "site"
    menu_label = _("Jurisdictions")
    list_display = ["name", "postal_code", "kind", "hhs_region"]
    list_filter = ["kind", "hhs_region"]
    search_fields = ["name", "postal_code"]
    list_per_page = 60


class TeamViewSet(SnippetViewSet):
    model = Team
    icon = "user"
    menu_label = _("Teams")
    list_display = ["name", "kind", "jurisdiction"]
    list_filter = ["kind", "networks", "jurisdiction"]
    search_fields = ["name", "description"]
    edit_handler = ObjectList(
        [
            FieldPanel("name"),
            FieldPanel("slug"),
            FieldPanel("kind"),
            FieldPanel("jurisdiction"),
            FieldPanel("networks"),
            FieldPanel("description"),
            FieldPanel("faculty"),
        ],
        base_form_class=TeamAdminForm,
    )


class MembershipViewSet(SnippetViewSet):
    model = Membership
    icon = "clipboard-list"
    menu_label = _("Memberships")
    list_display = ["user", "team", "role", "joined_on"]
    list_filter = ["role", "team"]
    search_fields = ["user__username", "team__name"]


class JoinRequestViewSet(SnippetViewSet):
    model = JoinRequest
    inspect_view_enabled = True  # read-only: see CommunityConfig.ready()
    icon = "mail"
    menu_label = _("Join requests")
    list_display = ["user", "team", "role", "status", "created_at"]
    list_filter = ["status", "team"]
    search_fields = ["user__username", "team__name"]


class ProfileViewSet(SnippetViewSet):
    model = Profile
    icon = "user"
    menu_label = _("Profiles")
    list_display = ["display_name", "user", "organisation", "jurisdiction"]
    list_filter = ["jurisdiction", "email_confirmed"]
    search_fields = ["display_name", "organisation", "user__username", "user__email"]
    # Avatars are uploaded by members through the checked profile form only.
    panels = [
        FieldPanel("display_name"),
        FieldPanel("title"),
        FieldPanel("organisation"),
        FieldPanel("jurisdiction"),
        FieldPanel("bio"),
        FieldPanel("email_digest"),
        FieldPanel("notice_email"),
    ]


class CommunityViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Community")
    menu_icon = "group"
    menu_order = 150
    items = [
        LearningNetworkViewSet,
        JurisdictionViewSet,
        TeamViewSet,
        MembershipViewSet,
        JoinRequestViewSet,
        ProfileViewSet,
    ]


register_snippet(CommunityViewSetGroup)


@hooks.register("before_serve_document")
def serve_documents_by_their_policy(document, request):
    """Wagtail's own document links answer only to the document policy: the
    same 404 for a file that is not there and one this person may not fetch."""
    if not document_access.can_read(request.user, document):
        raise Http404("No such document.")


@hooks.register("get_avatar_url")
def members_own_picture(user, size: int) -> str | None:
    """The admin shows the picture a member chose for their profile, as the
    site does. With none, Wagtail's own (an upload in the admin's account
    settings, else its silhouette: Gravatar is off, WAGTAIL_GRAVATAR_PROVIDER_URL)."""
    try:
        avatar = user.profile.avatar
    except (AttributeError, Profile.DoesNotExist):
        return None
    return avatar.url if avatar else None
