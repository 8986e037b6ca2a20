package dateline.store;

import static org.assertj.core.api.Assertions.assertThat;

import dateline.export.GdeltLayout;
import dateline.pipeline.CodedArticle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every query filter and every export format, on a store of three hand-built articles. */
class QueryAndExportTest {
    @TempDir
    Path dir;

    Store store;

    @BeforeEach
    void fill() throws Exception {
        try (Store s = Store.open(dir)) {
            StoreWriter w = new StoreWriter(s, false);
            w.write(List.of(Fixtures.talks("a.txt", "Agency A", Fixtures.TALKS, LocalDate.of(2021, 3, 8), -1)));
            String clash = "Border guards of Finland detained two fishermen from Russia near the lake on Friday. "
                    + "The ministry in Helsinki\tsaid the men crossed the line at night.";
            var b = Fixtures.article("b.txt", "Agency B", "https://www.example.org/news/1", LocalDate.of(2021, 4, 2),
                    "Detained", clash);
            var fin = Fixtures.actor(b, "FINBOR", "Finnish\tborder guards", "Border guards of Finland");
            var rus = Fixtures.actor(b, "RUSCVL", "Russian\nfishermen", "fishermen from Russia");
            var helsinki = new dateline.geo.Place("Helsinki", null, dateline.geo.Place.Role.MENTIONED,
                    dateline.geo.Place.FeatureType.CITY, 60.17, 24.94, "FI", "FIN", "FI", "FI13", 658225, "test");
            w.write(List.of(Fixtures.coded(b, List.of(
                    Fixtures.event(b, fin, rus, "173", 4, -5.0, "detained", helsinki)), -3.5)));
        }
        store = Store.openReadOnly(dir);
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        store.close();
    }

    private List<Object> codes(EventFilter f) throws SQLException {
        return new EventQueries(store).events(f).column("code");
    }

    private static EventFilter f(String actor, String actor1, String actor2, String code, String root, Integer quad,
            Double gmin, Double gmax, LocalDate from, LocalDate to, String source, String place, String pc) {
        return new EventFilter(actor, actor1, actor2, code, root, quad, gmin, gmax, from, to, source, place, pc, 100, false);
    }

    @Test
    void eachFilterSelectsItsEvents() throws Exception {
        assertThat(codes(EventFilter.all(100))).containsExactlyInAnyOrder("042", "057", "173");
        assertThat(codes(f("RUS", null, null, null, null, null, null, null, null, null, null, null, null)))
                .containsExactly("173");
        assertThat(codes(f("NORGOV", null, null, null, null, null, null, null, null, null, null, null, null)))
                .containsExactlyInAnyOrder("042", "057");
        assertThat(codes(f(null, "SWE", null, null, null, null, null, null, null, null, null, null, null))).isEmpty();
        assertThat(codes(f(null, null, "swe", null, null, null, null, null, null, null, null, null, null)))
                .containsExactlyInAnyOrder("042", "057");
        assertThat(codes(f(null, null, null, "04", null, null, null, null, null, null, null, null, null)))
                .containsExactly("042");
        assertThat(codes(f(null, null, null, null, "17", null, null, null, null, null, null, null, null)))
                .containsExactly("173");
        assertThat(codes(f(null, null, null, null, null, 4, null, null, null, null, null, null, null)))
                .containsExactly("173");
        assertThat(codes(f(null, null, null, null, null, null, 2.0, null, null, null, null, null, null)))
                .containsExactly("057");
        assertThat(codes(f(null, null, null, null, null, null, null, 0.0, null, null, null, null, null)))
                .containsExactly("173");
        assertThat(codes(f(null, null, null, null, null, null, null, null, LocalDate.of(2021, 4, 1), null, null,
                null, null))).containsExactly("173");
        assertThat(codes(f(null, null, null, null, null, null, null, null, null, LocalDate.of(2021, 3, 31), null,
                null, null))).containsExactlyInAnyOrder("042", "057");
        assertThat(codes(f(null, null, null, null, null, null, null, null, null, null, "agency a", null, null)))
                .containsExactlyInAnyOrder("042", "057");
        assertThat(codes(f(null, null, null, null, null, null, null, null, null, null, null, "oslo", null)))
                .containsExactly("042");
        assertThat(codes(f(null, null, null, null, null, null, null, null, null, null, null, null, "FIN")))
                .containsExactly("173");
        assertThat(codes(f(null, null, null, null, null, null, null, null, null, null, null, null, "no")))
                .containsExactly("042");
    }

