package dateline.eval;

import dateline.event.Event;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One sentence of a PentaClass set as coded.
 *
 * @param sentence    the gold sentence
 * @param events      the coded events that are scored (negated ones left out), in text order
 * @param classes     the PentaClass of each event, -1 for a code outside the table
 * @param sourceRight whether a coded event of the gold class has a source whose mention shares a content word with
 *                    a gold source span; null when the sentence has no gold source span
 * @param negated     coded events flagged negated, not scored
 * @param failure     why coding failed, or null
 */
public record PentaResult(PentaSentence sentence, List<Event> events, List<Integer> classes, Boolean sourceRight,
        int negated, String failure) {
    /** The column of the confusion table for a sentence with no event. */
    public static final int NONE = PentaSet.CLASSES;

    public PentaResult {
        Objects.requireNonNull(sentence, "sentence");
        events = List.copyOf(events);
        classes = List.copyOf(classes);
        if (classes.size() != events.size()) {
            throw new IllegalArgumentException("one class per event");
        }
    }

    /** Whether any event was coded. */
    public boolean detected() {
        return !events.isEmpty();
    }

    /** Whether some coded event has the gold class. */
    public boolean classRight() {
        return classes.contains(sentence.penta());
    }

    /**
     * The sentence's coded class for the confusion table: the gold class when some event has it, else the most
     * frequent class among the events (the earliest on a tie), {@link #NONE} when none was coded.
     */
    public int codedClass() {
        if (classRight()) {
            return sentence.penta();
        }
        Map<Integer, Integer> counts = new HashMap<>();
        int best = NONE;
        int bestCount = 0;
        for (int c : classes) {
            if (c < 0) {
                continue;
            }
            int n = counts.merge(c, 1, Integer::sum);
            if (n > bestCount) {
                best = c;
                bestCount = n;
            }
        }
        return best;
    }
}
