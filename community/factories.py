"""factory_boy factories for the community, shared by the tests and by
`seed_demo`."""

import factory
from django.contrib.auth import get_user_model
from factory.django import DjangoModelFactory

from community.models import JoinRequest, Jurisdiction, LearningNetwork, Membership, Team

DEFAULT_PASSWORD = "collaboratory-demo"


class UserFactory(DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"member{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    is_active = True

    @factory.post_generation
    def password(user, create, extracted, **kwargs):
        user.set_password(extracted or DEFAULT_PASSWORD)
        if create:
            user.save(update_fields=["password"])

    @factory.post_generation
    def profile(user, create, extracted, **kwargs):
        """Fill the profile the signal created: `profile__title="..."`."""
        if not create:
            return
        values = {
            "display_name": f"{user.first_name} {user.last_name}".strip(),
            # An inactive account from the factory is one that never confirmed.
            "email_confirmed": user.is_active,
            **kwargs,
        }
        type(user.profile).objects.filter(user=user).update(**values)
        user.profile.refresh_from_db()


class LearningNetworkFactory(DjangoModelFactory):
    class Meta:
        model = LearningNetwork
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Learning network {n}")
    slug = factory.Sequence(lambda n: f"network-{n}")
    short_aim = "Cut infant deaths by testing changes together."
    colour = "#1f6f8b"


class TeamFactory(DjangoModelFactory):
    class Meta:
        model = Team
        django_get_or_create = ("slug",)
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Team {n}")
    slug = factory.Sequence(lambda n: f"team-{n}")
    kind = Team.Kind.STATE_TEAM
    jurisdiction = factory.LazyFunction(lambda: Jurisdiction.objects.get(postal_code="OH"))

    @factory.post_generation
    def networks(team, create, extracted, **kwargs):
        if not create:
            return
        team.networks.set(extracted or [LearningNetworkFactory()])


class MembershipFactory(DjangoModelFactory):
    class Meta:
        model = Membership
        django_get_or_create = ("user", "team")

    user = factory.SubFactory(UserFactory)
    team = factory.SubFactory(TeamFactory)
    role = Membership.Role.MEMBER


class JoinRequestFactory(DjangoModelFactory):
    class Meta:
        model = JoinRequest

    user = factory.SubFactory(UserFactory)
    team = factory.SubFactory(TeamFactory)
    message = "I coordinate safe sleep outreach in our county."
