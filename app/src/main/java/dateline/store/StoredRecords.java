package dateline.store;

import dateline.article.Span;
import dateline.geo.Place;
import dateline.record.ActorRecord;
import dateline.record.EventFlags;
import dateline.record.EventRecord;
import dateline.record.Evidence;
import dateline.record.MentionRecord;
import dateline.time.EventDate;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * The row model read back from the store: an {@link EventRecord} from an {@code events} row, a {@link MentionRecord}
 * from a {@code mentions} row joined to its event, so that the exports lay out stored events with the same code as
 * freshly coded ones. Columns are read by their table names.
 */
final class StoredRecords {
    private StoredRecords() {
    }

    /**
     * The event of a stored event row: actors as code, name and country (no mention), the place as its event
     * columns. Reads the {@code events} columns ({@code day}, {@code source_code}, ..., {@code place_geoname_id});
     * PLOVER category and mode when the row has them ({@code mentions} columns), else null.
     */
    static EventRecord event(ResultSet r) throws SQLException {
        return event(r, false);
    }

    /**
     * The mention of a {@code mentions} row joined to its event's columns and to the texts its spans cover
     * ({@code sentence_text}, {@code trigger_text}, {@code date_text}, sliced from the article).
     */
    static MentionRecord mention(ResultSet r) throws SQLException {
        EventRecord e = event(r, true);
        Span dateEvidence = span(r, "date_evidence");
        String basis = r.getString("date_basis");
        EventDate date = basis == null ? EventDate.undated()
                : new EventDate(date(r, "event_date_start"), date(r, "event_date_end"), EventDate.Basis.valueOf(basis),
                        dateEvidence, dateEvidence == null ? null : r.getString("date_text"));
        return new MentionRecord(r.getString("article_id"), r.getInt("mention"), r.getInt("sentence"), e,
                EventFlags.parse(r.getString("flags")), r.getInt("confidence"),
                evidence(r, "trigger", r.getString("trigger_text")),
                evidence(r, "sentence", r.getString("sentence_text")), evidence(r, "quote", null), r.getString("rule"),
                r.getString("place_reason"), date);
    }

    private static EventRecord event(ResultSet r, boolean mention) throws SQLException {
        String type = r.getString("place_type");
        Place place = type == null ? null : new Place(r.getString("place_name"), null, null,
                Place.FeatureType.valueOf(type), r.getDouble("place_lat"), r.getDouble("place_lon"), null,
                r.getString("place_country_iso3"), r.getString("place_country_fips"), r.getString("place_adm1"),
                r.getObject("place_geoname_id") == null ? 0 : r.getLong("place_geoname_id"), null);
        return new EventRecord(actor(r, "source", mention), actor(r, "target", mention), r.getString("code"),
                r.getString("base_code"), r.getString("root_code"), r.getInt("quad_class"), r.getDouble("goldstein"),
                mention ? r.getString("plover_category") : null, mention ? r.getString("plover_mode") : null,
                r.getBoolean("is_root"), place, date(r, "day"));
    }

    private static ActorRecord actor(ResultSet r, String prefix, boolean mention) throws SQLException {
        String code = r.getString(prefix + "_code");
        String name = r.getString(prefix + "_name");
        Evidence said = mention ? evidence(r, prefix, r.getString(prefix + "_text")) : null;
        return code == null && name == null && said == null ? null
                : new ActorRecord(code, name, r.getString(prefix + "_country"), null, null, said);
    }

    /** The evidence in columns {@code PREFIX_start} and {@code PREFIX_end}, with its text; null when unset. */
    private static Evidence evidence(ResultSet r, String prefix, String text) throws SQLException {
        Span s = span(r, prefix);
        return s == null ? null : new Evidence(s.start(), s.end(), text);
    }

    private static Span span(ResultSet r, String prefix) throws SQLException {
        Object start = r.getObject(prefix + "_start");
        Object end = r.getObject(prefix + "_end");
        return start == null || end == null ? null : new Span(((Number) start).intValue(), ((Number) end).intValue());
    }

    private static LocalDate date(ResultSet r, String column) throws SQLException {
        String d = r.getString(column);
        return d == null ? null : LocalDate.parse(d);
    }
}
