"""Change ideas and case studies cite moments of webinar recordings: the
admin takes "12:34" or seconds and refuses a moment past the recording's
end; the pages say "Discussed at 12:34 in …" to readers who may open the
webinar; the webinar's page lists them under "Cited in"."""

import pytest
from wagtail.models import PageViewRestriction
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from community.factories import UserFactory
from tests.queries import queries_for
from tests.webinars.conftest import archive  # noqa: F401  (a fixture)
from toolkit.models import CaseStudyMoment, ChangeIdeaMoment
from webinars.captions import parse_moment

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("typed", "seconds"), [("12:34", 754), ("754", 754), ("1:02:03", 3723), (" 0:05 ", 5)]
)
def test_a_moment_is_typed_as_people_say_it(typed, seconds):
    assert parse_moment(typed) == seconds


@pytest.mark.parametrize("typed", ["99:99", "12:3", "ten", "1:75:00", "-5"])
def test_a_moment_that_is_no_time_is_refused(typed):
    with pytest.raises(ValueError):
        parse_moment(typed)


def _cite(page, model, webinar, second, note=""):
    page.moment_citations = [model(webinar=webinar, second=second, note=note)]
    page.save_revision().publish()


def test_a_change_idea_shows_the_moment_linking_to_that_second(client, toolkit, archive):  # noqa: F811
    idea = toolkit.ideas["crib-audits"]
    _cite(idea, ChangeIdeaMoment, archive.recorded, 754, "Where the gap by race is named.")
    page = client.get(idea.url).content.decode()
    assert (
        f'<a href="{archive.recorded.url}?t=754">Discussed at 12:34 in Safe sleep and equity</a>'
        in page
    )
    assert "“Here we talk about safe sleep disparities by race.”" in page
    assert "Where the gap by race is named." in page


def test_a_case_study_shows_the_moment(client, toolkit, archive):  # noqa: F811
    study = toolkit.studies["ohio-cribs"]
    _cite(study, CaseStudyMoment, archive.recorded, 20)
    page = client.get(study.url).content.decode()
    assert (
        f'href="{archive.recorded.url}?t=20">Discussed at 0:20 in Safe sleep and equity</a>' in page
    )
    assert "“First we look at the data.”" in page


def test_a_moment_in_a_webinar_the_reader_cannot_open_is_not_shown(client, toolkit, archive):  # noqa: F811
    idea = toolkit.ideas["crib-audits"]
    _cite(idea, ChangeIdeaMoment, archive.recorded, 754)
    PageViewRestriction.objects.create(
        page=archive.recorded, restriction_type=PageViewRestriction.LOGIN
    )
    assert "Discussed at" not in client.get(idea.url).content.decode()
    client.force_login(UserFactory())
    assert "Discussed at 12:34" in client.get(idea.url).content.decode()
    archive.recorded.unpublish()
    assert "Discussed at" not in client.get(idea.url).content.decode()


def test_the_webinar_lists_the_pages_that_cite_it(client, toolkit, archive):  # noqa: F811
    idea, study = toolkit.ideas["crib-audits"], toolkit.studies["ohio-cribs"]
    _cite(idea, ChangeIdeaMoment, archive.recorded, 754)
    _cite(study, CaseStudyMoment, archive.recorded, 20)
    page = client.get(archive.recorded.url).content.decode()
    assert '<h2 id="cited-in-heading">Cited in</h2>' in page
    assert f'<a href="{idea.url}">Crib audits</a> <span class="muted">Change idea, at' in page
    assert '<a href="?t=754" aria-label="Play from 12:34">12:34</a>' in page
    assert f'<a href="{study.url}">Ohio audits its cribs</a> <span class="muted">Case study' in page
    study.unpublish()
    page = client.get(archive.recorded.url).content.decode()
    assert "Ohio audits its cribs" not in page and "Crib audits" in page


def test_the_resource_page_lists_the_case_studies_that_cite_it(client, toolkit, settings):
    from resources.factories import ResourceFactory
    from toolkit.models import CaseStudyResource

    resource = ResourceFactory(title="Crib audit sheet")
    study = toolkit.studies["ohio-cribs"]
    study.resource_citations = [CaseStudyResource(resource=resource)]
    study.save_revision().publish()
    page = client.get(study.url).content.decode()
    assert f'href="{resource.get_absolute_url()}">Crib audit sheet</a>' in page
    cited = client.get(resource.get_absolute_url()).content.decode()
    assert (
        f'<a href="{study.url}">Ohio audits its cribs</a> <span class="muted">Case study' in cited
    )
    study.unpublish()  # the kept fragment moves on with the page
    assert "Ohio audits its cribs" not in client.get(resource.get_absolute_url()).content.decode()


