from .resources import (
    Audience,
    Language,
    Licence,
    Resource,
    ResourceFileVersion,
    ResourceKind,
    ResourceTag,
    Visibility,
)

__all__ = [
    "Audience",
    "Language",
    "Licence",
    "Resource",
    "ResourceFileVersion",
    "ResourceKind",
    "ResourceTag",
    "Visibility",
]
