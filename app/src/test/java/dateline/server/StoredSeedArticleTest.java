package dateline.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dateline.pipeline.Knowledge;
import dateline.pipeline.Pipeline;
import dateline.store.Store;
import dateline.testing.Seed;
import dateline.view.SharedFacts;
import java.nio.file.Path;
import java.time.Duration;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed on the real pipeline, coded by {@code POST /api/code} and stored by {@code POST /api/articles}:
 * {@code GET /api/articles/{id}} gives the same article (boilerplate and all), entities, sentences, actors,
 * quotes, places, tone and events, field by field, as the freshly coded one.
 */
class StoredSeedArticleTest {
    private static final String TOKEN = "seed-token-0123456";

    @TempDir
    static Path dir;
    static DatelineServer server;
    static Http http;

    @BeforeAll
    static void start() {
        PipelinePool pool = new PipelinePool(() -> new Pipeline(Seed.annotator(), Knowledge.bundled())::code, 1,
                Duration.ofMinutes(3));
        server = DatelineServer.start(ServerConfig.defaults(0).withToken(TOKEN), pool, Store.open(dir));
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aStoredSeedReadsBackAsTheCodedOne() {
        String path = "?name=iran-iraq-call.txt&date=2020-11-29";
        Http.Reply coded = http.post("/api/code" + path, "text/plain; charset=utf-8", Seed.bytes());
        assertThat(coded.status()).as(coded.body()).isEqualTo(200);
        Http.Reply written = http.post("/api/articles" + path, "text/plain; charset=utf-8", Seed.bytes(),
                "Authorization", "Bearer " + TOKEN);
        assertThat(written.status()).as(written.body()).isEqualTo(201);
        String id = written.json().get("articleId").asText();
        assertThat(id).isEqualTo(coded.json().get("article").get("id").asText());
        JsonNode stored = http.get("/api/articles/" + id).json();

        JsonNode fresh = SharedFacts.shared(coded.json());
        JsonNode back = SharedFacts.shared(stored);
        assertThat(fresh.get("entities")).isNotEmpty();
        assertThat(fresh.get("article").get("boilerplate")).isNotEmpty();
        assertThat(fresh.get("places")).isNotEmpty();
        assertThat(fresh.get("events")).isNotEmpty();
        assertThat(back.size()).isEqualTo(fresh.size());
        SoftAssertions soft = new SoftAssertions();
        fresh.fieldNames().forEachRemaining(f -> {
            if (fresh.get(f).isArray()) {
                // Item by item, so that a failure names the one that differs.
                soft.assertThat(back.get(f)).as(f).hasSameSizeAs(fresh.get(f));
                for (int i = 0; i < Math.min(fresh.get(f).size(), back.get(f).size()); i++) {
                    soft.assertThat(back.get(f).get(i)).as(f + "[" + i + "]").isEqualTo(fresh.get(f).get(i));
                }
            } else {
                soft.assertThat(back.get(f)).as(f).isEqualTo(fresh.get(f));
            }
        });
        soft.assertAll();
        // What the store adds: each counted event's row, and the article's place among its source's versions.
        assertThat(stored.get("events").get(0).get("eventId").isNumber()).isTrue();
        assertThat(stored.get("article").get("isCurrent").asBoolean()).isTrue();
        assertThat(stored.get("article").get("version").asInt()).isEqualTo(1);
    }
}
