from typing import Any

from channels.layers import BaseChannelLayer

def get_handler_name(message: dict[str, Any]) -> str: ...

class AsyncConsumer:
    channel_layer_alias: str
    # Set by __call__: the connection's scope, and the channel layer (None
    # when CHANNEL_LAYERS names none; then there is no channel_name either).
    scope: dict[str, Any]
    channel_layer: BaseChannelLayer | None
    channel_name: str
    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None: ...
    async def dispatch(self, message: dict[str, Any]) -> None: ...
    async def send(self, message: dict[str, Any]) -> None: ...
    @classmethod
    def as_asgi(cls, **initkwargs: Any) -> Any: ...
