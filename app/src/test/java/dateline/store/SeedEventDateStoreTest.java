package dateline.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dateline.article.Article;
import dateline.article.ArticleFiles;
import dateline.article.ArticleOptions;
import dateline.export.PloverContexts;
import dateline.geo.ActorLocator;
import dateline.pipeline.CodedArticle;
import dateline.pipeline.Knowledge;
import dateline.pipeline.Pipeline;
import dateline.testing.Seed;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's call reported twice, on Sunday 29 and Monday 30 November 2020 by two sources: both reports date it
 * Saturday 28 ("on Saturday afternoon"), so they fold into one event row of that day; the publication dates stay
 * on the articles, and the query, GDELT and PLOVER exports give both.
 */
class SeedEventDateStoreTest {
    @TempDir
    static Path dir;

    static Store store;

    @BeforeAll
    static void ingest() throws Exception {
        Pipeline pipeline = new Pipeline(Seed.annotator(), Knowledge.bundled());
        List<CodedArticle> coded = new ArrayList<>();
        for (String[] report : new String[][] {{"sunday-paper.txt", "2020-11-29"}, {"monday-paper.txt", "2020-11-30"}}) {
            Article a = ArticleFiles.bundled().readBytes(report[0], Seed.bytes(),
                    new ArticleOptions(LocalDate.parse(report[1]), LocalDate.of(2026, 1, 1)));
            coded.add(pipeline.code(a));
        }
        try (Store s = Store.open(dir.resolve("store"))) {
            new StoreWriter(s, false).write(coded);
        }
        store = Store.openReadOnly(dir.resolve("store"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static final String CALL = "code = '041' AND source_code = 'IRNGOV' AND target_code = 'IRQGOV'";

    @Test
    void bothReportsOfTheCallFoldIntoOneEventRowOnTheDayOfTheCall() throws Exception {
        Table e = new EventQueries(store).sql("SELECT CAST(day AS VARCHAR) AS day, num_articles FROM events WHERE " + CALL);
        assertThat(e.rows()).containsExactly(List.of("2020-11-28", 2));
        Table m = new EventQueries(store).sql("SELECT CAST(a.date AS VARCHAR) AS published, "
                + "CAST(m.event_date_start AS VARCHAR) AS d, CAST(m.event_date_end AS VARCHAR) AS e, m.date_basis, "
                + "substr(a.text, m.date_evidence_start + 1, m.date_evidence_end - m.date_evidence_start) AS phrase "
                + "FROM mentions m JOIN articles a ON a.id = m.article_id JOIN events ev ON ev.id = m.event_id "
                + "WHERE ev." + CALL.replace(" AND ", " AND ev.") + " ORDER BY a.date");
        assertThat(m.rows()).containsExactly(
                List.of("2020-11-29", "2020-11-28", "2020-11-28", "RELATIVE_WEEKDAY", "on Saturday afternoon"),
                List.of("2020-11-30", "2020-11-28", "2020-11-28", "RELATIVE_WEEKDAY", "on Saturday afternoon"));
    }

    private static List<Object> codes(LocalDate from, LocalDate to, boolean byPublication) throws Exception {
        EventFilter f = new EventFilter(null, "IRNGOV", "IRQGOV", "041", null, null, null, null, from, to, null, null,
                null, 100, byPublication);
        return new EventQueries(store).events(f).column("code");
    }

    @Test
    void fromAndToSelectTheEventDateOrWithAnOptionThePublicationDate() throws Exception {
        LocalDate sat = LocalDate.of(2020, 11, 28);
        LocalDate sun = LocalDate.of(2020, 11, 29);
        LocalDate mon = LocalDate.of(2020, 11, 30);
        assertThat(codes(sat, sat, false)).containsExactly("041");
        assertThat(codes(sun, mon, false)).isEmpty();
        assertThat(codes(sat, sat, true)).isEmpty();
        assertThat(codes(mon, mon, true)).containsExactly("041");
        assertThat(codes(null, sun, true)).containsExactly("041");
    }

    @Test
    void gdeltSqlDateIsTheEventDateAndMentionTimeDateThePublicationDate() throws Exception {
        StoreExports x = new StoreExports(store, ActorLocator.bundled(), PloverContexts.bundled());
        Table events = x.gdeltEvents();
        List<String> names = events.columns();
        List<List<Object>> call = events.rows().stream().filter(r -> "041".equals(r.get(names.indexOf("EventCode")))
                && "IRNGOV".equals(r.get(names.indexOf("Actor1Code")))).toList();
        assertThat(call).hasSize(1);
        assertThat(call.get(0).get(names.indexOf("Day"))).isEqualTo(20201128);
        Table mentions = x.gdeltMentions();
        long id = ((Number) call.get(0).get(0)).longValue();
        List<List<Object>> ms = mentions.rows().stream().filter(r -> ((Number) r.get(0)).longValue() == id).toList();
        assertThat(ms).extracting(r -> ((Number) r.get(1)).longValue()).containsOnly(20201128000000L);
        assertThat(ms).extracting(r -> ((Number) r.get(2)).longValue())
                .containsExactlyInAnyOrder(20201129000000L, 20201130000000L);
        assertThat(ms).extracting(r -> (String) r.get(15))
                .allMatch(extras -> extras.contains("<EVENTDATE>2020-11-28 RELATIVE_WEEKDAY 411-432</EVENTDATE>"));
    }

    @Test
    void ploverRecordsCarryTheEventDateBesideThePublicationDate() throws Exception {
        Path out = dir.resolve("plover.jsonl");
        new StoreExports(store, ActorLocator.bundled(), PloverContexts.bundled()).plover(out);
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> calls = new ArrayList<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            JsonNode r = json.readTree(line);
            if (r.path("cameo_code").asText().equals("041")) {
                calls.add(r);
            }
        }
        assertThat(calls).hasSize(2);
        assertThat(calls).extracting(r -> r.path("event_date").asText()).containsOnly("2020-11-28");
        assertThat(calls).extracting(r -> r.path("date").asText()).containsExactlyInAnyOrder("2020-11-29", "2020-11-30");
        assertThat(calls).extracting(r -> r.path("date_basis").asText()).containsOnly("RELATIVE_WEEKDAY");
        assertThat(calls).extracting(r -> r.path("date_text").asText()).containsOnly("on Saturday afternoon");
    }
}
