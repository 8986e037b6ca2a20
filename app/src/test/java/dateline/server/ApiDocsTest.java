package dateline.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code docs/server.md}'s endpoint table, {@code /openapi.json} and what the server accepts say the same: the
 * same endpoints, each with the same query parameters (the server's list comes from its 400 for an unknown
 * parameter, which names every accepted one).
 */
class ApiDocsTest {
    private static final Pattern ROW = Pattern.compile("^\\| `(GET|POST) (/\\S+)` \\|([^|]*)\\|");
    private static final Pattern CODE = Pattern.compile("`([A-Za-z0-9]+)`");
    private static final Pattern EXPECTED = Pattern.compile("expected one of ([^)]*)\\)");

    @RegisterExtension
    static final StoreFixture fixture = new StoreFixture();

    /** "GET /api/events" to its documented query parameters. */
    static Map<String, Set<String>> documented() throws IOException {
        Path doc = Path.of("..", "docs", "server.md");
        Map<String, Set<String>> out = new TreeMap<>();
        boolean inTable = false;
        for (String line : Files.readAllLines(doc)) {
            // The endpoint table only (other tables, such as the benchmarks', also name endpoints).
            if (line.startsWith("| endpoint | parameters |")) {
                inTable = true;
            } else if (!line.startsWith("|")) {
                inTable = false;
            }
            Matcher m = ROW.matcher(line);
            if (!inTable) {
                continue;
            }
            if (m.find()) {
                Set<String> params = new TreeSet<>();
                Matcher c = CODE.matcher(m.group(3));
                while (c.find()) {
                    params.add(c.group(1));
                }
                out.put(m.group(1) + " " + m.group(2), params);
            }
        }
        return out;
    }

    static Map<String, Set<String>> openApi() {
        JsonNode api = fixture.http.get("/openapi.json").json();
        Map<String, Set<String>> out = new TreeMap<>();
        api.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            Set<String> params = new TreeSet<>();
            JsonNode list = op.getValue().get("parameters");
            if (list != null) {
                for (JsonNode p : list) {
                    if (p.has("$ref")) {
                        String name = p.get("$ref").asText().replace("#/components/parameters/", "");
                        p = api.get("components").get("parameters").get(name);
                    }
                    if (p.get("in").asText().equals("query")) {
                        params.add(p.get("name").asText());
                    }
                }
            }
            out.put(op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey(), params);
        }));
        return out;
    }

    @Test
    void theDocsListTheEndpointsAndParametersOfTheOpenApiDescription() throws IOException {
        Map<String, Set<String>> docs = documented();
        assertThat(docs).hasSizeGreaterThan(10);
        // As text, one endpoint a line, so that a failure shows the difference.
        assertThat(docs.toString().replace("], ", "],\n")).isEqualTo(openApi().toString().replace("], ", "],\n"));
    }

    @Test
    void theServerAcceptsExactlyTheDescribedParameters() {
        for (Map.Entry<String, Set<String>> e : openApi().entrySet()) {
            String[] op = e.getKey().split(" ");
            String path = op[1].replace("{id}", "1").replace("{code}", "IRN");
            Http.Reply r = op[0].equals("GET") ? fixture.http.get(path + "?zzzUnknown=1")
                    : fixture.http.post(path + "?zzzUnknown=1", "text/plain", "Spain praised France.",
                            "Authorization", "Bearer " + StoreFixture.TOKEN);
            assertThat(r.status()).as(e.getKey() + ": " + r.body()).isEqualTo(400);
            Matcher m = EXPECTED.matcher(r.json().get("error").asText());
            assertThat(m.find()).as(e.getKey() + ": " + r.body()).isTrue();
            Set<String> accepted = new TreeSet<>(Arrays.stream(m.group(1).split(", "))
                    .filter(s -> !s.isBlank()).toList());
            assertThat(accepted).as(e.getKey()).isEqualTo(e.getValue());
        }
    }
}
