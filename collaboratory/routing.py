"""Websocket routes of the whole site, under /ws/. Each app that speaks
websockets adds its own `routing.websocket_urlpatterns` here."""

websocket_urlpatterns: list = []
