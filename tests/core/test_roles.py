"""Each site role can do its work in the admin, and only its work: editors
curate the toolkit, the library and search; moderators moderate discussions
(on the site); facilitators run the spaces and the teams; faculty coach on
the site and have no admin."""

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.urls import reverse
from wagtail.models import Page

from community.factories import UserFactory
from forums.models import Space
from kernel.roles import SiteRole, sync_role_permissions
from toolkit.factories import ChangeIdeaPageFactory, DriverFactory, StrategyAreaPageFactory

# Admin screens, and the roles that may open them.
SCREENS = {
    "synonyms": ("wagtailsnippets_search_synonym:list", {"editor"}),
    "pinned results": ("wagtailsearchpromotions:index", {"editor"}),
    "site searches": ("site_searches_report", {"editor"}),
    "drivers": ("wagtailsnippets_toolkit_driver:list", {"editor"}),
    "care settings": ("wagtailsnippets_toolkit_caresetting:list", {"editor"}),
    "presenters": ("wagtailsnippets_webinars_person:list", {"editor"}),
    "checklists": ("wagtailsnippets_checklists_checklist:list", {"editor"}),
    "measures": ("wagtailsnippets_measures_measure:list", {"editor"}),
    "documents": ("wagtaildocs:index", {"editor"}),
    "images": ("wagtailimages:index", {"editor"}),
    "resources": ("wagtailsnippets_resources_resource:list", {"editor", "facilitator"}),
    "teams": ("wagtailsnippets_core_team:list", {"editor", "facilitator", "moderator"}),
    "memberships": ("wagtailsnippets_core_membership:list", {"facilitator", "moderator"}),
    "spaces": ("wagtailsnippets_forums_space:list", {"facilitator", "moderator"}),
    "dashboard": ("wagtailadmin_home", {"editor", "facilitator", "moderator"}),
}
ROLES = {
    "editor": SiteRole.EDITOR,
    "moderator": SiteRole.MODERATOR,
    "facilitator": SiteRole.FACILITATOR,
    "faculty": SiteRole.FACULTY,
}


@pytest.fixture
def people(db):
    made = {}
    for name, role in ROLES.items():
        made[name] = UserFactory(username=name)
        made[name].groups.add(Group.objects.get(name=role.value))
    return made


@pytest.fixture
def change_idea(home_page):
    area = StrategyAreaPageFactory(parent=home_page, slug="safe-sleep", title="Safe sleep")
    primary = DriverFactory(strategy_area=area, title="Hospitals model safe sleep")
    driver = DriverFactory(strategy_area=area, parent=primary, title="Cribs are checked")
    return ChangeIdeaPageFactory(
        parent=area, slug="crib-audits", title="Crib audits", driver=driver
    )


@pytest.mark.parametrize("screen", sorted(SCREENS))
@pytest.mark.parametrize("role", sorted(ROLES))
def test_each_role_opens_the_admin_screens_of_its_work_only(client, people, role, screen):
    name, allowed = SCREENS[screen]
    client.force_login(people[role])
    response = client.get(reverse(name))
    if role in allowed:
        assert response.status_code == 200, (role, screen)
    else:
        # Wagtail answers a refusal with a redirect to the dashboard (or the
        # login page without admin access), or with 403.
        assert response.status_code in (302, 403), (role, screen, response.status_code)


def test_an_editor_keeps_the_synonyms(client, people):
    client.force_login(people["editor"])
    response = client.post(
        reverse("wagtailsnippets_search_synonym:add"),
        {"terms": "SDOH, social determinants of health", "note": ""},
    )
    assert response.status_code == 302
    from search.models import Synonym

    assert Synonym.objects.filter(terms__icontains="SDOH").exists()


def test_an_editor_publishes_toolkit_pages_and_moderators_do_not_edit_them(people, change_idea):
    editor_can = change_idea.permissions_for_user(people["editor"])
    assert editor_can.can_edit() and editor_can.can_publish()
    for role in ("moderator", "facilitator", "faculty"):
        assert not change_idea.permissions_for_user(people[role]).can_edit(), role


def test_a_change_submitted_for_review_waits_for_the_editors(people, change_idea):
    workflow = change_idea.get_workflow()
    assert workflow is not None and workflow.name == "Page review"
    change_idea.save_revision(user=people["editor"])
    state = workflow.start(change_idea, people["editor"])
    task = state.current_task_state.task.specific
    assert list(task.groups.values_list("name", flat=True)) == [SiteRole.EDITOR.value]
    assert task.get_actions(change_idea, people["editor"])  # approve / request changes
    assert not task.get_actions(change_idea, people["moderator"])


def test_a_facilitator_edits_a_space_and_a_moderator_only_reads_it(client, people, network):
    space = Space.objects.get(network=network)  # made with the network
    edit = reverse("wagtailsnippets_forums_space:edit", args=[space.pk])
    client.force_login(people["facilitator"])
    assert client.get(edit).status_code == 200
    client.force_login(people["moderator"])
    assert client.get(edit).status_code in (302, 403)


def test_the_roles_are_reset_to_what_the_apps_declare(people):
    editors = Group.objects.get(name=SiteRole.EDITOR.value)
    editors.permissions.clear()
    moderators = Group.objects.get(name=SiteRole.MODERATOR.value)
    from wagtail.models import GroupPagePermission

    GroupPagePermission.objects.create(
        group=moderators,
        page=Page.get_first_root_node(),
        permission=Permission.objects.get(codename="publish_page"),
    )
    sync_role_permissions()
    editor = User.objects.get(pk=people["editor"].pk)  # has_perm caches per object
    assert editor.has_perm("search.change_synonym")
    assert not GroupPagePermission.objects.filter(group=moderators).exists()
