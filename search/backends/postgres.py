"""PostgreSQL full-text search over the stored documents.

Wagtail's generic index joins its own table on a text cast and took seconds
for broad queries at 5,000 rows, so this path has its own design: stored
vectors with GIN indexes on the searched rows, access and facet keys as
GIN-indexed arrays, and relevance computed only for a bounded set of
candidates (title hits first), so "sleep" over 140,000 rows does not rank
every match. One statement returns the total, every facet's counts and the
page of hits; a second draws snippets for that page only.

Broad queries are bounded: matches are read up to SEARCH_COUNT_CAP (10,000)
and one more, to tell there are more. Past the cap the total is the cap
("10,000+"), each facet's counts are those of the first 10,000 matches
("n+", at least), and the ranked candidates are every title hit (through
the title vectors' index, whatever their place) and the first matches'
best by the cheap order: only a document with the words in its text alone,
past the first 10,000 matches, can miss the ranking it had before."""

import re
from dataclasses import dataclass

from django.db import connection

from search import languages
from search.backends.base import (
    FACETS,
    START,
    STOP,
    Hit,
    SearchRequest,
    SearchResults,
    StoredDocumentsBackend,
    count_cap,
    facet_key,
    marked,
)
from search.query import ParsedQuery

CANDIDATES = 1000  # rows ranked by relevance; later pages follow the cheap order
HEADLINE = (
    f"StartSel={START}, StopSel={STOP}, MaxWords=30, MinWords=12, MaxFragments=2, "
    'FragmentDelimiter=" … "'
)
_PREFIX_WORD = re.compile(r"[^\w]+")

KEYS = "string_to_array(btrim({column}), ' ')"
ACCESS = KEYS.format(column="d.access")
FACET_KEYS = KEYS.format(column="d.facets")
# What a request may find at all: its words, each row in its own language's
# stems (the tsqueries written out, so the planner estimates from the words),
# and the viewer's access. In branches, each a GIN scan whose rows need no
# second test of the words: written as one OR of the two languages' queries,
# every match's vector was read again to tell which side it came from (a
# tenth of a millisecond a row). When both languages stem the words alike
# ("sleep"), one scan over every row; otherwise one per language. Which
# branches run is decided once per statement (a one-time filter). Params:
# the branch's tsquery's, then the access keys.
BRANCH = (
    "SELECT {columns} FROM search_searchdocument d, q"
    " WHERE {when} AND d.search_vector @@ ({tsquery})"
    " AND " + ACCESS + " && %s::text[]{where}"
)
ALIKE = "(SELECT q.en = q.es FROM q)"
TITLED = (
    "(d.language <> 'es' AND d.title_vector @@ ({en})"
    " OR d.language = 'es' AND d.title_vector @@ ({es}))"
    " AND " + ACCESS + " && %s::text[]"
)
# The tsquery a row is ranked and highlighted with, from `q` (en, es).
ROW_QUERY = "(CASE d.language WHEN 'es' THEN q.es ELSE q.en END)"
ROW_CONFIG = languages.config_sql("d.language")
# A row in the reader's language ranks a little higher (param: the language).
READERS = f"(CASE WHEN d.language = %s THEN {languages.READERS_LANGUAGE_BOOST} ELSE 1 END)"
CHEAP_ORDER = "title_hit DESC, boost DESC, date DESC NULLS LAST, id"


