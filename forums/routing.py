"""Websocket routes of the discussions."""

from django.urls import path

from forums.consumers import SpaceConsumer

websocket_urlpatterns = [
    path("ws/discussions/<slug:slug>/", SpaceConsumer.as_asgi()),
]
