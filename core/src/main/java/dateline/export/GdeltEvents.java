package dateline.export;

import dateline.record.ActorRecord;
import dateline.record.EventRecord;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * The GDELT 2.0 Event record (61 columns) of an {@link EventRecord}: the one place that lays an event out in
 * GDELT's columns. The store's {@code export --format gdelt-events} (from its aggregated event rows) and the Spark
 * job's GDELT text output (from freshly coded articles) both write these values, so the same event gives the same
 * fields in both.
 *
 * <p>Actor1 is the source and Actor2 the target; an event without a source (an agentless passive) has an empty
 * Actor1, as one without a target has an empty Actor2. The date columns are those of the event's day; ActionGeo is
 * the event's place; Actor1Geo and Actor2Geo are where its actors are ({@link ActorGeos}).
 */
public final class GdeltEvents {
    private GdeltEvents() {
    }

    /**
     * The 61 values of one event, in codebook order ({@link GdeltLayout#events()}).
     *
     * @param globalEventId GLOBALEVENTID
     * @param e             the event
     * @param geos          where its actors are
     * @param counts        NumMentions, NumSources, NumArticles and AvgTone
     * @param dateAdded     DATEADDED, as {@link GdeltValues#dateAdded} gives it
     * @param sourceUrl     SOURCEURL: the first report's URL (or, without one, its input)
     */
    public static List<Object> values(long globalEventId, EventRecord e, ActorGeos geos, GdeltCounts counts,
            long dateAdded, String sourceUrl) {
        List<Object> row = new ArrayList<>(GdeltLayout.EVENT_COLUMNS);
        row.add(globalEventId);
        row.addAll(GdeltValues.dateColumns(e.day()));
        row.addAll(actor(e.source()));
        row.addAll(actor(e.target()));
        row.add(e.isRoot() ? 1 : 0);
        row.add(e.code());
        row.add(e.baseCode());
        row.add(e.rootCode());
        row.add(e.quadClass());
        row.add(e.goldstein());
        row.add(counts.numMentions());
        row.add(counts.numSources());
        row.add(counts.numArticles());
        row.add(counts.avgTone());
        row.addAll(geos.actor1Geo().values());
        row.addAll(geos.actor2Geo().values());
        row.addAll(GdeltGeo.of(e.place()).values());
        row.add(dateAdded);
        row.add(sourceUrl);
        if (row.size() != GdeltLayout.EVENT_COLUMNS) {
            throw new IllegalStateException("GDELT row has " + row.size() + " columns, not "
                    + GdeltLayout.EVENT_COLUMNS);
        }
        return row;
    }

    /** The same values as one line of text, without the line end ({@link TsvWriter#line}). */
    public static String line(long globalEventId, EventRecord e, ActorGeos geos, GdeltCounts counts, long dateAdded,
            String sourceUrl) {
        return TsvWriter.line(values(globalEventId, e, geos, counts, dateAdded, sourceUrl));
    }

    /**
     * A positive 63-bit GLOBALEVENTID from a textual event id (SHA-256), for outputs without a numbering of their
     * own: GDELT readers expect a number.
     */
    public static long globalEventId(String eventId) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(eventId.getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (h[i] & 0xff);
            }
            return v & Long.MAX_VALUE;
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is required by every JVM", ex);
        }
    }

    private static List<Object> actor(ActorRecord a) {
        return GdeltValues.actor(ActorRecord.codeOf(a), ActorRecord.nameOf(a), ActorRecord.countryOf(a));
    }
}
