package dateline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * DuckDB appenders for the tables the writer only inserts into, open for one transaction. An appender fills rows in
 * column chunks and hands them to DuckDB in one call per chunk: tens of times cheaper than a prepared statement, which
 * DuckDB executes once per row even in a JDBC batch.
 *
 * <p>Two rules keep a batch all or nothing. An appender writes into the connection's open transaction, but DuckDB
 * opens that transaction only at the first statement after auto-commit was turned off: before it, an appender's rows
 * commit on their own. So {@link #open} requires a transaction already begun by a statement. And an appender holds
 * rows in memory until flushed or closed: {@link #discard} closes every appender inside the failed transaction, so
 * that the rollback drops them rather than a later flush committing them.
 */
final class Appenders {
    /** The appended tables, with their columns in table order: an appender fills every column, in that order. */
    enum Target {
        ARTICLES("articles", "id, source, source_name, agency, agency_code, url, dateline_place, date, title, language, "
                + "text, version, is_current, sentence_count, token_count, tone, positive, negative, polarity, "
                + "word_count, notes, ingested_at, content_hash, min_hash, dup_of, dup_kind, dup_similarity"),
        SENTENCES("sentences", "article_id, sentence, paragraph, start_char, end_char, text"),
        ACTORS("actors", "article_id, mention, code, name, country, role, sentence, start_char, end_char, entry, rule, "
                + "date_basis, antecedent_start, antecedent_end"),
        QUOTES("quotes", "article_id, quote, kind, sentence, content_start, content_end, cue_start, cue_end, "
                + "speaker_code, speaker_name, speaker_start, speaker_end, attribution, tone"),
        PLACES("places", "article_id, place, name, role, feature_type, lat, lon, country_iso2, country_iso3, "
                + "country_fips, adm1, geoname_id, start_char, end_char, reason"),
        EVENTS("events", "id, day, source_code, source_name, source_country, target_code, target_name, "
                + "target_country, code, base_code, root_code, quad_class, goldstein, is_root, place_key, place_name, "
                + "place_type, place_country_iso3, place_country_fips, place_adm1, place_lat, place_lon, "
                + "place_geoname_id, num_mentions, num_sources, num_articles, avg_tone, first_article_id, source_url, "
                + "date_added, num_stories"),
        MENTIONS("mentions", "event_id, article_id, mention, sentence, source_code, source_text, source_start, "
                + "source_end, target_code, target_text, target_start, target_end, trigger_start, trigger_end, "
                + "sentence_start, sentence_end, quote_start, quote_end, rule, is_root, flags, plover_category, "
                + "plover_mode, place_reason, confidence, event_date_start, event_date_end, date_basis, date_evidence_start, "
                + "date_evidence_end");

        final String table;
        final List<String> columns;

        Target(String table, String columns) {
            this.table = table;
            this.columns = List.of(columns.split(", "));
        }
    }

    private final Map<Target, DuckDBAppender> open = new EnumMap<>(Target.class);

    private Appenders() {
    }

    /**
     * Checks that every appended table has the columns, in the order, that the writer appends: a migration that adds
     * or reorders columns must update {@link Target} too, or the writer would put values in the wrong columns.
     */
    static void checkColumns(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT column_name FROM information_schema.columns "
                + "WHERE table_schema = 'main' AND table_name = ? ORDER BY ordinal_position")) {
            for (Target t : Target.values()) {
                p.setString(1, t.table);
                List<String> actual = new ArrayList<>();
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        actual.add(r.getString(1));
                    }
                }
                if (!actual.equals(t.columns)) {
                    throw new StoreException("table " + t.table + " has columns " + actual + ", the writer appends "
                            + t.columns);
                }
            }
        }
    }

    /** Opens an appender per table, writing into the transaction that a statement on {@code c} has begun. */
    static Appenders open(Connection c) throws SQLException {
        Appenders a = new Appenders();
        DuckDBConnection duck = c.unwrap(DuckDBConnection.class);
        try {
            for (Target t : Target.values()) {
                a.open.put(t, duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, t.table));
            }
        } catch (SQLException | RuntimeException e) {
            a.discard();
            throw e;
        }
        return a;
    }

    /** A new row of {@code t}; fill every column in order, then {@link Rows#add()}. */
    Rows row(Target t) throws SQLException {
        return Rows.of(open.get(t));
    }

    /** Hands the rows appended to {@code t} so far to the transaction, so that statements in it see them. */
    void flush(Target t) throws SQLException {
        open.get(t).flush();
    }

    /**
     * Flushes and closes the appender of {@code t}: its rows are in the transaction, ready to commit. Flushed
     * explicitly because {@code close()} does not report a row DuckDB refused (it only aborts the transaction).
     */
    void close(Target t) throws SQLException {
        DuckDBAppender a = open.get(t);
        a.flush();
        open.remove(t);
        a.close();
    }

    /** Closes every appender still open inside the failing transaction, ignoring errors: the rollback follows. */
    void discard() {
        for (DuckDBAppender a : open.values()) {
            try {
                a.close();
            } catch (SQLException | RuntimeException ignored) {
                // the transaction is being rolled back: whatever the appender held goes with it
            }
        }
        open.clear();
    }
}
