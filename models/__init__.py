"""Settings, database tables, repository functions and the Meilisearch adapter."""