@dataclass(frozen=True)
class TsQueries:
    """The query as a tsquery in each language, for rows of each."""

    en: str
    es: str
    en_params: list[str]
    es_params: list[str]

    @property
    def params(self) -> list[str]:
        """The English tsquery's, then the Spanish one's."""
        return [*self.en_params, *self.es_params]

    def rows(self, columns: str, access: list[str], where: str = "", params=()) -> tuple[str, list]:
        """The rows that match and open to `access` (and pass `where`), in
        both languages' branches: `columns` of each, `d` being the row."""
        branches = [
            (ALIKE, self.en, self.en_params),
            (f"NOT {ALIKE} AND d.language <> 'es'", self.en, self.en_params),
            (f"NOT {ALIKE} AND d.language = 'es'", self.es, self.es_params),
        ]
        sql, both = [], []
        for when, tsquery, tsquery_params in branches:
            sql.append(BRANCH.format(columns=columns, when=when, tsquery=tsquery, where=where))
            both += [*tsquery_params, access, *params]
        return " UNION ALL ".join(sql), both

    @property
    def titled(self) -> str:
        """Whether the title holds the words, in the row's language: the
        title vectors' index finds these without reading every match."""
        return TITLED.format(en=self.en, es=self.es)

    @property
    def q(self) -> str:
        """The CTE `q` both are read from."""
        return f"q AS (SELECT {self.en} AS en, {self.es} AS es)"


def tsquery(query: ParsedQuery, config: str = "english") -> tuple[str, list[str]]:
    """The clauses as one tsquery expression: alternatives OR-ed, clauses
    AND-ed, exclusions negated; every phrase stemmed by PostgreSQL."""
    parts, params = [], []
    phrase = f"phraseto_tsquery('{config}', %s)"
    for clause in query.clauses:
        alternatives = " || ".join(phrase for _ in clause.alternatives)
        params += clause.alternatives
        parts.append(f"!!({alternatives})" if clause.excluded else f"({alternatives})")
    return " && ".join(parts) or "''::tsquery", params


def tsqueries(query: ParsedQuery) -> TsQueries:
    en, en_params = tsquery(query, languages.CONFIGS[languages.ENGLISH])
    es, es_params = tsquery(query, languages.CONFIGS[languages.SPANISH])
    return TsQueries(en, es, en_params, es_params)


def _facet_counts_sql(filters: dict[str, str], known: frozenset[str]) -> tuple[str, list]:
    """Every facet's counts in one pass over the matches: a key is counted
    on the rows that pass every filter but its own facet's, so a chosen
    facet still shows its other values. (Six passes, one per facet, cost
    six times the unnesting for a broad query.) Facets in `known` are not
    counted: the caller holds their counts."""
    select = (
        "SELECT 'facet'::text AS row, k AS value, count(*)::bigint AS n, 0::float8 AS score"
        " FROM counted, unnest(f) AS k"
    )
    skip = "split_part(k, '=', 1) <> ALL(%s::text[])"
    if not filters:
        return f"{select} GROUP BY k", []
    whens, params = [], []
    for name in filters:
        whens.append("WHEN %s THEN %s::text[]")
        params += [name, [facet_key(n, v) for n, v in filters.items() if n != name]]
    everything = [facet_key(n, v) for n, v in filters.items()]
    sql = (
        f"{select} WHERE {skip} AND f @> CASE split_part(k, '=', 1) {' '.join(whens)}"
        " ELSE %s::text[] END GROUP BY k"
    )
    return sql, [sorted(known), *params, everything]


def _narrowed(filters: dict[str, str], known: frozenset[str]) -> tuple[str, list]:
    """Which matches the counts need: those passing every filter (the
    page), and for each chosen facet still to count, those passing every
    filter but its own. Through the facet keys' index, so a filtered search
    whose chosen facets' counts are known reads only what passes them all."""
    needed = [[facet_key(n, v) for n, v in filters.items() if n != name] for name in filters]
    needed = [keys for name, keys in zip(filters, needed, strict=True) if name not in known]
    needed.append([facet_key(n, v) for n, v in filters.items()])
    if any(not keys for keys in needed):
        return "", []
    return " AND (" + " OR ".join(f"{FACET_KEYS} @> %s::text[]" for _ in needed) + ")", needed


