package dateline.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dateline.testing.Seed;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The REST API on a real server bound to 127.0.0.1:0, with a coder that needs no models. */
class ServerApiTest {
    static final String TOKEN = "s3cret-token-for-tests";
    static DatelineServer server;
    static Http http;

    @BeforeAll
    static void start() {
        ServerConfig config = ServerConfig.defaults(0).withToken(TOKEN).withMaxBodyBytes(64 * 1024);
        server = DatelineServer.start(config, new FakeCoder());
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static void assertJsonError(Http.Reply r, int status, String messagePart) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        JsonNode json = r.json();
        assertThat(json.get("status").asInt()).isEqualTo(status);
        assertThat(json.get("error").asText()).contains(messagePart);
        assertThat(r.body()).doesNotContain("at dateline.").doesNotContain("Exception");
    }

    @Test
    void bindsLoopbackByDefault() {
        assertThat(ServerConfig.defaults(8080).host()).isEqualTo("127.0.0.1");
        assertThat(server.port()).isPositive();
    }

    @Test
    void healthSaysWhatIsAvailable() {
        Http.Reply r = http.get("/api/health");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("store").asBoolean()).isFalse();
    }

    @Test
    void codesPostedTextWithEvidenceSpansThatMatchTheText() {
        Http.Reply r = http.post("/api/code?date=2020-11-28&name=call.txt", "text/plain; charset=utf-8", Seed.bytes());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode json = r.json();
        String text = json.get("article").get("text").asText();
        assertThat(json.get("input").asText()).isEqualTo("call.txt");
        assertThat(json.get("article").get("date").asText()).isEqualTo("2020-11-28");
        assertThat(json.get("article").get("datelinePlace").asText()).isEqualTo("Tehran");
        assertThat(json.get("events")).hasSize(2);
        for (JsonNode e : json.get("events")) {
            JsonNode trigger = e.get("trigger");
            assertThat(text.substring(trigger.get("start").asInt(), trigger.get("end").asInt()))
                    .isEqualTo(trigger.get("text").asText());
            JsonNode source = e.get("source").get("mention");
            assertThat(text.substring(source.get("start").asInt(), source.get("end").asInt()))
                    .isEqualTo(source.get("text").asText());
        }
        assertThat(json.get("events").get(0).get("trigger").get("text").asText()).isEqualTo("opposes");
        assertThat(json.has("entities")).isTrue();
        assertThat(json.has("sentences")).isTrue();
    }

    @Test
    void codesJsonBodiesAndHtml() {
        Http.Reply r = http.post("/api/code", "application/json",
                "{\"html\":\"<html><head><title>Talks</title></head><body><article><h1>Talks stall</h1>"
                        + "<p>Madrid - Spain opposes the plan for a new harbour levy, officials said on Monday after"
                        + " a long meeting with the port authority and the regional government.</p>"
                        + "<p>The ministry said it would present its own proposal to the regional parliament before"
                        + " the end of the month, and asked shipping firms to send their comments in writing.</p>"
                        + "<p>Port workers welcomed the decision and said they would keep talking to both sides"
                        + " until an agreement on the levy was reached.</p></article></body></html>\","
                        + "\"date\":\"2024-03-04\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode json = r.json();
        assertThat(json.get("input").asText()).isEqualTo("posted.html");
        assertThat(json.get("article").get("text").asText()).contains("Spain opposes the plan").doesNotContain("<p>");
        assertThat(json.get("events").get(0).get("trigger").get("text").asText()).isEqualTo("opposes");
    }

    @Test
    void badInputGets400WithAMessage() {
        assertJsonError(http.post("/api/code", "text/plain", ""), 400, "empty");
        assertJsonError(http.post("/api/code", "text/plain", "   \n  "), 400, "whitespace");
        assertJsonError(http.post("/api/code?date=2020-13-45", "text/plain", "Some text."), 400, "not a date");
        assertJsonError(http.post("/api/code?date=" + LocalDate.now().plusDays(30), "text/plain", "Some text."),
                400, "in the future");
        assertJsonError(http.post("/api/code", "application/json", "{\"text\": "), 400, "not valid JSON");
        assertJsonError(http.post("/api/code", "application/json", "[1,2]"), 400, "must be an object");
        assertJsonError(http.post("/api/code", "application/json", "{\"text\":\"a\",\"html\":\"b\"}"), 400,
                "exactly one");
        assertJsonError(http.post("/api/code", "application/json", "{\"text\":42}"), 400, "must be a string");
        assertJsonError(http.post("/api/code", "application/json", "{\"txt\":\"x\"}"), 400, "unknown field");
        assertJsonError(http.post("/api/code", "image/png", new byte[] {1, 2, 3}), 415, "unsupported content type");
    }

    @Test
    void oversizedBodiesGet413() {
        byte[] big = "word ".repeat(20_000).getBytes(StandardCharsets.UTF_8);
        assertJsonError(http.post("/api/code", "text/plain", big), 413, "too large");
        assertJsonError(http.post("/api/articles", "application/json", big, "Authorization", "Bearer " + TOKEN),
                413, "too large");
    }

    @Test
    void oversizedHeadersAreRefusedWithJson() {
        Http.Reply r = http.get("/api/health", "X-Padding", "x".repeat(20_000));
        assertThat(r.status()).isEqualTo(431);
        assertThat(r.body()).startsWith("{").contains("\"status\":431");
    }

    @Test
    void writesNeedTheBearerToken() {
        assertJsonError(http.post("/api/articles", "application/json", "{}"), 401, "missing bearer token");
        assertJsonError(http.post("/api/articles", "application/json", "{}", "Authorization", "Bearer wrong-token"),
                401, "wrong bearer token");
        assertJsonError(http.post("/api/articles", "application/json", "{}", "Authorization",
                "Bearer " + TOKEN + "x"), 401, "wrong bearer token");
        assertJsonError(http.post("/api/articles", "application/json", "{}", "Authorization", "Basic abc"), 401,
                "missing bearer token");
        assertThat(http.post("/api/articles", "application/json", "{}").header("WWW-Authenticate"))
                .startsWith("Bearer");
    }

    @Test
    void writesAreOffWithoutAConfiguredToken() {
        try (DatelineServer s = DatelineServer.start(ServerConfig.defaults(0), new FakeCoder())) {
            Http h = new Http(s.port());
            assertJsonError(h.post("/api/articles", "application/json", "{}", "Authorization", "Bearer anything"),
                    403, "writes are disabled");
        }
    }

    @Test
    void storeEndpointsSayThereIsNoStore() {
        for (String path : List.of("/api/events", "/api/events/1", "/api/articles/x", "/api/actors/IRN",
                "/api/series", "/api/search?q=x")) {
            assertJsonError(http.get(path), 503, "no store");
        }
    }

    @Test
    void nothingOutsideTheStaticRootIsServed() {
        assertJsonError(http.get("/api/nothing-here"), 404, "not found");
        assertJsonError(http.get("/logback.xml"), 404, "not found");
        assertJsonError(http.get("/dateline/cli/Main.class"), 404, "not found");
        assertJsonError(http.get("/web/index.html"), 404, "not found");
        assertJsonError(http.get("/..%252flogback.xml"), 404, "not found");
        for (String line : List.of("GET /../logback.xml HTTP/1.1", "GET /css/../../logback.xml HTTP/1.1",
                "GET /css/..%2f..%2flogback.xml HTTP/1.1", "GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1",
                "GET /vendor/../../dateline/cli/Main.class HTTP/1.1")) {
            String response = http.raw(line);
            assertThat(response).as(line).doesNotStartWith("HTTP/1.1 200").doesNotContain("<configuration")
                    .doesNotContain("root:");
            assertThat(response).as(line).containsAnyOf("HTTP/1.1 404", "HTTP/1.1 400");
        }
        assertThat(http.get("/").status()).isEqualTo(200);
        assertThat(http.get("/js/read.js").status()).isEqualTo(200);
        assertThat(http.get("/vendor/cytoscape.min.js").status()).isEqualTo(200);
    }

    @Test
    void securityHeadersAndNoCorsByDefault() {
        Http.Reply r = http.get("/api/health", "Origin", "http://evil.example");
        assertThat(r.header("Access-Control-Allow-Origin")).isNull();
        assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.header("Content-Security-Policy")).contains("default-src 'self'");
        assertThat(http.get("/").header("Content-Security-Policy")).contains("script-src 'self'");
    }

    @Test
    void corsOnlyForConfiguredOrigins() {
        ServerConfig config = ServerConfig.defaults(0).withCorsOrigins(List.of("http://allowed.example"));
        try (DatelineServer s = DatelineServer.start(config, new FakeCoder())) {
            Http h = new Http(s.port());
            assertThat(h.get("/api/health", "Origin", "http://allowed.example").header("Access-Control-Allow-Origin"))
                    .isEqualTo("http://allowed.example");
            assertThat(h.get("/api/health", "Origin", "http://evil.example").header("Access-Control-Allow-Origin"))
                    .isNull();
        }
    }

    @Test
    void internalErrorsHideTheirDetails() {
        ArticleCoder broken = a -> {
            throw new IllegalStateException("secret internal detail");
        };
        try (DatelineServer s = DatelineServer.start(ServerConfig.defaults(0), broken)) {
            Http.Reply r = new Http(s.port()).post("/api/code", "text/plain", "Paris - France said no.");
            assertJsonError(r, 500, "internal error");
            assertThat(r.body()).doesNotContain("secret").doesNotContain("IllegalState");
        }
    }

    @Test
    void wrongMethodGets405() {
        assertThat(http.get("/api/code").status()).isIn(404, 405);
        assertThat(http.get("/api/code").header("Content-Type")).startsWith("application/json");
    }

    @Test
    void openApiDescribesEveryRoute() {
        Http.Reply r = http.get("/openapi.json");
        assertThat(r.status()).isEqualTo(200);
        JsonNode paths = r.json().get("paths");
        for (String p : List.of("/api/code", "/api/articles", "/api/events", "/api/events/{id}", "/api/articles/{id}",
                "/api/actors/{code}", "/api/series", "/api/search", "/api/health")) {
            assertThat(paths.has(p)).as(p).isTrue();
        }
    }
}
