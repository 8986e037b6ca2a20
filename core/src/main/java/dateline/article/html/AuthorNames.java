package dateline.article.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Cleans author strings as pages write them ("By Jane Doe and John Roe | Updated Nov. 3, 2019 | 4 Minute Read")
 * into names ("Jane Doe", "John Roe"): no "By", no dates, no reading times, no roles, no e-mail addresses.
 */
final class AuthorNames {
    private static final Pattern LEAD = Pattern.compile(
            "(?i)^\\s*(?:(?:written|posted|reported|reporting|compiled|edited|words|text|story|analysis|opinion|commentary"
                    + "|interview|photos?|video)\\s+)?by[:\\s]+");
    private static final Pattern NOISE = Pattern.compile("(?i)"
            + "\\b(?:updated|published|posted|last updated)\\b.*$"
            + "|\\b\\d+\\s*(?:-\\s*)?min(?:ute)?s?\\.?\\s*read\\b"
            + "|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2},?\\s+\\d{4}.*$"
            + "|\\b\\d{1,2}\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{4}.*$"
            + "|\\b\\d{4}-\\d{2}-\\d{2}.*$"
            + "|\\S+@\\S+|(?<!\\w)@\\w+|https?://\\S+");
    private static final Pattern SPLIT = Pattern.compile("(?i)\\s*(?:,|;|\\||&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|/|·|•)\\s*");
    private static final Pattern ROLE = Pattern.compile("(?i)^(?:staff|staff writers?|reporters?|correspondents?|editors?|"
            + "contributors?|senior .*|associated press|.*\\b(?:writers?|correspondents?|editors?|reporters?|columnists?|contributors?)\\b.*|"
            + "for .*|in .*|special to .*|contributing .*|jr\\.?|sr\\.?)$");
    private static final Pattern NAME = Pattern.compile("^[\\p{Lu}][\\p{L}\\p{M}'’.\\-]*(?:\\s+[\\p{L}\\p{M}'’.\\-]+){0,4}$");

    private AuthorNames() {
    }

    /** The names in {@code raw}; empty when it holds none. */
    static List<String> clean(String raw) {
        return clean(raw, null);
    }

    /**
     * The names in {@code raw}, without parts naming the site itself ("Jane Doe, CNN Business" on CNN) unless
     * the site is the only author given.
     */
    static List<String> clean(String raw, String siteName) {
        List<String> names = names(raw);
        if (siteName != null && names.size() > 1) {
            String site = siteName.toLowerCase(Locale.ROOT);
            List<String> people = names.stream().filter(n -> {
                String l = n.toLowerCase(Locale.ROOT);
                return !l.equals(site) && !l.startsWith(site + " ");
            }).toList();
            if (!people.isEmpty()) {
                return people;
            }
        }
        return names;
    }

    private static List<String> names(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null) {
            return List.of();
        }
        String s = raw.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
        s = LEAD.matcher(s).replaceFirst("");
        s = NOISE.matcher(s).replaceAll(" ");
        for (String part : SPLIT.split(s)) {
            String p = LEAD.matcher(part.strip()).replaceFirst("").replaceAll("[\\s,.:;|\\-–—]+$", "").strip();
            if (p.isEmpty() || p.length() > 60 || ROLE.matcher(p).matches() || !NAME.matcher(p).matches()
                    || p.chars().anyMatch(Character::isDigit)) {
                continue;
            }
            out.putIfAbsent(p.toLowerCase(Locale.ROOT), p);
        }
        return new ArrayList<>(out.values());
    }
}
