from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect

from toolkit import newcomers
from toolkit.models import StartHerePage


def mark_step(request: HttpRequest, page: StartHerePage, step: str) -> HttpResponse:
    """POST marks a step of the path done (or not done, with `undo`)."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not request.user.is_authenticated:
        return redirect_to_login(page.url)
    try:
        if request.POST.get("undo"):
            newcomers.mark_step_not_done(request.user, page, step)
        else:
            newcomers.mark_step_done(request.user, page, step)
    except ValueError:
        raise Http404("No such step.") from None
    return redirect(f"{page.url}#step-{step}")
