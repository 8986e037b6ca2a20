package dateline.record;

import dateline.geo.Place;
import java.time.LocalDate;

/**
 * Who did what to whom, where and on which day: the fields of an event that an aggregated event row keeps (the
 * store's {@code events} table, GDELT's Event record). Built from a coded article by {@link MentionRecord#of}, or
 * read back from a stored event row.
 *
 * @param source         the actor doing it (GDELT's Actor1), or null for an agentless event ("was killed"): such
 *                       an event is written with an empty Actor1, as GDELT writes an empty Actor2
 * @param target         the actor it is done to (Actor2), or null
 * @param code           CAMEO event code ("1053")
 * @param baseCode       its three-digit base ({@link #baseOf})
 * @param rootCode       its two-digit root ("10")
 * @param quadClass      1 to 4
 * @param goldstein      Goldstein weight
 * @param ploverCategory PLOVER category, or null
 * @param ploverMode     PLOVER mode, or null
 * @param isRoot         whether it is its sentence's main event
 * @param place          where it happened (GDELT's ActionGeo), or null
 * @param day            the day that stands for its date ({@link dateline.time.EventDate#day()}), or null when
 *                       undated
 */
public record EventRecord(ActorRecord source, ActorRecord target, String code, String baseCode, String rootCode,
        int quadClass, double goldstein, String ploverCategory, String ploverMode, boolean isRoot, Place place,
        LocalDate day) {

    /** GDELT's EventBaseCode: the first three digits of a CAMEO code ("1053" gives "105"; "043" stays). */
    public static String baseOf(String code) {
        return code.length() > 3 ? code.substring(0, 3) : code;
    }

    /**
     * The place's identity for aggregation: "gn:" and its GeoNames id, else "n:" name and country; "" for none.
     * Two mentions of one event at one place fold into one event row.
     */
    public String placeKey() {
        if (place == null) {
            return "";
        }
        return place.geonameId() > 0 ? "gn:" + place.geonameId() : "n:" + place.name() + "|" + place.countryIso3();
    }
}
