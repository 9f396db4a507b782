from django.urls import path

from webinars.views import calendar

# Calendar feeds keep their .ics names, which page routes cannot have.
urlpatterns = [
    path("webinars/calendar.ics", calendar.public_feed, name="webinar_calendar"),
    path(
        "webinars/calendar/<str:token>.ics",
        calendar.personal_feed,
        name="personal_webinar_calendar",
    ),
    path("webinars/calendar/renew/", calendar.renew_personal_feed, name="renew_webinar_calendar"),
]
