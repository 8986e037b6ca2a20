package dateline.spark;

/**
 * What a run of the job produced.
 *
 * @param articles articles coded
 * @param events   events coded
 * @param rejects  inputs rejected (unreadable or failed in the pipeline)
 * @param seconds  wall-clock time of the run, reading to last write
 */
public record JobSummary(long articles, long events, long rejects, double seconds) {
    /** Articles coded per second of wall-clock time. */
    public double articlesPerSecond() {
        return seconds <= 0 ? 0 : articles / seconds;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT,
                "%d articles coded, %d events, %d rejects in %.1f s (%.2f articles/s)",
                articles, events, rejects, seconds, articlesPerSecond());
    }
}
