from .citations import ResourceCitation
from .collections import Collection, CollectionItem
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
    "Collection",
    "CollectionItem",
    "Audience",
    "Language",
    "Licence",
    "Resource",
    "ResourceCitation",
    "ResourceFileVersion",
    "ResourceKind",
    "ResourceTag",
    "Visibility",
]
