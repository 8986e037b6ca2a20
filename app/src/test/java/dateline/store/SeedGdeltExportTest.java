package dateline.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dateline.event.Event;
import dateline.export.ActorGeos;
import dateline.export.GdeltGeo;
import dateline.export.GdeltLayout;
import dateline.export.GdeltSeedCall;
import dateline.export.GdeltValues;
import dateline.geo.ActorLocator;
import dateline.geo.ActorLocator.Located;
import dateline.geo.Place;
import dateline.pipeline.CodedArticle;
import dateline.pipeline.Knowledge;
import dateline.pipeline.Pipeline;
import dateline.testing.Seed;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed article coded, stored and exported: the GDELT actor geography and the PLOVER contexts the store gives
 * are those of the freshly coded article.
 */
class SeedGdeltExportTest {
    @TempDir
    static Path dir;

    static CodedArticle coded;
    static Store store;

    @BeforeAll
    static void ingest() throws Exception {
        coded = new Pipeline(Seed.annotator(), Knowledge.bundled()).code(Seed.article());
        try (Store s = Store.open(dir.resolve("store"))) {
            new StoreWriter(s, false).write(List.of(coded));
        }
        store = Store.openReadOnly(dir.resolve("store"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<Object> row(Table t, String code, String source, String target) {
        return row(t, code, source, target, null, false);
    }

    /** The one event row with this code and actors (and, when {@code byPlace}, this ActionGeo name). */
    private static List<Object> row(Table t, String code, String source, String target, String place,
            boolean byPlace) {
        List<String> names = t.columns();
        List<List<Object>> found = t.rows().stream().filter(r -> code.equals(r.get(names.indexOf("EventCode")))
                && source.equals(r.get(names.indexOf("Actor1Code"))) && target.equals(r.get(names.indexOf("Actor2Code")))
                && (!byPlace || java.util.Objects.equals(place, r.get(names.indexOf("ActionGeo_FullName")))))
                .toList();
        assertThat(found).as("GDELT row %s %s->%s", code, source, target).hasSize(1);
        return found.get(0);
    }

    private static List<Object> group(List<Object> row, int firstColumn) {
        return new ArrayList<>(row.subList(firstColumn, firstColumn + 8));
    }

    @Test
    void rouhanisCallHasActorGeoIranAndIraq() throws Exception {
        Table t = new StoreExports(store).gdeltEvents();
        List<Object> call = row(t, "041", "IRNGOV", "IRQGOV");
        int a1 = t.columns().indexOf("Actor1Geo_Type");
        int a2 = t.columns().indexOf("Actor2Geo_Type");
        assertThat(a1).isEqualTo(35);
        assertThat(group(call, a1)).startsWith(1, "Iran", "IR", "IR");
        assertThat(group(call, a2)).startsWith(1, "Iraq", "IZ", "IZ");
        assertThat(((Number) call.get(t.columns().indexOf("Actor1Geo_Lat"))).doubleValue()).isBetween(25.0, 40.0);
    }

    /**
     * The call's date, names, type codes, Goldstein and tone as the Spark job writes them
     * ({@link GdeltSeedCall}, also checked by the Spark test), in the row and in the TSV file.
     */
    @Test
    void rouhanisCallHasTheColumnsTheSparkJobWrites() throws Exception {
        Table t = new StoreExports(store).gdeltEvents();
        List<Object> call = row(t, "041", "IRNGOV", "IRQGOV");
        GdeltSeedCall.assertRow(name -> GdeltValues.field(call.get(t.columns().indexOf(name))), coded);
        Path out = dir.resolve("gdelt-events.tsv");
        StoreExports.writeTsv(t, out);
        String[] line = Files.readAllLines(out, StandardCharsets.UTF_8).stream()
                .map(l -> l.split("\t", -1))
                .filter(f -> f[t.columns().indexOf("GlobalEventID")].equals(call.get(0).toString()))
                .findFirst().orElseThrow();
        GdeltSeedCall.assertRow(name -> line[t.columns().indexOf(name)], coded);
    }

    @Test
    void storeAndCodedArticleGiveTheSameActorGeography() throws Exception {
        Table t = new StoreExports(store).gdeltEvents();
        ActorLocator locator = ActorLocator.bundled();
        int a1 = t.columns().indexOf("Actor1Geo_Type");
        int a2 = t.columns().indexOf("Actor2Geo_Type");
        int checked = 0;
        for (int i = 0; i < coded.events().size(); i++) {
            Event e = coded.events().get(i);
            if (e.flags().contains(Event.Flag.NEGATED) || e.target() == null) {
                continue;
            }
            // Mentions folded into one row: the most specific rule among them, the first mention among equals.
            Located best1 = null;
            Located best2 = null;
            for (int j = 0; j < coded.events().size(); j++) {
                Event o = coded.events().get(j);
                if (o.code().equals(e.code()) && o.source().code().equals(e.source().code()) && o.target() != null
                        && o.target().code().equals(e.target().code())
                        && java.util.Objects.equals(placeName(j), placeName(i))
                        && !o.flags().contains(Event.Flag.NEGATED)) {
                    ActorGeos g = ActorGeos.of(locator, coded, o);
                    best1 = best1 == null || g.actor1().rule().ordinal() < best1.rule().ordinal() ? g.actor1() : best1;
                    best2 = best2 == null || g.actor2().rule().ordinal() < best2.rule().ordinal() ? g.actor2() : best2;
                }
            }
            List<Object> r = row(t, e.code(), e.source().code(), e.target().code(), placeName(i), true);
            assertThat(group(r, a1)).as("Actor1Geo of %s", e.code()).isEqualTo(GdeltGeo.of(best1.place()).values());
            assertThat(group(r, a2)).as("Actor2Geo of %s", e.code()).isEqualTo(GdeltGeo.of(best2.place()).values());
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(5);
    }

    private static String placeName(int event) {
        Place p = coded.placementOf(event).place();
        return p == null ? null : p.name();
    }

    @Test
    void mentionsCarryTheActorGeoEvidence() throws Exception {
        Table t = new StoreExports(store).gdeltMentions();
        List<Object> extras = t.column("Extras");
        assertThat(extras).isNotEmpty();
        assertThat(extras).allSatisfy(x -> assertThat(x.toString()).contains("<ACTOR1GEO>"));
        assertThat(extras).anySatisfy(x -> assertThat(x.toString())
                .contains("<ACTOR2GEO>OWN_MENTION: 'Iraq' in the actor's mention 'Iraq'</ACTOR2GEO>"));
        assertThat(extras).anySatisfy(x -> assertThat(x.toString())
                .contains("<ACTOR1GEO>COUNTRY: country of the actor code (IRN)</ACTOR1GEO>"));
    }

    @Test
    void ploverRecordsHaveContextsWithEvidence() throws Exception {
        Path out = dir.resolve("plover.jsonl");
        new StoreExports(store).plover(out);
        ObjectMapper json = new ObjectMapper();
        boolean release = false;
        boolean troops = false;
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            JsonNode n = json.readTree(line);
            assertThat(n.get("context").size()).isEqualTo(n.get("context_evidence").size());
            if (n.get("cameo_code").asText().equals("1053")) {
                assertThat(n.get("context").toString()).isEqualTo("[\"legal\"]");
                assertThat(n.get("context_evidence").get(0).asText()).isEqualTo("CAMEO 1053 in CAMEO2PLOVER-2021");
                release = true;
            }
            if (n.get("recipient").size() > 0 && n.get("recipient").get(0).get("code").asText().equals("USAMIL")) {
                assertThat(n.get("context").toString()).contains("\"military\"");
                troops = true;
            }
        }
        assertThat(release).isTrue();
        assertThat(troops).isTrue();
    }

    @Test
    void parquetHasTheGdeltLayoutsWithActorGeo() throws Exception {
        Path out = dir.resolve("parquet");
        int files = new StoreExports(store).parquet(out);
        assertThat(files).isEqualTo(StoreExports.TABLES.size() + 2);
        Table t = new EventQueries(store).sql("SELECT Actor1Geo_CountryCode AS a1, Actor2Geo_CountryCode AS a2, "
                + "Actor2Geo_Type AS t2 FROM read_parquet('" + out.resolve("gdelt_events.parquet").toAbsolutePath()
                + "') WHERE EventCode = '041' AND Actor1Code = 'IRNGOV'");
        assertThat(t.column("a1")).containsExactly("IR");
        assertThat(t.column("a2")).containsExactly("IZ");
        assertThat(t.column("t2")).containsExactly(1);
        Table cols = new EventQueries(store).sql("SELECT count(*) AS n FROM (DESCRIBE SELECT * FROM read_parquet('"
                + out.resolve("gdelt_events.parquet").toAbsolutePath() + "'))");
        assertThat(((Number) cols.column("n").get(0)).intValue()).isEqualTo(GdeltLayout.EVENT_COLUMNS);
        Table mentions = new EventQueries(store).sql("SELECT count(*) AS n FROM read_parquet('"
                + out.resolve("gdelt_mentions.parquet").toAbsolutePath() + "')");
        assertThat(((Number) mentions.column("n").get(0)).intValue())
                .isEqualTo(new StoreExports(store).gdeltMentions().rows().size());
    }
}
