"""A team runs its meetings: the rota, the agenda, notes two people write at
once, actions carried forward, reminders, the calendar feed, and who sees
each (the team and its coaches only)."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from community.factories import MembershipFactory, TeamFactory
from meetings import services
from meetings.factories import ActionItemFactory, MeetingFactory
from meetings.models import ActionItem, AgendaItem, Meeting, NotesVersion, RotaPlace
from meetings.services import MeetingDetails, NotesClash
from tests.queries import queries_for
from webinars.calendar import feed_token

pytestmark = pytest.mark.django_db


def _ahead(days: int = 7) -> MeetingDetails:
    return MeetingDetails(starts_at=timezone.now() + timedelta(days=days), place="Library")


# --- The rota -------------------------------------------------------------------


def test_members_take_turns_to_facilitate_and_take_notes(team, member, organizer, nurse):
    services.set_rota(member, team, [organizer, nurse, member])
    first = services.schedule_meeting(member, team, _ahead(7))
    second = services.schedule_meeting(member, team, _ahead(14))
    third = services.schedule_meeting(member, team, _ahead(21))
    assert (first.facilitator, first.note_taker) == (organizer, nurse)
    assert (second.facilitator, second.note_taker) == (nurse, member)
    assert (third.facilitator, third.note_taker) == (member, organizer)


def test_someone_who_left_takes_no_more_turns(team, member, organizer, nurse):
    services.set_rota(member, team, [organizer, nurse, member])
    nurse.memberships.all().delete()
    first = services.schedule_meeting(member, team, _ahead(7))
    second = services.schedule_meeting(member, team, _ahead(14))
    assert (first.facilitator, first.note_taker) == (organizer, member)
    assert (second.facilitator, second.note_taker) == (member, organizer)


@pytest.mark.parametrize("who", ["one", "twice", "stranger"])
def test_a_wrong_rota_is_refused_and_the_old_one_kept(team, member, organizer, outsider, who):
    services.set_rota(member, team, [member, organizer])
    people = {
        "one": [member],
        "twice": [member, member],
        "stranger": [member, outsider],
    }[who]
    with pytest.raises(ValidationError):
        services.set_rota(member, team, people)
    assert list(RotaPlace.objects.values_list("user", flat=True)) == [member.pk, organizer.pk]


def test_a_meeting_is_scheduled_ahead_with_a_real_call_link(team, member):
    past = MeetingDetails(starts_at=timezone.now() - timedelta(hours=1))
    with pytest.raises(ValidationError, match="has passed"):
        services.schedule_meeting(member, team, past)
    bad_link = _ahead()
    bad_link.call_link = "javascript:alert(1)"
    with pytest.raises(ValidationError, match="web address"):
        services.schedule_meeting(member, team, bad_link)
    assert not Meeting.objects.exists()


def test_roles_go_only_to_members(team, member, meeting, outsider, organizer):
    with pytest.raises(ValidationError, match="on the team"):
        services.change_roles(member, meeting, outsider, organizer)
    with pytest.raises(ValidationError, match="at once"):
        services.change_roles(member, meeting, organizer, organizer)
    services.change_roles(member, meeting, organizer, member)
    meeting.refresh_from_db()
    assert (meeting.facilitator, meeting.note_taker) == (organizer, member)


# --- The agenda and the notes --------------------------------------------------


def test_any_member_adds_to_the_agenda_but_not_of_a_past_meeting(team, organizer, coach):
    upcoming = MeetingFactory(team=team)
    services.add_to_agenda(organizer, upcoming, "Baby shower in the spring")
    over = MeetingFactory(team=team, starts_at=timezone.now() - timedelta(days=2))
    with pytest.raises(ValidationError, match="next one"):
        services.add_to_agenda(organizer, over, "Too late")
    with pytest.raises(PermissionDenied):
        services.add_to_agenda(coach, upcoming, "A coach's item")
    assert list(AgendaItem.objects.values_list("text", flat=True)) == ["Baby shower in the spring"]


def test_two_members_writing_at_once_keep_each_others_words(meeting, member, organizer):
    services.save_notes(member, meeting, "Attendance: 9", "", 0)
    # Both open the notes at version 1 and add a line.
    services.save_notes(member, meeting, "Attendance: 9\nCribs: 6 given", "", 1)
    saved = services.save_notes(organizer, meeting, "Attendance: 9\nChurch: two pastors", "", 1)
    assert saved.merged
    meeting.refresh_from_db()
    assert meeting.notes == "Attendance: 9\nCribs: 6 given\nChurch: two pastors"
    assert meeting.notes_version == 3 and NotesVersion.objects.count() == 3


def test_a_clash_saves_nothing_and_shows_both(client, meeting, member, organizer):
    services.save_notes(member, meeting, "Attendance: 9", "", 0)
    services.save_notes(member, meeting, "Attendance: 10", "", 1)
    with pytest.raises(NotesClash):
        services.save_notes(organizer, meeting, "Attendance: 11", "", 1)
    meeting.refresh_from_db()
    assert meeting.notes == "Attendance: 10" and meeting.notes_version == 2
    client.force_login(organizer)
    url = reverse("meetings:notes", args=[meeting.team.slug, meeting.pk])
    page = client.post(url, {"notes": "Attendance: 12", "decisions": "", "version": 1})
    body = page.content.decode()
    assert "Both versions are kept" in body and "Attendance: 12" in body
    assert "Attendance: 10" in body


# --- Actions --------------------------------------------------------------------


def test_an_action_needs_an_owner_on_the_team_and_a_due_date_after_the_meeting(
    meeting, member, outsider
):
    day = timezone.localdate(meeting.starts_at)  # the meeting day where the team is
    with pytest.raises(ValidationError, match="member of the team"):
        services.add_action(member, meeting, "Call the pastors", outsider, day)
    with pytest.raises(ValidationError, match="before the meeting"):
        services.add_action(member, meeting, "Call the pastors", member, day - timedelta(days=1))
    assert not ActionItem.objects.exists()


def test_open_actions_come_back_on_each_later_agenda_until_done(team, member):
    first = MeetingFactory(team=team, starts_at=timezone.now() - timedelta(days=14))
    action = ActionItemFactory(meeting=first, owner=member, due_on=timezone.localdate())
    later = MeetingFactory(team=team, starts_at=timezone.now() + timedelta(days=14))
    assert list(services.open_actions(later)) == [action]
    assert list(services.open_actions(first)) == []
    services.mark_action(member, action, True)
    assert list(services.open_actions(later)) == []


def test_my_actions_gathers_every_team(client, team, member):
    other = TeamFactory(slug="second-team")
    MembershipFactory(team=other, user=member)
    ActionItemFactory(meeting=MeetingFactory(team=team), owner=member, text="Book the room")
    ActionItemFactory(meeting=MeetingFactory(team=other), owner=member, text="Send the flyer")
    client.force_login(member)
    page = client.get(reverse("meetings:my_actions")).content.decode()
    assert "Book the room" in page and "Send the flyer" in page
    assert "Book the room" in client.get(reverse("dashboard")).content.decode()


# --- Reminders and the calendar feed --------------------------------------------


def test_reminders_go_once_to_members_who_chose_them(
    team, member, organizer, nurse, outsider, django_capture_on_commit_callbacks
):
    meeting = MeetingFactory(team=team, starts_at=timezone.now() + timedelta(hours=20))
    AgendaItem.objects.create(meeting=meeting, text="Spring baby shower", added_by=member)
    for person in (organizer, nurse):
        services.choose_reminders(person, team, True)
    services.choose_reminders(nurse, team, False)
    with pytest.raises(PermissionDenied):
        services.choose_reminders(outsider, team, True)
    with django_capture_on_commit_callbacks(execute=True):
        assert services.send_reminders() == 1
    (sent,) = mail.outbox
    assert sent.to == ["organizer@example.org"] and "Spring baby shower" in sent.body
    assert services.send_reminders() == 0


def test_someone_who_left_the_team_gets_no_reminder(team, organizer):
    MeetingFactory(team=team, starts_at=timezone.now() + timedelta(hours=3))
    services.choose_reminders(organizer, team, True)
    organizer.memberships.all().delete()
    assert services.send_reminders() == 0 and not mail.outbox


def test_the_calendar_feed_shows_the_teams_meetings_to_its_members_only(
    client, settings, meeting, member, outsider
):
    settings.SITE_URL = settings.WAGTAILADMIN_BASE_URL = "https://collab.example.org"
    url = reverse("meetings:team_calendar", args=[meeting.team.slug, feed_token(member)])
    events = Calendar.from_ical(client.get(url).content).walk("VEVENT")
    assert [str(e["summary"]) for e in events] == [f"{meeting.title} · {meeting.team.name}"]
    assert str(events[0]["url"]).startswith("https://collab.example.org/teams/")
    theirs = reverse("meetings:team_calendar", args=[meeting.team.slug, feed_token(outsider)])
    assert not Calendar.from_ical(client.get(theirs).content).walk("VEVENT")
    bad = reverse("meetings:team_calendar", args=[meeting.team.slug, "1-forged"])
    assert client.get(bad).status_code == 404


# --- Pages ----------------------------------------------------------------------


def test_the_workspace_is_the_teams_and_its_coaches(client, team, member, coach, outsider):
    url = reverse("meetings:workspace", args=[team.slug])
    for person, status in ((member, 200), (coach, 200), (outsider, 404)):
        client.force_login(person)
        assert client.get(url).status_code == status, person


def test_a_facilitator_runs_a_meeting_by_the_forms(client, meeting, member, organizer):
    client.force_login(member)
    base = [meeting.team.slug, meeting.pk]
    client.post(reverse("meetings:agenda", args=base), {"agenda-text": "Crib distribution"})
    client.post(
        reverse("meetings:notes", args=base),
        {"notes": "Six cribs given", "decisions": "Run it monthly", "version": 0},
    )
    due = (meeting.starts_at + timedelta(days=10)).date().isoformat()
    client.post(
        reverse("meetings:add_action", args=base),
        {"action-text": "Order ten more cribs", "action-owner": organizer.pk, "action-due_on": due},
    )
    page = client.get(meeting.get_absolute_url()).content.decode()
    assert "Crib distribution" in page and "Run it monthly" in page
    assert "Order ten more cribs" in page


def test_a_wrong_action_form_says_why_and_stores_nothing(client, meeting, member, outsider):
    client.force_login(member)
    url = reverse("meetings:add_action", args=[meeting.team.slug, meeting.pk])
    early = (meeting.starts_at - timedelta(days=3)).date().isoformat()
    page = client.post(
        url, {"action-text": "Call", "action-owner": outsider.pk, "action-due_on": early}
    )
    assert "The owner must be a member of the team." in page.content.decode()
    page = client.post(
        url, {"action-text": "Call", "action-owner": member.pk, "action-due_on": early}
    )
    assert "cannot be due before the meeting" in page.content.decode()
    assert not ActionItem.objects.exists()


def test_the_meeting_page_costs_a_fixed_number_of_queries(client, meeting, member, organizer):
    client.force_login(member)
    few = queries_for(client, meeting.get_absolute_url())
    for n in range(3):
        AgendaItem.objects.create(meeting=meeting, text=f"Item {n}", added_by=organizer)
        ActionItemFactory(meeting=meeting, owner=organizer)
    assert queries_for(client, meeting.get_absolute_url()) == few
