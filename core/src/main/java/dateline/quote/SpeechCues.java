package dateline.quote;

import dateline.knowledge.TableFile;
import dateline.knowledge.TableLine;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The verbs that attribute words to a speaker, from {@code dateline/quote/cues.tsv}: how the quotation finder takes
 * each, and which report the act in their clausal complement (for the event coder's reported-speech flag).
 * Immutable.
 */
public final class SpeechCues {
    enum Kind { SPEECH, EMPHASIS }

    private static final String FILE = "dateline/quote/cues.tsv";

    private final Map<String, Kind> byLemma;
    private final Set<String> reporting;

    private SpeechCues(Map<String, Kind> byLemma, Set<String> reporting) {
        this.byLemma = Map.copyOf(byLemma);
        this.reporting = Set.copyOf(reporting);
    }

    /** The bundled cue verbs. */
    public static SpeechCues bundled() {
        Map<String, Kind> m = new HashMap<>();
        Set<String> reporting = new HashSet<>();
        for (TableLine line : TableFile.resource(FILE).lines()) {
            String[] f = line.fields(3, "lemma<TAB>speech|emphasis|-<TAB>yes|no");
            String lemma = f[0].strip();
            switch (f[1].strip()) {
                case "speech", "emphasis" -> m.put(lemma, Kind.valueOf(f[1].strip().toUpperCase(Locale.ROOT)));
                case "-" -> { }
                default -> throw line.error("quote class '" + f[1] + "' is not speech, emphasis or -");
            }
            switch (f[2].strip()) {
                case "yes" -> reporting.add(lemma);
                case "no" -> { }
                default -> throw line.error("reports '" + f[2] + "' is not yes or no");
            }
        }
        return new SpeechCues(m, reporting);
    }

    /** The lemmas of the verbs whose clausal complement is reported speech ("say", "stress", "believe"). */
    public Set<String> reporting() {
        return reporting;
    }

    /** The cue kind of a lemma, or null when it is no quotation cue. */
    Kind kind(String lemma) {
        return byLemma.get(lemma.toLowerCase(Locale.ROOT));
    }
}
