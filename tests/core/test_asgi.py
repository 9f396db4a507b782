"""The ASGI application: HTTP through Django, websockets checked for origin."""

import pytest
from channels.testing import HttpCommunicator, WebsocketCommunicator

from collaboratory.asgi import application


@pytest.mark.django_db(transaction=True)
@pytest.mark.asyncio
async def test_http_is_served_through_the_asgi_application(async_db_cleanup):
    communicator = HttpCommunicator(
        application, "GET", "/healthz", headers=[(b"host", b"localhost")]
    )
    response = await communicator.get_response()
    assert response["status"] == 200


@pytest.mark.django_db(transaction=True)
def test_reference_data_is_back_after_a_transactional_test():
    # Runs after the test above, whose flush emptied the tables.
    from community.models import Jurisdiction

    assert Jurisdiction.objects.count() == 59


@pytest.mark.asyncio
async def test_a_websocket_from_a_foreign_origin_is_refused():
    communicator = WebsocketCommunicator(
        application, "/ws/anything/", headers=[(b"origin", b"https://evil.example")]
    )
    connected, _ = await communicator.connect()
    assert not connected


@pytest.mark.django_db(transaction=True)
@pytest.mark.asyncio
async def test_an_oversized_upload_is_refused_before_django_reads_it(async_db_cleanup):
    """Under ASGI Django reads a body before any middleware: the application
    hands it on unread, and the 413 comes from the declared length alone."""
    from django.conf import settings

    from kernel.request_limits import RefuseOversizedBodies

    read: list[bytes] = []

    async def app(scope, receive, send):
        message = await receive()
        read.append(message["body"])
        await send({"type": "http.response.start", "status": 204, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    declared = str(settings.RESOURCE_MAX_UPLOAD_BYTES * 2).encode()
    headers = [(b"host", b"localhost"), (b"content-length", declared)]
    body = b"%PDF-" + b"0" * 4096
    probe = HttpCommunicator(RefuseOversizedBodies(app), "POST", "/resources/share/", body, headers)
    await probe.get_response()
    assert read == [b""]  # the body never reached Django

    communicator = HttpCommunicator(application, "POST", "/resources/share/", body, headers)
    response = await communicator.get_response()
    assert response["status"] == 413
    assert b"more than this form accepts" in response["body"]
