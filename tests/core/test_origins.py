"""Origins as the websocket's validator compares them (collaboratory/origins.py);
the validator itself is tested through the socket in tests/forums/test_socket_limits.py."""

from collaboratory.origins import parse_origin


def test_origins_compare_scheme_host_and_port():
    assert parse_origin("https://Example.org") == ("https", "example.org", 443)
    assert parse_origin("http://[::1]:8000") == ("http", "[::1]", 8000)
    assert parse_origin("https://example.org/", strict=False) == ("https", "example.org", 443)
    for bad in ("null", "", "ftp://example.org", "https://example.org/x", "https://a b"):
        assert parse_origin(bad) is None, bad
