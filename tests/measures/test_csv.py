"""A quarter by CSV: the template names the team's measures and groups, a
good file is stored as the form would store it, and any bad row refuses the
whole file with a message per line."""

import csv
import io
from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from measures.factories import MeasureFactory, TrackedMeasureFactory
from measures.models import Dimension, Entry, EntryChange

pytestmark = pytest.mark.django_db


@pytest.fixture
def audit(team):
    measure = MeasureFactory(
        name="Crib audit compliance",
        slug="crib-audit",
        dimensions=[Dimension.RACE],
        strata_add_up=True,
    )
    TrackedMeasureFactory(team=team, measure=measure)
    return measure


def _upload(client, team, text: str):
    upload = SimpleUploadedFile("quarter.csv", text.encode(), "text/csv")
    return client.post(reverse("measures:upload", args=[team.slug]), {"file": upload})


GOOD = """period,measure,group,value,numerator,denominator
2026-01,crib-audit,,,40,50
2026-01,crib-audit,race/black,,10,14
2026-01,crib-audit,race/white,,30,36
2026-02,crib-audit,,,44,50
2026-03,crib-audit,,,"46",50
"""


def test_the_template_lists_the_teams_measures_and_their_groups(client, team, data_lead, audit):
    client.force_login(data_lead)
    response = client.get(reverse("measures:csv_template", args=[team.slug]))
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0] == ["period", "measure", "group", "value", "numerator", "denominator"]
    assert {row[1] for row in rows[1:]} == {"crib-audit"}
    assert [row[2] for row in rows[1:] if row[2] == "race/black"] == ["race/black"]
    assert "attachment" in response["Content-Disposition"]


def test_a_quarter_by_csv_is_stored_with_its_groups(client, team, data_lead, audit):
    client.force_login(data_lead)
    response = _upload(client, team, GOOD)
    assert response.status_code == 302, response.content.decode()[-3000:]
    entries = Entry.objects.filter(team=team).order_by("period")
    assert [(e.period, e.numerator, e.denominator) for e in entries] == [
        (date(2026, 1, 1), 40, 50),
        (date(2026, 2, 1), 44, 50),
        (date(2026, 3, 1), 46, 50),
    ]
    assert entries[0].strata.count() == 2
    assert EntryChange.objects.filter(changed_by=data_lead).exists()


def test_any_bad_row_refuses_the_file_with_a_message_per_line(client, team, data_lead, audit):
    client.force_login(data_lead)
    bad = """period,measure,group,value,numerator,denominator
2026-01,crib-audit,,,40,50
2026-13,crib-audit,,,1,2
2026-02,unknown-measure,,,1,2
2026-02,crib-audit,race/martian,,1,2
2026-03,crib-audit,,,seven,50
2026-04,crib-audit,,,51,50
"""
    body = _upload(client, team, bad).content.decode()
    assert "Nothing was saved" in body
    for message in (
        "Row 3: period “2026-13” is not a month, e.g. 2026-03.",
        "Row 4: the team does not track a measure “unknown-measure”.",
        "Row 5: there is no group “race/martian”.",
        "Row 6: numerator “seven” is not a number.",
    ):
        assert message in body
    assert not Entry.objects.exists()
    # Rows that read are still checked as the form's are: all or nothing.
    body = _upload(client, team, GOOD + "2026-04,crib-audit,,,51,50\n").content.decode()
    assert "Row 7: the numerator (51) is above the denominator (50)." in body
    assert not Entry.objects.exists()


def test_a_file_that_is_not_a_csv_of_ours_is_refused(client, team, data_lead, audit):
    client.force_login(data_lead)
    assert "must name the columns" in _upload(client, team, "a,b\n1,2\n").content.decode()
    latin = SimpleUploadedFile("q.csv", "period,café\n".encode("latin-1"), "text/csv")
    response = client.post(reverse("measures:upload", args=[team.slug]), {"file": latin})
    assert "UTF-8" in response.content.decode()


def test_only_the_lead_and_data_lead_upload(client, team, member, audit):
    client.force_login(member)
    assert client.get(reverse("measures:upload", args=[team.slug])).status_code == 403
    assert _upload(client, team, GOOD).status_code == 403
    assert not Entry.objects.exists()
