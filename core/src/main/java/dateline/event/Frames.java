package dateline.event;

import java.util.HashMap;
import java.util.Map;

/**
 * Intent, appeal, demand, rejection and threat frames: verbs that code their own CAMEO root (03, 02, 10, 12, 13)
 * with the sub-code chosen by the action they embed ("pledged to send aid" 033, "demanded the release of" 1053).
 * Data: {@code dateline/event/frames.tsv}.
 */
public final class Frames {
    /**
     * A frame word: its root, whether any embedded clause is framed or only one that codes an event, and whether
     * it is a predicative adjective ("is willing to", "is ready to") rather than a verb.
     */
    record Verb(String lemma, String root, boolean strong, boolean adjective) {
    }

    private final Map<String, Verb> verbs;
    private final Map<String, Map<String, String>> codes;

    private Frames(Map<String, Verb> verbs, Map<String, Map<String, String>> codes) {
        this.verbs = Map.copyOf(verbs);
        this.codes = Map.copyOf(codes);
    }

    /** The bundled frames. */
    public static Frames bundled() {
        return Holder.BUNDLED;
    }

    private static final class Holder {
        static final Frames BUNDLED = read("frames.tsv");
    }

    /** The frame verb of {@code lemma}, or null. */
    Verb verb(String lemma) {
        return verbs.get(lemma);
    }

    /**
     * The code of frame root {@code root} embedding an action coded {@code embedded} (null when the action codes
     * no event): the code of the longest matching prefix, else the root's default.
     */
    String code(String root, String embedded) {
        Map<String, String> byPrefix = codes.getOrDefault(root, Map.of());
        if (embedded != null) {
            for (int n = embedded.length(); n >= 2; n--) {
                String c = byPrefix.get(embedded.substring(0, n));
                if (c != null) {
                    return c;
                }
            }
        }
        return byPrefix.get("*");
    }

    static Frames read(String resource) {
        Map<String, Verb> verbs = new HashMap<>();
        Map<String, Map<String, String>> codes = new HashMap<>();
        for (EventTable.Row row : EventTable.read(resource)) {
            String[] f = row.fields();
            boolean word = f[0].equals("verb") || f[0].equals("adjective");
            if (word && f.length >= 4 && (f[3].equals("strong") || f[3].equals("weak"))) {
                verbs.put(f[1], new Verb(f[1], f[2], f[3].equals("strong"), f[0].equals("adjective")));
            } else if (f[0].equals("code") && f.length >= 4) {
                codes.computeIfAbsent(f[1], k -> new HashMap<>()).put(f[2], f[3]);
            } else {
                throw new IllegalStateException(resource + ":" + row.line() + ": expected"
                        + " 'verb|adjective<TAB>LEMMA<TAB>ROOT<TAB>strong|weak' or 'code<TAB>ROOT<TAB>PREFIX<TAB>CODE'");
            }
        }
        for (Verb v : verbs.values()) {
            if (!codes.containsKey(v.root()) || !codes.get(v.root()).containsKey("*")) {
                throw new IllegalStateException(resource + ": frame root " + v.root() + " of '" + v.lemma()
                        + "' has no default code (code " + v.root() + " * ...)");
            }
        }
        return new Frames(verbs, codes);
    }
}
