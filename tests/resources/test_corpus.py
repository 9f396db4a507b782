from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from community.factories import LearningNetworkFactory, TeamFactory
from resources.models import Resource

pytestmark = pytest.mark.django_db


def test_generate_corpus_builds_varied_resources_with_a_progress_bar(network):
    TeamFactory(networks=[network])
    LearningNetworkFactory(slug="smoking-cessation")
    out = StringIO()
    call_command(
        "generate_corpus", "--resources", "300", "--users", "20", "--seed", "4", stdout=out
    )
    assert Resource.objects.count() == 300
    assert "300/300" in out.getvalue()
    assert Resource.objects.values("kind").distinct().count() > 5
    assert Resource.objects.values("year_published").distinct().count() > 5
    assert Resource.objects.exclude(file_text="").exists()
    assert Resource.objects.filter(networks__isnull=False).distinct().count() == 300
    dates = Resource.objects.values_list("created_at", flat=True)
    assert max(dates) - min(dates) > timedelta(days=365)


def test_generate_corpus_needs_the_demo_collaborative_first(db):
    with pytest.raises(CommandError, match="seed_demo"):
        call_command("generate_corpus", "--resources", "10", stdout=StringIO())
