"""Keeping up across spaces: what is new since you last read, and notices."""

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from forums import permissions, reading


def dashboard_news(user) -> dict:
    """What moved in the member's discussions since they last read them: the
    member's dashboard shows it (registered with kernel.dashboard)."""
    spaces = permissions.readable_spaces(user)
    return {
        "discussion_news": reading.threads_with_news(user, spaces, limit=5),
        "unread_notifications": reading.unread_notifications(user),
    }


def home_news(user) -> dict:
    """The home page's unread discussions for a member (kernel.home_page):
    the threads with news, and how many messages wait in all their spaces."""
    if not (user.is_authenticated and user.is_active):
        return {}
    spaces = permissions.readable_spaces(user)
    return {
        "discussion_news": reading.threads_with_news(user, spaces, limit=5),
        "unread_messages": sum(reading.unread_by_space(user, spaces).values()),
    }


@login_required
def since_last_visit(request: HttpRequest) -> HttpResponse:
    spaces = permissions.readable_spaces(request.user)
    threads = reading.threads_with_news(request.user, spaces)
    return render(request, "forums/since.html", {"threads": threads})


@login_required
def notifications(request: HttpRequest) -> HttpResponse:
    spaces = permissions.readable_spaces(request.user)
    notices = reading.visible_notifications(request.user, spaces)
    page = Paginator(notices, 30).get_page(request.GET.get("page"))
    return render(request, "forums/notifications.html", {"page": page})


@login_required
@require_POST
def mark_notifications_read(request: HttpRequest) -> HttpResponse:
    request.user.notifications.filter(read_at__isnull=True).update(read_at=timezone.now())
    return redirect("forums:notifications")
