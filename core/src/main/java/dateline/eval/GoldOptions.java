package dateline.eval;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * How to read gold files.
 *
 * @param article        the article a seed-format gold annotates ({@code --article}), or null to look for it
 * @param date           publication date for the seed article ({@code --date}), overriding the gold's, or null
 * @param bundledExample where the bundled example article may be (tried in order) when the gold is the project's
 *                       seed gold and no article is found beside it
 * @param today          dates after this are rejected as in the future
 */
public record GoldOptions(Path article, LocalDate date, List<Path> bundledExample, LocalDate today) {
    public GoldOptions {
        bundledExample = List.copyOf(bundledExample);
    }

    /** No article, no date, the example looked up under the working directory. */
    public static GoldOptions defaults() {
        return new GoldOptions(null, null, List.of(Path.of("examples", "iran-iraq-call.txt")),
                LocalDate.now(java.time.ZoneOffset.UTC));
    }
}
