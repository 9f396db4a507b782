"""Who reads, posts in and moderates each space: the whole matrix, and the
one-query list of readers agreeing with it for every person and space."""

import pytest
from django.contrib.auth.models import AnonymousUser

from forums import permissions
from forums.services.threads import moderate_thread

# space -> people who may read it
READERS = {
    "collaborative": {
        "lead",
        "member",
        "franklin",
        "missouri",
        "michigan",
        "coach",
        "facilitator",
        "moderator",
        "newcomer",
        "admin",
    },
    "network": {"lead", "member", "missouri", "facilitator", "moderator", "admin"},
    "other_network": {"franklin", "michigan", "facilitator", "moderator", "admin"},
    "ohio": {"lead", "member", "franklin", "coach", "facilitator", "moderator", "admin"},
    "team": {"lead", "member", "coach", "admin"},
    "franklin": {"franklin", "admin"},
    "missouri_team": {"missouri", "admin"},
    "group": {"missouri", "member", "facilitator", "admin"},
}
MODERATORS = {
    "collaborative": {"moderator", "admin"},
    "network": {"moderator", "admin"},
    "ohio": {"moderator", "admin"},
    "team": {"lead", "admin"},
    "franklin": {"admin"},
    "group": {"facilitator", "admin"},
}


@pytest.mark.django_db
def test_who_reads_each_space(world):
    for space_name, expected in READERS.items():
        space = getattr(world.spaces, space_name)
        for person_name, person in vars(world.people).items():
            assert permissions.can_read(person, space) == (person_name in expected), (
                f"{person_name} reading {space_name}"
            )
        assert not permissions.can_read(AnonymousUser(), space)


@pytest.mark.django_db
def test_readers_of_agrees_with_can_read(world):
    """Notifications and digests use readers_of; pages use can_read."""
    for space_name in READERS:
        space = getattr(world.spaces, space_name)
        readers = set(permissions.readers_of(space).values_list("username", flat=True))
        expected = {
            p.username for p in vars(world.people).values() if permissions.can_read(p, space)
        }
        # The shared fixtures add one more reader: Missouri's lead.
        assert readers - {"missouri.lead"} == expected, space_name


@pytest.mark.django_db
def test_readable_spaces_is_the_same_list(world):
    for person in vars(world.people).values():
        listed = set(permissions.readable_spaces(person))
        for space_name in READERS:
            space = getattr(world.spaces, space_name)
            assert (space in listed) == permissions.can_read(person, space)


@pytest.mark.django_db
def test_who_moderates(world):
    for space_name, expected in MODERATORS.items():
        space = getattr(world.spaces, space_name)
        for person_name, person in vars(world.people).items():
            assert permissions.can_moderate(person, space) == (person_name in expected), (
                f"{person_name} moderating {space_name}"
            )
        listed = {
            name
            for name, person in vars(world.people).items()
            if space in set(permissions.moderated_spaces(person))
        }
        assert listed == expected, space_name


@pytest.mark.django_db
def test_locked_and_hidden_threads(world, thread):
    people = world.people
    moderate_thread(people.lead, thread, locked=True)
    assert not permissions.can_post(people.member, thread)
    assert permissions.can_post(people.lead, thread)  # leads moderate their team's space
    moderate_thread(people.lead, thread, hidden=True)
    assert not permissions.can_see_thread(people.member, thread)
    assert not permissions.can_see_thread(people.coach, thread)
    assert permissions.can_see_thread(people.lead, thread)


@pytest.mark.django_db
def test_losing_a_membership_loses_the_space(world):
    member, space = world.people.member, world.spaces.team
    assert permissions.can_read(member, space)
    member.memberships.all().delete()
    assert not permissions.can_read(member, space, fresh=True)


@pytest.mark.django_db
def test_only_facilitators_set_up_groups(world):
    assert permissions.can_create_group(world.people.facilitator)
    assert not permissions.can_create_group(world.people.lead)
    assert not permissions.can_create_group(world.people.moderator)
