"""Collections: private ones stay private, team-shared ones reach the team,
and a collection never shows a resource its viewer may not open."""

import pytest
from django.urls import reverse

from resources.models import Collection, CollectionItem

pytestmark = pytest.mark.django_db


def _save(client, resource, **data):
    return client.post(reverse("resources:bookmark", args=[resource.pk]), data)


def test_save_to_a_new_collection_then_again_is_one_bookmark(client, people, library):
    client.force_login(people["same team"])
    _save(client, library["team"], new_collection="Unit ideas")
    collection = Collection.objects.get(owner=people["same team"])
    _save(client, library["team"], collection=collection.pk)
    assert CollectionItem.objects.filter(collection=collection).count() == 1
    page = client.get(collection.get_absolute_url()).content.decode()
    assert "Team notes" in page


def test_a_private_collection_is_nobody_elses(client, people, library):
    client.force_login(people["same team"])
    _save(client, library["public"], new_collection="Mine")
    collection = Collection.objects.get()
    client.force_login(people["contributor"])  # same team, but private
    assert client.get(collection.get_absolute_url()).status_code == 404
    client.logout()
    response = client.get(collection.get_absolute_url())
    assert response.status_code == 302  # log in first


def test_a_team_collection_reaches_the_team_and_hides_what_a_reader_may_not_open(
    client, people, library, team
):
    client.force_login(people["editor"])  # editors may open drafts and team resources
    client.post(reverse("resources:collections"), {"name": "Editors picks", "team": ""})
    collection = Collection.objects.get()
    collection.team = team  # shared with the Ohio team
    collection.save()
    for kind in ("public", "team"):
        CollectionItem.objects.create(collection=collection, resource=library[kind])
    client.force_login(people["same team"])
    page = client.get(collection.get_absolute_url()).content.decode()
    assert "Public checklist" in page and "Team notes" in page
    client.force_login(people["other team"])
    assert client.get(collection.get_absolute_url()).status_code == 404


def test_only_the_owner_changes_a_collection_and_hidden_resources_cannot_be_saved(
    client, people, library, team
):
    client.force_login(people["same team"])
    client.post(reverse("resources:collections"), {"name": "Shared", "team": team.slug})
    collection = Collection.objects.get()
    _save(client, library["public"], collection=collection.pk)
    client.force_login(people["contributor"])  # a teammate, not the owner
    response = client.post(
        reverse("resources:collection_remove", args=[collection.pk, library["public"].pk])
    )
    assert response.status_code == 403
    assert collection.items.count() == 1
    client.force_login(people["other team"])
    assert _save(client, library["team"], new_collection="Peek").status_code == 404
    assert not Collection.objects.filter(name="Peek").exists()


def test_sharing_with_someone_elses_team_is_refused(client, people, team):
    client.force_login(people["other team"])
    client.post(reverse("resources:collections"), {"name": "Sneaky", "team": team.slug})
    assert not Collection.objects.exists()
