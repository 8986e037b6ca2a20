package dateline.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Gold root by coded root: how often a gold event of root {@code g} was coded as root {@code p}. {@link #NONE} as
 * the coded root is a missed event; as the gold root, a false positive; both together, a no-event sentence left
 * empty.
 */
public final class Confusion {
    /** The label for "no event". */
    public static final String NONE = "none";

    private final Map<String, Map<String, Integer>> counts = new TreeMap<>();

    void add(String gold, String predicted) {
        counts.computeIfAbsent(gold == null ? NONE : gold, k -> new TreeMap<>())
                .merge(predicted == null ? NONE : predicted, 1, Integer::sum);
    }

    /** How often gold root {@code gold} was coded as {@code predicted}. */
    public int count(String gold, String predicted) {
        return counts.getOrDefault(gold, Map.of()).getOrDefault(predicted, 0);
    }

    /** Every root seen on either side, sorted, with {@link #NONE} last. */
    public List<String> labels() {
        TreeSet<String> all = new TreeSet<>(counts.keySet());
        counts.values().forEach(m -> all.addAll(m.keySet()));
        boolean none = all.remove(NONE);
        List<String> out = new ArrayList<>(all);
        if (none) {
            out.add(NONE);
        }
        return out;
    }

    public boolean isEmpty() {
        return counts.isEmpty();
    }
}
