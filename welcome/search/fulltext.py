"""Matching and ranking in the database's own full-text engine; grouping only the best matches.

SQLite ranks with FTS5's bm25 and PostgreSQL with ts_rank; in both the title weighs most, then
the summary, then the body. Scores here are "lower is better" on both. The engine hands over at
most RANKED_MATCHES matches, chosen by title and summary first when there are many (see
_matches and decision 0023), and only those are grouped by translation: the reader's version of
every matching page, or, for pages the reader's language lacks, one version in the first
language of the reader's fallback chain. When the engine had more matches, the counts are a
lower bound.
"""

from dataclasses import dataclass

from django.db import connection

from .models import SearchEntry

# bm25 weights of the FTS5 columns (title_terms, summary_terms, all_terms); all_terms also holds the title.
SQLITE_WEIGHTS = (10.0, 4.0, 1.0)
# ts_rank weights for D, C, B, A: body (C) 0.2, summary (B) 0.4, title (A) 1.0; normalised by length (1).
POSTGRES_WEIGHTS = "{0.1, 0.2, 0.4, 1.0}"


@dataclass(frozen=True)
class Term:
    text: str
    prefix: bool = False


@dataclass(frozen=True)
class All:
    parts: tuple


@dataclass(frozen=True)
class Any:
    parts: tuple


def render(expression):
    """The expression in the syntax of this database's full-text queries."""
    sqlite = connection.vendor == "sqlite"
    if isinstance(expression, Term):
        if sqlite:
            return f'"{expression.text}"' + ("*" if expression.prefix else "")
        return f"'{expression.text}'" + (":*" if expression.prefix else "")
    joiner = {(All, True): " AND ", (Any, True): " OR ", (All, False): " & ", (Any, False): " | "}
    parts = [render(part) for part in expression.parts]
    return parts[0] if len(parts) == 1 else "(" + joiner[type(expression), sqlite].join(parts) + ")"


def _narrow(lookup):
    """SQLite reads a row (with its long term columns) rather than a covering index unless told."""
    if connection.vendor != "sqlite":
        return ""
    return {"id": "INDEXED BY search_entry_id_key_language", "key": "INDEXED BY search_entry_key_language"}[lookup]


# How many matches are ranked and handed over for grouping; the rest are never grouped or counted.
RANKED_MATCHES = 1000
# PostgreSQL reads a page's whole tsvector (kilobytes, out of line) to rank it: only this many
# candidates get ts_rank over it, the others keep the rank of their title and summary alone.
POSTGRES_FULLY_RANKED = 200


def _matches(expression):
    """SQL of f, the best RANKED_MATCHES entries matching the expression, and k, the best score per
    translation among them; and its parameters."""
    entries = SearchEntry._meta.db_table
    text = render(expression)
    if connection.vendor == "sqlite":
        ranked = (
            f"SELECT rowid AS id, rank AS score FROM search_entry_fts WHERE search_entry_fts MATCH %s "
            f"AND rank MATCH 'bm25({', '.join(str(weight) for weight in SQLITE_WEIGHTS)})' ORDER BY rank LIMIT "
        )
        # bm25 costs about a microsecond a match: with RANKED_MATCHES pages that have every word in
        # the title or summary, only those are scored (by those columns); otherwise all matches are,
        # by all columns (LIMIT 0 scores none). bm25() only works over the FTS table alone, so the
        # join comes after.
        sql = (
            f"WITH h AS MATERIALIZED ({ranked}{RANKED_MATCHES}), "
            f"a AS MATERIALIZED ({ranked}CASE WHEN (SELECT COUNT(*) FROM h) < {RANKED_MATCHES} "
            f"THEN {RANKED_MATCHES} ELSE 0 END), "
            f"f AS (SELECT id, score FROM h WHERE (SELECT COUNT(*) FROM h) = {RANKED_MATCHES} "
            "UNION ALL SELECT id, score FROM a), "
            f"k AS MATERIALIZED (SELECT e.translation_key, MIN(f.score) AS score FROM f JOIN {entries} e {_narrow('id')} "
            "ON e.id = f.id GROUP BY e.translation_key)"
        )
        return sql, [f"{{title_terms summary_terms}} : ({text})", text]
    query = "to_tsquery('simple', %s)"
    # Candidates without reading a long tsvector: pages with every word in the title or summary
    # (head_vector, small, kept in the row), ranked; then other matches as the index finds them,
    # only as many as are missing (LIMIT 0 reads none). b is planned for all its rows, so through
    # the GIN index, and read only as far as needed.
    sql = (
        f"WITH h AS MATERIALIZED (SELECT e.id, e.translation_key, "
        f"ts_rank('{POSTGRES_WEIGHTS}', e.head_vector, {query}, 1) AS head FROM {entries} e "
        f"WHERE e.head_vector @@ {query} ORDER BY head DESC, e.id LIMIT {RANKED_MATCHES}), "
        f"b AS MATERIALIZED (SELECT e.id, e.translation_key FROM {entries} e "
        f"WHERE e.search_vector @@ {query} AND NOT e.head_vector @@ {query}), "
        "c AS (SELECT id, translation_key, head FROM h UNION ALL "
        f"(SELECT id, translation_key, 0 FROM b LIMIT {RANKED_MATCHES} - (SELECT COUNT(*) FROM h))), "
        "x AS (SELECT id, translation_key, head, ROW_NUMBER() OVER (ORDER BY head DESC, id) AS position FROM c), "
        f"f AS MATERIALIZED (SELECT x.id, x.translation_key, CASE WHEN x.position <= {POSTGRES_FULLY_RANKED} "
        f"THEN -(SELECT ts_rank('{POSTGRES_WEIGHTS}', e.search_vector, {query}, 1) FROM {entries} e WHERE e.id = x.id) "
        "ELSE 1 - x.head END AS score FROM x), "
        "k AS MATERIALIZED (SELECT translation_key, MIN(score) AS score FROM f GROUP BY translation_key)"
    )
    return sql, [text] * sql.count("%s")