def test_moments_cost_the_same_queries_however_many(client, toolkit, archive, settings):  # noqa: F811
    settings.FRAGMENT_CACHE_SECONDS = 0
    idea = toolkit.ideas["crib-audits"]
    _cite(idea, ChangeIdeaMoment, archive.recorded, 754)
    _cite(toolkit.studies["national"], CaseStudyMoment, archive.recorded, 40)
    # The webinar first: its page starts a session (views are counted once
    # per visit), which every later page then reads.
    one_webinar = queries_for(client, archive.recorded.url)
    one_idea = queries_for(client, idea.url)
    idea.moment_citations = [
        ChangeIdeaMoment(webinar=archive.recorded, second=s) for s in (5, 20, 754, 800, 1000)
    ]
    idea.save_revision().publish()
    for slug in ("nurse-training", "bedside-modelling", "quitline-referral"):
        _cite(toolkit.ideas[slug], ChangeIdeaMoment, archive.recorded, 30)
    _cite(toolkit.studies["ohio-cribs"], CaseStudyMoment, archive.recorded, 50)
    assert queries_for(client, idea.url) == one_idea
    assert queries_for(client, archive.recorded.url) == one_webinar


class TestTheAdminForm:
    """An editor types the moment; a bad one is refused and nothing is saved."""

    @pytest.fixture
    def editor(self, client):
        user = UserFactory(is_superuser=True, is_staff=True)
        client.force_login(user)
        return user

    def _post(self, client, study, webinar, typed):
        data = nested_form_data(
            {
                "title": study.title,
                "slug": study.slug,
                "summary": study.summary,
                "jurisdiction": study.jurisdiction_id or "",
                "team": study.team_id or "",
                "challenge": rich_text("<p>Unsafe sleep was common.</p>"),
                "what_they_did": rich_text("<p>They audited cribs.</p>"),
                "differently": rich_text("<p>Posters did nothing.</p>"),
                "results": streamfield([]),
                "contacts": streamfield([]),
                "resource_citations": inline_formset([]),
                "moment_citations": inline_formset(
                    [{"webinar": webinar.pk, "second": typed, "note": "The gap by race"}]
                ),
                "equity_disparity": "",
                "equity_stratify": "",
            }
        )
        data["networks"] = [network.pk for network in study.networks.all()]
        data["change_ideas"] = [idea.pk for idea in study.change_ideas.all()]
        return client.post(f"/admin/pages/{study.pk}/edit/", data)

    @pytest.mark.parametrize("typed", ["12:34", "754"])
    def test_it_accepts_a_clock_or_seconds(self, client, editor, toolkit, archive, typed):  # noqa: F811
        study = toolkit.studies["ohio-cribs"]
        response = self._post(client, study, archive.recorded, typed)
        assert response.status_code == 302, response.context["form"].errors
        study.refresh_from_db()
        (saved,) = study.get_latest_revision_as_object().moment_citations.all()
        assert (saved.webinar_id, saved.second, saved.note) == (
            archive.recorded.pk,
            754,
            "The gap by race",
        )

    @pytest.mark.parametrize(
        ("typed", "message"),
        [
            ("99:99", "has minutes or seconds above 59"),
            ("20:01", "The recording is 20:00 long: choose a moment within it."),
        ],
    )
    def test_it_refuses_a_moment_that_is_no_time_or_past_the_end(  # noqa: PLR0913
        self,
        client,
        editor,
        toolkit,
        archive,  # noqa: F811
        typed,
        message,
    ):
        study = toolkit.studies["ohio-cribs"]
        revisions = study.revisions.count()
        response = self._post(client, study, archive.recorded, typed)
        assert response.status_code == 200
        assert message in response.content.decode()
        assert study.revisions.count() == revisions
        assert not CaseStudyMoment.objects.exists()

    def test_it_refuses_a_webinar_without_a_recording(self, client, editor, toolkit, archive):  # noqa: F811
        study = toolkit.studies["ohio-cribs"]
        response = self._post(client, study, archive.upcoming, "0:10")
        errors = response.context["form"].formsets["moment_citations"].errors
        assert errors[0]["webinar"] == ["This webinar has no recording yet."]
        assert not CaseStudyMoment.objects.exists()
