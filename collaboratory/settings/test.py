"""The test suite: fast hashing, emails kept in memory, media in a temp folder."""

import tempfile

from .base import *  # noqa: F403

SECRET_KEY = "test-only-secret-key"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="collaboratory-test-media-"))  # noqa: F405
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
# Tests change rows behind the cache's back (bulk writes, rollbacks): counts are
# computed fresh, except in the test of the cache itself.
LIBRARY_FACET_CACHE_SECONDS = 0
