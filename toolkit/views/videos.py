from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404

from kernel.files import ranged_file_response, video_type
from toolkit.models import Video


def video_file(request: HttpRequest, pk: int) -> HttpResponse:
    """An uploaded toolkit video, in byte ranges so players can seek."""
    video = get_object_or_404(Video.objects.select_related("video_file"), pk=pk)
    if video.video_file is None:
        raise Http404("This video is a link, not an upload.")
    return ranged_file_response(
        request, video.video_file.file, video_type(video.video_file.filename)
    )
