package dateline.article.html;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** How much of one text appears in another, compared as sets of overlapping three-word runs. */
public final class TextOverlap {
    private TextOverlap() {
    }

    /** The share of {@code part}'s three-word runs found in {@code whole}; 0 when {@code part} has none. */
    public static double coverage(String part, String whole) {
        Set<String> mine = shingles(part);
        if (mine.isEmpty()) {
            return 0;
        }
        Set<String> theirs = shingles(whole);
        int found = 0;
        for (String s : mine) {
            if (theirs.contains(s)) {
                found++;
            }
        }
        return (double) found / mine.size();
    }

    static Set<String> shingles(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        Set<String> out = new HashSet<>();
        String a = null;
        String b = null;
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            if (a != null) {
                out.add(a + ' ' + b + ' ' + w);
            }
            a = b;
            b = w;
        }
        return out;
    }
}
