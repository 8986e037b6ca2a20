package dateline.store;

import java.util.EnumMap;
import java.util.Map;

/**
 * Where a {@link StoreWriter} spent its time, phase by phase, summed over every batch it wrote. Kept always: a few
 * clock reads per batch cost nothing next to the writes, and a benchmark can then split the writer's cost.
 */
final class WriterTimes {
    /** The phases of one batch. */
    enum Phase {
        /** Building and appending the rows: event keys, values, the appenders' buffers. */
        ROWS,
        /** Fingerprinting the article and searching the earlier ones for a duplicate. */
        DEDUP,
        /** Flipping is_current and finding the events of a replaced version. */
        VERSIONS,
        ARTICLES, SENTENCES, ACTORS, QUOTES, PLACES, EVENTS, MENTIONS,
        /** Recomputing the counts of the touched event rows. */
        AGGREGATES,
        COMMIT
    }

    private final long[] nanos = new long[Phase.values().length];
    private long batches;
    private long articles;

    void add(Phase p, long startNanos) {
        nanos[p.ordinal()] += System.nanoTime() - startNanos;
    }

    void addNanos(Phase p, long n) {
        nanos[p.ordinal()] += n;
    }

    long nanos(Phase p) {
        return nanos[p.ordinal()];
    }

    void batch(int size) {
        batches++;
        articles += size;
    }

    long batches() {
        return batches;
    }

    long articles() {
        return articles;
    }

    /** Milliseconds spent per phase, in phase order. */
    Map<Phase, Double> millis() {
        Map<Phase, Double> out = new EnumMap<>(Phase.class);
        for (Phase p : Phase.values()) {
            out.put(p, nanos[p.ordinal()] / 1e6);
        }
        return out;
    }
}