    @Test
    void seriesCountsPerMonthAndMeanGoldstein() throws Exception {
        Table t = new EventQueries(store).series("NOR", "SWE", EventQueries.Period.month, false);
        assertThat(t.rows()).hasSize(1);
        assertThat(t.column("period")).containsExactly("2021-03");
        assertThat(t.column("events")).containsExactly(2L);
        assertThat(((Number) t.column("mean_goldstein").get(0)).doubleValue()).isEqualTo(4.95);
        assertThat(new EventQueries(store).series("SWE", "NOR", EventQueries.Period.day, false).rows()).isEmpty();
        assertThat(new EventQueries(store).series("SWE", "NOR", EventQueries.Period.day, true).rows()).hasSize(1);
    }

    @Test
    void gdeltEventExportHas61ColumnsEscapesNamesAndReadsBackWithDuckDb() throws Exception {
        StoreExports x = new StoreExports(store);
        Table rows = x.gdeltEvents();
        Path out = dir.resolve("events.tsv");
        StoreExports.writeTsv(rows, out);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        for (String line : lines) {
            assertThat(line.split("\t", -1)).hasSize(GdeltLayout.EVENT_COLUMNS);
        }
        String detained = lines.stream().filter(l -> l.contains("\t173\t")).findFirst().orElseThrow();
        // Names upper-cased as GDELT writes them; a tab or newline inside one escaped, not turned into a space.
        assertThat(detained).contains("\tFINNISH\\tBORDER GUARDS\t").contains("\tRUSSIAN\\nFISHERMEN\t");
        String[] f = detained.split("\t", -1);
        assertThat(f[1]).isEqualTo("20210402");
        assertThat(f[5]).isEqualTo("FINBOR");
        assertThat(f[7]).isEqualTo("FIN");
        assertThat(f[12]).isEmpty(); // BOR is no CAMEO type code: no Actor1Type1Code
        assertThat(f[22]).isEqualTo("CVL"); // Actor2Type1Code of RUSCVL
        assertThat(f[4]).isEqualTo("2021.3342"); // FractionDate: 2021 + (4 * 30 + 2) / 365
        assertThat(f[30]).isEqualTo("-5"); // GoldsteinScale
        assertThat(f[29]).isEqualTo("4");
        // Actor geography: no place in or tied to either mention (the fixture geocodes only Helsinki), so the
        // countries of the actor codes, as GDELT writes a country: type 1, FIPS code as ADM1 and FeatureID.
        assertThat(Arrays.copyOfRange(f, 35, 43)).containsExactly("1", "Finland", "FI", "FI", "", f[40], f[41], "FI");
        assertThat(Arrays.copyOfRange(f, 43, 46)).containsExactly("1", "Russian Federation", "RS");
        assertThat(f[51]).isEqualTo("4"); // ActionGeo_Type: world city
        assertThat(f[58]).isEqualTo("658225");
        String talks = lines.stream().filter(l -> l.contains("\t042\t")).findFirst().orElseThrow();
        assertThat(talks.split("\t", -1)[37]).isEqualTo("NO");
        assertThat(talks.split("\t", -1)[45]).isEqualTo("SW");
        assertThat(f[60]).isEqualTo("https://www.example.org/news/1");

        Table back = readTsv(out, GdeltLayout.events());
        assertThat(back.columns()).isEqualTo(GdeltLayout.events().names());
        assertThat(back.rows()).hasSameSizeAs(rows.rows());
        for (int r = 0; r < rows.rows().size(); r++) {
            for (int c = 0; c < GdeltLayout.EVENT_COLUMNS; c++) {
                assertThat(same(rows.rows().get(r).get(c), back.rows().get(r).get(c)))
                        .as("row %d column %s", r, rows.columns().get(c)).isTrue();
            }
        }
    }

