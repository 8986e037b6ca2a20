package dateline.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The verbs that attribute words to a speaker, from {@code dateline/quote/cues.tsv}. Immutable. */
final class SpeechCues {
    enum Kind { SPEECH, EMPHASIS }

    private final Map<String, Kind> byLemma;

    private SpeechCues(Map<String, Kind> byLemma) {
        this.byLemma = Map.copyOf(byLemma);
    }

    static SpeechCues bundled() {
        Map<String, Kind> m = new HashMap<>();
        String file = "/dateline/quote/cues.tsv";
        try (InputStream in = SpeechCues.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + file);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                m.put(f[0].strip(), Kind.valueOf(f[1].strip().toUpperCase(Locale.ROOT)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
        return new SpeechCues(m);
    }

    /** The cue kind of a lemma, or null when it is no speech verb. */
    Kind kind(String lemma) {
        return byLemma.get(lemma.toLowerCase(Locale.ROOT));
    }
}
