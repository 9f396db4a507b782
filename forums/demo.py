"""Demo conversations: every standard space, a working group, and threads
posted through the services, as members would. The words live in YAML files
under `forums/demo_data/` (see its README)."""

from datetime import timedelta
from typing import Any

from django.contrib.auth import get_user_model
from django.utils import timezone

from community.models import Jurisdiction, LearningNetwork, Membership, Team
from forums import permissions, services
from forums.models import Message, Notification, Reaction, Space, Thread
from kernel import demo_loader

User = get_user_model()


def load_groups() -> list[dict[str, Any]]:
    """The working groups the facilitator opens, each with its teams' slugs."""
    return demo_loader.load("forums", "groups")


def load_conversations() -> list[dict[str, Any]]:
    """Every demo thread in the order it is dated, oldest first, each with the
    key of its space. A file holds one space's run of threads."""
    return [
        {"space": run["space"], **thread}
        for run in demo_loader.load_dir("forums", "conversations")
        for thread in run["threads"]
    ]


class DiscussionSeeder:
    def __init__(self, rng, out) -> None:
        self.rng = rng
        self.out = out
        self.created = 0
        self.turns: dict[str, int] = {}

    def run(self) -> None:
        services.ensure_standard_spaces()
        for group in load_groups():
            self.group(group["slug"], group["name"], group["description"], group["teams"])
        conversations = load_conversations()
        total = len(conversations)
        for index, conversation in enumerate(conversations):
            # Spread over the last weeks, the most recent last.
            start = timezone.now() - timedelta(days=(total - index) * 1.3, hours=self.rng.random())
            self.conversation(conversation, start)
        self.out(f"  discussions: {self.created} new threads")

    def group(self, slug: str, name: str, description: str, team_slugs: list[str]) -> None:
        if Space.objects.filter(slug=f"group-{slug}").exists():
            return
        facilitator = User.objects.get(username="facilitator")
        space = services.create_group(
            facilitator,
            name=name,
            description=description,
            teams=Team.objects.filter(slug__in=team_slugs),
        )
        Space.objects.filter(pk=space.pk).update(slug=f"group-{slug}")

    def space(self, key: str) -> Space:
        kind, _, slug = key.partition(":")
        if kind == "collaborative":
            return services.collaborative_space()
        if kind == "network":
            return services.network_space(LearningNetwork.objects.get(slug=slug))
        if kind == "state":
            return services.jurisdiction_space(Jurisdiction.objects.get(slug=slug))
        if kind == "team":
            return services.team_space(Team.objects.get(slug=slug))
        return Space.objects.get(slug=f"group-{slug}")

    def author(self, name: str):
        """A username, or the next member of a team in turn, so a team's
        voices differ from message to message."""
        if not name.startswith("member:"):
            return User.objects.get(username=name)
        slug = name.removeprefix("member:")
        members = list(
            Membership.objects.filter(team__slug=slug)
            .exclude(user__username__in=["ohio.lead", "ohio.member"])
            .order_by("pk")
            .values_list("user", flat=True)
        )
        turn = self.turns.get(slug, 0)
        self.turns[slug] = turn + 1
        return User.objects.get(pk=members[turn % len(members)])

    def conversation(self, conversation: dict, start) -> None:
        space = self.space(conversation["space"])
        if Thread.objects.filter(space=space, title=conversation["title"]).exists():
            return
        opening, *replies = conversation["messages"]
        first = services.start_thread(
            self.author(opening["author"]),
            space,
            conversation["title"],
            opening["body"],
            rate_limited=False,
        )
        thread = first.thread
        posted = [first]
        for reply in replies:
            message, _ = services.post_message(
                self.author(reply["author"]), thread, reply["body"], rate_limited=False
            )
            posted.append(message)
        when = start
        for message in posted:
            Message.objects.filter(pk=message.pk).update(created_at=when)
            Notification.objects.filter(message=message).update(created_at=when)
            last = when
            when += timedelta(minutes=self.rng.randint(6, 140))
        self.react(space, posted)
        Thread.objects.filter(pk=thread.pk).update(
            created_at=start, last_activity_at=last, pinned=conversation.get("pinned", False)
        )
        self.created += 1

    def react(self, space: Space, posted: list) -> None:
        """A few readers of the space react, as they would to useful news."""
        readers = list(permissions.readers_of(space).exclude(is_superuser=True)[:12])
        choices = [e for e, _ in Reaction.Emoji.choices]
        for message in posted:
            if self.rng.random() < 0.45:
                for reader in self.rng.sample(readers, k=min(len(readers), self.rng.randint(1, 3))):
                    if reader.pk != message.author_id:
                        services.toggle_reaction(reader, message, self.rng.choice(choices[:4]))


def seed(rng, out) -> None:
    DiscussionSeeder(rng, out).run()
