from django.urls import path

from meetings.views import calendar, meeting, workspace

app_name = "meetings"

urlpatterns = [
    path("accounts/actions/", workspace.my_actions, name="my_actions"),
    path("teams/<slug:team>/workspace/", workspace.workspace, name="workspace"),
    path("teams/<slug:team>/workspace/rota/", workspace.rota, name="rota"),
    path("teams/<slug:team>/workspace/reminders/", workspace.reminders, name="reminders"),
    path("teams/<slug:team>/meetings/new/", meeting.new_meeting, name="new_meeting"),
    path("teams/<slug:team>/meetings/<int:pk>/", meeting.meeting_page, name="meeting"),
    path("teams/<slug:team>/meetings/<int:pk>/agenda/", meeting.add_agenda_item, name="agenda"),
    path("teams/<slug:team>/meetings/<int:pk>/notes/", meeting.save_notes, name="notes"),
    path("teams/<slug:team>/meetings/<int:pk>/actions/", meeting.add_action, name="add_action"),
    path("teams/<slug:team>/meetings/<int:pk>/roles/", meeting.change_roles, name="roles"),
    path("teams/<slug:team>/actions/<int:pk>/", meeting.mark_action, name="mark_action"),
    path("teams/<slug:team>/meetings/<str:token>.ics", calendar.team_feed, name="team_calendar"),
]
