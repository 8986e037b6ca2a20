package dateline.dedup;

/**
 * An article found to copy an earlier one.
 *
 * @param original   the id of the first article of the group (every copy points at the group's first article)
 * @param kind       EXACT (same normalised text) or NEAR (estimated shingle Jaccard similarity of at least
 *                   {@link DuplicateIndex#MIN_SIMILARITY})
 * @param similarity estimated Jaccard similarity to the article matched (1 for exact copies)
 */
public record Duplicate(String original, Kind kind, double similarity) {
    /** How close the copy is. */
    public enum Kind { EXACT, NEAR }
}
