package dateline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;

/**
 * Recomputes the per-event counts from the mentions: NumMentions, NumArticles, NumSources, the number of
 * distinct stories (duplicate groups), average tone and IsRootEvent. Only mentions from current article versions
 * count. Runs inside the caller's transaction.
 */
final class EventAggregates {
    private static final String STATS = """
            SELECT m.event_id, count(*) AS n, count(DISTINCT m.article_id) AS a, count(DISTINCT ar.source_name) AS s,
                   count(DISTINCT coalesce(ar.dup_of, ar.id)) AS st, avg(ar.tone) AS t, bool_or(m.is_root) AS r,
                   arg_min(ar.id, ar.ingested_at) AS first_id,
                   arg_min(coalesce(ar.url, ar.source), ar.ingested_at) AS first_url
            FROM mentions m JOIN articles ar ON ar.id = m.article_id
            WHERE ar.is_current %s
            GROUP BY m.event_id""";
    private static final String UPDATE = """
            UPDATE events SET num_mentions = s.n, num_articles = s.a, num_sources = s.s, num_stories = s.st,
                   avg_tone = s.t, is_root = s.r, first_article_id = s.first_id, source_url = s.first_url
            FROM (%s) s WHERE events.id = s.event_id""";

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
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE IF NOT EXISTS touched_events (id BIGINT)");
            s.execute("DELETE FROM touched_events");
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO touched_events VALUES (?)")) {
            for (long id : eventIds) {
                p.setLong(1, id);
                p.addBatch();
            }
            p.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            s.execute("UPDATE events SET num_mentions = 0, num_articles = 0, num_sources = 0, num_stories = 0 "
                    + "WHERE id IN (SELECT id FROM touched_events)");
            s.execute(UPDATE.formatted(STATS.formatted("AND m.event_id IN (SELECT id FROM touched_events)")));
        }
    }
}
