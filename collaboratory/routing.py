"""Websocket routes of the whole site, under /ws/. Each app that speaks
websockets adds its own `routing.websocket_urlpatterns` here."""

from forums.routing import websocket_urlpatterns as forum_routes

websocket_urlpatterns = [*forum_routes]
