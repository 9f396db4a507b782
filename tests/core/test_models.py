from collections import Counter

import pytest
from django.contrib.auth.models import Group

from community.admin_forms import TeamAdminForm
from community.factories import LearningNetworkFactory, UserFactory
from community.models import Jurisdiction, Profile, Team
from community.wagtail_hooks import TeamViewSet
from kernel.roles import SiteRole, site_roles_of
from kernel.standing import has_site_role

pytestmark = pytest.mark.django_db


def test_the_59_jurisdictions_are_loaded_by_migration():
    jurisdictions = Jurisdiction.objects.all()
    assert jurisdictions.count() == 59
    kinds = Counter(jurisdictions.values_list("kind", flat=True))
    assert kinds == {"state": 50, "district": 1, "territory": 5, "freely_associated": 3}
    assert set(jurisdictions.values_list("hhs_region", flat=True)) == set(range(1, 11))
    ohio = Jurisdiction.objects.get(postal_code="OH")
    assert (ohio.name, ohio.hhs_region, ohio.slug) == ("Ohio", 5, "ohio")
    assert Jurisdiction.objects.get(postal_code="PW").kind == "freely_associated"


def test_site_roles_are_groups_and_staff_roles_reach_the_admin():
    for role in SiteRole:
        assert Group.objects.filter(name=role.value).exists()
    editor = UserFactory(username="ed")
    editor.groups.add(Group.objects.get(name=SiteRole.EDITOR.value))
    assert editor.has_perm("wagtailadmin.access_admin")
    # Teams are the facilitators' to run; editors see them, to curate what they share.
    assert editor.has_perm("core.view_team")
    assert not editor.has_perm("core.change_team")
    assert has_site_role(editor, SiteRole.EDITOR)
    assert not has_site_role(editor, SiteRole.FACULTY)
    assert site_roles_of(editor) == ["Editor"]


def test_every_account_gets_a_profile():
    user = UserFactory(username="new.person", first_name="Ana", last_name="Ruiz")
    assert Profile.objects.get(user=user).name == "Ana Ruiz"
    assert user.profile.initials == "AR"


def _team_form(networks):
    ohio = Jurisdiction.objects.get(postal_code="OH")
    form_class = TeamViewSet.edit_handler.bind_to_model(Team).get_form_class()
    assert issubclass(form_class, TeamAdminForm)
    return form_class(
        data={
            "name": "Cuyahoga Hub",
            "slug": "cuyahoga",
            "kind": Team.Kind.COUNTY_HUB,
            "jurisdiction": ohio.pk,
            "networks": [n.pk for n in networks],
        },
        instance=Team(),
    )


@pytest.mark.parametrize("count, valid", [(0, False), (1, True), (3, True), (4, False)])
def test_a_team_takes_part_in_one_to_three_networks(count, valid):
    networks = [LearningNetworkFactory() for _ in range(count)]
    form = _team_form(networks)
    assert form.is_valid() is valid, form.errors
