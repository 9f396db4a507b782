from django.urls import path

from forums.views import keeping_up, messages, spaces, threads

app_name = "forums"
urlpatterns = [
    path("", spaces.index, name="index"),
    path("new/", keeping_up.since_last_visit, name="since"),
    path("notifications/", keeping_up.notifications, name="notifications"),
    path("notifications/read/", keeping_up.mark_notifications_read, name="notifications_read"),
    path("groups/new/", spaces.new_group, name="new_group"),
    path("messages/<int:pk>/edit/", messages.edit, name="edit"),
    path("messages/<int:pk>/delete/", messages.delete, name="delete"),
    path("messages/<int:pk>/hide/", messages.hide, name="hide"),
    path("messages/<int:pk>/react/", messages.react, name="react"),
    path("messages/<int:pk>/history/", messages.history, name="history"),
    path("<slug:slug>/", spaces.space_detail, name="space"),
    path("<slug:slug>/threads/<int:pk>/", threads.thread_detail, name="thread"),
    path("<slug:slug>/threads/<int:pk>/follow/", threads.subscription, name="subscription"),
    path("<slug:slug>/threads/<int:pk>/read/", threads.read, name="read"),
    path("<slug:slug>/threads/<int:pk>/moderate/", threads.moderate, name="moderate"),
]
