"""Each count a listing shows is what choosing it gives: the number the
chosen listing reports and the rows it lists."""

from django.http import QueryDict

from resources.filters import resource_listing


def every_count_is_what_choosing_it_gives(user, base: str) -> None:
    listing = resource_listing(user, QueryDict(base))
    assert listing["result_count"] == len(listing["resources"].object_list)
    for name, facet in listing["facets"].items():
        for choice in facet.choices:
            query = QueryDict(base, mutable=True)
            query[name] = choice.value
            chosen = resource_listing(user, query)
            assert chosen["result_count"] == choice.count, (user, base, name, choice)
            assert len(chosen["resources"].object_list) == choice.count
