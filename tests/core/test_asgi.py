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
    from collaboratory.models import Jurisdiction

    assert Jurisdiction.objects.count() == 59


@pytest.mark.asyncio
async def test_a_websocket_from_a_foreign_origin_is_refused():
    communicator = WebsocketCommunicator(
        application, "/ws/anything/", headers=[(b"origin", b"https://evil.example")]
    )
    connected, _ = await communicator.connect()
    assert not connected
