from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse

from webinars.models import Person, WebinarPage


def presenter_page(request: HttpRequest, index, slug: str) -> HttpResponse:
    person = get_object_or_404(Person, slug=slug)
    webinars = (
        WebinarPage.objects.descendant_of(index)
        .live()
        .public()
        .filter(presenters=person)
        .order_by("-starts_at")
        .prefetch_related("presenters")
    )
    if not webinars.exists():  # someone only on drafts is not public yet
        raise Http404("No such presenter.")
    return TemplateResponse(
        request, "webinars/presenter.html", {"page": index, "person": person, "webinars": webinars}
    )
