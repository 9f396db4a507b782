import pytest

from kernel.markdown import render_markdown

HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[click](javascript:alert(1))",
    '<a href="javascript:alert(1)">x</a>',
    "<svg><script>alert(1)</script></svg>",
    '<svg onload="alert(1)">',
    "<iframe src=//evil.example></iframe>",
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<a href="&#106;avascript:alert(1)">x</a>',
    "<style>body{display:none}</style>",
    '<div style="background:url(javascript:alert(1))">x</div>',
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_input_comes_back_inert(text):
    html = render_markdown(text).lower()
    for danger in (
        "<script",
        "onerror",
        "onload",
        "javascript:",
        "<iframe",
        "<svg",
        "<style",
        "style=",
    ):
        assert danger not in html, (text, html)


def test_ordinary_markdown_survives():
    html = render_markdown(
        "**Bold** and *soft*\n\n- one\n- two\n\n> quoted\n\n[NICHQ](https://example.org)"
    )
    assert "<strong>Bold</strong>" in html and "<li>one</li>" in html
    assert "<blockquote>" in html
    assert 'href="https://example.org"' in html and 'rel="noopener noreferrer nofollow"' in html
