"""The JSON API under /api/, described by /api/openapi.json. Each app adds
its router here."""

from functools import partial

from ninja import NinjaAPI, Swagger

from forums.api import router as discussions_router
from kernel.api_auth import TooManyBadTokens, too_many_bad_tokens
from measures.api import router as measures_router
from pdsa.api import router as pdsa_router
from resources.api import router as resources_router
from search.api import router as search_router

api = NinjaAPI(
    title="Collaboratory API",
    version="1",
    description="Read the resource library as the site shows it to you; submit resources for "
    "review; follow and post in the discussions you belong to; read the measure dictionary, "
    "your team's figures and charts, and submit its figures; read the PDSA cycles you may see. "
    "Authenticate with a session or `Authorization: Bearer <personal API token>` "
    "(create one under My Collaboratory › API tokens).",
    urls_namespace="api",
    docs_url="/docs/",
    # No "valid" badge: it sends the description's address to swagger.io.
    docs=Swagger(settings={"validatorUrl": None}),
    openapi_url="/openapi.json",
)
api.add_exception_handler(TooManyBadTokens, partial(too_many_bad_tokens, api=api))
api.add_router("/resources/", resources_router)
api.add_router("/discussions/", discussions_router)
api.add_router("/search/", search_router)
api.add_router("/measures/", measures_router)
api.add_router("/pdsa/", pdsa_router)
