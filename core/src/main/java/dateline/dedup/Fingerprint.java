package dateline.dedup;

import dateline.article.Article;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * What dedup compares: a hash of the normalised text (exact copies) and a 64-bit SimHash over word shingles
 * (near copies).
 *
 * <p>Normalisation lower-cases, drops punctuation and collapses whitespace, and works on
 * {@link Article#annotatableText()}, so a copy that differs only in its dateline prefix ("Tehran (IP) -" versus
 * "BAGHDAD (Reuters) -") or in line breaks is an exact duplicate.
 *
 * @param contentHash first 16 hex digits of SHA-256 over the normalised words
 * @param simHash     64-bit SimHash over {@value #SHINGLE}-word shingles
 * @param words       number of words after normalisation; near-duplicate matching needs {@value #MIN_WORDS}
 */
public record Fingerprint(String contentHash, long simHash, int words) {
    /** Words per shingle. Three words keep word order without making one edit change too many shingles. */
    public static final int SHINGLE = 3;
    /** Below this many words a SimHash says little: such articles are only matched exactly. */
    public static final int MIN_WORDS = 20;

    /** The fingerprint of an article's prose (boilerplate blanked). */
    public static Fingerprint of(Article article) {
        return of(article.annotatableText());
    }

    /** The fingerprint of a text. */
    public static Fingerprint of(String text) {
        List<String> words = words(text);
        return new Fingerprint(sha(String.join(" ", words)), simHash(words), words.size());
    }

    /** Number of differing bits between two SimHashes. */
    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                w.append(c);
            } else if (w.length() > 0) {
                out.add(w.toString());
                w.setLength(0);
            }
        }
        if (w.length() > 0) {
            out.add(w.toString());
        }
        return out;
    }

    static long simHash(List<String> words) {
        int[] votes = new int[64];
        int n = Math.max(1, words.size() - SHINGLE + 1);
        for (int i = 0; i < n; i++) {
            StringBuilder shingle = new StringBuilder();
            for (int j = i; j < Math.min(words.size(), i + SHINGLE); j++) {
                shingle.append(words.get(j)).append(' ');
            }
            long h = hash64(shingle.toString());
            for (int b = 0; b < 64; b++) {
                votes[b] += ((h >>> b) & 1L) != 0 ? 1 : -1;
            }
        }
        long sim = 0;
        for (int b = 0; b < 64; b++) {
            if (votes[b] > 0) {
                sim |= 1L << b;
            }
        }
        return sim;
    }

    /** FNV-1a 64 followed by a murmur finaliser: fast, stable across JVMs, well mixed in every bit. */
    static long hash64(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb93fe1a85ec5L;
        h ^= h >>> 33;
        return h;
    }

    private static String sha(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }
}
