"""Who may read, post in and moderate each discussion space: the policies
(kernel.policies) of spaces, threads and messages.

Every path that shows a space, a thread or a message (page, poll, socket,
notification, digest, search) asks these. The module-level names the paths
call (`can_read`, `readable_spaces`, `can_moderate`...) are the policies' own
methods, bound at the end of the module."""

from django.db.models import Q, QuerySet

from community.models import Membership
from forums.models import Message, Space, Thread
from kernel.policies import AccessPolicy
from kernel.roles import SiteRole
from kernel.standing import NOBODY, Account, AnyUser, Standing, standing


def _readable(s: Standing, user_id: int | None) -> Q:
    if s is NOBODY:
        return Q(pk__in=[])
    if s.superuser:
        return Q()
    coaching = s.has_role(SiteRole.FACULTY) or s.has_role(SiteRole.FACILITATOR)
    moderating = s.has_role(SiteRole.MODERATOR)
    public_kinds = [Space.Kind.COLLABORATIVE]
    if moderating:
        public_kinds += [Space.Kind.NETWORK, Space.Kind.JURISDICTION]
    q = Q(kind__in=public_kinds)
    q |= Q(kind=Space.Kind.NETWORK, network_id__in=s.network_ids)
    if coaching:
        q |= Q(kind=Space.Kind.NETWORK)
    if s.has_role(SiteRole.FACILITATOR):
        q |= Q(kind=Space.Kind.JURISDICTION)
    q |= Q(kind=Space.Kind.JURISDICTION, jurisdiction_id__in=s.jurisdiction_ids)
    q |= Q(kind=Space.Kind.TEAM, team_id__in=s.team_ids | s.coached_team_ids)
    q |= Q(kind=Space.Kind.GROUP) & (
        Q(member_teams__in=s.team_ids) | Q(member_people=user_id) | Q(created_by=user_id)
    )
    return q


def can_see_thread(user: AnyUser, thread: Thread) -> bool:
    return threads.can_view(user, thread)


def can_post(user: AnyUser, thread: Thread) -> bool:
    if not can_see_thread(user, thread):
        return False
    return not thread.locked or can_moderate(user, thread.space)


def can_start_thread(user: AnyUser, space: Space) -> bool:
    return can_read(user, space)


def can_edit(user: AnyUser, message: Message) -> bool:
    """Authors edit their own words, as long as they can still read them."""
    return (
        user.is_authenticated
        and message.author_id == user.pk
        and not message.is_deleted
        and not message.is_hidden
        and can_read(user, message.space)
    )


def can_delete(user: AnyUser, message: Message) -> bool:
    if message.is_deleted:
        return False
    return can_edit(user, message) or can_moderate(user, message.space)


def can_create_group(user: AnyUser) -> bool:
    return standing(user).has_role(SiteRole.FACILITATOR)


def visible_threads(user: AnyUser, space: Space) -> QuerySet[Thread]:
    return space.threads.filter(threads.shown(can_moderate(user, space)))


# --- The policies of spaces, threads and messages --------------------------


