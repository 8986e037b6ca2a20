package dateline.eval;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One expected event.
 *
 * @param id            the gold's id for it ("E3"), or a generated one ("AFP0808020625_4#1")
 * @param required      whether it must be found; an optional event may be found without counting as a false
 *                      positive, and missing it costs nothing
 * @param accept        every code that counts as right: CAMEO codes ("1053", "105"), or for PLOVER golds the one
 *                      category ("DEMAND"); the first is the primary code shown in reports
 * @param mode          PLOVER mode the gold gives, or null (CAMEO golds: always null)
 * @param sourceCountry country the source must have (first three letters of its actor code), or null when the gold
 *                      does not constrain it
 * @param targetCountry country the target must have, or null when the gold does not constrain it
 * @param sourceCode    the gold's source actor code as written, for reports, or null
 * @param targetCode    the gold's target actor code as written, for reports, or null
 * @param note          the gold's note, or null
 * @param eventDate     when the event happened, if the gold says: a day ("2020-11-28") or a range
 *                      ("2020-11-16/2020-11-22"); null when the gold gives no date
 */
public record GoldEvent(String id, boolean required, List<String> accept, String mode, String sourceCountry,
        String targetCountry, String sourceCode, String targetCode, String note, String eventDate) {

    /** A gold event without a date. */
    public GoldEvent(String id, boolean required, List<String> accept, String mode, String sourceCountry,
            String targetCountry, String sourceCode, String targetCode, String note) {
        this(id, required, accept, mode, sourceCountry, targetCountry, sourceCode, targetCode, note, null);
    }

    public GoldEvent {
        Objects.requireNonNull(id, "id");
        accept = List.copyOf(accept);
        if (accept.isEmpty()) {
            throw new IllegalArgumentException("gold event " + id + " accepts no code");
        }
        sourceCountry = country(sourceCountry);
        targetCountry = country(targetCountry);
        eventDate = eventDate(eventDate);
    }

    /**
     * A gold event date in the form Dateline writes it: "YYYY-MM-DD", or "START/END" for a range (a range of one
     * day is that day); null for null or blank.
     *
     * @throws IllegalArgumentException naming the value, when it is neither
     */
    public static String eventDate(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String[] parts = raw.strip().split("/", -1);
        try {
            if (parts.length == 1) {
                return LocalDate.parse(parts[0]).toString();
            }
            if (parts.length == 2) {
                LocalDate start = LocalDate.parse(parts[0].strip());
                LocalDate end = LocalDate.parse(parts[1].strip());
                if (!end.isBefore(start)) {
                    return start.equals(end) ? start.toString() : start + "/" + end;
                }
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new IllegalArgumentException("event date \"" + raw + "\" is neither YYYY-MM-DD nor START/END");
    }

    /** The primary code: the first accepted one. */
    public String primary() {
        return accept.get(0);
    }

    /**
     * The country part of an actor code as the gold formats write it: its first three letters, upper-cased; null
     * for a missing code and for PETRARCH's "---" (a sector without a known country), which constrain nothing.
     */
    public static String country(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String c = code.strip().toUpperCase(Locale.ROOT);
        if (c.length() < 3 || c.startsWith("---")) {
            return null;
        }
        return c.substring(0, 3);
    }
}