# What a result shows; the term columns are long and stay out of sorting and fetching.
SHOWN = "r.id, r.page_id, r.language_code, r.translation_key, r.title, r.summary, r.section_title, r.url"


def in_language(expression, language_code, offset, limit):
    """The reader's versions of the matching pages, best first."""
    entries = SearchEntry._meta.db_table
    matches, match_params = _matches(expression)
    sql = (
        f"{matches}, top AS (SELECT r.id AS id, k.score AS score FROM k JOIN {entries} r {_narrow('key')} "
        "ON r.translation_key = k.translation_key AND r.language_code = %s "
        "ORDER BY k.score, r.id LIMIT %s OFFSET %s) "
        f"SELECT {SHOWN}, top.score FROM top JOIN {entries} r ON r.id = top.id ORDER BY top.score, r.id"
    )
    return list(SearchEntry.objects.raw(sql, [*match_params, language_code, limit, offset]))


def _position(language_order):
    """SQL ranking a version by its language's place in `language_order`, and its parameters."""
    sql = "CASE e.language_code " + "WHEN %s THEN %s " * len(language_order) + f"ELSE {len(language_order)} END"
    return sql, [value for index, code in enumerate(language_order) for value in (code, index)]


def first_pages(expression, language_code, language_order, in_slice, other_slice):
    """Both counts and one page of each list in one statement, so the matches are ranked once.

    Returns (count in the reader's language, count only in others, whether the counts are all the
    matches' or only a lower bound from the best RANKED_MATCHES, that page, this page).
    """
    entries = SearchEntry._meta.db_table
    position, position_params = _position(language_order)
    matches, match_params = _matches(expression)
    sql = (
        f"{matches}, counted AS MATERIALIZED (SELECT k.translation_key, k.score, r.id AS reader_id FROM k "
        f"LEFT JOIN {entries} r {_narrow('key')} ON r.translation_key = k.translation_key AND r.language_code = %s), "
        "totals AS (SELECT COUNT(reader_id) AS in_count, COUNT(*) - COUNT(reader_id) AS other_count, "
        "(SELECT COUNT(*) FROM f) AS ranked FROM counted), "
        "in_top AS (SELECT reader_id AS id, score, 0 AS language_position FROM counted "
        "WHERE reader_id IS NOT NULL ORDER BY score, reader_id LIMIT %s OFFSET %s), "
        f"v AS (SELECT e.id AS id, c.score AS score, {position} AS language_position, "
        f"ROW_NUMBER() OVER (PARTITION BY e.translation_key ORDER BY {position}, e.language_code) AS version "
        f"FROM counted c JOIN {entries} e ON e.translation_key = c.translation_key WHERE c.reader_id IS NULL), "
        "other_top AS (SELECT id, score, language_position FROM v WHERE version = 1 "
        "ORDER BY language_position, score, id LIMIT %s OFFSET %s), "
        "top AS (SELECT 0 AS list, id, score, language_position FROM in_top "
        "UNION ALL SELECT 1 AS list, id, score, language_position FROM other_top) "
        f"SELECT totals.in_count, totals.other_count, totals.ranked, top.list, top.score, top.language_position, {SHOWN} "
        f"FROM totals LEFT JOIN top ON 1 = 1 LEFT JOIN {entries} r ON r.id = top.id "
        "ORDER BY top.list, top.language_position, top.score, r.id"
    )
    params = [
        *match_params,
        language_code,
        in_slice[1],
        in_slice[0],
        *position_params,
        *position_params,
        other_slice[1],
        other_slice[0],
    ]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    shown = [column.split(".")[1] for column in SHOWN.split(", ")]
    pages = ([], [])
    for _in_count, _other_count, _ranked, which, score, language_position, *values in rows:
        if which is not None:
            entry = SearchEntry(**dict(zip(shown, values, strict=True)))
            entry.score, entry.language_position = score, language_position
            pages[which].append(entry)
    in_count, other_count, ranked = rows[0][:3]
    return in_count or 0, other_count or 0, ranked < RANKED_MATCHES, pages[0], pages[1]


def other_languages(expression, language_code, language_order, offset, limit):
    """Matching pages the reader's language lacks, one version each, in `language_order`, best first."""
    entries = SearchEntry._meta.db_table
    position, position_params = _position(language_order)
    matches, match_params = _matches(expression)
    sql = (
        f"{matches}, missing AS (SELECT k.translation_key, k.score FROM k WHERE NOT EXISTS "
        f"(SELECT 1 FROM {entries} o WHERE o.translation_key = k.translation_key AND o.language_code = %s)), "
        f"v AS (SELECT e.id AS id, m.score AS score, {position} AS language_position, "
        f"ROW_NUMBER() OVER (PARTITION BY e.translation_key ORDER BY {position}, e.language_code) AS version "
        f"FROM missing m JOIN {entries} e ON e.translation_key = m.translation_key), "
        "top AS (SELECT id, score, language_position FROM v WHERE version = 1 "
        "ORDER BY language_position, score, id LIMIT %s OFFSET %s) "
        f"SELECT {SHOWN}, top.score, top.language_position FROM top JOIN {entries} r ON r.id = top.id "
        "ORDER BY top.language_position, top.score, r.id"
    )
    params = [*match_params, language_code, *position_params, *position_params, limit, offset]
    return list(SearchEntry.objects.raw(sql, params))
