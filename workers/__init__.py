"""rq jobs that take ids: load from the database, call pure code, save, enqueue the next step."""
