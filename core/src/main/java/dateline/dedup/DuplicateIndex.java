package dateline.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fingerprints of the articles seen so far, answering "is this article a copy of one already seen?".
 *
 * <p>Near-duplicate lookup is MinHash locality-sensitive hashing: the signature is cut into {@value #BANDS}
 * bands of {@value #ROWS} values; articles sharing a band are candidates (at similarity 0.7 a pair shares one
 * with probability 1 - (1 - 0.7^4)^32 &gt; 0.999), and candidates are kept when their estimated similarity
 * reaches {@value #MIN_SIMILARITY} (128 hashes: the estimate's standard error is at most 0.045). A wire copy
 * with a new lead sentence or a one-line tail keeps 0.8 or more of its 3-word shingles; unrelated articles
 * share almost none. Not thread-safe: the store's single writer owns it.
 */
public final class DuplicateIndex {
    /** Lowest estimated Jaccard similarity of 3-word shingles still called a near-duplicate. */
    public static final double MIN_SIMILARITY = 0.7;
    private static final int BANDS = 32;
    private static final int ROWS = Fingerprint.HASHES / BANDS;

    private final Map<String, String> byContent = new HashMap<>();
    private final Map<Long, List<Entry>> bands = new HashMap<>();
    private final Map<String, String> groupOf = new HashMap<>();

    private record Entry(String id, int[] minHash) {
    }

    /** The article this fingerprint copies, if any; the answer names the first article of its group. */
    public Optional<Duplicate> find(Fingerprint f) {
        String exact = byContent.get(f.contentHash());
        if (exact != null) {
            return Optional.of(new Duplicate(groupOf.getOrDefault(exact, exact), Duplicate.Kind.EXACT, 1.0));
        }
        if (f.words() < Fingerprint.MIN_WORDS) {
            return Optional.empty();
        }
        Entry best = null;
        double bestSim = -1;
        for (int b = 0; b < BANDS; b++) {
            List<Entry> candidates = bands.get(bandKey(f.minHash(), b));
            if (candidates == null) {
                continue;
            }
            for (Entry e : candidates) {
                double s = Fingerprint.similarity(e.minHash, f.minHash());
                if (s >= MIN_SIMILARITY && s > bestSim) {
                    best = e;
                    bestSim = s;
                }
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        return Optional.of(new Duplicate(groupOf.getOrDefault(best.id, best.id), Duplicate.Kind.NEAR, bestSim));
    }

    /**
     * Records an article. {@code group} is the first article of its duplicate group (its own id when it is an
     * original).
     */
    public void add(String id, Fingerprint f, String group) {
        byContent.putIfAbsent(f.contentHash(), id);
        groupOf.put(id, group);
        if (f.words() >= Fingerprint.MIN_WORDS && f.minHash() != null) {
            Entry e = new Entry(id, f.minHash());
            for (int b = 0; b < BANDS; b++) {
                bands.computeIfAbsent(bandKey(f.minHash(), b), k -> new ArrayList<>(1)).add(e);
            }
        }
    }

    /** Number of articles recorded. */
    public int size() {
        return groupOf.size();
    }

    private static long bandKey(int[] sig, int band) {
        long h = band;
        for (int i = band * ROWS; i < band * ROWS + ROWS; i++) {
            h = h * 0x100000001b3L + sig[i];
        }
        return h;
    }
}
