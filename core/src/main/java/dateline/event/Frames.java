package dateline.event;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Intent, appeal, demand, rejection and threat frames: verbs that code their own CAMEO root (03, 02, 10, 12, 13)
 * with the sub-code chosen by the action they embed ("pledged to send aid" 033, "demanded the release of" 1053);
 * verbs of considering code 014 whatever they embed ("is weighing sanctions", root 01).
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
    private final Map<String, String> topics;
    private final Map<String, String> asking;

    private Frames(Map<String, Verb> verbs, Map<String, Map<String, String>> codes, Map<String, String> topics,
            Map<String, String> asking) {
        this.verbs = Map.copyOf(verbs);
        this.codes = Map.copyOf(codes);
        this.topics = Map.copyOf(topics);
        this.asking = Map.copyOf(asking);
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
     * The root of frame verb {@code lemma} when another party is its object and does the embedded act ("wants
     * Putin to attack": Obama asks Putin, an appeal, 02), or null when the verb keeps its own root.
     */
    String rootWithObject(String lemma) {
        return asking.get(lemma);
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

    /**
     * The code of frame root {@code root} embedding an action coded {@code embedded}, refined by what the frame is
     * about: {@code words} are lemmas and "modifier head" lemma pairs of the embedded phrase, most telling first
     * ("food aid", "aid", "emergency"). The first word with a topic that the root has a code for gives the topic's
     * code ("appealed for food aid" 0233, "demanded the resignation of" 1041, "threatened new sanctions" 1312). It
     * replaces the code of the embedded action only where that is the root's default or a broader code of the same
     * branch ("aid" 023 to "food aid" 0233), or where the action is of no particular kind (a "not specified"
     * code such as 050, "deepen defence cooperation" 0312): a specific action outranks a topic word of another
     * branch.
     */
    String code(String root, String embedded, List<String> words) {
        String byAction = code(root, embedded);
        Map<String, String> byKey = codes.getOrDefault(root, Map.of());
        for (String w : words) {
            String topic = topics.get(w);
            String c = topic == null ? null : byKey.get(topic);
            if (c == null) {
                continue;
            }
            boolean refines = c.startsWith(byAction) && c.length() > byAction.length();
            // An action of no particular kind ("deepen cooperation" 050, "boost ties" 060) says less than what
            // it is about ("defence cooperation" 0312): the topic decides unless it is broader than the action.
            boolean unspecified = embedded != null && embedded.length() == 3 && embedded.endsWith("0")
                    && c.length() >= byAction.length();
            return byAction.equals(byKey.get("*")) || refines || unspecified ? c : byAction;
        }
        return byAction;
    }

    /** Whether {@code root} has a topic code for one of {@code words}: a frame about something, with no action. */
    boolean hasTopic(String root, List<String> words) {
        Map<String, String> byKey = codes.getOrDefault(root, Map.of());
        return words.stream().map(topics::get).anyMatch(t -> t != null && byKey.containsKey(t));
    }

    static Frames read(String resource) {
        Map<String, Verb> verbs = new HashMap<>();
        Map<String, Map<String, String>> codes = new HashMap<>();
        Map<String, String> topics = new HashMap<>();
        Map<String, String> asking = new HashMap<>();
        for (EventTable.Row row : EventTable.read(resource)) {
            String[] f = row.fields();
            boolean word = f[0].equals("verb") || f[0].equals("adjective");
            if (word && f.length >= 4 && (f[3].equals("strong") || f[3].equals("weak"))) {
                verbs.put(f[1], new Verb(f[1], f[2], f[3].equals("strong"), f[0].equals("adjective")));
            } else if (f[0].equals("code") && f.length >= 4) {
                codes.computeIfAbsent(f[1], k -> new HashMap<>()).put(f[2], f[3]);
            } else if (f[0].equals("object") && f.length >= 3 && f[2].matches("\\d\\d")) {
                asking.put(f[1], f[2]);
            } else if (f[0].equals("topic") && f.length >= 3 && !f[2].isEmpty() && !Character.isDigit(f[2].charAt(0))) {
                topics.put(f[1], f[2]);
            } else {
                throw new IllegalStateException(resource + ":" + row.line() + ": expected"
                        + " 'verb|adjective<TAB>LEMMA<TAB>ROOT<TAB>strong|weak', 'code<TAB>ROOT<TAB>PREFIX|TOPIC<TAB>CODE'"
                        + ", 'object<TAB>LEMMA<TAB>ROOT' or 'topic<TAB>WORDS<TAB>TOPIC'");
            }
        }
        for (Verb v : verbs.values()) {
            if (!codes.containsKey(v.root()) || !codes.get(v.root()).containsKey("*")) {
                throw new IllegalStateException(resource + ": frame root " + v.root() + " of '" + v.lemma()
                        + "' has no default code (code " + v.root() + " * ...)");
            }
        }
        for (Map.Entry<String, String> t : topics.entrySet()) {
            if (codes.values().stream().noneMatch(byKey -> byKey.containsKey(t.getValue()))) {
                throw new IllegalStateException(resource + ": topic " + t.getValue() + " of '" + t.getKey()
                        + "' has no code under any root (code ROOT " + t.getValue() + " CODE)");
            }
        }
        for (Map.Entry<String, String> a : asking.entrySet()) {
            if (!verbs.containsKey(a.getKey()) || !codes.containsKey(a.getValue())) {
                throw new IllegalStateException(resource + ": object row of '" + a.getKey() + "' needs a frame verb"
                        + " row for it and codes for root " + a.getValue());
            }
        }
        return new Frames(verbs, codes, topics, asking);
    }
}
