package dateline.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fingerprints of the articles seen so far, answering "is this article a copy of one already seen?".
 *
 * <p>Near-duplicate lookup uses the pigeonhole trick of Manku et al. (WWW 2007): two 64-bit hashes within
 * {@value #MAX_DISTANCE} bits agree exactly on at least one of four 16-bit bands, so each band is a hash-map
 * key and only the few articles sharing a band are compared. Not thread-safe: the store's single writer owns it.
 */
public final class DuplicateIndex {
    /** Largest SimHash bit distance still called a near-duplicate (3 of 64, as in Manku et al.). */
    public static final int MAX_DISTANCE = 3;
    private static final int BANDS = 4;

    private final Map<String, String> byContent = new HashMap<>();
    private final List<Map<Integer, List<Entry>>> bands = new ArrayList<>();
    private final Map<String, String> groupOf = new HashMap<>();

    private record Entry(String id, long simHash) {
    }

    public DuplicateIndex() {
        for (int i = 0; i < BANDS; i++) {
            bands.add(new HashMap<>());
        }
    }

    /** The article this fingerprint copies, if any; the answer names the first article of its group. */
    public Optional<Duplicate> find(Fingerprint f) {
        String exact = byContent.get(f.contentHash());
        if (exact != null) {
            return Optional.of(new Duplicate(groupOf.getOrDefault(exact, exact), Duplicate.Kind.EXACT, 0));
        }
        if (f.words() < Fingerprint.MIN_WORDS) {
            return Optional.empty();
        }
        Entry best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int b = 0; b < BANDS; b++) {
            List<Entry> candidates = bands.get(b).get(band(f.simHash(), b));
            if (candidates == null) {
                continue;
            }
            for (Entry e : candidates) {
                int d = Fingerprint.distance(e.simHash, f.simHash());
                if (d <= MAX_DISTANCE && d < bestDistance) {
                    best = e;
                    bestDistance = d;
                }
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        return Optional.of(new Duplicate(groupOf.getOrDefault(best.id, best.id), Duplicate.Kind.NEAR, bestDistance));
    }

    /**
     * Records an article. {@code group} is the first article of its duplicate group (its own id when it is an
     * original).
     */
    public void add(String id, Fingerprint f, String group) {
        byContent.putIfAbsent(f.contentHash(), id);
        groupOf.put(id, group);
        if (f.words() >= Fingerprint.MIN_WORDS) {
            Entry e = new Entry(id, f.simHash());
            for (int b = 0; b < BANDS; b++) {
                bands.get(b).computeIfAbsent(band(f.simHash(), b), k -> new ArrayList<>(1)).add(e);
            }
        }
    }

    /** Number of articles recorded. */
    public int size() {
        return groupOf.size();
    }

    private static int band(long hash, int b) {
        return (int) ((hash >>> (16 * b)) & 0xFFFF);
    }
}
