package dateline.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;

/**
 * What a store holds, in a form two stores can be compared by: article rows, mention rows and event rows keyed by
 * content (never by ingest order, event ids or timestamps, which legitimately differ between runs), and the
 * invariants any store must keep, crashed or not.
 *
 * @param articles  article id, source, version, current flag, counts, content hash, date, duplicate kind
 * @param mentions  per article id: its mention rows (sentence, actor codes and spans, trigger, rule, flags,
 *                  confidence, and the key of the event row it counts in)
 * @param events    event rows by key (day, actors, code, place) with their counts
 * @param rowCounts per article id: the number of its sentence, actor and place rows
 */
record StoreSnapshot(Set<String> articles, Map<String, Set<String>> mentions, Set<String> events,
        Map<String, String> rowCounts) {

    private static final String EVENT_KEY = "concat_ws('|', e.day, e.source_code, e.target_code, e.code, e.place_key)";

    /** Reads a snapshot; all queries run in one transaction, so they see one state of the store. */
    static StoreSnapshot of(Connection c) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            Set<String> articles = new TreeSet<>(rows(c, "SELECT concat_ws('|', id, source, version, is_current, "
                    + "sentence_count, token_count, content_hash, date, language, coalesce(dup_kind, '-')) "
                    + "FROM articles"));
            Map<String, Set<String>> mentions = new TreeMap<>();
            for (String r : rows(c, "SELECT concat_ws('|', m.article_id, m.mention, m.sentence, m.source_code, "
                    + "m.source_start, m.source_end, m.target_code, m.target_start, m.target_end, m.trigger_start, "
                    + "m.trigger_end, m.sentence_start, m.sentence_end, m.rule, m.is_root, coalesce(m.flags, '-'), "
                    + "m.confidence, coalesce(" + EVENT_KEY + ", 'no event')) "
                    + "FROM mentions m LEFT JOIN events e ON e.id = m.event_id")) {
                mentions.computeIfAbsent(r.substring(0, r.indexOf('|')), k -> new TreeSet<>()).add(r);
            }
            Set<String> events = new TreeSet<>(rows(c, "SELECT concat_ws('|', " + EVENT_KEY + ", e.num_mentions, "
                    + "e.num_sources, e.num_articles, e.num_stories, round(e.avg_tone, 6), e.is_root, e.goldstein, "
                    + "e.quad_class) FROM events e"));
            Map<String, String> counts = new TreeMap<>();
            for (String r : rows(c, "SELECT concat_ws('|', a.id, "
                    + "(SELECT count(*) FROM sentences s WHERE s.article_id = a.id), "
                    + "(SELECT count(*) FROM actors x WHERE x.article_id = a.id), "
                    + "(SELECT count(*) FROM places p WHERE p.article_id = a.id)) FROM articles a")) {
                counts.put(r.substring(0, r.indexOf('|')), r);
            }
            return new StoreSnapshot(articles, mentions, events, counts);
        } finally {
            c.rollback();
            c.setAutoCommit(auto);
        }
    }

    /** Ids of the current versions in this snapshot. */
    Set<String> currentIds() {
        Set<String> out = new TreeSet<>();
        for (String a : articles) {
            String[] f = a.split("\\|", -1);
            if (f[3].equals("true")) {
                out.add(f[0]);
            }
        }
        return out;
    }

    /** Ids of the articles in this snapshot. */
    Set<String> articleIds() {
        return new TreeSet<>(rowCounts.keySet());
    }

    /**
     * Invariants every store keeps whatever happened to the process writing it: each article once; no row of an
     * article without the article; each article has all its sentence rows; every event row's counts agree with the
     * current mentions pointing to it; every mention's event row exists.
     */
    static List<String> violations(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        check(c, out, "articles stored more than once",
                "SELECT count(*) - count(DISTINCT id) FROM articles");
        for (String table : List.of("sentences", "actors", "quotes", "places", "mentions")) {
            check(c, out, table + " rows without their article", "SELECT count(*) FROM " + table
                    + " t WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = t.article_id)");
        }
        check(c, out, "articles missing sentence rows", "SELECT count(*) FROM articles a WHERE sentence_count <> "
                + "(SELECT count(*) FROM sentences s WHERE s.article_id = a.id)");
        check(c, out, "mentions pointing to no event row", "SELECT count(*) FROM mentions m WHERE m.event_id IS NOT "
                + "NULL AND NOT EXISTS (SELECT 1 FROM events e WHERE e.id = m.event_id)");
        check(c, out, "event rows whose num_mentions disagrees with their current mentions",
                "SELECT count(*) FROM events e WHERE num_mentions <> (SELECT count(*) FROM mentions m "
                        + "JOIN articles a ON a.id = m.article_id WHERE a.is_current AND m.event_id = e.id)");
        check(c, out, "sources with more than one current version",
                "SELECT count(*) FROM (SELECT source FROM articles WHERE is_current GROUP BY source "
                        + "HAVING count(*) > 1)");
        return out;
    }

    /** The article ids in a search index directory (empty when there is no index yet). */
    static Set<String> indexedIds(Path indexDir) {
        Set<String> ids = new HashSet<>();
        if (!Files.isDirectory(indexDir)) {
            return ids;
        }
        try (FSDirectory d = FSDirectory.open(indexDir)) {
            if (!DirectoryReader.indexExists(d)) {
                return ids;
            }
            try (DirectoryReader r = DirectoryReader.open(d)) {
                StoredFields f = r.storedFields();
                for (int i = 0; i < r.maxDoc(); i++) {
                    if (r.hasDeletions() && !org.apache.lucene.index.MultiBits.getLiveDocs(r).get(i)) {
                        continue;
                    }
                    ids.add(f.document(i, Set.of("id")).get("id"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
    }

    private static void check(Connection c, List<String> out, String what, String sql) throws SQLException {
        long n = Long.parseLong(rows(c, sql).get(0));
        if (n != 0) {
            out.add(what + ": " + n);
        }
    }

    static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            ResultSetMetaData md = r.getMetaData();
            while (r.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    if (i > 1) {
                        b.append('\t');
                    }
                    b.append(r.getString(i));
                }
                out.add(b.toString());
            }
        }
        return out;
    }
}
