"""The registrations policy lists each registration once."""

import pytest

from community.factories import UserFactory
from webinars.factories import PersonFactory, WebinarIndexPageFactory, WebinarPageFactory
from webinars.models import Registration
from webinars.permissions import registrations


@pytest.mark.django_db
def test_a_presenter_who_registered_is_listed_once_among_several_presenters(home_page):
    presenter, co_presenter = UserFactory(), UserFactory()
    webinar = WebinarPageFactory(parent=WebinarIndexPageFactory(parent=home_page))
    webinar.presenters.set([PersonFactory(user=presenter), PersonFactory(user=co_presenter)])
    webinar.save()
    Registration.objects.create(webinar=webinar, user=presenter)
    Registration.objects.create(webinar=webinar, user=UserFactory())
    listed = registrations.view_objects(presenter).filter(webinar=webinar)
    assert listed.count() == 2
    assert registrations.view_objects(co_presenter).filter(webinar=webinar).count() == 2
