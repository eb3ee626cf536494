"""Review tests use the search part's fixtures: real Meilisearch, temporary SQLite, Redis database 4."""
from tests.search.conftest import app, client, meili, offline_app, offline_env, search_env  # noqa: F401
