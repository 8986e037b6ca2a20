package dateline.spark;

import dateline.export.GdeltGeo;
import dateline.export.TsvWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes an event as one line in the 61 tab-separated columns of the GDELT 2.0 event table, so existing GDELT
 * tooling can read the job's output. Fields Dateline does not produce (known-group, ethnic and religion codes,
 * ADM2) are empty; NumMentions, NumSources and NumArticles are 1 (one row per coded mention: GDELT's
 * cross-article aggregation is left to queries over the Parquet tables).
 *
 * <p>The three geography groups (Actor1Geo, Actor2Geo, ActionGeo) are {@link GdeltGeo}'s values written by
 * {@link TsvWriter#format}, as {@code dateline export --format gdelt-events} writes them, so both give the same
 * columns for the same article.
 */
final class GdeltTsv {
    private static final int COLUMNS = 61;

    private GdeltTsv() {
    }

    static String line(EventRow e) {
        List<String> f = new ArrayList<>(COLUMNS);
        LocalDate d = e.date();
        f.add(Long.toString(globalEventId(e.eventId())));
        f.add(d == null ? "" : String.format(Locale.ROOT, "%04d%02d%02d", d.getYear(), d.getMonthValue(),
                d.getDayOfMonth()));
        f.add(d == null ? "" : String.format(Locale.ROOT, "%04d%02d", d.getYear(), d.getMonthValue()));
        f.add(d == null ? "" : Integer.toString(d.getYear()));
        f.add(d == null ? "" : String.format(Locale.ROOT, "%.4f", d.getYear() + (d.getDayOfYear() - 1) / 365.0));
        actor(f, e.sourceCode(), e.sourceName(), e.sourceCountry());
        actor(f, e.targetCode(), e.targetName(), e.targetCountry());
        f.add(e.isRoot() ? "1" : "0");
        f.add(e.eventCode());
        f.add(e.baseCode());
        f.add(e.rootCode());
        f.add(Integer.toString(e.quadClass()));
        f.add(Double.toString(e.goldstein()));
        f.add("1");
        f.add("1");
        f.add("1");
        f.add(e.tone() == null ? "" : Double.toString(e.tone()));
        geo(f, e.sourceGeo().gdelt()); // Actor1Geo_*
        geo(f, e.targetGeo().gdelt()); // Actor2Geo_*
        geo(f, GdeltGeo.of(e.placeFeatureType(), e.placeCountryIso3(), e.placeName(), e.placeCountryFips(),
                e.placeAdm1(), e.placeLat(), e.placeLon(), e.placeGeonameId())); // ActionGeo_*
        f.add(d == null ? "" : String.format(Locale.ROOT, "%04d%02d%02d000000", d.getYear(), d.getMonthValue(),
                d.getDayOfMonth()));
        f.add(e.url() != null ? e.url() : e.source());
        if (f.size() != COLUMNS) {
            throw new IllegalStateException("GDELT row has " + f.size() + " columns, not " + COLUMNS);
        }
        return String.join("\t", f.stream().map(GdeltTsv::clean).toList());
    }

    /** Code, name, country, then empty known-group/ethnic/religion codes and up to three 3-letter type codes. */
    private static void actor(List<String> f, String code, String name, String country) {
        f.add(code);
        f.add(name == null ? null : name.toUpperCase(Locale.ROOT));
        f.add(country);
        f.add(null);
        f.add(null);
        f.add(null);
        f.add(null);
        for (int i = 0; i < 3; i++) {
            int start = 3 + 3 * i;
            f.add(code != null && code.length() >= start + 3 ? code.substring(start, start + 3) : null);
        }
    }

    /** The eight columns of a geography group, formatted as the store's TSV export formats them. */
    private static void geo(List<String> f, GdeltGeo g) {
        for (Object v : g.values()) {
            f.add(TsvWriter.format(v));
        }
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

    /** Tabs and newlines would break the row: they become spaces. */
    private static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
