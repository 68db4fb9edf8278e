"""The full-text structures each database keeps next to search_searchentry (migrations 0003 and 0004).

SQLite: an external-content FTS5 table kept in step by triggers. Django rebuilds a SQLite table
to alter a column, which drops its triggers: a migration that alters SearchEntry must call
`create(schema_editor)` again (the FTS test of the suite fails otherwise).
PostgreSQL: a generated, weighted tsvector column with a GIN index, and pg_trgm over the
vocabulary for typo candidates; since 0004 also a title-and-summary tsvector with its own GIN index.
"""

SQLITE_CREATE = [
    """CREATE VIRTUAL TABLE IF NOT EXISTS search_entry_fts USING fts5(
        title_terms, summary_terms, all_terms,
        content='search_searchentry', content_rowid='id', tokenize='unicode61 remove_diacritics 0')""",
    """CREATE TRIGGER IF NOT EXISTS search_entry_fts_insert AFTER INSERT ON search_searchentry BEGIN
        INSERT INTO search_entry_fts(rowid, title_terms, summary_terms, all_terms)
        VALUES (new.id, new.title_terms, new.summary_terms, new.all_terms);
    END""",
    """CREATE TRIGGER IF NOT EXISTS search_entry_fts_delete AFTER DELETE ON search_searchentry BEGIN
        INSERT INTO search_entry_fts(search_entry_fts, rowid, title_terms, summary_terms, all_terms)
        VALUES ('delete', old.id, old.title_terms, old.summary_terms, old.all_terms);
    END""",
    """CREATE TRIGGER IF NOT EXISTS search_entry_fts_update AFTER UPDATE ON search_searchentry BEGIN
        INSERT INTO search_entry_fts(search_entry_fts, rowid, title_terms, summary_terms, all_terms)
        VALUES ('delete', old.id, old.title_terms, old.summary_terms, old.all_terms);
        INSERT INTO search_entry_fts(rowid, title_terms, summary_terms, all_terms)
        VALUES (new.id, new.title_terms, new.summary_terms, new.all_terms);
    END""",
    "INSERT INTO search_entry_fts(search_entry_fts) VALUES ('rebuild')",
]
SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS search_entry_fts_insert",
    "DROP TRIGGER IF EXISTS search_entry_fts_delete",
    "DROP TRIGGER IF EXISTS search_entry_fts_update",
    "DROP TABLE IF EXISTS search_entry_fts",
]

# 'simple' neither stems nor drops stop words: normalise.py has done both, the same way on SQLite.
POSTGRES_CREATE = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    """ALTER TABLE search_searchentry ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, title_terms), 'A')
        || setweight(to_tsvector('simple'::regconfig, summary_terms), 'B')
        || setweight(to_tsvector('simple'::regconfig, all_terms), 'C')) STORED""",
    "CREATE INDEX search_entry_vector ON search_searchentry USING gin (search_vector)",
    "CREATE INDEX search_term_trigram ON search_searchterm USING gin (term gin_trgm_ops)",
]
POSTGRES_DROP = [
    "DROP INDEX IF EXISTS search_term_trigram",
    "DROP INDEX IF EXISTS search_entry_vector",
    "ALTER TABLE search_searchentry DROP COLUMN IF EXISTS search_vector",
]
# Title and summary alone (migration 0004): small enough to stay in the row, so ranking many
# matches by it reads no out-of-line tsvector (see fulltext.py and decision 0023).
# A search also scans, unsorted, every GIN entry written since the last (auto)vacuum, up to
# gin_pending_list_limit (4 MB by default) in each index it uses. 256 kB bounds that scan and still
# batches a bulk rebuild's writes (fastupdate off: the bench's 45,000 inserts wrote about 10 GB of WAL).
HEAD_INDEX = "search_entry_head_vector"
GIN_INDEXES = ["search_entry_vector", HEAD_INDEX, "search_term_trigram"]
GIN_PENDING_LIST_KB = 256
POSTGRES_HEAD_CREATE = [
    """ALTER TABLE search_searchentry ADD COLUMN IF NOT EXISTS head_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, title_terms), 'A')
        || setweight(to_tsvector('simple'::regconfig, summary_terms), 'B')) STORED""",
    f"CREATE INDEX IF NOT EXISTS {HEAD_INDEX} ON search_searchentry USING gin (head_vector)",
    *[f"ALTER INDEX {index} SET (gin_pending_list_limit = {GIN_PENDING_LIST_KB})" for index in GIN_INDEXES],
]
POSTGRES_HEAD_DROP = [
    *[f"ALTER INDEX {index} RESET (gin_pending_list_limit)" for index in GIN_INDEXES if index != HEAD_INDEX],
    f"DROP INDEX IF EXISTS {HEAD_INDEX}",
    "ALTER TABLE search_searchentry DROP COLUMN IF EXISTS head_vector",
]


def _statements(vendor, create):
    if vendor == "sqlite":
        return SQLITE_CREATE if create else SQLITE_DROP
    if vendor == "postgresql":
        return POSTGRES_CREATE if create else POSTGRES_DROP
    raise NotImplementedError(f"The portal search needs SQLite or PostgreSQL, not {vendor}")


def create_head(schema_editor):
    """PostgreSQL's title-and-summary vector; SQLite's FTS5 ranks every match cheaply and needs none."""
    if schema_editor.connection.vendor == "postgresql":
        for statement in POSTGRES_HEAD_CREATE:
            schema_editor.execute(statement)


def drop_head(schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in POSTGRES_HEAD_DROP:
            schema_editor.execute(statement)


def create(schema_editor):
    for statement in _statements(schema_editor.connection.vendor, create=True):
        schema_editor.execute(statement)


def drop(schema_editor):
    for statement in _statements(schema_editor.connection.vendor, create=False):
        schema_editor.execute(statement)
