"""The channel layer that REDIS_URL configures really goes through Redis."""

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from channels.layers import get_channel_layer
from channels_redis.core import RedisChannelLayer
from django.conf import settings


@pytest.mark.redis
@pytest.mark.asyncio
async def test_redis_channel_layer_round_trips_between_two_clients():
    assert settings.CHANNEL_LAYERS["default"]["BACKEND"] == "channels_redis.core.RedisChannelLayer"
    assert isinstance(get_channel_layer(), RedisChannelLayer)
    # Two independent layer instances share nothing in memory: a message sent
    # by one and read by the other can only have travelled through Redis.
    config = settings.CHANNEL_LAYERS["default"]["CONFIG"]
    sender, receiver = RedisChannelLayer(**config), RedisChannelLayer(**config)
    channel = await receiver.new_channel()
    token = uuid.uuid4().hex
    await sender.send(channel, {"type": "test.ping", "token": token})
    message = await receiver.receive(channel)
    assert message == {"type": "test.ping", "token": token}
    await sender.flush()
    await sender.close_pools()
    await receiver.close_pools()


@pytest.mark.redis
@pytest.mark.asyncio
async def test_group_messages_reach_every_member_through_redis():
    config = settings.CHANNEL_LAYERS["default"]["CONFIG"]
    publisher = RedisChannelLayer(**config)
    tabs = [RedisChannelLayer(**config) for _ in range(2)]
    group = f"team-{uuid.uuid4().hex[:8]}"
    channels = []
    for tab in tabs:
        channel = await tab.new_channel()
        await tab.group_add(group, channel)
        channels.append(channel)
    await publisher.group_send(group, {"type": "message.new", "seq": 1})
    for tab, channel in zip(tabs, channels, strict=True):
        assert (await tab.receive(channel))["seq"] == 1
    for layer in (publisher, *tabs):
        await layer.close_pools()


def test_without_redis_the_embedded_default_is_in_memory():
    # Read in a fresh interpreter without REDIS_URL, so this runs in CI too,
    # where the suite itself uses Redis.
    code = (
        "from collaboratory.settings import dev; "
        "print(dev.CHANNEL_LAYERS['default']['BACKEND'], dev.CACHES['default']['BACKEND'])"
    )
    env = {k: v for k, v in os.environ.items() if k != "REDIS_URL"}
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    layer, cache = result.stdout.split()
    assert layer == "channels.layers.InMemoryChannelLayer"
    assert cache.endswith("LocMemCache")


def _layer_settings(**env: str) -> subprocess.CompletedProcess:
    """The channel layer the dev settings make in a fresh interpreter."""
    code = (
        "from collaboratory.settings import dev; "
        "layer = dev.CHANNEL_LAYERS['default']; "
        "print(layer['BACKEND'], sorted(layer.get('CONFIG', {})))"
    )
    return subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "REDIS_URL": "redis://127.0.0.1:6379/9", **env},
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )


def test_channel_layer_chooses_channels_redis_pubsub_layer():
    result = _layer_settings(CHANNEL_LAYER="pubsub")
    assert result.returncode == 0, result.stderr
    # No capacity: the pub/sub layer keeps no queue to bound.
    assert result.stdout.split(" ", 1) == [
        "channels_redis.pubsub.RedisPubSubChannelLayer",
        "['hosts', 'prefix']\n",
    ]


def test_an_unknown_channel_layer_is_refused_at_start():
    result = _layer_settings(CHANNEL_LAYER="kafka")
    assert result.returncode != 0
    assert "CHANNEL_LAYER is 'kafka'; use one of core, pubsub." in result.stderr
