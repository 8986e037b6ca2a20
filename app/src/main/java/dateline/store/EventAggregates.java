package dateline.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Recomputes the per-event counts from the mentions: NumMentions, NumArticles, NumSources, the number of
 * distinct stories (duplicate groups), average tone and IsRootEvent. Only mentions from current article versions
 * count; an event left with no current mention gets zero counts and keeps its other values. Runs inside the
 * caller's transaction.
 *
 * <p>Distinct counts are taken as the length of a distinct list: the same number (none of the counted values is
 * NULL), at about half the cost of {@code count(DISTINCT ...)}, which builds a hash table per aggregate per statement.
 */
final class EventAggregates {
    private static final String STATS = """
            SELECT m.event_id, count(*) AS n, len(list_distinct(list(m.article_id))) AS a,
                   len(list_distinct(list(ar.source_name))) AS s,
                   len(list_distinct(list(coalesce(ar.dup_of, ar.id)))) AS st, avg(ar.tone) AS t,
                   bool_or(m.is_root) AS r,
                   arg_min(ar.id, ar.ingested_at) AS first_id,
                   arg_min(coalesce(ar.url, ar.source), ar.ingested_at) AS first_url
            FROM mentions m JOIN articles ar ON ar.id = m.article_id
            WHERE ar.is_current %s
            GROUP BY m.event_id""";
    private static final String UPDATE = """
            UPDATE events SET num_mentions = s.n, num_articles = s.a, num_sources = s.s, num_stories = s.st,
                   avg_tone = s.t, is_root = s.r, first_article_id = s.first_id, source_url = s.first_url
            FROM (%s) s WHERE events.id = s.event_id""";
    /**
     * One statement for a set of events: the touched ids joined to their statistics, so that an id without current
     * mentions still matches and gets zero counts (one statement instead of a reset and an update: each statement
     * scans the mentions).
     */
    private static final String UPDATE_SOME = """
            UPDATE events SET num_mentions = coalesce(s.n, 0), num_articles = coalesce(s.a, 0),
                   num_sources = coalesce(s.s, 0), num_stories = coalesce(s.st, 0),
                   avg_tone = CASE WHEN s.n IS NULL THEN events.avg_tone ELSE s.t END,
                   is_root = CASE WHEN s.n IS NULL THEN events.is_root ELSE s.r END,
                   first_article_id = CASE WHEN s.n IS NULL THEN events.first_article_id ELSE s.first_id END,
                   source_url = CASE WHEN s.n IS NULL THEN events.source_url ELSE s.first_url END
            FROM (SELECT t.id, x.* FROM (SELECT unnest([%1$s]) AS id) t LEFT JOIN (%2$s) x ON x.event_id = t.id) s
            WHERE events.id = s.id""";

    private final Connection c;

    EventAggregates(Connection c) {
        this.c = c;
    }

    /** Recomputes every event row. */
    void recomputeAll() throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("UPDATE events SET num_mentions = 0, num_articles = 0, num_sources = 0, num_stories = 0");
            s.execute(UPDATE.formatted(STATS.formatted("")));
        }
    }

    /** Recomputes the given event rows. */
    void recompute(Collection<Long> eventIds) throws SQLException {
        if (eventIds.isEmpty()) {
            return;
        }
        // Ids are numbers, so they can be written into the statement: no temporary table, no row-by-row binding.
        String ids = eventIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        try (Statement s = c.createStatement()) {
            s.execute(UPDATE_SOME.formatted(ids, STATS.formatted("AND m.event_id IN (" + ids + ")")));
        }
    }
}
