"""What every form of the site shares."""


class PlainLabels:
    """Labels without Django's trailing colon, on every form of the site."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
