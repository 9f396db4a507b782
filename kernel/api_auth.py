"""Personal API tokens, with a limit on guessing them.

Every API route that accepts `Authorization: Bearer <token>` uses
`ThrottledBearerAuth` (tests/core/test_rate_limits.py checks that none uses
Wagtail's plain class). Bad tokens are counted per client address; past
API_TOKEN_FAILURES_PER_ADDRESS in API_TOKEN_FAILURE_WINDOW_SECONDS the API
answers 429 with Retry-After before it even looks the token up."""

from django.http import HttpRequest, HttpResponse
from ninja import NinjaAPI
from wagtail.api.v3.auth import BearerTokenAuth
from wagtail.models import APIToken

from kernel import throttle


class TooManyBadTokens(Exception):
    def __init__(self, wait: int) -> None:
        super().__init__(f"Too many bad API tokens; retry in {wait} seconds.")
        self.wait = wait


class ThrottledBearerAuth(BearerTokenAuth):
    def authenticate(self, request: HttpRequest, token: str) -> APIToken | None:
        """Called only for requests that present a bearer token."""
        address = throttle.client_address(request)
        wait = throttle.api_token_per_address().retry_after(address)
        if wait:
            raise TooManyBadTokens(wait)
        api_token = super().authenticate(request, token)
        if api_token is None:  # unknown, revoked, or its owner switched off
            throttle.api_token_per_address().count(address)
        return api_token


def too_many_bad_tokens(
    request: HttpRequest, error: TooManyBadTokens, *, api: NinjaAPI
) -> HttpResponse:
    response = api.create_response(
        request,
        {
            "detail": "Too many requests with a token that does not work, from your address. "
            f"Check the token, then try again in {error.wait} seconds.",
            "retry_after": error.wait,
        },
        status=429,
    )
    response["Retry-After"] = str(error.wait)
    return response
