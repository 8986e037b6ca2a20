package dateline.article;

/**
 * A half-open character range {@code [start, end)} into {@link Article#text()}.
 *
 * <p>Every derived fact in Dateline carries one or more spans so that a user can check it against the
 * article. Spans validate themselves: a negative start or an end before the start is a programming error.
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** The text this span covers in {@code text}. */
    public String slice(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    /** The smallest span covering both. */
    public Span union(Span other) {
        return new Span(Math.min(start, other.start), Math.max(end, other.end));
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }

    @Override
    public String toString() {
        return "[" + start + "," + end + ")";
    }
}
