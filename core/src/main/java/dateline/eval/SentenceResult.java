package dateline.eval;

import java.util.Map;

/** A scored sentence with its matching at every level. */
public record SentenceResult(SentenceCase sentence, Map<Level, SentenceMatch> matches) {
    public SentenceResult {
        matches = Map.copyOf(matches);
    }

    public SentenceMatch at(Level level) {
        return matches.get(level);
    }
}
