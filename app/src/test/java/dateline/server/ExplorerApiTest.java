package dateline.server;

import static dateline.server.ServerApiTest.assertJsonError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The endpoints behind the explorer's analyst features over the fixture store (7 events, known to the day):
 * sorting, exact drill-down filters, text search, actor names, CSV, the streaming export, zero-filled series,
 * the network's top actors and the map's counts.
 */
class ExplorerApiTest {
    /** The columns of {@code dateline query --format csv}. */
    static final String CLI_HEADER = "id,day,source_code,source_name,target_code,target_name,code,root_code,"
            + "quad_class,goldstein,place_name,place_country_iso3,num_mentions,num_sources,num_articles,num_stories,"
            + "avg_tone,source_url";

    @RegisterExtension
    static final StoreFixture fixture = new StoreFixture();

    static List<String> column(String path, String field) {
        JsonNode page = fixture.http.get(path).json();
        assertThat(page.has("events")).as(page.toString()).isTrue();
        List<String> out = new ArrayList<>();
        page.get("events").forEach(e -> out.add(e.get(field).asText()));
        return out;
    }

    @Test
    void eventsSortByAnyColumnEitherWay() {
        assertThat(column("/api/events?sort=goldstein", "goldstein"))
                .containsExactly("-10.0", "-2.0", "3.4", "3.4", "3.4", "3.4", "7.0");
        assertThat(column("/api/events?sort=-goldstein", "goldstein").get(0)).isEqualTo("7.0");
        assertThat(column("/api/events?sort=source", "source"))
                .containsExactly("DEU", "ESP", "FRA", "FRA", "IRN", "IRN", "IRQ");
        assertThat(column("/api/events?sort=date", "date").get(0)).isEqualTo("2024-01-15");
        assertThat(fixture.http.get("/api/events?sort=-mentions").json().get("sort").asText()).isEqualTo("-mentions");
        assertJsonError(fixture.http.get("/api/events?sort=colour"), 400, "sort: 'colour' is not one of date, source");
    }

    @Test
    void eachRowNamesItsCameoCode() {
        assertThat(column("/api/events?quad=4", "codeName")).containsExactly("Use conventional military force");
        JsonNode cameo = fixture.http.get("/api/cameo").json().get("codes");
        assertThat(cameo.size()).isGreaterThan(200);
        assertThat(cameo.get(0).get("code").asText()).isEqualTo("01");
    }

    @Test
    void exactActorsBothWaysAndExactPlaceNarrowWhatPrefixesWouldWiden() {
        // IRN -> IRQ: criticized (February) and praised (March); the other direction: attacked.
        assertThat(column("/api/events?actor1=IRN&actor2=IRQ&exactActors=true", "code"))
                .containsExactlyInAnyOrder("111", "051");
        assertThat(column("/api/events?actor1=IRN&actor2=IRQ&bothWays=true", "code"))
                .containsExactlyInAnyOrder("111", "051", "190");
        assertThat(column("/api/events?actor1=IRN&actor2=IRQ&bothWays=true&exactActors=true&to=2024-02-28", "code"))
                .containsExactlyInAnyOrder("111", "190");
        assertThat(column("/api/events?actor=IR&exactActors=true", "code")).isEmpty();
        assertThat(column("/api/events?place=Bag", "code")).hasSize(2);
        assertThat(column("/api/events?place=Bag&exactPlace=true", "code")).isEmpty();
        assertThat(column("/api/events?place=Baghdad&exactPlace=true&actor=IRQ&quad=4", "code")).containsExactly("190");
    }

    @Test
    void textSearchSelectsTheEventsOfMatchingArticles() {
        assertThat(column("/api/events?q=loan", "code")).containsExactlyInAnyOrder("051", "070");
        assertThat(column("/api/events?q=loan&quad=2", "code")).containsExactly("070");
        assertThat(column("/api/events?q=nothinglikethis", "code")).isEmpty();
        assertJsonError(fixture.http.get("/api/events?q=%22unclosed"), 400, "not valid");
    }

