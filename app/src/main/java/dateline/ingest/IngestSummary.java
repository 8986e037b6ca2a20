package dateline.ingest;

import java.time.Duration;
import java.util.List;

/**
 * What an ingest run did.
 *
 * @param read        articles read from the inputs
 * @param coded       articles coded by the pipeline
 * @param stored      articles written (new sources and new versions)
 * @param newVersions of those, new versions of a source stored before with other text
 * @param exactDuplicates stored articles that exactly copy an earlier one
 * @param nearDuplicates  stored articles that nearly copy an earlier one
 * @param skipped     articles already in the store (or repeated within the inputs): nothing written
 * @param failures    inputs or articles that failed, each a one-line reason naming it
 * @param mentions    event mentions written
 * @param tokens      tokens in the coded articles
 * @param elapsed     wall-clock time of the run
 */
public record IngestSummary(long read, long coded, long stored, long newVersions, long exactDuplicates,
        long nearDuplicates, long skipped, List<String> failures, long mentions, long tokens, Duration elapsed) {
    public IngestSummary {
        failures = List.copyOf(failures);
    }

    /** Articles coded per second of wall-clock time. */
    public double articlesPerSecond() {
        double s = elapsed.toMillis() / 1000.0;
        return s <= 0 ? 0 : coded / s;
    }

    /** Tokens coded per second of wall-clock time. */
    public double tokensPerSecond() {
        double s = elapsed.toMillis() / 1000.0;
        return s <= 0 ? 0 : tokens / s;
    }
}
