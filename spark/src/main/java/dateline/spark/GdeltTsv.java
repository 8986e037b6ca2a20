package dateline.spark;

import dateline.export.GdeltGeo;
import dateline.export.GdeltValues;
import dateline.export.TsvWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes an event as one line in the 61 tab-separated columns of the GDELT 2.0 event table, so existing GDELT
 * tooling can read the job's output. Fields Dateline does not produce (known-group, ethnic and religion codes,
 * ADM2) are empty; NumMentions, NumSources and NumArticles are 1 (one row per coded mention: GDELT's
 * cross-article aggregation is left to queries over the Parquet tables).
 *
 * <p>The three geography groups (Actor1Geo, Actor2Geo, ActionGeo) are {@link GdeltGeo}'s values written by
 * {@link TsvWriter#format}, as {@code dateline export --format gdelt-events} writes them, so both give the same
 * columns for the same article. So are the date columns, actor names and type codes, Goldstein, tone and every
 * other field: built by {@link GdeltValues} and written by {@link GdeltValues#field} (tabs and newlines inside a
 * value escaped as the store export escapes them). DATEADDED is the job's run time, in GDELT's YYYYMMDDHHMMSS.
 */
final class GdeltTsv {
    private static final int COLUMNS = 61;

    private GdeltTsv() {
    }

    /**
     * The event's GDELT line.
     *
     * @param dateAdded DATEADDED (YYYYMMDDHHMMSS, {@link GdeltValues#dateAdded}): when the job coded the event
     */
    static String line(EventRow e, long dateAdded) {
        List<Object> f = new ArrayList<>(COLUMNS);
        f.add(globalEventId(e.eventId()));
        f.addAll(GdeltValues.dateColumns(e.eventDate()));
        f.addAll(GdeltValues.actor(e.sourceCode(), e.sourceName(), e.sourceCountry()));
        f.addAll(GdeltValues.actor(e.targetCode(), e.targetName(), e.targetCountry()));
        f.add(e.isRoot() ? 1 : 0);
        f.add(e.eventCode());
        f.add(e.baseCode());
        f.add(e.rootCode());
        f.add(e.quadClass());
        f.add(e.goldstein());
        f.add(1);
        f.add(1);
        f.add(1);
        f.add(e.tone());
        f.addAll(e.sourceGeo().gdelt().values()); // Actor1Geo_*
        f.addAll(e.targetGeo().gdelt().values()); // Actor2Geo_*
        f.addAll(GdeltGeo.of(e.placeFeatureType(), e.placeCountryIso3(), e.placeName(), e.placeCountryFips(),
                e.placeAdm1(), e.placeLat(), e.placeLon(), e.placeGeonameId()).values()); // ActionGeo_*
        f.add(dateAdded);
        f.add(e.url() != null ? e.url() : e.source());
        if (f.size() != COLUMNS) {
            throw new IllegalStateException("GDELT row has " + f.size() + " columns, not " + COLUMNS);
        }
        return String.join("\t", f.stream().map(GdeltValues::field).toList());
    }

    /** A positive 63-bit number from the event id: GDELT readers expect a numeric GLOBALEVENTID. */
    static long globalEventId(String eventId) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(eventId.getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (h[i] & 0xff);
            }
            return v & Long.MAX_VALUE;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }
}