    @Test
    void anActorNameIsNotSilentlyEmptyButAnErrorWithTheCodes() {
        assertJsonError(fixture.http.get("/api/events?actor=Iran"), 400,
                "actor: no stored event has an actor code starting 'IRAN' or of country IRAN; by name: IRN (Iran, 3 events)");
        assertJsonError(fixture.http.get("/api/events?actor2=Zzz"), 400, "no actor name contains it either");
        // A known code with no event in the other filters is an empty answer, not an error.
        assertThat(column("/api/events?actor=IRN&quad=2", "code")).isEmpty();
        JsonNode names = fixture.http.get("/api/actors?q=ira").json().get("actors");
        assertThat(names).hasSize(2);
        assertThat(names.get(0).get("code").asText()).isIn("IRN", "IRQ");
        assertThat(names.get(0).get("events").asInt()).isEqualTo(3);
        assertJsonError(fixture.http.get("/api/actors"), 400, "q:");
    }

    @Test
    void repeatedParametersAreRefused() {
        assertJsonError(fixture.http.get("/api/events?actor=IRN&actor=IRQ"), 400, "actor: given 2 times");
        assertJsonError(fixture.http.get("/api/series?actor1=IRN&actor2=IRQ&by=day&by=month"), 400, "by: given 2 times");
    }

