package dateline.event;

import java.util.ArrayList;
import java.util.List;

/**
 * What the coder did at each trigger, for {@code dateline explain}. {@link #NONE} records nothing, so coding for
 * output pays nothing for the explanation; {@link #recording()} keeps every step.
 */
final class Trace {
    static final Trace NONE = new Trace(null);

    private final List<Explanation.TriggerTrace> triggers;

    private Trace(List<Explanation.TriggerTrace> triggers) {
        this.triggers = triggers;
    }

    static Trace recording() {
        return new Trace(new ArrayList<>());
    }

    /** Whether steps are recorded (then callers also collect the patterns tried). */
    boolean on() {
        return triggers != null;
    }

    void add(Explanation.TriggerTrace t) {
        if (triggers != null) {
            triggers.add(t);
        }
    }

    /** The recorded steps, in order; empty for {@link #NONE}. */
    List<Explanation.TriggerTrace> triggers() {
        return triggers == null ? List.of() : triggers;
    }
}
