package dateline.dedup;

/**
 * An article found to copy an earlier one.
 *
 * @param original the id of the first article of the group (every copy points at the group's first article)
 * @param kind     EXACT (same normalised text) or NEAR (SimHash within {@link DuplicateIndex#MAX_DISTANCE} bits)
 * @param distance SimHash bit distance to the original (0 for exact copies)
 */
public record Duplicate(String original, Kind kind, int distance) {
    /** How close the copy is. */
    public enum Kind { EXACT, NEAR }
}
