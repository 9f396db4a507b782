"""A change idea of the toolkit, two teams of the same network testing it,
a team of another network, and the people around them."""

import pytest

from community.factories import (
    LearningNetworkFactory,
    MembershipFactory,
    TeamFactory,
    UserFactory,
)
from community.models import Jurisdiction
from toolkit.factories import (
    ChangeIdeaPageFactory,
    DriverFactory,
    StrategyAreaPageFactory,
    ToolkitIndexPageFactory,
)


@pytest.fixture
def idea(home_page, network):
    area = StrategyAreaPageFactory(
        parent=ToolkitIndexPageFactory(parent=home_page), slug="safe-sleep", network=network
    )
    primary = DriverFactory(strategy_area=area, title="Hospitals model safe sleep")
    driver = DriverFactory(strategy_area=area, parent=primary, title="Nurses trained")
    page = ChangeIdeaPageFactory(
        parent=area, slug="hard-stop", title="Hard-stop scheduling policy", driver=driver
    )
    page.save_revision().publish()
    return page


@pytest.fixture
def peer_team(network):
    kentucky = Jurisdiction.objects.get(postal_code="KY")
    return TeamFactory(
        name="Kentucky Team", slug="kentucky", jurisdiction=kentucky, networks=[network]
    )


@pytest.fixture
def peer(peer_team):
    return MembershipFactory(team=peer_team, user=UserFactory(username="peer")).user


@pytest.fixture
def far_team(db):
    """A team of another learning network only."""
    smoking = LearningNetworkFactory(slug="smoking-cessation", name="Smoking Cessation")
    guam = Jurisdiction.objects.get(postal_code="GU")
    return TeamFactory(name="Guam Team", slug="guam", jurisdiction=guam, networks=[smoking])


@pytest.fixture
def far_member(far_team):
    return MembershipFactory(team=far_team, user=UserFactory(username="far")).user


@pytest.fixture
def coach(team):
    person = UserFactory(username="coach")
    team.faculty.add(person)
    return person
