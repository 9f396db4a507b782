from django.apps import AppConfig


class WebinarsConfig(AppConfig):
    """Webinar archive. Its models, pages and routes arrive with the issue that builds it."""

    name = "webinars"
    label = "webinars"
    verbose_name = "Webinar archive"
