"""Engine, sessions and schema migrations (Alembic) for the system of record."""
from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine
from sqlalchemy.sql import Select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from ingest.errors import ServiceUnavailable
from models.settings import Settings, load_settings

MIGRATIONS = Path(__file__).with_name("migrations")


class DatabaseError(ServiceUnavailable):
    """The database cannot be reached or opened; the message says which and how to fix it."""


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")  # readers never block the worker's writes
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


_ENGINES: dict[str, Engine] = {}
_READERS: dict[Engine, Engine | None] = {}


def _create(url: str, **options: Any) -> Engine:
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30}, **options)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, **options)


def engine_for(url: str) -> Engine:
    """One engine per database URL per process (a server's connections are pinged before each checkout)."""
    engine = _ENGINES.get(url)
    if engine is None:
        engine = _ENGINES[url] = _create(url, pool_pre_ping=not url.startswith("sqlite:///"))
    return engine


def reader_for(engine: Engine) -> Engine | None:
    """The engine FastRead uses beside `engine`, on the same database: autocommit connections, so a read is one
    round trip to a server (no BEGIN before it, no ROLLBACK when its connection goes back to the pool), and no
    ping before each checkout (a read whose connection the server had closed is tried once more, _fetch).
    None for an in-memory SQLite database, which a second engine would not see."""
    if engine in _READERS:
        return _READERS[engine]
    url = engine.url
    made = None if url.drivername.startswith("sqlite") and url.database in (None, "", ":memory:") \
        else _create(url.render_as_string(hide_password=False), isolation_level="AUTOCOMMIT", pool_reset_on_return=None)
    kept = _READERS.setdefault(engine, made)  # two threads may both have made one: the first kept is everyone's
    if made is not None and kept is not made:
        made.dispose()
    return kept


def forget_engine(url: str) -> None:
    """Close every connection this process holds to the database at `url` and forget its engines (before the
    database is dropped, in tests)."""
    engine = _ENGINES.pop(url, None)
    if engine is not None:
        engine.dispose()
        reader = _READERS.pop(engine, None)
        if reader is not None:
            reader.dispose()


def dispose_engines() -> None:
    """Forget pooled connections inherited through fork; the child opens its own."""
    for engine in (*_ENGINES.values(), *_READERS.values()):
        if engine is not None:
            engine.dispose(close=False)


# rq runs each job in a process forked from the worker, which has used the database for its sweep: the
# child must not talk over the parent's connections.
os.register_at_fork(after_in_child=dispose_engines)


def session_factory(settings: Settings) -> sessionmaker:
    """Sessions on the settings' database that keep their objects readable after a commit."""
    return sessionmaker(engine_for(settings.database), expire_on_commit=False)


def ping(session: Session) -> None:
    """One round trip to the database (for /healthz); raises when it does not answer."""
    session.execute(text("SELECT 1"))


class FastRead:
    """A SELECT that every API request runs, compiled once per database kind and run straight on a DBAPI
    connection of the database's reader engine (reader_for): the Session's transaction and Core's execution
    layers cost more CPU than the database's work (the token and live-ids reads of a search: 0.19 -> 0.03 ms hot,
    ~0.45 ms a search in the bench). On PostgreSQL a pooled connection of the main engine cost four round trips a
    read (ping, BEGIN, SELECT, ROLLBACK): 0.25-0.29 ms of CPU in-process against the reader's 0.09-0.12 ms, and
    the server's CPU a search in the search bench fell from 0.74-0.78 to 0.30-0.38 ms (2026-12-06).

    Parameters are plain values (str, int, lists of them for an expanding IN): no bind processing. Result
    columns get their types' processing (SQLite's text timestamps come back as datetimes). A session that has
    a transaction open is read through (it sees its own writes); otherwise each call reads what is committed at
    that moment."""

    def __init__(self, statement: Select):
        self.statement = statement
        self._by_dialect: dict[str, tuple[Any, list]] = {}

    def _compiled(self, engine: Engine) -> tuple[Any, list]:
        dialect = engine.dialect
        found = self._by_dialect.get(dialect.name)
        if found is None:
            processors = [column.type.dialect_impl(dialect).result_processor(dialect, None)
                          for column in self.statement.selected_columns]
            found = self._by_dialect[dialect.name] = (self.statement.compile(dialect=dialect), processors)
        return found

    def rows(self, session: Session, params: dict) -> list[tuple]:
        bind = session.get_bind()
        reader = reader_for(bind) if isinstance(bind, Engine) and not session.in_transaction() else None
        if reader is None:
            return [tuple(row) for row in session.connection().execute(self.statement, params)]
        compiled, processors = self._compiled(reader)
        state = compiled.construct_expanded_state(params)
        raw = _fetch(reader, state.statement,
                     state.positional_parameters if reader.dialect.positional else state.parameters)
        if not any(processors):
            return [tuple(row) for row in raw]
        return [tuple(value if convert is None else convert(value) for convert, value in zip(processors, row))
                for row in raw]


def _fetch(reader: Engine, statement: str, arguments, retry: bool = True) -> list:
    """Run one read on a pooled autocommit connection of `reader`. When the server had closed that connection (a
    restart: what the main engine's ping before each checkout is for), the pool is emptied and the read tried once
    more on a new connection."""
    connection = reader.raw_connection()
    try:
        cursor = connection.cursor()
        cursor.execute(statement, arguments)
        raw = cursor.fetchall()
        cursor.close()
        return raw
    except reader.dialect.loaded_dbapi.Error as exc:
        if not retry or not reader.dialect.is_disconnect(exc, connection.dbapi_connection, None):
            raise
        connection.invalidate()
        reader.dispose()  # the pool's other connections died with it
    finally:
        connection.close()  # back to the pool
    return _fetch(reader, statement, arguments, retry=False)


@contextmanager
def session_scope(settings: Settings | None = None) -> Iterator[Session]:
    """A transaction: committed on success, rolled back on error."""
    settings = settings or load_settings()
    session = session_factory(settings)()
    try:
        yield session
        session.commit()
    except Exception:
        session.rollback()
        raise
    finally:
        session.close()


def alembic_config(url: str):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def init_db(settings: Settings | None = None) -> None:
    """Create or upgrade the schema to the newest migration."""
    from alembic import command

    settings = settings or load_settings()
    try:
        command.upgrade(alembic_config(settings.database), "head")
    except OperationalError as exc:
        raise DatabaseError(f"cannot open the database {settings.database!r}: {exc.orig}. "
                            "Check DATABASE_URL (or ARSIP_DATA_DIR for SQLite).") from None
