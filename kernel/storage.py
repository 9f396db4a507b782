"""Where uploaded files are kept."""

import secrets

from django.core.files.storage import FileSystemStorage

# Wagtail keeps documents under this folder, named as they were uploaded.
DOCUMENTS = "documents/"


class UnguessableStorage(FileSystemStorage):
    """Documents are stored in a folder of their own with a random name, so
    that knowing a file's name (or counting) never finds its path. Nothing
    serves that folder (files go out through the document policy); this is
    the second lock, should a server ever be pointed at it by mistake."""

    def generate_filename(self, filename: str) -> str:
        if filename.startswith(DOCUMENTS) and filename.count("/") == 1:
            filename = f"{DOCUMENTS}{secrets.token_urlsafe(18)}/{filename[len(DOCUMENTS) :]}"
        return super().generate_filename(filename)
