package dateline.export;

/**
 * The counting columns of a GDELT Event record: how often the event was reported and the average tone of the
 * reports.
 *
 * @param numMentions NumMentions
 * @param numSources  NumSources
 * @param numArticles NumArticles
 * @param avgTone     AvgTone, or null when no report was scored
 */
public record GdeltCounts(int numMentions, int numSources, int numArticles, Double avgTone) {

    /** One report of the event in one article of tone {@code tone} (null when not scored). */
    public static GdeltCounts single(Double tone) {
        return new GdeltCounts(1, 1, 1, tone);
    }
}