    @Test
    void aPageAsCsvHasTheCliColumns() {
        Http.Reply r = fixture.http.get("/api/events?format=csv&actor=IRN&sort=goldstein");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.raw().headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        List<String> lines = r.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo(CLI_HEADER);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).contains(",2024-02-10,IRQ,Iraq,IRN,Iran,190,19,4,-10.0,Baghdad,IRQ,1,1,1,1,");
        assertJsonError(fixture.http.get("/api/events?format=xml"), 400, "format: 'xml' is not one of json, csv");
    }

    @Test
    void theExportStreamsEveryRowOfTheFilter() {
        Http.Reply all = fixture.http.get("/api/export/events");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.raw().headers().firstValue("Content-Disposition").orElse(""))
                .contains("dateline-events.csv");
        List<String> lines = all.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo(CLI_HEADER);
        assertThat(lines).hasSize(8);
        // In event-id order, each row once.
        List<Long> ids = lines.subList(1, 8).stream().map(l -> Long.parseLong(l.substring(0, l.indexOf(',')))).toList();
        assertThat(ids).isSorted().doesNotHaveDuplicates();

        List<String> jsonl = fixture.http.get("/api/export/events?format=jsonl&actor=IRN").body().lines().toList();
        assertThat(jsonl).hasSize(3).allSatisfy(l -> assertThat(l).startsWith("{\"id\":").contains("\"IRN\""));
        assertThat(fixture.http.get("/api/export/events?quad=4").body().lines().toList()).hasSize(2);
        assertJsonError(fixture.http.get("/api/export/events?limit=5"), 400, "unknown parameter 'limit'");
    }

    @Test
    void seriesFillEmptyPeriodsAndCountByQuadDirectionAndStore() {
        JsonNode s = fixture.http.get("/api/series?actor1=IRN&actor2=IRQ&bothWays=true&by=month&from=2023-12-01&to=2024-04-30")
                .json();
        List<String> periods = new ArrayList<>();
        s.get("points").forEach(p -> periods.add(p.get("period").asText()));
        assertThat(periods).containsExactly("2023-12", "2024-01", "2024-02", "2024-03", "2024-04");
        JsonNode feb = s.get("points").get(2);
        assertThat(feb.get("count").asInt()).isEqualTo(2);
        assertThat(feb.get("byQuad").get("3").asInt()).isEqualTo(1);
        assertThat(feb.get("byQuad").get("4").asInt()).isEqualTo(1);
        assertThat(feb.get("forward").asInt()).isEqualTo(1);
        assertThat(feb.get("backward").asInt()).isEqualTo(1);
        assertThat(feb.get("allEvents").asInt()).isEqualTo(4);
        assertThat(feb.get("start").asText()).isEqualTo("2024-02-01");
        assertThat(s.get("points").get(1).get("count").asInt()).isZero();
        assertThat(s.get("points").get(1).get("meanGoldstein").isNull()).isTrue();
        // Without a range, from the first to the last period with events; a gap month is still there.
        JsonNode fraEsp = fixture.http.get("/api/series?actor1=FRA&actor2=DEU&by=month&bothWays=true").json();
        assertThat(fraEsp.get("points")).hasSize(1);
        JsonNode days = fixture.http.get("/api/series?actor1=IRN&actor2=IRQ&by=day").json();
        assertThat(days.get("points")).hasSize(25); // 2024-02-10 to 2024-03-05
        assertJsonError(fixture.http.get("/api/series?actor1=IRN&actor2=IRQ&by=day&from=1900-01-01&to=2024-01-01"), 400,
                "more than 10000 periods");
    }

    @Test
    void networkShowsTheTopActorsAndSaysHowManyThereAre() {
        JsonNode d = fixture.http.get("/api/dyads?top=3").json();
        assertThat(d.get("actorsTotal").asInt()).isEqualTo(5);
        assertThat(d.get("edgesTotal").asInt()).isEqualTo(7);
        List<String> actors = new ArrayList<>();
        d.get("actors").forEach(a -> actors.add(a.get("code").asText()));
        assertThat(actors).containsExactlyInAnyOrder("FRA", "IRN", "IRQ");
        assertThat(d.get("edges")).hasSize(3).allSatisfy(e -> assertThat(e.get("source").asText()).startsWith("IR"));
        assertThat(d.get("actors").get(0).get("name").asText()).isNotBlank();
        JsonNode conflict = fixture.http.get("/api/dyads?quad=4").json();
        assertThat(conflict.get("edges")).singleElement()
                .satisfies(e -> assertThat(e.get("source").asText()).isEqualTo("IRQ"));
        assertThat(fixture.http.get("/api/dyads?min=2").json().get("edges")).isEmpty();
    }

    @Test
    void mapSaysHowManyEventsHaveAPlaceAndCountsByCountry() {
        JsonNode p = fixture.http.get("/api/places?actor=IRN").json();
        assertThat(p.get("total").asInt()).isEqualTo(3);
        assertThat(p.get("located").asInt()).isEqualTo(2);
        assertThat(p.get("countries")).singleElement().satisfies(c -> {
            assertThat(c.get("country").asText()).isEqualTo("IRQ");
            assertThat(c.get("count").asInt()).isEqualTo(2);
        });
        JsonNode all = fixture.http.get("/api/places").json();
        assertThat(all.get("total").asInt()).isEqualTo(7);
        assertThat(all.get("located").asInt()).isEqualTo(4);
    }

    @Test
    void codeRefusesMisspeltParametersAndReadsTheDeclaredCharset() {
        assertJsonError(fixture.http.post("/api/code?dat=2020-11-28", "text/plain", "Spain praised France."), 400,
                "unknown parameter 'dat' (expected one of date, name)");
        assertJsonError(fixture.http.post("/api/code?date=2020-11-28", "application/json", "{\"text\":\"Spain praised France.\"}"),
                400, "unknown parameter 'date'");
        byte[] latin1 = "Spain praised France in Madrid, said the caf\u00e9 owner.".getBytes(
                java.nio.charset.StandardCharsets.ISO_8859_1);
        Http.Reply r = fixture.http.post("/api/code", "text/plain; charset=iso-8859-1", latin1);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("article").get("text").asText()).contains("caf\u00e9 owner");
        assertThat(r.json().get("events")).hasSize(1);
        assertJsonError(fixture.http.post("/api/code", "text/plain; charset=klingon-8", latin1), 415, "unsupported charset");
    }

    @Test
    void newsSourcesAreNamesNotPaths() {
        JsonNode row = fixture.http.get("/api/events?quad=4").json().get("events").get(0);
        JsonNode a = fixture.http.get("/api/articles/" + row.get("articleId").asText()).json().get("article");
        assertThat(a.get("sourceName").asText()).isEqualTo("baghdad.txt");
        assertThat(column("/api/events?source=baghdad", "code")).containsExactlyInAnyOrder("111", "190");
    }
}