class PostgresBackend(StoredDocumentsBackend):
    """The default on PostgreSQL: no service beyond the database."""

    def search(self, request: SearchRequest) -> SearchResults:
        ts = tsqueries(request.query)
        active = [facet_key(n, v) for n, v in request.filters.items()]
        known = request.known & set(request.filters)
        counts, count_params = _facet_counts_sql(request.filters, known)
        narrowed, narrowed_params = _narrowed(request.filters, known)
        cap = count_cap()
        columns = (
            f"d.id, {FACET_KEYS} AS f, d.boost, d.date, d.title_vector @@ {ROW_QUERY} AS title_hit"
        )
        rows, rows_params = ts.rows(columns, request.access, narrowed, narrowed_params)
        # Ranked and paged by id, boost and date only: no facet keys to split.
        titled_filter = f" AND {FACET_KEYS} @> %s::text[]" if active else ""
        ranked = request.offset + request.per_page <= CANDIDATES
        if ranked:
            page = (
                f"SELECT 'hit', c.id::text, NULL, ts_rank_cd(d.search_vector, {ROW_QUERY}, 1)"
                f" * c.boost * (1 + c.title_hit::int) * {READERS} AS score"
                " FROM candidates c JOIN search_searchdocument d ON d.id = c.id, q"
                " ORDER BY score DESC, c.id LIMIT %s OFFSET %s"
            )
        else:
            page = (
                f"SELECT 'hit', id::text, NULL, 0 FROM pool ORDER BY {CHEAP_ORDER}"
                " LIMIT %s OFFSET %s"
            )
        # The tsquery is written out where rows are matched (not only read from
        # `q`), so the planner estimates from the words; access is a filter on
        # the text matches, not an index condition: everyone holds "public",
        # so an index on access keys narrows nothing. Matches are read up to
        # one past the cap (to tell there are more) and the facets counted
        # over the cap's worth; past it, `titled` adds every title hit the
        # cut left out (only then: a one-time filter), so the best still
        # rank first.
        sql = f"""
            WITH {ts.q},
            matched AS MATERIALIZED ({rows} LIMIT %s),
            counted AS (SELECT * FROM matched LIMIT %s),
            kept AS (SELECT * FROM matched WHERE f @> %s::text[]),
            titled AS (
                SELECT d.id, NULL::text[] AS f, d.boost, d.date, true AS title_hit
                FROM search_searchdocument d
                WHERE (SELECT count(*) FROM matched) > %s AND {ts.titled}{titled_filter}
                ORDER BY d.boost DESC, d.date DESC NULLS LAST, d.id LIMIT {CANDIDATES}
            ),
            pool AS (
                SELECT * FROM titled
                UNION ALL SELECT * FROM kept WHERE id NOT IN (SELECT id FROM titled)
            ),
            candidates AS (SELECT * FROM pool ORDER BY {CHEAP_ORDER} LIMIT {CANDIDATES})
            {counts}
            UNION ALL SELECT 'total', NULL, count(*), 0 FROM kept
            UNION ALL SELECT 'matched', NULL, count(*), 0 FROM matched
            UNION ALL ({page})
        """
        params = [*ts.params, *rows_params, cap + 1, cap, active]
        params += [cap, *ts.params, request.access, *([active] if active else [])]
        params += count_params
        if ranked:
            params.append(request.language)
        params += [request.per_page, request.offset]
        facets: dict[str, dict[str, int]] = {name: {} for name in FACETS if name not in known}
        total, matched, order = 0, 0, []
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            for row, value, n, _score in cursor.fetchall():
                if row == "facet":
                    name, _, key = value.partition("=")
                    if name in facets:
                        facets[name][key] = n
                elif row == "total":
                    total = n
                elif row == "matched":
                    matched = n
                else:
                    order.append(int(value))
        more = matched > cap
        found = SearchResults(self._hits(order, ts), min(total, cap), facets, more=more)
        found.at_least = frozenset(facets) if more else frozenset()
        return found

    def count(self, request: SearchRequest) -> int:
        ts = tsqueries(request.query)
        active = [facet_key(n, v) for n, v in request.filters.items()]
        rows, params = ts.rows("1", request.access, f" AND {FACET_KEYS} @> %s::text[]", [active])
        sql = f"WITH {ts.q} SELECT count(*) FROM ({rows} LIMIT %s) AS found"
        with connection.cursor() as cursor:
            cursor.execute(sql, [*ts.params, *params, count_cap()])
            return cursor.fetchone()[0]

    def _hits(self, ids: list[int], ts: TsQueries) -> list[Hit]:
        if not ids:
            return []
        # The title (A) and text (B) part of the stored vector: no re-parsing.
        text_vector = "ts_filter(d.search_vector, '{a,b}')"
        # Snippets are drawn in the row's language, with its query.
        query = ROW_QUERY
        sql = f"""
            WITH {ts.q}
            SELECT d.id, d.key, d.kind, d.heading, d.context, d.url, d.date, d.file_name,
                   ts_headline({ROW_CONFIG}, left(d.text, 20000), {query}, %s),
                   d.file_text <> '' AND NOT ({text_vector} @@ {query}) AS in_file,
                   page.n, page.snippet,
                   position(E'\\f' in left(d.file_text, 500000)) > 0 AS paged
            FROM search_searchdocument d CROSS JOIN q
            LEFT JOIN LATERAL (
                SELECT p.n, ts_headline({ROW_CONFIG}, p.page, {query}, %s) AS snippet
                FROM unnest(string_to_array(left(d.file_text, 500000), E'\\f'))
                     WITH ORDINALITY AS p(page, n)
                WHERE d.file_text <> '' AND NOT ({text_vector} @@ {query})
                  AND to_tsvector({ROW_CONFIG}, p.page) @@ {query}
                ORDER BY p.n LIMIT 1
            ) page ON true
            WHERE d.id = ANY(%s)
        """
        with connection.cursor() as cursor:
            cursor.execute(sql, [*ts.params, HEADLINE, HEADLINE, ids])
            rows = {row[0]: row for row in cursor.fetchall()}
        hits = []
        for pk in ids:
            (
                _,
                key,
                kind,
                heading,
                context,
                url,
                date,
                file_name,
                snippet,
                in_file,
                n,
                page_snippet,
                paged,
            ) = rows[pk]
            hit = Hit(key, kind, heading, url, context, date, marked(snippet), in_file=in_file)
            if in_file and page_snippet:
                hit.snippet = marked(page_snippet)
                hit.file_page = n if paged else None
            hits.append(hit)
        return hits

    def autocomplete(self, prefix: str, access: list[str], limit: int = 8) -> list[Hit]:
        words = _PREFIX_WORD.sub(" ", prefix.lower()).split()[:6]
        if not words or len(prefix.strip()) < 2:
            return []
        query = " & ".join([*words[:-1], words[-1] + ":*"])
        sql = f"""
            SELECT DISTINCT ON (lower(d.heading)) d.key, d.kind, d.heading, d.url, d.context,
                   d.boost, lower(d.title) LIKE %s AS starts
            FROM search_searchdocument d
            WHERE d.title_words @@ to_tsquery('simple', %s) AND {ACCESS} && %s::text[]
        """
        ordered = (
            f"SELECT * FROM ({sql}) t ORDER BY starts DESC, boost DESC, length(heading) LIMIT %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(ordered, [prefix.lower().strip() + "%", query, access, limit])
            return [
                Hit(key, kind, heading, url, context)
                for key, kind, heading, url, context, *_ in cursor.fetchall()
            ]

    def rebuild(self) -> int:
        """Fresh statistics; and, outside a transaction, the dead rows of the
        rebuild cleared (each row was written twice: inserted, then given
        its vectors)."""
        with connection.cursor() as cursor:
            if connection.in_atomic_block:
                cursor.execute("ANALYZE search_searchdocument")
            else:
                cursor.execute("VACUUM (ANALYZE) search_searchdocument")
        return 0
