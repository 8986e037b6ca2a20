package dateline.article;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the dateline that opens a wire story, in the shapes agencies use:
 * {@code Tehran (IP) -}, {@code WASHINGTON (AP) —}, {@code BAGHDAD, Jan 5 (Reuters) -}, {@code Tehran, IRNA --},
 * {@code BEIRUT, Lebanon (AP) —}, {@code New Delhi [India], Jan 5 (ANI):}, {@code MOSCOW, May 5. /TASS/.}.
 *
 * <p>To avoid mistaking an opening phrase for a dateline, a candidate is accepted only when it names an agency, a
 * date, or is written in capitals ({@code WASHINGTON —}).
 */
public final class DatelineParser {
    private static final String WORD = "[\\p{Lu}][\\p{L}.'’]*";
    private static final Pattern DATELINE = Pattern.compile(
            "\\A(?<lead>\\s*)(?<place>" + WORD + "(?:[ \\-/]" + WORD + "){0,3})"
                    + "(?:\\s*\\[(?<bracket>[^\\]\\n]{1,30})\\])?"
                    + "(?<parts>(?:,\\s*[^,()\\[\\]\\n:—–]{1,32}?){0,3}?)"
                    + "\\s*(?:\\((?<agency>[^()\\n]{1,30})\\)|/(?<slashAgency>[A-Za-z\\-]{2,12})/)?"
                    + "\\s*(?<sep>—|–|--|-|:|\\.)[ \\t\\u00A0]*");
    private static final Pattern DATE_PART = Pattern.compile(
            "(?i)(?:\\d{1,2}\\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?(?:\\s+\\d{1,2})?(?:,?\\s+\\d{4})?\\.?"
                    + "|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?");

    private static final Pattern SLASH_AGENCY = Pattern.compile("/([A-Za-z\\-]{2,12})/\\.?[ \\t\\u00A0]*");

    private final Agencies agencies;

    public DatelineParser(Agencies agencies) {
        this.agencies = agencies;
    }

    /** Parses the dateline at the very start of {@code text}, if there is one. */
    public Optional<Dateline> parse(String text) {
        Matcher m = DATELINE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String place = m.group("place");
        String agencyCode = m.group("agency") != null ? m.group("agency").strip() : m.group("slashAgency");
        int end = m.end();
        // "MOSCOW, May 5. /TASS/." : the date's full stop ends the match before the agency.
        Matcher slash = SLASH_AGENCY.matcher(text).region(end, text.length());
        if (agencyCode == null && slash.lookingAt()) {
            agencyCode = slash.group(1);
            end = slash.end();
        }
        boolean hasDate = false;
        String region = null;
        String parts = m.group("parts");
        if (parts != null && !parts.isBlank()) {
            for (String part : parts.split(",")) {
                String p = part.strip();
                if (p.isEmpty()) {
                    continue;
                }
                if (DATE_PART.matcher(p).matches()) {
                    hasDate = true;
                } else if (agencyCode == null && agencies.find(p).isPresent()) {
                    agencyCode = p;
                } else if (p.matches("[\\p{Lu}][\\p{L}.' ]{1,30}") && region == null) {
                    region = p;
                } else {
                    return Optional.empty();
                }
            }
        }
        String sep = m.group("sep");
        boolean shouted = place.equals(place.toUpperCase(Locale.ROOT)) && place.chars().anyMatch(Character::isLetter)
                && place.length() > 2;
        Agency agency = agencyCode == null ? null : agencies.find(agencyCode).orElse(null);
        boolean accepted = agencyCode != null || hasDate || (shouted && !sep.equals("."));
        if (!accepted) {
            return Optional.empty();
        }
        if (sep.equals(".") && agencyCode == null && !hasDate) {
            return Optional.empty();
        }
        // A dateline is followed by the story, never by the end of the text.
        if (end >= text.length() || text.charAt(end) == '\n') {
            return Optional.empty();
        }
        int start = m.start("place");
        Span placeSpan = new Span(start, m.end("place"));
        return Optional.of(new Dateline(normalisePlace(place), placeSpan, agencyCode, agency, new Span(m.start("place"), end)));
    }

    private static String normalisePlace(String place) {
        if (!place.equals(place.toUpperCase(Locale.ROOT))) {
            return place;
        }
        StringBuilder out = new StringBuilder(place.length());
        boolean startOfWord = true;
        for (char c : place.toCharArray()) {
            out.append(startOfWord ? c : Character.toLowerCase(c));
            startOfWord = c == ' ' || c == '-' || c == '/';
        }
        return out.toString();
    }
}
