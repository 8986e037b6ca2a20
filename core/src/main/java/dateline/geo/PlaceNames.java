package dateline.geo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The one way place names are compared: accents, ayn/hamza marks, case, a leading "the" and dots dropped. */
final class PlaceNames {
    private static final Pattern MARKS = Pattern.compile("[\\p{M}ʿʾ‘’'`.]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");

    private PlaceNames() {
    }

    /** "Al Başrah" -> "al basrah", "the U.S." -> "us", "Tehrān" -> "tehran". */
    static String fold(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = SPACES.matcher(s.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        return s;
    }
}