    @Test
    void gdeltMentionsExportHas16ColumnsAndReadsBack() throws Exception {
        Table rows = new StoreExports(store).gdeltMentions();
        Path out = dir.resolve("mentions.tsv");
        StoreExports.writeTsv(rows, out);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        lines.forEach(l -> assertThat(l.split("\t", -1)).hasSize(GdeltLayout.MENTION_COLUMNS));
        Table back = readTsv(out, GdeltLayout.mentions());
        for (int r = 0; r < rows.rows().size(); r++) {
            for (int c = 0; c < GdeltLayout.MENTION_COLUMNS; c++) {
                assertThat(same(rows.rows().get(r).get(c), back.rows().get(r).get(c)))
                        .as("row %d column %s", r, rows.columns().get(c)).isTrue();
            }
        }
        assertThat(back.column("MentionIdentifier")).contains("https://www.example.org/news/1", "a.txt");
        assertThat(back.column("SentenceID")).containsOnly(1);
    }

    @Test
    void ploverExportHasNamedFieldsAndReadsBack() throws Exception {
        Path out = dir.resolve("plover.jsonl");
        int n = new StoreExports(store).plover(out);
        assertThat(n).isEqualTo(3);
        try (Store mem = Store.open(dir.resolve("scratch"))) {
            Table t = new EventQueries(mem).sql("SELECT story_id, event_type, mode, context[1] AS c1, len(context) AS nc, "
                    + "context_evidence[1] AS why, actor[1].code AS a, "
                    + "recipient[1].name AS r, event_text, location.name AS place, cameo_code FROM read_json('"
                    + out.toAbsolutePath() + "', format='newline_delimited') ORDER BY cameo_code");
            assertThat(t.column("cameo_code")).containsExactly("042", "057", "173");
            assertThat(t.column("a")).containsExactly("NORGOV", "NORGOV", "FINBOR");
            assertThat(t.column("r")).containsExactly("Swedish trade envoy", "Swedish trade envoy", "Russian\nfishermen");
            assertThat(t.column("place")).containsExactly("Oslo", null, "Helsinki");
            assertThat(t.column("c1")).containsExactly(null, "diplomatic", "legal");
            assertThat(t.column("nc")).extracting(v -> ((Number) v).intValue()).containsExactly(0, 1, 1);
            assertThat(t.column("why").get(2)).isEqualTo("CAMEO 173 in CAMEO2PLOVER-2021");
            assertThat(t.column("event_text").get(2)).asString().startsWith("Border guards of Finland detained");
        }
    }

    @Test
    void parquetExportRoundTripsEveryTable() throws Exception {
        Path out = dir.resolve("parquet");
        new StoreExports(store).parquet(out);
        for (String table : StoreExports.TABLES) {
            Table diff = new EventQueries(store).sql("SELECT count(*) AS n FROM (SELECT * FROM " + table
                    + " EXCEPT ALL SELECT * FROM read_parquet('" + out.resolve(table + ".parquet").toAbsolutePath()
                    + "')) UNION ALL SELECT count(*) FROM read_parquet('" + out.resolve(table + ".parquet")
                    .toAbsolutePath() + "') UNION ALL SELECT count(*) FROM " + table);
            List<Object> n = diff.column("n");
            assertThat(n.get(0)).as(table).isEqualTo(0L);
            assertThat(n.get(1)).as(table).isEqualTo(n.get(2));
        }
    }

    private Table readTsv(Path file, GdeltLayout layout) throws SQLException {
        return new EventQueries(store).sql("SELECT * FROM read_csv('" + file.toAbsolutePath() + "', delim='\t', "
                + "header=false, quote='', escape='', columns=" + layout.duckDbColumns() + ")");
    }

    /** Whether an exported value and the value DuckDB read back are the same (escaped text compared unescaped). */
    private static boolean same(Object written, Object read) {
        if (written == null) {
            return read == null || read.equals("") || read.equals(0);
        }
        if (written instanceof Number a && read instanceof Number b) {
            return Math.abs(a.doubleValue() - b.doubleValue()) < 1e-6;
        }
        if (read instanceof String s) {
            return dateline.export.TsvWriter.unescape(s).equals(written.toString());
        }
        return String.valueOf(written).equals(String.valueOf(read));
    }

    @SuppressWarnings("unused")
    private static List<CodedArticle> none() {
        return new ArrayList<>();
    }
}
