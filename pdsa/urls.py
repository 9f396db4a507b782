from django.urls import path

from pdsa.views import cycles

app_name = "pdsa"

urlpatterns = [
    path("teams/<slug:team>/cycles/", cycles.cycle_list, name="cycles"),
    path("teams/<slug:team>/cycles/new/", cycles.new_cycle, name="new_cycle"),
    path("teams/<slug:team>/cycles/<int:pk>/", cycles.cycle_detail, name="cycle"),
    path("teams/<slug:team>/cycles/<int:pk>/edit/", cycles.edit_cycle, name="edit_cycle"),
    path("teams/<slug:team>/cycles/<int:pk>/share/", cycles.share_cycle, name="share_cycle"),
    path("teams/<slug:team>/cycles/<int:pk>/delete/", cycles.delete_cycle, name="delete_cycle"),
    path("teams/<slug:team>/cycles/<int:pk>/talk/", cycles.talk_with_peers, name="talk_with_peers"),
]