class SpacePolicy(AccessPolicy[Space]):
    """A space is read by its members (see `_readable`) and found in search
    by the key "space=<id>"."""

    model = Space
    actions = ("view", "moderate")

    def viewer_keys(self, user: AnyUser) -> list[str]:
        return [f"space={pk}" for pk in self.view_objects(user).values_list("pk", flat=True)]

    def keys(self, space: Space) -> list[str]:
        return [f"space={space.pk}"]

    def can_view(self, user: AnyUser, space: Space, *, fresh: bool = False) -> bool:
        s = standing(user, fresh=fresh)
        if s is NOBODY:
            return False
        if space.pk not in s.readable:
            s.readable[space.pk] = Space.objects.filter(_readable(s, user.pk), pk=space.pk).exists()
        return s.readable[space.pk]

    def view_objects(self, user: AnyUser) -> QuerySet[Space]:
        return Space.objects.filter(_readable(standing(user), user.pk)).distinct()

    def view_people(self, space: Space) -> QuerySet[Account]:
        """Everyone who may read a space, in one query: the other side of
        `view_objects`, for notifications and digests."""
        users = self.accounts()
        staff_roles = Q(is_superuser=True)
        coaches = Q(groups__name__in=[SiteRole.FACULTY.value, SiteRole.FACILITATOR.value])
        moderators = Q(groups__name=SiteRole.MODERATOR.value)
        kind = space.kind
        if kind == Space.Kind.COLLABORATIVE:
            return users
        if kind == Space.Kind.NETWORK:
            who = Q(memberships__team__networks=space.network_id) | coaches | moderators
        elif kind == Space.Kind.JURISDICTION:
            who = (
                Q(memberships__team__jurisdiction=space.jurisdiction_id)
                | Q(faculty_for_teams__jurisdiction=space.jurisdiction_id)
                | Q(groups__name=SiteRole.FACILITATOR.value)
                | moderators
            )
        elif kind == Space.Kind.TEAM:
            who = Q(memberships__team=space.team_id) | Q(faculty_for_teams=space.team_id)
        else:
            who = (
                Q(memberships__team__group_spaces=space.pk)
                | Q(group_spaces=space.pk)
                | Q(pk=space.created_by_id)
            )
        return users.filter(who | staff_roles).distinct()

    def can_moderate(self, user: AnyUser, space: Space) -> bool:
        """Moderators in every space they read; a team's leads in its own space;
        whoever set up a working group in that group."""
        s = standing(user)
        if s.superuser:
            return True
        if not self.can_view(user, space):
            return False
        return (
            s.has_role(SiteRole.MODERATOR)
            or (space.kind == Space.Kind.TEAM and space.team_id in s.led_team_ids)
            or (space.kind == Space.Kind.GROUP and space.created_by_id == user.pk)
        )

    def moderate_objects(self, user: AnyUser) -> QuerySet[Space]:
        """The spaces `can_moderate` allows, as one query."""
        s = standing(user)
        readable = self.view_objects(user)
        if s.has_role(SiteRole.MODERATOR):
            return readable
        return readable.filter(
            Q(kind=Space.Kind.TEAM, team_id__in=s.led_team_ids)
            | Q(kind=Space.Kind.GROUP, created_by=user.pk)
        )

    def moderate_people(self, space: Space) -> QuerySet[Account]:
        """The people `can_moderate` lets moderate `space`."""
        who = Q(is_superuser=True) | Q(groups__name=SiteRole.MODERATOR.value)
        if space.kind == Space.Kind.TEAM:
            who |= Q(memberships__team=space.team_id, memberships__role=Membership.Role.LEAD)
        elif space.kind == Space.Kind.GROUP:
            who |= Q(pk=space.created_by_id)
        readers = self.view_people(space).values("pk")
        return self.accounts().filter(who, pk__in=readers).distinct()


class ThreadPolicy(AccessPolicy[Thread]):
    """A thread is its space's, and a hidden one its moderators' only. That
    rule is stated here once, in the forms paths need: `hides` for a thread
    or an event's flags, `shown` for a queryset, `keys` for search."""

    model = Thread

    @staticmethod
    def hides(hidden: bool, moderates: bool) -> bool:
        """Whether a thread so flagged is kept from a reader of its space."""
        return hidden and not moderates

    @staticmethod
    def shown(moderates: bool, path: str = "") -> Q:
        """The threads a reader of a space sees there, as a condition on
        threads or, through `path` (e.g. "thread__"), on their rows."""
        return Q() if moderates else Q(**{f"{path}hidden": False})

    def keys(self, thread: Thread) -> list[str]:
        # Search keys cannot tell a space's moderators from its readers, so
        # nobody finds a hidden thread.
        return [] if thread.hidden else spaces.keys(thread.space)

    def can_view(self, user: AnyUser, thread: Thread) -> bool:
        if not can_read(user, thread.space):
            return False
        moderates = thread.hidden and can_moderate(user, thread.space)
        return not self.hides(thread.hidden, moderates)

    def view_objects(self, user: AnyUser) -> QuerySet[Thread]:
        as_reader = Q(space__in=readable_spaces(user)) & self.shown(False)
        as_moderator = Q(space__in=moderated_spaces(user)) & self.shown(True)
        return Thread.objects.filter(as_reader | as_moderator)

    def view_people(self, thread: Thread) -> QuerySet[Account]:
        space = thread.space
        return spaces.moderate_people(space) if thread.hidden else spaces.view_people(space)


class MessagePolicy(AccessPolicy[Message]):
    """A message is seen where its thread is (a hidden or deleted one shows
    as such, by the page's rendering, not by this rule)."""

    model = Message

    def keys(self, message: Message) -> list[str]:
        if message.is_deleted or message.is_hidden:
            return []
        return threads.keys(message.thread)

    def can_view(self, user: AnyUser, message: Message) -> bool:
        return threads.can_view(user, message.thread)

    def view_objects(self, user: AnyUser) -> QuerySet[Message]:
        return Message.objects.filter(thread__in=threads.view_objects(user))

    def view_people(self, message: Message) -> QuerySet[Account]:
        return threads.view_people(message.thread)


spaces = SpacePolicy()
threads = ThreadPolicy()
messages = MessagePolicy()

# The rules by the names the discussion paths call them: the policies' own
# methods, so a path that asks these asks the policy.
can_read = spaces.can_view
readable_spaces = spaces.view_objects
readers_of = spaces.view_people
can_moderate = spaces.can_moderate
moderated_spaces = spaces.moderate_objects
