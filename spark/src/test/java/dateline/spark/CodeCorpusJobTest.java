package dateline.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dateline.article.Agencies;
import dateline.article.Article;
import dateline.article.ArticleFiles;
import dateline.article.ArticleOptions;
import dateline.article.JsonLinesArticles;
import dateline.article.TextArticles;
import dateline.event.Event;
import dateline.export.ActorGeos;
import dateline.export.GdeltEvents;
import dateline.export.GdeltGeo;
import dateline.export.GdeltLayout;
import dateline.export.GdeltSeedCall;
import dateline.export.TsvWriter;
import dateline.geo.ActorLocator;
import dateline.pipeline.CodedArticle;
import dateline.pipeline.Pipeline;
import dateline.testing.Seed;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the job with {@code local[2]} on a small corpus and checks its Parquet output against what the
 * single-machine {@link Pipeline} gives for the same input: same articles, same events, same evidence, whatever
 * the stages wired into the pipeline produce today.
 */
class CodeCorpusJobTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SparkSession spark;
    private static Pipeline pipeline;

    /** Articles written for this test (not news text); each names states and officials doing things. */
    private static final String GENEVA = "GENEVA (AP) - The foreign minister of Norway met his Swedish counterpart"
            + " on Monday to discuss fishing rights in the Barents Sea.\n\nNorwegian officials said the two"
            + " governments agreed to share data on fish stocks. Sweden praised the agreement.";
    private static final String NAIROBI = "NAIROBI, March 3 (Reuters) - Kenyan police arrested twelve protesters"
            + " outside parliament on Tuesday, a government spokesman said.\n\nThe opposition accused the"
            + " government of silencing its critics and demanded the release of the detained men.";
    private static final String UNDATED = "Brazil and Argentina signed a trade agreement in Buenos Aires. The"
            + " president of Brazil thanked Argentina for its support and promised to visit again next year.";

    @BeforeAll
    static void start() {
        spark = LocalSpark.start("dateline-spark-test");
        pipeline = Pipeline.bundled();
    }

    @AfterAll
    static void stop() {
        LocalSpark.stop(spark);
    }

    @Test
    void jsonLinesCorpusGivesTheSameEventsAsThePipeline(@TempDir Path dir) throws Exception {
        Path corpus = dir.toRealPath().resolve("corpus.jsonl");
        List<String> lines = new ArrayList<>();
        lines.add(record("seed", "2020-11-28", "Iran's president speaks with Iraq's prime minister",
                new String(Seed.bytes(), StandardCharsets.UTF_8)));
        lines.add(record("geneva", "2021-06-14", "Nordic ministers meet", GENEVA));
        lines.add("{\"id\": \"broken\", \"text\": \"a line cut short");
        lines.add(record("nairobi", "2021-03-03", "Protesters held", NAIROBI));
        lines.add("{\"id\": \"blank\", \"text\": \"   \"}");
        lines.add("");
        lines.add(record("undated", null, null, UNDATED));
        Files.write(corpus, lines, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        JobSummary summary = CodeCorpusJob.run(spark, JobOptions.parse("--input", corpus.toString(), "--output",
                out.toString(), "--gdelt"));

        // What the single-machine pipeline gives for the same lines, read by the same core reader.
        JsonLinesArticles reader = new JsonLinesArticles(new TextArticles(Agencies.bundled()));
        List<CodedArticle> expected = new ArrayList<>();
        for (String line : List.of(lines.get(0), lines.get(1), lines.get(3), lines.get(6))) {
            Article a = reader.parseLine(corpus.toString(), "unused", line, options(null));
            expected.add(pipeline.code(a));
        }

        assertThat(summary.articles()).isEqualTo(4);
        assertThat(summary.rejects()).isEqualTo(2);
        assertSameOutput(out, expected);

        List<Row> rejects = spark.read().parquet(out.resolve("rejects").toString()).collectAsList();
        assertThat(rejects).hasSize(2);
        assertThat(rejects).allSatisfy(r -> {
            assertThat(r.<String>getAs("stage")).isEqualTo(RejectRow.READ);
            assertThat(r.<String>getAs("input")).startsWith(corpus + "@");
            assertThat(r.<String>getAs("reason")).startsWith(r.<String>getAs("input") + ": ");
        });
        assertThat(rejects).extracting(r -> r.<String>getAs("reason"))
                .anySatisfy(reason -> assertThat(reason).contains("not a JSON object"))
                .anySatisfy(reason -> assertThat(reason).contains("no \"text\" or \"body\""));

        // Dated articles sit in their date's partition; the undated one in Spark's null partition.
        assertThat(out.resolve("articles/date=2020-11-28")).isDirectory();
        assertThat(out.resolve("articles/date=__HIVE_DEFAULT_PARTITION__")).isDirectory();
        Row undated = spark.read().parquet(out.resolve("articles").toString())
                .filter("source like '%#undated'").first();
        assertThat(undated.<Object>getAs("date")).isNull();

        // One GDELT row of 61 columns per event.
        long events = expected.stream().mapToLong(c -> c.events().size()).sum();
        List<String> gdelt = spark.read().text(out.resolve("gdelt").toString()).as(
                org.apache.spark.sql.Encoders.STRING()).collectAsList();
        assertThat(gdelt).hasSize((int) events);
        assertThat(gdelt).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(61));
        assertSameActorGeography(gdelt, expected);
        Row call = read(out, "events", EventRow.SCHEMA)
                .filter("event_code = '041' and source_code = 'IRNGOV' and target_code = 'IRQGOV'").first();
        assertThat(call.<Integer>getAs("source_geo_type")).isEqualTo(1);
        assertThat(call.<String>getAs("source_geo_country_fips")).isEqualTo("IR");
        assertThat(call.<String>getAs("target_geo_country_fips")).isEqualTo("IZ");
        assertThat(call.<String>getAs("source_geo_rule")).isIn("OWN_MENTION", "ATTACHED", "COUNTRY");
        assertThat(call.<String>getAs("target_geo_evidence")).isNotBlank();

        // The models were loaded once per JVM, not once per task, record or partition.
        assertThat(ExecutorPipeline.loads()).isEqualTo(1);
    }

    @Test
    void textFilesAndParquetGoThroughTheSameReaders(@TempDir Path dir) throws Exception {
        Path texts = Files.createDirectories(dir.toRealPath().resolve("texts"));
        Path seedFile = texts.resolve("iran-iraq-call.txt");
        Files.write(seedFile, Seed.bytes());
        Files.write(texts.resolve("empty.txt"), new byte[0]);
        Path outText = dir.resolve("out-text");

        JobSummary fromText = CodeCorpusJob.run(spark, JobOptions.parse("--input", texts.toString(), "--output",
                outText.toString(), "--format", "text", "--date", "2020-11-28"));

        Article seed = ArticleFiles.bundled().readBytes(seedFile.toString(), Seed.bytes(),
                options(LocalDate.of(2020, 11, 28)));
        assertThat(fromText.articles()).isEqualTo(1);
        assertThat(fromText.rejects()).isEqualTo(1);
        assertSameOutput(outText, List.of(pipeline.code(seed)));
        assertThat(spark.read().parquet(outText.resolve("rejects").toString()).first().<String>getAs("reason"))
                .contains("empty.txt").contains("empty file");

        StructType schema = new StructType().add("id", DataTypes.StringType).add("date", DataTypes.DateType)
                .add("title", DataTypes.StringType).add("body", DataTypes.StringType);
        Path parquet = dir.toRealPath().resolve("corpus.parquet");
        spark.createDataFrame(List.of(
                RowFactory.create("nairobi", Date.valueOf("2021-03-03"), "Protesters held", NAIROBI),
                RowFactory.create("no-text", Date.valueOf("2021-03-04"), "Headline only", null)), schema)
                .coalesce(1).write().parquet(parquet.toString());
        Path outParquet = dir.resolve("out-parquet");

        JobSummary fromParquet = CodeCorpusJob.run(spark, JobOptions.parse("--input", parquet.toString(), "--output",
                outParquet.toString()));

        String parquetFile;
        try (var files = Files.list(parquet)) {
            parquetFile = files.filter(p -> p.toString().endsWith(".parquet")).findFirst().orElseThrow().toString();
        }
        String line = "{\"id\":\"nairobi\",\"date\":\"2021-03-03\",\"title\":\"Protesters held\",\"body\":"
                + JSON.writeValueAsString(NAIROBI) + "}";
        Article nairobi = new JsonLinesArticles(new TextArticles(Agencies.bundled()))
                .parseLine(parquetFile, "unused", line, options(null));
        assertThat(fromParquet.articles()).isEqualTo(1);
        assertThat(fromParquet.rejects()).isEqualTo(1);
        assertSameOutput(outParquet, List.of(pipeline.code(nairobi)));
    }

    @Test
    void badCommandLinesAreRefusedWithOneLine() {
        assertThat(CodeCorpusJob.run(new String[] {"--output", "x"})).isEqualTo(2);
        assertThat(CodeCorpusJob.run(new String[] {"--input", "a.jsonl", "--output", "x", "--limit", "zero"}))
                .isEqualTo(2);
        assertThat(JobOptions.parse("--input", "a.jsonl.gz", "--output", "o").format())
                .isEqualTo(JobOptions.Format.JSONL);
        assertThat(JobOptions.parse("--input", "dir", "--output", "o").format()).isEqualTo(JobOptions.Format.TEXT);
    }

    /** Every table of {@code out} holds exactly what the pipeline gave for {@code expected}. */
    private static void assertSameOutput(Path out, List<CodedArticle> expected) {
        Map<String, CodedArticle> byId = new TreeMap<>();
        expected.forEach(c -> byId.put(c.article().id(), c));

        List<Row> articles = read(out, "articles", ArticleRow.SCHEMA).collectAsList();
        assertThat(articles).extracting(r -> r.<String>getAs("article_id"))
                .containsExactlyInAnyOrderElementsOf(byId.keySet());
        for (Row r : articles) {
            CodedArticle c = byId.get(r.<String>getAs("article_id"));
            assertThat(r.<Integer>getAs("sentences")).isEqualTo(c.annotation().sentences().size()).isPositive();
            assertThat(r.<Integer>getAs("tokens")).isEqualTo(c.annotation().tokenCount());
            assertThat(r.<Integer>getAs("entities")).isEqualTo(c.annotation().entities().size());
            LocalDate date = c.article().date();
            assertThat(r.<Date>getAs("date")).isEqualTo(date == null ? null : Date.valueOf(date));
        }

        List<String> expectedEvents = new ArrayList<>();
        for (CodedArticle c : expected) {
            for (Event e : c.events()) {
                expectedEvents.add(String.join("|", c.article().id(), Integer.toString(e.sentence()),
                        e.source() == null ? "-" : e.source().code(), e.target() == null ? "-" : e.target().code(),
                        e.code(), String.valueOf(e.trigger())));
            }
        }
        List<String> mentions = read(out, "mentions", MentionRow.SCHEMA).collectAsList().stream()
                .map(r -> String.join("|", r.<String>getAs("article_id"), r.<Integer>getAs("sentence").toString(),
                        orDash(r.getAs("source_code")), orDash(r.getAs("target_code")),
                        r.<String>getAs("event_code"), span(r.getAs("trigger_start"), r.getAs("trigger_end"))))
                .toList();
        assertThat(mentions).containsExactlyInAnyOrderElementsOf(expectedEvents);
        assertThat(read(out, "events", EventRow.SCHEMA).count()).isEqualTo(expectedEvents.size());

        assertThat(read(out, "actors", ActorRow.SCHEMA).count())
                .isEqualTo(expected.stream().mapToLong(c -> c.actors().actors().size()).sum());
        assertThat(read(out, "quotes", QuoteRow.SCHEMA).count())
                .isEqualTo(expected.stream().mapToLong(c -> c.quotes().size()).sum());
        assertThat(read(out, "places", PlaceRow.SCHEMA).count())
                .isEqualTo(expected.stream().mapToLong(c -> c.places().size()).sum());
    }

    /**
     * Every GDELT line's three geography groups are those the core export writes for the same coded article
     * ({@link ActorGeos} and {@link GdeltGeo}, at {@link GdeltLayout}'s positions), and the seed's call from
     * Rouhani (IRNGOV) to Iraq's government (IRQGOV) places both actors in their countries.
     */
    private static void assertSameActorGeography(List<String> gdelt, List<CodedArticle> expected) {
        Map<Long, String[]> byId = new TreeMap<>();
        gdelt.forEach(l -> {
            String[] f = l.split("\t", -1);
            byId.put(Long.parseLong(f[0]), f);
        });
        List<String> names = GdeltLayout.events().names();
        int actor1 = names.indexOf("Actor1Geo_Type");
        int actor2 = names.indexOf("Actor2Geo_Type");
        int action = names.indexOf("ActionGeo_Type");
        ActorLocator locator = ActorLocator.bundled();
        String[] call = null;
        for (CodedArticle c : expected) {
            for (int i = 0; i < c.events().size(); i++) {
                Event e = c.events().get(i);
                String[] line = byId.get(GdeltEvents.globalEventId(EventRow.idOf(c.article().id(), i)));
                assertThat(line).as("GDELT line of %s event %d", c.article().id(), i).isNotNull();
                ActorGeos geos = ActorGeos.of(locator, c, e);
                assertThat(slice(line, actor1)).isEqualTo(formatted(geos.actor1Geo()));
                assertThat(slice(line, actor2)).isEqualTo(formatted(geos.actor2Geo()));
                assertThat(slice(line, action)).isEqualTo(formatted(GdeltGeo.of(c.placementOf(i).place())));
                if (c.article().source().endsWith("#seed") && e.code().equals("041") && e.source() != null
                        && "IRNGOV".equals(e.source().code()) && e.target() != null
                        && "IRQGOV".equals(e.target().code())) {
                    call = line;
                }
            }
        }
        assertThat(call).as("the seed's 041 IRNGOV->IRQGOV event").isNotNull();
        // Date, names, type codes, Goldstein and tone as the store export writes them (SeedGdeltExportTest).
        String[] callLine = call;
        CodedArticle seed = expected.stream().filter(c -> c.article().source().endsWith("#seed")).findFirst()
                .orElseThrow();
        GdeltSeedCall.assertRow(name -> callLine[names.indexOf(name)], seed);
        assertThat(call[actor1]).isEqualTo("1");
        assertThat(call[names.indexOf("Actor1Geo_CountryCode")]).isEqualTo("IR");
        assertThat(call[actor2]).isEqualTo("1");
        assertThat(call[names.indexOf("Actor2Geo_CountryCode")]).isEqualTo("IZ");
    }

    private static List<String> slice(String[] line, int from) {
        return List.of(line).subList(from, from + 8);
    }

    private static List<String> formatted(GdeltGeo g) {
        return g.values().stream().map(TsvWriter::format).toList();
    }

    /** A table read back with its schema, so a table with no rows yet (no partition directories) reads as empty. */
    private static Dataset<Row> read(Path out, String table, StructType schema) {
        return spark.read().schema(schema).parquet(out.resolve(table).toString());
    }

    private static String orDash(Object s) {
        return s == null ? "-" : s.toString();
    }

    private static String span(Integer start, Integer end) {
        return start == null ? "null" : new dateline.article.Span(start, end).toString();
    }

    private static ArticleOptions options(LocalDate date) {
        return new ArticleOptions(date, LocalDate.now(ZoneOffset.UTC));
    }

    private static String record(String id, String date, String title, String text) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", id);
        if (date != null) {
            o.put("date", date);
        }
        if (title != null) {
            o.put("title", title);
        }
        o.put("text", text);
        return o.toString();
    }
}
