package dateline.eval;

import dateline.event.Event;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Matches one sentence's coded events to its gold events, one to one, at one level.
 *
 * <p>The matching is a maximum bipartite matching (augmenting paths) that first matches as many required gold
 * events as possible and only then optional ones, so an optional gold event never takes a coded event a required
 * one could have had. A coded event left over is a false positive, unless it repeats a matched coded event of the
 * same sentence (same label at this level, same source and target countries): the same event said twice
 * ("US troops ... The Americans ..."), counted as a duplicate.
 */
final class EventMatcher {
    private final Scheme scheme;

    EventMatcher(Scheme scheme) {
        this.scheme = scheme;
    }

    SentenceMatch match(Level level, List<GoldEvent> gold, List<Event> predicted) {
        int g = gold.size();
        int p = predicted.size();
        boolean[][] ok = new boolean[g][p];
        for (int i = 0; i < g; i++) {
            for (int j = 0; j < p; j++) {
                ok[i][j] = Labels.matches(scheme, level, gold.get(i), predicted.get(j));
            }
        }
        int[] predTo = new int[p];
        Arrays.fill(predTo, -1);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < g; i++) {
            if (gold.get(i).required()) {
                order.add(i);
            }
        }
        for (int i = 0; i < g; i++) {
            if (!gold.get(i).required()) {
                order.add(i);
            }
        }
        // Kuhn's algorithm: a gold event once matched stays matched through later augmentations, so processing
        // required events first keeps their matching maximum.
        for (int i : order) {
            augment(i, ok, predTo, new boolean[p]);
        }
        Integer[] goldTo = new Integer[g];
        Arrays.fill(goldTo, -1);
        for (int j = 0; j < p; j++) {
            if (predTo[j] >= 0) {
                goldTo[predTo[j]] = j;
            }
        }
        SentenceMatch.Outcome[] outcomes = new SentenceMatch.Outcome[p];
        Set<String> matchedKeys = new HashSet<>();
        for (int j = 0; j < p; j++) {
            if (predTo[j] >= 0) {
                outcomes[j] = gold.get(predTo[j]).required() ? SentenceMatch.Outcome.MATCHED
                        : SentenceMatch.Outcome.OPTIONAL;
                matchedKeys.add(key(level, predicted.get(j)));
            }
        }
        for (int j = 0; j < p; j++) {
            if (outcomes[j] == null) {
                outcomes[j] = matchedKeys.contains(key(level, predicted.get(j))) ? SentenceMatch.Outcome.DUPLICATE
                        : SentenceMatch.Outcome.FALSE_POSITIVE;
            }
        }
        return new SentenceMatch(Arrays.asList(goldTo), Arrays.asList(outcomes));
    }

    private static boolean augment(int i, boolean[][] ok, int[] predTo, boolean[] seen) {
        for (int j = 0; j < predTo.length; j++) {
            if (ok[i][j] && !seen[j]) {
                seen[j] = true;
                if (predTo[j] < 0 || augment(predTo[j], ok, predTo, seen)) {
                    predTo[j] = i;
                    return true;
                }
            }
        }
        return false;
    }

    private String key(Level level, Event e) {
        return Labels.label(scheme, level, e) + "|" + Labels.country(e.source()) + "|" + Labels.country(e.target());
    }
}
