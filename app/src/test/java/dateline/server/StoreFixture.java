package dateline.server;

import static org.assertj.core.api.Assertions.assertThat;

import dateline.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A server over a fresh store filled through {@code POST /api/articles} with four articles in the scripted language.
 * Started at once over a given directory, or, registered with {@code @RegisterExtension}, over a temporary
 * directory before a test class's tests (and removed after them).
 */
final class StoreFixture implements AutoCloseable, BeforeAllCallback, AfterAllCallback {
    static final String TOKEN = "fixture-token-0123";

    /** name, date, text: written for these tests. */
    static final List<String[]> ARTICLES = List.of(
            new String[] {"paris.txt", "2024-01-15", "Paris - France praised Germany in Paris on Monday, officials said.\n\n"
                    + "Later Germany aided France with a loan."},
            new String[] {"baghdad.txt", "2024-02-10", "Baghdad - Iran criticized Iraq in Baghdad over the border.\n\n"
                    + "The next day Iraq attacked Iran in Baghdad, the ministry said."},
            new String[] {"madrid.txt", "2024-02-20", "Madrid - Spain praised France in Madrid.\n\n"
                    + "France praised Spain in return."},
            new String[] {"tehran.txt", "2024-03-05", "Tehran - Iran praised Iraq for the agreement."});

    DatelineServer server;
    Http http;
    private Path temporary;

    /** A fixture for {@code @RegisterExtension}: the store is made before the class's tests. */
    StoreFixture() {
    }

    /** A fixture over {@code dir}, started now. */
    StoreFixture(Path dir) {
        start(dir);
    }

    private void start(Path dir) {
        server = DatelineServer.start(ServerConfig.defaults(0).withToken(TOKEN), new ScriptedCoder(), Store.open(dir));
        http = new Http(server.port());
        for (String[] a : ARTICLES) {
            Http.Reply r = ingest(a);
            assertThat(r.status()).as(r.body()).isEqualTo(201);
        }
    }

    Http.Reply ingest(String[] a) {
        String json = "{\"name\":\"" + a[0] + "\",\"date\":\"" + a[1] + "\",\"text\":\""
                + a[2].replace("\n", "\\n") + "\"}";
        return http.post("/api/articles", "application/json", json, "Authorization", "Bearer " + TOKEN);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        temporary = Files.createTempDirectory("dateline-store-fixture");
        start(temporary);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        close();
        if (temporary != null) {
            deleteTree(temporary);
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }

    /** Removes a directory and everything below it (deepest first). */
    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
