package dateline.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /openapi.json} describes every field the coded-article and event views write, fresh or stored. */
class ViewSchemaTest {
    @TempDir
    static Path dir;
    static StoreFixture fixture;
    static JsonNode schemas;

    @BeforeAll
    static void start() {
        fixture = new StoreFixture(dir);
        schemas = fixture.http.get("/openapi.json").json().get("components").get("schemas");
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    /** The fields of {@code object} that the schema's properties do not name. */
    static List<String> undescribed(JsonNode object, JsonNode schema) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(f -> {
            if (!schema.get("properties").has(f)) {
                out.add(f);
            }
        });
        return out;
    }

    static void describes(JsonNode coded) {
        JsonNode article = schemas.get("CodedArticle");
        assertThat(undescribed(coded, article)).isEmpty();
        assertThat(undescribed(coded.get("article"), article.get("properties").get("article"))).isEmpty();
        assertThat(coded.get("events")).isNotEmpty();
        for (JsonNode e : coded.get("events")) {
            assertThat(undescribed(e, schemas.get("Event"))).isEmpty();
            assertThat(undescribed(e.get("source"), schemas.get("EventActor"))).isEmpty();
        }
        for (JsonNode p : coded.get("places")) {
            assertThat(undescribed(p, schemas.get("Place"))).isEmpty();
        }
        for (JsonNode a : coded.get("actors")) {
            assertThat(undescribed(a, schemas.get("Actor"))).isEmpty();
        }
    }

    @Test
    void theSchemaDescribesFreshAndStoredArticles() {
        describes(fixture.http.post("/api/code", "text/plain", "Iran praised Iraq in Baghdad.").json());
        String id = fixture.http.get("/api/events?quad=4").json().get("events").get(0).get("articleId").asText();
        describes(fixture.http.get("/api/articles/" + id).json());
    }

    @Test
    void theSchemaDescribesAStoredEvent() {
        long id = fixture.http.get("/api/events?quad=4").json().get("events").get(0).get("id").asLong();
        JsonNode event = fixture.http.get("/api/events/" + id).json();
        assertThat(undescribed(event, schemas.get("StoredEvent"))).isEmpty();
        JsonNode mention = event.get("mentions").get(0);
        JsonNode own = schemas.get("StoredEvent").get("properties").get("mentions").get("items").get("allOf").get(1);
        List<String> left = undescribed(mention, own);
        left.removeIf(f -> schemas.get("Event").get("properties").has(f));
        assertThat(left).isEmpty();
    }
}
