import os

from django.core.wsgi import get_wsgi_application

# A server started without a settings module gets the safe one; runserver
# and the tests configure settings before importing this module.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "collaboratory.settings.production")
application = get_wsgi_application()

from kernel import heap  # noqa: E402

heap.settle()
