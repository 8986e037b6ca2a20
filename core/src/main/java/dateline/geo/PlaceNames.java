package dateline.geo;

import java.text.Normalizer;

/** The one way place names are compared: accents, ayn/hamza marks, case, a leading "the" and dots dropped. */
final class PlaceNames {
    private PlaceNames() {
    }

    /** "Al Başrah" -> "al basrah", "the U.S." -> "us", "Tehrān" -> "tehran". */
    static String fold(String name) {
        String s = name;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7f) {
                s = Normalizer.normalize(s, Normalizer.Form.NFD);
                break;
            }
        }
        // One pass, no regex: the gazetteer folds some 100,000 names at load time.
        StringBuilder b = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || "ʿʾ‘’'`.".indexOf(c) >= 0) {
                continue;
            }
            if (Character.isWhitespace(c) || c == '\u00a0') {
                if (!space) {
                    b.append(' ');
                }
                space = true;
                continue;
            }
            b.append(Character.toLowerCase(c));
            space = false;
        }
        int len = b.length();
        if (len > 0 && b.charAt(len - 1) == ' ') {
            b.setLength(len - 1);
        }
        if (b.length() > 4 && b.charAt(0) == 't' && b.charAt(1) == 'h' && b.charAt(2) == 'e' && b.charAt(3) == ' ') {
            b.delete(0, 4);
        }
        return b.toString();
    }
}
