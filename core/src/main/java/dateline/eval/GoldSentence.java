package dateline.eval;

import dateline.article.Span;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A unit of scoring: one sentence of a gold document and the events expected from it.
 *
 * @param id          the gold's id for the sentence (a PETRARCH record id, a PLOVER record id) or, for the seed
 *                    gold, the ids of its events ("E4+E5")
 * @param locator     text that names the sentence inside its article ({@code sentence_contains}), or null when the
 *                    gold document is this one sentence and every event coded from the document belongs to it
 * @param text        the sentence text as the gold gives it, for reports, or null
 * @param events      the expected events, required and optional
 * @param expectsNone whether the gold says explicitly that the sentence has no event
 */
public record GoldSentence(String id, String locator, String text, List<GoldEvent> events, boolean expectsNone) {
    /** White space including no-break spaces, which news sites put between words. */
    private static final String SPACES = "[\\s\\u00A0\\u2007\\u202F]+";

    public GoldSentence {
        Objects.requireNonNull(id, "id");
        events = List.copyOf(events);
    }

    /**
     * Where {@link #locator()} occurs in {@code text}: the first exact occurrence, else the first occurrence with
     * any run of white space (no-break spaces too) allowed between its words (gold files re-flow lines). Null when it does not occur or
     * when this sentence has no locator.
     */
    public Span locate(String text) {
        if (locator == null) {
            return null;
        }
        int at = text.indexOf(locator);
        if (at >= 0) {
            return new Span(at, at + locator.length());
        }
        String[] words = locator.strip().split(SPACES);
        StringBuilder regex = new StringBuilder();
        for (String w : words) {
            if (regex.length() > 0) {
                regex.append(SPACES);
            }
            regex.append(Pattern.quote(w));
        }
        Matcher m = Pattern.compile(regex.toString()).matcher(text);
        return m.find() ? new Span(m.start(), m.end()) : null;
    }

    /** Whether any required event is expected. */
    public boolean hasRequired() {
        return events.stream().anyMatch(GoldEvent::required);
    }
}
