package dateline.store;

import java.time.LocalDate;

/**
 * Filters for {@code dateline query}; every field is optional (null means no filter) and all given ones must
 * hold.
 *
 * @param actor        an actor code prefix or country on either side ("IRN", "IRNGOV", "USA")
 * @param actor1       the same, for the source actor only
 * @param actor2       the same, for the target actor only
 * @param code         CAMEO event code prefix ("04", "042", "0871")
 * @param root         CAMEO root code ("04")
 * @param quadClass    1 to 4
 * @param goldsteinMin lowest Goldstein weight
 * @param goldsteinMax highest Goldstein weight
 * @param from         first day of the event date (or, with {@code byPublication}, of a mentioning article's
 *                     publication date)
 * @param to           last day, likewise
 * @param source       news source (agency, site or input) of at least one mentioning article; substring,
 *                     case-insensitive
 * @param place        place name, substring, case-insensitive
 * @param placeCountry place country, ISO alpha-3 or FIPS
 * @param limit        most rows to return
 * @param byPublication whether {@code from}/{@code to} select events by the publication date of a current
 *                     mentioning article instead of by the event date
 */
public record EventFilter(String actor, String actor1, String actor2, String code, String root, Integer quadClass,
        Double goldsteinMin, Double goldsteinMax, LocalDate from, LocalDate to, String source, String place,
        String placeCountry, int limit, boolean byPublication) {

    /** No filter, at most {@code limit} rows. */
    public static EventFilter all(int limit) {
        return new EventFilter(null, null, null, null, null, null, null, null, null, null, null, null, null, limit, false);
    }
}
