package dateline.store;

import dateline.article.Span;
import dateline.export.ActorGeos;
import dateline.export.GdeltCounts;
import dateline.export.GdeltEvents;
import dateline.export.GdeltGeo;
import dateline.export.GdeltLayout;
import dateline.export.GdeltValues;
import dateline.export.PloverContexts;
import dateline.export.PloverEvent;
import dateline.export.PloverWriter;
import dateline.export.TsvWriter;
import dateline.geo.ActorLocator;
import dateline.geo.ActorLocator.Located;
import dateline.geo.ActorLocator.Who;
import dateline.geo.Place;
import dateline.record.ActorRecord;
import dateline.record.EventRecord;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Exports the store: GDELT 2.0 Event (61 columns) and Mentions (16 columns) tab-separated files, PLOVER-style
 * JSON Lines (one record per event mention), and Parquet (one file per table, written by DuckDB, plus the two
 * GDELT layouts). Only event rows with current mentions and mentions from current article versions are exported.
 *
 * <p>The date, actor-name, actor-type and DATEADDED columns follow {@link GdeltValues}, as the Spark job's GDELT
 * output does, and every field is written by {@link TsvWriter#format}.
 *
 * <p>Actor1Geo and Actor2Geo are derived at export time from the stored text, actor spans and geocoded places by
 * the same {@link ActorLocator} rules that place the actors of a freshly coded article; no column holds them.
 */
public final class StoreExports {
    /** The tables written by {@link #parquet}. */
    public static final List<String> TABLES = List.of("articles", "sentences", "actors", "events", "mentions",
            "quotes", "places");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final Connection c;
    private final ActorLocator locator;
    private final PloverContexts contexts;

    public StoreExports(Store store) {
        this(store, ActorLocator.bundled(), PloverContexts.bundled());
    }

    public StoreExports(Store store, ActorLocator locator, PloverContexts contexts) {
        this.c = store.connection();
        this.locator = locator;
        this.contexts = contexts;
    }

    /** The GDELT 2.0 Event rows, 61 values each, in codebook column order. */
    public Table gdeltEvents() throws SQLException {
        Map<Long, Located[]> actorGeo = eventActorGeos();
        List<List<Object>> rows = new ArrayList<>();
        String sql = "SELECT id, day, source_code, source_name, source_country, target_code, target_name, "
                + "target_country, is_root, code, base_code, root_code, quad_class, goldstein, num_mentions, "
                + "num_sources, num_articles, avg_tone, place_type, place_name, place_country_fips, place_adm1, "
                + "place_lat, place_lon, place_geoname_id, date_added, source_url, place_country_iso3 "
                + "FROM events WHERE num_mentions > 0 ORDER BY id";
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                Located[] actors = actorGeo.getOrDefault(r.getLong("id"), new Located[2]);
                GdeltCounts counts = new GdeltCounts(r.getInt("num_mentions"), r.getInt("num_sources"),
                        r.getInt("num_articles"), (Double) r.getObject("avg_tone"));
                rows.add(GdeltEvents.values(r.getLong("id"), StoredRecords.event(r),
                        new ActorGeos(actors[0], actors[1]), counts, GdeltValues.dateAdded(r.getTimestamp("date_added").toLocalDateTime()),
                        r.getString("source_url")));
            }
        }
        return new Table(GdeltLayout.events().names(), rows);
    }

    /**
     * The GDELT 2.0 Mentions rows, 16 values each. Extras ends with the evidence for where each actor is
     * ({@code <ACTOR1GEO>RULE: evidence</ACTOR1GEO>}, the same for ACTOR2GEO).
     */
    public Table gdeltMentions() throws SQLException {
        Map<String, String> geoEvidence = new HashMap<>();
        locateMentions((article, mention, eventId, a1, a2) ->
                geoEvidence.put(article + "#" + mention, geoTag("ACTOR1GEO", a1) + geoTag("ACTOR2GEO", a2)));
        String sql = """
                SELECT a.id, m.mention, m.event_id, CAST(strftime(e.day, '%Y%m%d') || '000000' AS BIGINT),
                       CAST(strftime(coalesce(a.date, CAST(a.ingested_at AS DATE)), '%Y%m%d') || '000000' AS BIGINT),
                       1, a.source_name, coalesce(a.url, a.source), m.sentence + 1,
                       coalesce(m.source_start, -1), coalesce(m.target_start, -1), coalesce(m.trigger_start, -1),
                       1, m.confidence, length(a.text), a.tone, CAST(NULL AS VARCHAR),
                       '<ARTICLE_ID>' || a.id || '</ARTICLE_ID><RULE>' || coalesce(m.rule, '') || '</RULE><TRIGGER>'
                         || coalesce(CAST(m.trigger_start AS VARCHAR) || '-' || CAST(m.trigger_end AS VARCHAR), '')
                         || '</TRIGGER><FLAGS>' || coalesce(m.flags, '') || '</FLAGS><EVENTDATE>'
                         || coalesce(CAST(m.event_date_start AS VARCHAR), '')
                         || CASE WHEN m.event_date_end <> m.event_date_start
                                 THEN '/' || CAST(m.event_date_end AS VARCHAR) ELSE '' END
                         || ' ' || coalesce(m.date_basis, '')
                         || coalesce(' ' || CAST(m.date_evidence_start AS VARCHAR) || '-'
                                     || CAST(m.date_evidence_end AS VARCHAR), '') || '</EVENTDATE>'
                FROM mentions m JOIN articles a ON a.id = m.article_id JOIN events e ON e.id = m.event_id
                WHERE a.is_current ORDER BY m.event_id, a.id, m.mention""";
        List<List<Object>> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                List<Object> row = new ArrayList<>(GdeltLayout.MENTION_COLUMNS);
                for (int i = 3; i < 3 + GdeltLayout.MENTION_COLUMNS; i++) {
                    Object v = r.getObject(i);
                    row.add(v instanceof java.math.BigDecimal || v instanceof java.math.BigInteger
                            ? ((Number) v).longValue() : v);
                }
                int extras = GdeltLayout.MENTION_COLUMNS - 1;
                row.set(extras, row.get(extras) + geoEvidence.getOrDefault(r.getString(1) + "#" + r.getInt(2), ""));
                rows.add(row);
            }
        }
        return new Table(GdeltLayout.mentions().names(), rows);
    }

    /** Writes a GDELT table (from {@link #gdeltEvents} or {@link #gdeltMentions}); returns the row count. */
    public static int writeTsv(Table t, Path out) throws IOException {
        try (Writer w = writer(out)) {
            TsvWriter tsv = new TsvWriter(w, t.columns().size());
            for (List<Object> row : t.rows()) {
                tsv.row(row);
            }
        }
        return t.rows().size();
    }

    /** Writes one PLOVER JSON object per current event mention; returns the count. */
    public int plover(Path out) throws SQLException, IOException {
        String sql = """
                SELECT m.*, e.day, e.source_name, e.source_country, e.target_name, e.target_country, e.code,
                       e.base_code, e.root_code, e.quad_class, e.goldstein, e.place_type, e.place_name,
                       e.place_country_iso3, e.place_country_fips, e.place_adm1, e.place_lat, e.place_lon,
                       e.place_geoname_id, a.date AS published, a.source_name AS publisher, a.url,
                       substr(a.text, m.sentence_start + 1, m.sentence_end - m.sentence_start) AS sentence_text,
                       substr(a.text, m.trigger_start + 1, m.trigger_end - m.trigger_start) AS trigger_text,
                       substr(a.text, m.date_evidence_start + 1, m.date_evidence_end - m.date_evidence_start)
                           AS date_text
                FROM mentions m JOIN articles a ON a.id = m.article_id JOIN events e ON e.id = m.event_id
                WHERE a.is_current ORDER BY m.event_id, a.id, m.mention""";
        int n = 0;
        try (Writer w = writer(out); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            PloverWriter pw = new PloverWriter(w);
            while (r.next()) {
                String published = r.getString("published");
                pw.write(PloverEvent.of(StoredRecords.mention(r), r.getLong("event_id"),
                        published == null ? null : LocalDate.parse(published), r.getString("publisher"),
                        r.getString("url"), contexts));
                n++;
            }
        }
        return n;
    }

    /**
     * Writes every table as {@code DIR/TABLE.parquet} (each an exact copy of the table), and the GDELT layouts as
     * {@code DIR/gdelt_events.parquet} and {@code DIR/gdelt_mentions.parquet} (the rows of {@link #gdeltEvents} and
     * {@link #gdeltMentions}, with the codebook's column names and types). Returns the number of files written.
     */
    public int parquet(Path dir) throws SQLException, IOException {
        Files.createDirectories(dir);
        try (Statement s = c.createStatement()) {
            for (String table : TABLES) {
                s.execute("COPY (SELECT * FROM " + table + ") TO '" + sqlPath(dir.resolve(table + ".parquet"))
                        + "' (FORMAT parquet)");
            }
            gdeltParquet(s, gdeltEvents(), GdeltLayout.events(), dir.resolve("gdelt_events.parquet"));
            gdeltParquet(s, gdeltMentions(), GdeltLayout.mentions(), dir.resolve("gdelt_mentions.parquet"));
        }
        return TABLES.size() + 2;
    }

    /** A GDELT table as Parquet: written as the TSV export, read back by DuckDB with the layout's types. */
    private static void gdeltParquet(Statement s, Table t, GdeltLayout layout, Path out)
            throws SQLException, IOException {
        Path tsv = Files.createTempFile(out.getParent(), "." + layout.name(), ".tsv");
        try {
            writeTsv(t, tsv);
            s.execute("COPY (SELECT * FROM read_csv('" + sqlPath(tsv) + "', delim='\t', header=false, quote='', "
                    + "escape='', columns=" + layout.duckDbColumns() + ")) TO '" + sqlPath(out) + "' (FORMAT parquet)");
        } finally {
            Files.deleteIfExists(tsv);
        }
    }

    private static String sqlPath(Path p) {
        return p.toAbsolutePath().toString().replace("'", "''");
    }

    /** Receives each current event mention with where its two actors are. */
    @FunctionalInterface
    private interface MentionGeo {
        void accept(String articleId, int mention, long eventId, Located actor1, Located actor2);
    }

    /**
     * For each event row, where its actors are: over its current mentions, the one placed by the most specific
     * rule (own mention, then attached, then country), the earliest stored mention first among equals.
     */
    private Map<Long, Located[]> eventActorGeos() throws SQLException {
        Map<Long, Located[]> best = new HashMap<>();
        locateMentions((article, mention, eventId, a1, a2) -> {
            Located[] b = best.computeIfAbsent(eventId, k -> new Located[2]);
            b[0] = better(b[0], a1);
            b[1] = better(b[1], a2);
        });
        return best;
    }

    private static Located better(Located have, Located candidate) {
        if (candidate == null) {
            return have;
        }
        return have == null || candidate.rule().ordinal() < have.rule().ordinal() ? candidate : have;
    }

    /**
     * Runs the actor-place rules over every current event mention, one article at a time (its text, actor
     * antecedents and places are read once), in ingest order.
     */
    private void locateMentions(MentionGeo visitor) throws SQLException {
        String sql = """
                SELECT m.article_id, m.mention, m.event_id, m.source_code, m.source_start, m.source_end,
                       e.source_country, m.target_code, m.target_start, m.target_end, e.target_country
                FROM mentions m JOIN articles a ON a.id = m.article_id JOIN events e ON e.id = m.event_id
                WHERE a.is_current ORDER BY a.ingested_at, a.id, m.mention""";
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql);
                PreparedStatement text = c.prepareStatement("SELECT text FROM articles WHERE id = ?");
                PreparedStatement actors = c.prepareStatement("SELECT code, start_char, end_char, antecedent_start, "
                        + "antecedent_end FROM actors WHERE article_id = ? ORDER BY mention");
                PreparedStatement places = c.prepareStatement("SELECT name, role, feature_type, lat, lon, "
                        + "country_iso2, country_iso3, country_fips, adm1, geoname_id, start_char, end_char, reason "
                        + "FROM places WHERE article_id = ? ORDER BY place")) {
            StoredArticle art = null;
            while (r.next()) {
                String id = r.getString(1);
                if (art == null || !art.id.equals(id)) {
                    art = StoredArticle.load(id, text, actors, places);
                }
                Who source = art.who(r.getString(4), span(r, 5), r.getString(7));
                Who target = art.who(r.getString(8), span(r, 9), r.getString(11));
                visitor.accept(id, r.getInt(2), r.getLong(3), locator.locate(art.text, source, art.places),
                        locator.locate(art.text, target, art.places));
            }
        }
    }

    private static Span span(ResultSet r, int startColumn) throws SQLException {
        Object start = r.getObject(startColumn);
        Object end = r.getObject(startColumn + 1);
        return start == null || end == null ? null
                : new Span(((Number) start).intValue(), ((Number) end).intValue());
    }

    /** What the actor-place rules need of one stored article. */
    private record StoredArticle(String id, String text, List<StoredActor> actors, List<Place> places) {
        static StoredArticle load(String id, PreparedStatement text, PreparedStatement actors,
                PreparedStatement places) throws SQLException {
            String body = "";
            text.setString(1, id);
            try (ResultSet r = text.executeQuery()) {
                if (r.next()) {
                    body = r.getString(1);
                }
            }
            List<StoredActor> as = new ArrayList<>();
            actors.setString(1, id);
            try (ResultSet r = actors.executeQuery()) {
                while (r.next()) {
                    as.add(new StoredActor(r.getString(1), span(r, 2), span(r, 4)));
                }
            }
            List<Place> ps = new ArrayList<>();
            places.setString(1, id);
            try (ResultSet r = places.executeQuery()) {
                while (r.next()) {
                    ps.add(new Place(r.getString(1), span(r, 11),
                            r.getString(2) == null ? null : Place.Role.valueOf(r.getString(2)),
                            r.getString(3) == null ? null : Place.FeatureType.valueOf(r.getString(3)),
                            r.getDouble(4), r.getDouble(5), r.getString(6), r.getString(7), r.getString(8),
                            r.getString(9), r.getLong(10), r.getString(13)));
                }
            }
            return new StoredArticle(id, body, as, ps);
        }

        /** An event participant, with the antecedent of the stored actor mention at the same span and code. */
        Who who(String code, Span span, String country) {
            if (code == null && span == null) {
                return null;
            }
            Span antecedent = null;
            for (StoredActor a : actors) {
                if (span != null && span.equals(a.span) && (code == null || code.equals(a.code))) {
                    antecedent = a.antecedent;
                    break;
                }
            }
            return new Who(country, span, antecedent);
        }
    }

    private record StoredActor(String code, Span span, Span antecedent) {
    }

    private static String geoTag(String tag, Located l) {
        return l == null ? "" : "<" + tag + ">" + l.rule() + ": " + l.evidence() + "</" + tag + ">";
    }

    private static Writer writer(Path out) throws IOException {
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        return new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    /** The time an export was made, GDELT style (used in file names). */
    public static String stamp(LocalDateTime t) {
        return t.format(STAMP);
    }
}
