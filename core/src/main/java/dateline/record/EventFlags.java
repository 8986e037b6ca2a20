package dateline.record;

import dateline.event.Event;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The flags of an event (NEGATED, HYPOTHETICAL, FUTURE, REPORTED) as every output writes them: names in
 * alphabetical order, joined by commas ("FUTURE,REPORTED"). One order, so that the same event reads the same in the
 * store, the Spark tables, the exports and the JSON views; alphabetical, so a reader need not know the enum.
 *
 * @param names the flag names, sorted
 */
public record EventFlags(List<String> names) {
    /** No flags. */
    public static final EventFlags NONE = new EventFlags(List.of());

    public EventFlags {
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(null);
        names = List.copyOf(sorted);
    }

    /** The flags of a coded event. */
    public static EventFlags of(Set<Event.Flag> flags) {
        return new EventFlags(flags.stream().map(Enum::name).toList());
    }

    /** Reads a stored field ({@link #field()}): null or empty gives {@link #NONE}. */
    public static EventFlags parse(String field) {
        if (field == null || field.isBlank()) {
            return NONE;
        }
        return new EventFlags(Arrays.stream(field.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
    }

    /** Whether {@code flag} is set. */
    public boolean contains(Event.Flag flag) {
        return names.contains(flag.name());
    }

    public boolean isEmpty() {
        return names.isEmpty();
    }

    /** The stored and exported field: "FUTURE,REPORTED", or null for no flags. */
    public String field() {
        return names.isEmpty() ? null : String.join(",", names);
    }

    @Override
    public String toString() {
        return String.join(",", names);
    }
}
