package dateline.server;

import static dateline.server.ServerApiTest.assertJsonError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dateline.store.Store;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The store endpoints over a store filled through the API itself. */
class StoreApiTest {
    @RegisterExtension
    static final StoreFixture fixture = new StoreFixture();

    static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    @Test
    void healthReportsTheStoreAndWrites() {
        JsonNode h = fixture.http.get("/api/health").json();
        assertThat(h.get("store").asBoolean()).isTrue();
        assertThat(h.get("writes").asBoolean()).isTrue();
    }

    @Test
    void ingestingTheSameArticleTwiceStoresItOnce() {
        Http.Reply again = fixture.ingest(StoreFixture.ARTICLES.get(0));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("status").asText()).isEqualTo("ALREADY_STORED");
        assertJsonError(fixture.http.post("/api/articles", "application/json", "{\"text\":\"x\"}", "Authorization",
                "Bearer wrong-token-123"), 401, "wrong bearer token");
        assertJsonError(fixture.http.post("/api/articles", "text/plain", "Spain praised France."), 401, "missing bearer");
    }

    @Test
    void eventsAreFilteredPaginatedAndLinkedToTheirEvidence() {
        JsonNode all = fixture.http.get("/api/events?limit=100").json();
        assertThat(all.get("hasMore").asBoolean()).isFalse();
        assertThat(all.get("total").asInt()).isEqualTo(7);
        for (JsonNode e : all.get("events")) {
            assertThat(e.get("articleId").asText()).isNotBlank();
            assertThat(e.get("trigger").asText()).isIn("praised", "aided", "criticized", "attacked");
        }
        List<JsonNode> fromIran = list(fixture.http.get("/api/events?actor1=IRN").json().get("events"));
        assertThat(fromIran).hasSize(2).allSatisfy(e -> assertThat(e.get("source").asText()).isEqualTo("IRN"));
        List<JsonNode> conflict = list(fixture.http.get("/api/events?quad=4").json().get("events"));
        assertThat(conflict).singleElement().satisfies(e -> {
            assertThat(e.get("code").asText()).isEqualTo("190");
            assertThat(e.get("place").asText()).isEqualTo("Baghdad");
            assertThat(e.get("date").asText()).isEqualTo("2024-02-10");
        });
        assertThat(list(fixture.http.get("/api/events?from=2024-02-15&to=2024-02-28").json().get("events"))).hasSize(2);

        JsonNode first = fixture.http.get("/api/events?limit=3").json();
        JsonNode second = fixture.http.get("/api/events?limit=3&offset=3").json();
        assertThat(first.get("hasMore").asBoolean()).isTrue();
        assertThat(first.get("total").asInt()).isEqualTo(7);
        JsonNode past = fixture.http.get("/api/events?limit=50&offset=3500").json();
        assertThat(past.get("total").asInt()).isEqualTo(7);
        assertThat(past.get("events")).isEmpty();
        assertThat(past.get("hasMore").asBoolean()).isFalse();
        List<Long> ids = new ArrayList<>();
        first.get("events").forEach(e -> ids.add(e.get("id").asLong()));
        second.get("events").forEach(e -> ids.add(e.get("id").asLong()));
        assertThat(ids).doesNotHaveDuplicates().hasSize(6);
    }

    @Test
    void badFiltersGet400WithAMessage() {
        assertJsonError(fixture.http.get("/api/events?quad=9"), 400, "quad: 9 is outside 1-4");
        assertJsonError(fixture.http.get("/api/events?quad=x"), 400, "quad: 'x' is not a whole number");
        assertJsonError(fixture.http.get("/api/events?from=2024-02-30"), 400, "from: '2024-02-30' is not a date");
        assertJsonError(fixture.http.get("/api/events?from=2024-03-01&to=2024-01-01"), 400, "is after");
        assertJsonError(fixture.http.get("/api/events?actro=IRN"), 400, "unknown parameter 'actro'");
        assertJsonError(fixture.http.get("/api/events?actor=IR%27N"), 400, "actor:");
        assertJsonError(fixture.http.get("/api/events?code=04a"), 400, "code:");
        assertJsonError(fixture.http.get("/api/events?limit=0"), 400, "limit: 0 is outside");
        assertJsonError(fixture.http.get("/api/events?offset=-1"), 400, "offset: -1 is outside");
        assertJsonError(fixture.http.get("/api/events?goldsteinMin=5&goldsteinMax=1"), 400, "goldsteinMin");
        assertJsonError(fixture.http.get("/api/series?actor1=IRN"), 400, "actor1 and actor2");
        assertJsonError(fixture.http.get("/api/series?actor1=IRN&actor2=IRQ&by=week"), 400, "by: 'week'");
        assertJsonError(fixture.http.get("/api/search"), 400, "q:");
        assertJsonError(fixture.http.get("/api/search?q=%22unclosed"), 400, "not valid");
        assertJsonError(fixture.http.get("/api/events/abc"), 400, "not a number");
        assertJsonError(fixture.http.get("/api/actors/I!"), 400, "not a CAMEO actor code");
        assertJsonError(fixture.http.get("/api/articles/bad$id"), 400, "malformed");
    }

    @Test
    void unknownItemsGet404() {
        assertJsonError(fixture.http.get("/api/events/987654321"), 404, "no event");
        assertJsonError(fixture.http.get("/api/articles/nosucharticle"), 404, "no article");
        assertJsonError(fixture.http.get("/api/actors/ZZZ"), 404, "no events with actor ZZZ");
    }

    @Test
    void anEventCarriesEveryMentionWithEvidence() {
        JsonNode row = fixture.http.get("/api/events?quad=4").json().get("events").get(0);
        JsonNode event = fixture.http.get("/api/events/" + row.get("id").asLong()).json();
        assertThat(event.get("code").asText()).isEqualTo("190");
        assertThat(event.get("mentions")).hasSize(1);
        JsonNode m = event.get("mentions").get(0);
        assertThat(m.get("trigger").get("text").asText()).isEqualTo("attacked");
        assertThat(m.get("source").get("mention").get("text").asText()).isEqualTo("Iraq");
        assertThat(m.get("target").get("mention").get("text").asText()).isEqualTo("Iran");
        assertThat(m.get("sentenceText").get("text").asText()).isEqualTo("Iraq attacked Iran in Baghdad");
        assertThat(m.get("articleId").asText()).isEqualTo(row.get("articleId").asText());
    }

    @Test
    void aStoredArticleComesBackInTheShapeOfCode() {
        JsonNode row = fixture.http.get("/api/events?quad=4").json().get("events").get(0);
        JsonNode a = fixture.http.get("/api/articles/" + row.get("articleId").asText()).json();
        String text = a.get("article").get("text").asText();
        assertThat(text).contains("Iran criticized Iraq in Baghdad");
        assertThat(a.get("events")).hasSize(2);
        for (JsonNode e : a.get("events")) {
            JsonNode t = e.get("trigger");
            assertThat(text.substring(t.get("start").asInt(), t.get("end").asInt())).isEqualTo(t.get("text").asText());
        }
        JsonNode linked = a.get("events").get(row.get("eventIndex").asInt());
        assertThat(linked.get("trigger").get("text").asText()).isEqualTo(row.get("trigger").asText());
        assertThat(a.get("actors")).hasSize(4);
        assertThat(a.get("places")).hasSize(2);
    }

    @Test
    void actorsSeriesSearchDyadsAndPlaces() {
        JsonNode iran = fixture.http.get("/api/actors/irn").json();
        assertThat(iran.get("code").asText()).isEqualTo("IRN");
        assertThat(iran.get("asSource").asInt()).isEqualTo(2);
        assertThat(iran.get("asTarget").asInt()).isEqualTo(1);
        assertThat(iran.get("partners").get(0).get("partner").asText()).isEqualTo("IRQ");

        JsonNode series = fixture.http.get("/api/series?actor1=IRN&actor2=IRQ&by=month").json();
        assertThat(list(series.get("points"))).extracting(p -> p.get("period").asText())
                .containsExactly("2024-02", "2024-03");
        JsonNode both = fixture.http.get("/api/series?actor1=IRN&actor2=IRQ&by=month&bothWays=true").json();
        assertThat(both.get("points").get(0).get("count").asInt()).isEqualTo(2);

        JsonNode hits = fixture.http.get("/api/search?q=border").json().get("hits");
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).get("title").isNull() || hits.get(0).get("articleId").isTextual()).isTrue();

        JsonNode dyads = fixture.http.get("/api/dyads").json();
        assertThat(list(dyads.get("edges"))).anySatisfy(e -> {
            assertThat(e.get("source").asText()).isEqualTo("IRQ");
            assertThat(e.get("target").asText()).isEqualTo("IRN");
            assertThat(e.get("quadClass").asInt()).isEqualTo(4);
        });
        assertThat(list(dyads.get("actors"))).extracting(x -> x.get("code").asText())
                .contains("FRA", "DEU", "IRN", "IRQ", "ESP");

        JsonNode places = fixture.http.get("/api/places").json().get("places");
        assertThat(list(places)).anySatisfy(p -> {
            assertThat(p.get("name").asText()).isEqualTo("Baghdad");
            assertThat(p.get("count").asInt()).isEqualTo(2);
        });
        assertThat(fixture.http.get("/api/places?quad=1").json().get("places")).hasSize(2);
    }

    @Test
    void aReadOnlyStoreRefusesWrites(@TempDir Path other) {
        try (StoreFixture f = new StoreFixture(other)) {
            // fills the store, then closes it
        }
        try (DatelineServer s = DatelineServer.start(ServerConfig.defaults(0).withToken(StoreFixture.TOKEN),
                new ScriptedCoder(), Store.openReadOnly(other))) {
            Http h = new Http(s.port());
            assertThat(h.get("/api/health").json().get("writes").asBoolean()).isFalse();
            assertThat(h.get("/api/events").json().get("events")).hasSize(7);
            assertJsonError(h.post("/api/articles", "text/plain", "Spain praised France.", "Authorization",
                    "Bearer " + StoreFixture.TOKEN), 403, "read-only");
        }
    }
}
