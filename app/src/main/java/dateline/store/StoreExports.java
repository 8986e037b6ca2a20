package dateline.store;

import dateline.export.GdeltLayout;
import dateline.export.PloverEvent;
import dateline.export.PloverWriter;
import dateline.export.TsvWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Exports the store: GDELT 2.0 Event (61 columns) and Mentions (16 columns) tab-separated files, PLOVER-style
 * JSON Lines (one record per event mention), and Parquet (one file per table, written by DuckDB).
 * Only event rows with current mentions and mentions from current article versions are exported.
 */
public final class StoreExports {
    /** The tables written by {@link #parquet}. */
    public static final List<String> TABLES = List.of("articles", "sentences", "actors", "events", "mentions",
            "quotes", "places");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final Connection c;

    public StoreExports(Store store) {
        this.c = store.connection();
    }

    /** The GDELT 2.0 Event rows, 61 values each, in codebook column order. */
    public Table gdeltEvents() throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        String sql = "SELECT id, day, source_code, source_name, source_country, target_code, target_name, "
                + "target_country, is_root, code, base_code, root_code, quad_class, goldstein, num_mentions, "
                + "num_sources, num_articles, avg_tone, place_type, place_name, place_country_fips, place_adm1, "
                + "place_lat, place_lon, place_geoname_id, date_added, source_url, place_country_iso3 "
                + "FROM events WHERE num_mentions > 0 ORDER BY id";
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                List<Object> row = new ArrayList<>(GdeltLayout.EVENT_COLUMNS);
                row.add(r.getLong("id"));
                LocalDate day = r.getString("day") == null ? null : LocalDate.parse(r.getString("day"));
                row.add(day == null ? null : day.getYear() * 10000 + day.getMonthValue() * 100 + day.getDayOfMonth());
                row.add(day == null ? null : day.getYear() * 100 + day.getMonthValue());
                row.add(day == null ? null : day.getYear());
                row.add(day == null ? null : fractionDate(day));
                addActor(row, r.getString("source_code"), r.getString("source_name"), r.getString("source_country"));
                addActor(row, r.getString("target_code"), r.getString("target_name"), r.getString("target_country"));
                row.add(r.getBoolean("is_root") ? 1 : 0);
                row.add(r.getString("code"));
                row.add(r.getString("base_code"));
                row.add(r.getString("root_code"));
                row.add(r.getInt("quad_class"));
                row.add(r.getDouble("goldstein"));
                row.add(r.getInt("num_mentions"));
                row.add(r.getInt("num_sources"));
                row.add(r.getInt("num_articles"));
                row.add(r.getObject("avg_tone") == null ? null : r.getDouble("avg_tone"));
                // Dateline geocodes where an event happened, not where each actor is: actor geo stays empty.
                addGeo(row, null, null, null, null, null, null, null, null);
                addGeo(row, null, null, null, null, null, null, null, null);
                addGeo(row, r.getString("place_type"), r.getString("place_country_iso3"), r.getString("place_name"),
                        r.getString("place_country_fips"), r.getString("place_adm1"),
                        (Double) r.getObject("place_lat"), (Double) r.getObject("place_lon"),
                        r.getObject("place_geoname_id") == null ? null : String.valueOf(r.getLong("place_geoname_id")));
                row.add(Long.parseLong(r.getTimestamp("date_added").toLocalDateTime().format(STAMP)));
                row.add(r.getString("source_url"));
                rows.add(row);
            }
        }
        return new Table(GdeltLayout.events().names(), rows);
    }

    /** The GDELT 2.0 Mentions rows, 16 values each. */
    public Table gdeltMentions() throws SQLException {
        String sql = """
                SELECT m.event_id, CAST(strftime(e.day, '%Y%m%d') || '000000' AS BIGINT),
                       CAST(strftime(coalesce(a.date, CAST(a.ingested_at AS DATE)), '%Y%m%d') || '000000' AS BIGINT),
                       1, a.source_name, coalesce(a.url, a.source), m.sentence + 1,
                       coalesce(m.source_start, -1), coalesce(m.target_start, -1), coalesce(m.trigger_start, -1),
                       1, m.confidence, length(a.text), a.tone, CAST(NULL AS VARCHAR),
                       '<ARTICLE_ID>' || a.id || '</ARTICLE_ID><RULE>' || coalesce(m.rule, '') || '</RULE><TRIGGER>'
                         || coalesce(CAST(m.trigger_start AS VARCHAR) || '-' || CAST(m.trigger_end AS VARCHAR), '')
                         || '</TRIGGER><FLAGS>' || coalesce(m.flags, '') || '</FLAGS>'
                FROM mentions m JOIN articles a ON a.id = m.article_id JOIN events e ON e.id = m.event_id
                WHERE a.is_current ORDER BY m.event_id, a.id, m.mention""";
        List<List<Object>> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                List<Object> row = new ArrayList<>(GdeltLayout.MENTION_COLUMNS);
                for (int i = 1; i <= GdeltLayout.MENTION_COLUMNS; i++) {
                    Object v = r.getObject(i);
                    row.add(v instanceof java.math.BigDecimal || v instanceof java.math.BigInteger
                            ? ((Number) v).longValue() : v);
                }
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
                SELECT a.id || '-' || CAST(m.mention AS VARCHAR) AS id, m.event_id, a.id AS story, CAST(a.date AS VARCHAR),
                       m.plover_category, m.plover_mode,
                       e.source_name, e.source_code, e.source_country, m.source_text,
                       e.target_name, e.target_code, e.target_country, m.target_text,
                       substr(a.text, m.sentence_start + 1, m.sentence_end - m.sentence_start),
                       substr(a.text, m.trigger_start + 1, m.trigger_end - m.trigger_start),
                       e.place_name, e.place_country_iso3, e.place_adm1, e.place_lat, e.place_lon, e.place_geoname_id,
                       e.place_type, e.code, e.goldstein, e.quad_class, a.source_name, a.url, m.rule, m.flags
                FROM mentions m JOIN articles a ON a.id = m.article_id JOIN events e ON e.id = m.event_id
                WHERE a.is_current ORDER BY m.event_id, a.id, m.mention""";
        int n = 0;
        try (Writer w = writer(out); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            PloverWriter pw = new PloverWriter(w);
            while (r.next()) {
                List<PloverEvent.Participant> actor = r.getString(7) == null && r.getString(8) == null ? List.of()
                        : List.of(new PloverEvent.Participant(r.getString(7), r.getString(8), r.getString(9),
                                r.getString(10)));
                List<PloverEvent.Participant> recipient = r.getString(11) == null && r.getString(12) == null
                        ? List.of() : List.of(new PloverEvent.Participant(r.getString(11), r.getString(12),
                                r.getString(13), r.getString(14)));
                PloverEvent.Location loc = r.getString(17) == null ? null
                        : new PloverEvent.Location(r.getString(17), r.getString(18), r.getString(19),
                                r.getDouble(20), r.getDouble(21), r.getLong(22), r.getString(23));
                String flags = r.getString(30);
                pw.write(new PloverEvent(r.getString(1), r.getLong(2), r.getString(3), r.getString(4),
                        r.getString(5), r.getString(6) == null ? "" : r.getString(6), List.of(), actor, recipient,
                        r.getString(15), r.getString(16), loc, r.getString(24), r.getDouble(25), r.getInt(26),
                        r.getString(27), r.getString(28), r.getString(29),
                        flags == null ? List.of() : Arrays.asList(flags.split(","))));
                n++;
            }
        }
        return n;
    }

    /** Writes every table as {@code DIR/TABLE.parquet}. */
    public void parquet(Path dir) throws SQLException, IOException {
        Files.createDirectories(dir);
        try (Statement s = c.createStatement()) {
            for (String table : TABLES) {
                String file = dir.resolve(table + ".parquet").toAbsolutePath().toString().replace("'", "''");
                s.execute("COPY (SELECT * FROM " + table + ") TO '" + file + "' (FORMAT parquet)");
            }
        }
    }

    /** GDELT's FractionDate: year + (month * 30 + day) / 365, to four decimals. */
    static double fractionDate(LocalDate d) {
        double f = d.getYear() + (d.getMonthValue() * 30 + d.getDayOfMonth()) / 365.0;
        return Math.round(f * 10000) / 10000.0;
    }

    /**
     * Ten actor columns: code, name, country, known group, ethnic, religion 1 and 2, type 1 to 3. The code is
     * split after its country into three-letter type codes (IRNGOVMIL: IRN, GOV, MIL); group, ethnic and
     * religion codes are not coded by Dateline.
     */
    static void addActor(List<Object> row, String code, String name, String country) {
        row.add(code);
        row.add(name);
        row.add(country);
        row.add(null);
        row.add(null);
        row.add(null);
        row.add(null);
        String rest = code == null ? "" : country != null && code.startsWith(country) ? code.substring(3) : code;
        for (int i = 0; i < 3; i++) {
            row.add(rest.length() >= 3 * i + 3 ? rest.substring(3 * i, 3 * i + 3) : null);
        }
    }

    private static void addGeo(List<Object> row, String featureType, String iso3, String name, String fips,
            String adm1, Double lat, Double lon, String featureId) {
        int type = 0;
        if (featureType != null) {
            boolean us = "USA".equals(iso3);
            type = switch (featureType) {
                case "COUNTRY" -> 1;
                case "ADMIN1" -> us ? 2 : 5;
                default -> us ? 3 : 4;
            };
        }
        row.add(type);
        row.add(name);
        row.add(fips);
        row.add(adm1);
        row.add(null);
        row.add(lat);
        row.add(lon);
        row.add(featureId);
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
