package dateline.tone;

import dateline.knowledge.TableFile;
import dateline.knowledge.TableLine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores tone the way GDELT defines it: the percentage of words that are positive and negative in a sentiment
 * lexicon (AFINN-165), their difference (tone) and sum (polarity), plus the percentages of action words (activity
 * density) and of first-person pronouns (self/group reference density).
 *
 * <p>Each lexicon match counts once, whatever its AFINN weight; a listed phrase ("does not work") is matched
 * before its words. Immutable and thread-safe.
 */
public final class ToneScorer {
    private static final String BASE = "/dateline/tone/";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\\-][\\p{L}]+)*");

    private final Map<String, Integer> valence;
    private final int longestPhrase;
    private final Set<String> activity;
    private final Set<String> selfGroup;

    public ToneScorer(Map<String, Integer> valence, Set<String> activity, Set<String> selfGroup) {
        this.valence = Map.copyOf(valence);
        this.longestPhrase = valence.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
        this.activity = Set.copyOf(activity);
        this.selfGroup = Set.copyOf(selfGroup);
    }

    /** The scorer with the bundled AFINN-165 lexicon and word lists. */
    public static ToneScorer bundled() {
        Map<String, Integer> valence = new HashMap<>();
        for (TableLine line : TableFile.resource(BASE + "afinn-165.tsv").lines()) {
            String[] f = line.fields(2, "word<TAB>valence");
            try {
                valence.put(f[0], Integer.parseInt(f[1].strip()));
            } catch (NumberFormatException e) {
                throw line.error("valence '" + f[1] + "' is no whole number");
            }
        }
        return new ToneScorer(valence, words("activity-words.txt"), words("self-group-words.txt"));
    }

    /** The tone of a text; all zero for a text without words. */
    public Tone score(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.replace('’', '\''));
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        int positive = 0;
        int negative = 0;
        int active = 0;
        int self = 0;
        for (String w : words) {
            if (activity.contains(w)) {
                active++;
            }
            if (selfGroup.contains(w)) {
                self++;
            }
        }
        for (int i = 0; i < words.size(); i++) {
            int matched = 0;
            Integer v = null;
            for (int n = Math.min(longestPhrase, words.size() - i); n >= 1 && v == null; n--) {
                v = valence.get(String.join(" ", words.subList(i, i + n)));
                matched = n;
            }
            if (v != null) {
                if (v > 0) {
                    positive++;
                } else if (v < 0) {
                    negative++;
                }
                i += matched - 1;
            }
        }
        int n = words.size();
        if (n == 0) {
            return new Tone(0, 0, 0, 0, 0, 0, 0);
        }
        double pos = 100.0 * positive / n;
        double neg = 100.0 * negative / n;
        return new Tone(pos - neg, pos, neg, pos + neg, 100.0 * active / n, 100.0 * self / n, n);
    }

    private static Set<String> words(String file) {
        Set<String> out = new HashSet<>();
        for (String line : TableFile.resource(BASE + file).words(false)) {
            for (String w : line.split("\\s+")) {
                out.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
