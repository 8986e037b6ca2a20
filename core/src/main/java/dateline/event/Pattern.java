package dateline.event;

import java.util.List;
import java.util.Set;

/**
 * An event pattern: a trigger word in a part of speech, the conditions on its dependents, and the CAMEO code it
 * gives. Patterns are data, read by {@link PatternSet} from the format documented in {@code docs/patterns.md}.
 *
 * @param id          where it was defined, "file:line"
 * @param code        the CAMEO code for source to target, or null for a pattern that only codes the reverse, or
 *                    {@link #NO_EVENT} for a pattern that blocks coding (a known non-event use of the trigger)
 * @param reverseCode the code for an event in the other direction (target to source), or null
 * @param triggers    trigger lemmas, lower case
 * @param pos         'V' verb, 'N' noun, 'A' adjective, or '*' any
 * @param constraints the conditions, all of which must hold
 * @param handWritten whether it comes from Dateline's own file (wins ties over imported patterns)
 * @param byLemma     whether the trigger was named directly rather than through a verb class (wins ties)
 */
public record Pattern(String id, String code, String reverseCode, Set<String> triggers, char pos,
        List<Constraint> constraints, boolean handWritten, boolean byLemma) {
    /** The code of a pattern that marks a use of the trigger as not an event. */
    public static final String NO_EVENT = "---";

    public Pattern {
        triggers = Set.copyOf(triggers);
        constraints = List.copyOf(constraints);
    }

    /** How specific the pattern is: more conditions, then own file, then a longer code, win. */
    public int specificity() {
        int s = 0;
        for (Constraint c : constraints) {
            s += c.words().isEmpty() ? 6 : 10;
        }
        s += handWritten ? 4 : 0;
        s += byLemma ? 2 : 0;
        String c = code != null ? code : reverseCode;
        return s * 10 + (c == null || c.equals(NO_EVENT) ? 0 : c.length());
    }

    public boolean blocks() {
        return NO_EVENT.equals(code);
    }
}
