package dateline.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dateline.article.Agencies;
import dateline.article.Article;
import dateline.article.ArticleOptions;
import dateline.article.JsonLinesArticles;
import dateline.article.TextArticles;
import dateline.export.GdeltEvents;
import dateline.export.GdeltGeo;
import dateline.export.GdeltLayout;
import dateline.export.TsvWriter;
import dateline.geo.Place;
import dateline.pipeline.CodedArticle;
import dateline.store.Store;
import dateline.store.StoreExports;
import dateline.store.StoreWriter;
import dateline.store.Table;
import dateline.testing.Seed;
import dateline.view.CodedArticleView;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three ways a coded event leaves Dateline agree field by field: {@code dateline export --format gdelt-events}
 * (the store's export of what the store writer stored), the Spark job's GDELT lines and Parquet events, and the
 * view that {@code POST /api/code} returns ({@link CodedArticleView}, serialised as the server serialises it). The corpus
 * is the seed article ({@code examples/}: the test fails without it) and, when the shared data is there, the first
 * Reuters-21578 stories in which a minister, president or government says or does something.
 */
class OutputsAgreementTest {
    private static final int REUTERS = 6;
    private static final Pattern POLITICAL =
            Pattern.compile("\\b(minister|president|government)\\b.{0,80}\\b(said|met|accused|urged)\\b");
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final List<String> NAMES = GdeltLayout.events().names();
    /** Columns that differ by design: the store numbers and aggregates events, the job writes one line a mention. */
    private static final Set<String> PER_OUTPUT = Set.of("GlobalEventID", "NumMentions", "NumSources",
            "NumArticles", "AvgTone", "DATEADDED", "SOURCEURL", "IsRootEvent");
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = LocalSpark.start("dateline-agreement-test");
    }

    @AfterAll
    static void stop() {
        LocalSpark.stop(spark);
    }

    @Test
    void storeExportSparkLinesAndTheCodeViewAgree(@TempDir Path dir) throws Exception {
        List<String> lines = corpus();
        Path corpus = dir.toRealPath().resolve("corpus.jsonl");
        Files.write(corpus, lines, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        CodeCorpusJob.run(spark, JobOptions.parse("--input", corpus.toString(), "--output", out.toString(),
                "--gdelt"));

        // The same lines read by the same core reader and coded by the same pipeline, for the store and the view.
        JsonLinesArticles reader = new JsonLinesArticles(new TextArticles(Agencies.bundled()));
        ArticleOptions options = new ArticleOptions(null, LocalDate.now(ZoneOffset.UTC));
        List<CodedArticle> coded = new ArrayList<>();
        for (String line : lines) {
            Article a = reader.parseLine(corpus.toString(), "unused", line, options);
            coded.add(ExecutorPipeline.get().code(a));
        }
        CodedArticle seed = coded.get(0);
        assertThat(seed.events()).as("events coded from the seed").hasSizeGreaterThanOrEqualTo(5);

        Map<Long, String[]> sparkLines = new HashMap<>();
        spark.read().text(out.resolve("gdelt").toString()).as(Encoders.STRING()).collectAsList()
                .forEach(l -> {
                    String[] f = l.split("\t", -1);
                    sparkLines.put(Long.parseLong(f[0]), f);
                });
        Map<String, String> sparkFlags = new HashMap<>();
        for (Row r : spark.read().schema(EventRow.SCHEMA).parquet(out.resolve("events").toString()).collectAsList()) {
            sparkFlags.put(r.getAs("event_id"), r.getAs("flags"));
        }
        int events = coded.stream().mapToInt(c -> c.events().size()).sum();
        assertThat(sparkLines).hasSize(events);

        int placed = 0;
        for (CodedArticle c : coded) {
            JsonNode view = JSON.valueToTree(CodedArticleView.of("input", c)).get("events");
            assertThat(view).hasSize(c.events().size());
            for (int i = 0; i < c.events().size(); i++) {
                String id = EventRow.idOf(c.article().id(), i);
                String[] line = sparkLines.get(GdeltEvents.globalEventId(id));
                assertThat(line).as("the job's GDELT line of %s", id).isNotNull();
                placed += viewAgrees(id, view.get(i), line, sparkFlags.get(id)) ? 1 : 0;
            }
        }
        assertThat(placed).as("events with a place (ActionGeo) compared").isPositive();

        try (Store store = Store.open(dir.resolve("store"))) {
            new StoreWriter(store, false).write(coded);
            storeAgrees(store, dir.resolve("gdelt-events.tsv"), sparkLines, sparkFlags);
        }
    }

    /**
     * One event of the view against the job's line and flags: codes, actors, day, flags and the place (as GDELT's
     * ActionGeo group). Returns whether the event has a place.
     */
    private static boolean viewAgrees(String id, JsonNode v, String[] line, String sparkFlags) {
        assertThat(field(line, "EventCode")).as("EventCode of %s", id).isEqualTo(v.get("code").asText());
        assertThat(field(line, "EventRootCode")).as("EventRootCode of %s", id).isEqualTo(v.get("rootCode").asText());
        assertThat(field(line, "QuadClass")).as("QuadClass of %s", id).isEqualTo(v.get("quadClass").asText());
        assertThat(field(line, "GoldsteinScale")).as("GoldsteinScale of %s", id)
                .isEqualTo(TsvWriter.format(v.get("goldstein").asDouble()));
        assertThat(field(line, "Actor1Code")).as("Actor1Code of %s", id).isEqualTo(code(v.get("source")));
        assertThat(field(line, "Actor2Code")).as("Actor2Code of %s", id).isEqualTo(code(v.get("target")));
        JsonNode start = v.get("dateStart");
        assertThat(field(line, "Day")).as("Day of %s", id)
                .isEqualTo(start.isNull() ? "" : start.asText().replace("-", ""));
        List<String> flags = new ArrayList<>();
        v.get("flags").forEach(f -> flags.add(f.asText()));
        assertThat(sparkFlags).as("flags of %s", id).isEqualTo(flags.isEmpty() ? null : String.join(",", flags));
        Place place = place(v.get("place"));
        assertThat(group(line, "ActionGeo_Type")).as("ActionGeo of %s", id)
                .isEqualTo(GdeltGeo.of(place).values().stream().map(TsvWriter::format).toList());
        return place != null;
    }

    /**
     * The store against the job: every mention's flags and actor codes, and every exported GDELT row against the
     * lines of the mentions folded into it; a row of one mention agrees on every column but the numbering, counts
     * and DATEADDED.
     */
    private static void storeAgrees(Store store, Path tsv, Map<Long, String[]> sparkLines,
            Map<String, String> sparkFlags) throws SQLException, IOException {
        StoreExports.writeTsv(new StoreExports(store).gdeltEvents(), tsv);
        Map<Long, List<String[]>> mentionsByEvent = new HashMap<>();
        int negated = 0;
        Table mentions = new dateline.store.EventQueries(store).sql(
                "SELECT event_id, article_id, mention, flags FROM mentions ORDER BY article_id, mention");
        assertThat(mentions.rows()).hasSize(sparkLines.size());
        for (List<Object> m : mentions.rows()) {
            String id = EventRow.idOf((String) m.get(1), ((Number) m.get(2)).intValue());
            assertThat(m.get(3)).as("stored flags of %s", id).isEqualTo(sparkFlags.get(id));
            if (m.get(0) == null) {
                negated++;
                continue;
            }
            mentionsByEvent.computeIfAbsent(((Number) m.get(0)).longValue(), k -> new ArrayList<>())
                    .add(sparkLines.get(GdeltEvents.globalEventId(id)));
        }
        List<String> exported = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        assertThat(exported).hasSize(mentionsByEvent.size());
        int folded = 0;
        for (String text : exported) {
            String[] row = text.split("\t", -1);
            List<String[]> folds = mentionsByEvent.get(Long.parseLong(row[0]));
            assertThat(folds).as("mentions of exported event %s", row[0]).isNotEmpty();
            folded += folds.size();
            assertThat(field(row, "NumMentions")).isEqualTo(String.valueOf(folds.size()));
            for (String[] line : folds) {
                for (String name : NAMES) {
                    boolean actorGeo = name.startsWith("Actor1Geo_") || name.startsWith("Actor2Geo_");
                    if (!PER_OUTPUT.contains(name) && !actorGeo) {
                        assertThat(field(row, name)).as("%s of exported event %s", name, row[0])
                                .isEqualTo(field(line, name));
                    }
                }
            }
            // Where the actors are: the store keeps the best-placed of its mentions, each line has its own.
            for (String group : List.of("Actor1Geo_Type", "Actor2Geo_Type")) {
                assertThat(folds).as("%s of exported event %s", group, row[0])
                        .anySatisfy(line -> assertThat(group(line, group)).isEqualTo(group(row, group)));
            }
            if (folds.size() == 1) {
                for (String name : List.of("IsRootEvent", "AvgTone", "SOURCEURL")) {
                    assertThat(field(row, name)).as("%s of exported event %s", name, row[0])
                            .isEqualTo(field(folds.get(0), name));
                }
                assertThat(List.of(row).subList(NAMES.indexOf("Actor1Geo_Type"), NAMES.indexOf("ActionGeo_Type")))
                        .isEqualTo(List.of(folds.get(0)).subList(NAMES.indexOf("Actor1Geo_Type"),
                                NAMES.indexOf("ActionGeo_Type")));
            }
        }
        assertThat(folded + negated).isEqualTo(sparkLines.size());
    }

    /** The seed, then the first political Reuters-21578 stories when the shared corpus is there. */
    private static List<String> corpus() throws IOException {
        Path seed = Path.of("../examples/iran-iraq-call.txt");
        assertThat(seed).as("the seed article in examples/").exists();
        List<String> lines = new ArrayList<>();
        ObjectNode o = JSON.createObjectNode();
        o.put("id", "seed");
        o.put("date", "2020-11-28");
        o.put("text", Files.readString(seed, StandardCharsets.UTF_8));
        lines.add(o.toString());
        Path reuters = Seed.shared("corpus/reuters21578.jsonl.gz");
        if (reuters != null) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(reuters)), StandardCharsets.UTF_8))) {
                String line;
                int taken = 0;
                while (taken < REUTERS && (line = r.readLine()) != null) {
                    JsonNode body = JSON.readTree(line).get("body");
                    // Stories about governments, where the coder finds events (most early stories are commodities).
                    if (body != null && body.asText().length() > 400 && POLITICAL.matcher(body.asText()).find()) {
                        lines.add(line);
                        taken++;
                    }
                }
            }
        }
        return lines;
    }

    private static String field(String[] line, String name) {
        return line[NAMES.indexOf(name)];
    }

    /** The eight fields of a GDELT geography group starting at column {@code first}. */
    private static List<String> group(String[] line, String first) {
        int at = NAMES.indexOf(first);
        return List.of(line).subList(at, at + 8);
    }

    private static String code(JsonNode actor) {
        return actor == null || actor.isNull() || actor.get("code").isNull() ? "" : actor.get("code").asText();
    }

    /** The place of a view, with the fields GDELT's geography group is made of. */
    private static Place place(JsonNode p) {
        if (p == null || p.isNull()) {
            return null;
        }
        return new Place(p.get("name").asText(), null, null, Place.FeatureType.valueOf(p.get("featureType").asText()),
                p.get("lat").asDouble(), p.get("lon").asDouble(), null, text(p, "countryIso3"), text(p, "countryFips"),
                text(p, "adm1"), p.get("geonameId").asLong(), null);
    }

    private static String text(JsonNode n, String field) {
        return n.get(field) == null || n.get(field).isNull() ? null : n.get(field).asText();
    }
}
