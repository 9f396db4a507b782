"""The ASGI entry point: HTTP through Django, websockets through Channels."""

import os

from django.core.asgi import get_asgi_application

# A server started without a settings module gets the safe one; runserver
# and the tests configure settings before importing this module.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "collaboratory.settings.production")
# Django must be set up before the routing imports models.
django_asgi_app = get_asgi_application()

from channels.auth import AuthMiddlewareStack  # noqa: E402
from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402

from collaboratory.origins import SiteOriginValidator  # noqa: E402
from collaboratory.routing import websocket_urlpatterns  # noqa: E402
from kernel import heap  # noqa: E402
from kernel.request_limits import RefuseOversizedBodies  # noqa: E402

application = ProtocolTypeRouter(
    {
        # Oversized bodies are refused before Django reads them.
        "http": RefuseOversizedBodies(django_asgi_app),
        # The full origin (scheme, host and port) must be the site's own:
        # collaboratory/origins.py.
        "websocket": SiteOriginValidator(AuthMiddlewareStack(URLRouter(websocket_urlpatterns))),
    }
)
heap.settle()
