package dateline.actor;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How names are compared: the words of a phrase folded to match key ({@link #words}) and, for transliteration
 * tolerance, a consonant skeleton ({@link #skeleton}).
 *
 * <p>Folding lower-cases, strips accents, drops periods and apostrophes ("U.S." = "US"), and splits on hyphens,
 * underscores and spaces, so "Al-Kadhimi", "al Kadhimi" and "AL_KADHIMI" all give {@code [al, kadhimi]}.
 */
final class NameKeys {
    private NameKeys() {
    }

    /** The folded words of a phrase or token. */
    static List<String> words(String text) {
        String n = text.indexOf('\u0300') >= 0 || !isAscii(text) ? stripAccents(text) : text;
        List<String> out = new ArrayList<>(4);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c == '\u0131') {
                sb.append('i'); // Turkish dotless i has no decomposition: Yıldırım = Yildirim
            } else if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            } else if (c == '.' || c == '\'' || c == '\u2019' || c == '`' || c == '\u2018') {
                // dropped inside a word: U.S. -> us, Shi'ite -> shiite
            } else if (sb.length() > 0) {
                out.add(sb.toString());
                sb.setLength(0);
            }
        }
        if (sb.length() > 0) {
            out.add(sb.toString());
        }
        return out;
    }

    /**
     * A consonant skeleton of folded words for transliteration-tolerant name matching: Arabic/Persian digraphs are
     * merged (dh→z, kh→k, q→k, ph→f, c→k), vowels and w/y after the first letter dropped, doubled letters collapsed,
     * and the articles "al"/"el" left out. "Mustafa Al-Kazemi" and "Mustafa al-Kadhimi" both give "mstf kzm".
     */
    static String skeleton(List<String> words) {
        StringBuilder out = new StringBuilder(24);
        for (String w : words) {
            if (w.equals("al") || w.equals("el") || w.equals("ul")) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            char last = 0;
            int n = w.length();
            for (int i = 0; i < n; i++) {
                char c = w.charAt(i);
                char next = i + 1 < n ? w.charAt(i + 1) : 0;
                if (next == 'h' && (c == 'd' || c == 'k' || c == 'g' || c == 'p')) {
                    c = c == 'd' ? 'z' : c == 'p' ? 'f' : c; // dh→z, kh→k, gh→g, ph→f
                    i++;
                } else if (c == 'c' && next == 'k') {
                    i++;
                }
                if (c == 'q' || c == 'c') {
                    c = 'k';
                }
                if (i > 0 && "aeiouyw".indexOf(c) >= 0) {
                    continue;
                }
                if (c != last) {
                    out.append(c);
                }
                last = c;
            }
        }
        return out.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    private static String stripAccents(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
