from django.urls import path

from toolkit.views import videos

urlpatterns = [path("toolkit/videos/<int:pk>/file/", videos.video_file, name="toolkit_video_file")]
