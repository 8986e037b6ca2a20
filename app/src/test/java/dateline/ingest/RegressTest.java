package dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every input that once broke a reader ({@code src/test/resources/regress/}, see its README), replayed through the
 * same targets the fuzzer drives: none may throw or break a reader's contract again.
 */
class RegressTest {
    @TempDir
    static Path tmp;

    static List<Path> inputs() throws IOException, URISyntaxException {
        Path dir = Path.of(RegressTest.class.getResource("/regress/README.md").toURI()).getParent();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> !p.getFileName().toString().equals("README.md")).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void readersSurvive(Path input) throws IOException {
        byte[] bytes = Files.readAllBytes(input);
        assertThat(bytes).isNotEmpty();
        new ReaderTargets(tmp).run(bytes);
    }
}
