"""Pure document understanding: file -> pages of text -> agreement facts. No Flask, Redis, SQL or Meilisearch."""
