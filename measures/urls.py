from django.urls import path

from measures.views import dictionary, entry, figures, places, team

app_name = "measures"

urlpatterns = [
    path("measures/", dictionary.measure_list, name="index"),
    path("measures/places/", places.places, name="places"),
    path("measures/places/<slug:state>/", places.state_profile, name="state_profile"),
    path("measures/places/<slug:state>/profile.csv", places.state_profile_csv, name="state_csv"),
    path("measures/places/<slug:state>/<slug:county>/", places.county_profile, name="county"),
    path("measures/<slug:slug>/", dictionary.measure_detail, name="measure"),
    path(
        "measures/<slug:slug>/networks/<slug:network>/",
        figures.network_figures,
        name="network_figures",
    ),
    path(
        "measures/<slug:slug>/networks/<slug:network>/data.csv",
        figures.network_figures_csv,
        name="network_csv",
    ),
    path("teams/<slug:team>/measures/", team.team_measures, name="team"),
    path("teams/<slug:team>/measures/track/", team.track, name="track"),
    path("teams/<slug:team>/measures/enter/", entry.enter, name="enter"),
    path("teams/<slug:team>/measures/submit/", entry.submit, name="submit"),
    path("teams/<slug:team>/measures/upload/", entry.upload, name="upload"),
    path("teams/<slug:team>/measures/template.csv", entry.csv_template, name="csv_template"),
    path("teams/<slug:team>/measures/<slug:measure>/", team.chart, name="chart"),
    path("teams/<slug:team>/measures/<slug:measure>/data.csv", team.chart_csv, name="chart_csv"),
    path("teams/<slug:team>/measures/<slug:measure>/naming/", team.naming, name="naming"),
    path("teams/<slug:team>/measures/<slug:measure>/marks/", team.mark, name="mark"),
    path(
        "teams/<slug:team>/measures/<slug:measure>/marks/<int:pk>/remove/",
        team.remove_mark,
        name="remove_mark",
    ),
    path("measures/entries/<int:pk>/review/", entry.review, name="review"),
]
