package dateline.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fuzzes every article reader (text and HTML files, JSON Lines, the HTML extractor, RSS/Atom feeds) through
 * {@link ReaderTargets}. Surefire's {@code fuzz} execution runs it with {@code JAZZER_FUZZ=1}: a real, coverage-guided
 * fuzzing run bounded by {@code maxDuration}. Without that variable (the IDE, a plain {@code -Dtest=}) Jazzer
 * replays the seeds in {@code ReadersFuzzTestInputs/fuzz} only. A crash it finds goes into
 * {@code src/test/resources/regress/} with its fix, where {@link RegressTest} replays it on every build.
 */
class ReadersFuzzTest {
    private static final ReaderTargets TARGETS = new ReaderTargets(tmp());

    @FuzzTest(maxDuration = "30s")
    void fuzz(byte[] input) {
        TARGETS.run(input);
    }

    private static Path tmp() {
        try {
            Path d = Files.createTempDirectory("dateline-fuzz");
            d.toFile().deleteOnExit();
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
