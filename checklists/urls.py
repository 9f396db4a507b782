from django.urls import path

from checklists.views import network, team

app_name = "checklists"

urlpatterns = [
    path("checklists/coaching/", network.coaching, name="coaching"),
    path("checklists/<slug:slug>/", network.checklist, name="checklist"),
    path("teams/<slug:team>/checklists/", team.team_checklists, name="team_checklists"),
    path("teams/<slug:team>/checklists/<slug:slug>/", team.team_checklist, name="team_checklist"),
    path(
        "teams/<slug:team>/checklists/<slug:slug>/items/<int:pk>/",
        team.item_progress,
        name="item_progress",
    ),
]
