package dateline.dedup;

import dateline.article.Article;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * What dedup compares: a hash of the normalised text (exact copies) and a MinHash signature of its word
 * shingles (near copies: the share of equal signature positions estimates the Jaccard similarity of the two
 * shingle sets).
 *
 * <p>Normalisation lower-cases, drops punctuation and collapses whitespace, and works on
 * {@link Article#annotatableText()}, so a copy that differs only in its dateline prefix ("Tehran (IP) -" versus
 * "BAGHDAD (Reuters) -") or in line breaks is an exact duplicate. MinHash was chosen over SimHash because on
 * news-length texts (100 to 500 words) a one-sentence edit moves a 64-bit SimHash by 4 to 8 bits, about as far
 * as unrelated articles on one template, while the Jaccard estimate stays high and easy to threshold.
 *
 * @param contentHash first 16 hex digits of SHA-256 over the normalised words
 * @param minHash     {@value #HASHES} minimum hash values over the {@value #SHINGLE}-word shingles
 * @param words       number of words after normalisation; near-duplicate matching needs {@value #MIN_WORDS}
 */
public record Fingerprint(String contentHash, int[] minHash, int words) {
    /** Words per shingle. Three words keep word order without making one edit change too many shingles. */
    public static final int SHINGLE = 3;
    /** Signature length. */
    public static final int HASHES = 128;
    /** Below this many words a signature says little: such articles are only matched exactly. */
    public static final int MIN_WORDS = 20;

    /** The fingerprint of an article's prose (boilerplate blanked). */
    public static Fingerprint of(Article article) {
        return of(article.annotatableText());
    }

    /** The fingerprint of a text. */
    public static Fingerprint of(String text) {
        List<String> words = words(text);
        return new Fingerprint(sha(String.join(" ", words)), minHash(words), words.size());
    }

    /** Estimated Jaccard similarity of two signatures' shingle sets: the share of equal positions. */
    public static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return same / (double) HASHES;
    }

    /** The signature as bytes, for storage. */
    public byte[] minHashBytes() {
        ByteBuffer b = ByteBuffer.allocate(HASHES * 4);
        for (int v : minHash) {
            b.putInt(v);
        }
        return b.array();
    }

    /** A signature read back from {@link #minHashBytes}. */
    public static int[] minHashOf(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        int[] out = new int[HASHES];
        for (int i = 0; i < HASHES; i++) {
            out[i] = b.getInt();
        }
        return out;
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

    static int[] minHash(List<String> words) {
        int[] sig = new int[HASHES];
        Arrays.fill(sig, Integer.MAX_VALUE);
        int n = Math.max(1, words.size() - SHINGLE + 1);
        for (int i = 0; i < n; i++) {
            StringBuilder shingle = new StringBuilder();
            for (int j = i; j < Math.min(words.size(), i + SHINGLE); j++) {
                shingle.append(words.get(j)).append(' ');
            }
            long h = hash64(shingle.toString());
            for (int k = 0; k < HASHES; k++) {
                // One well-mixed base hash, re-mixed with a per-position constant: independent-enough hashes.
                int v = (int) (mix(h ^ (0x9E3779B97F4A7C15L * (k + 1))) >>> 33);
                if (v < sig[k]) {
                    sig[k] = v;
                }
            }
        }
        return sig;
    }

    /** FNV-1a 64 followed by a murmur finaliser: fast, stable across JVMs, well mixed in every bit. */
    static long hash64(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    private static long mix(long h) {
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

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f && f.contentHash.equals(contentHash) && Arrays.equals(f.minHash, minHash)
                && f.words == words;
    }

    @Override
    public int hashCode() {
        return contentHash.hashCode();
    }

    @Override
    public String toString() {
        return "Fingerprint[" + contentHash + ", " + words + " words]";
    }
}
