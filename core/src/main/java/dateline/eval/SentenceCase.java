package dateline.eval;

import dateline.article.Article;
import dateline.event.Event;
import java.util.List;
import java.util.Objects;

/**
 * One scored sentence: what the gold expects and what the pipeline coded.
 *
 * @param id          the gold's id, or "sentence N" for a sentence the gold does not name
 * @param label       what to show for it: the locating phrase, the gold text, or the sentence
 * @param inGold      whether the gold names this sentence (a sentence it does not name expects no event)
 * @param gold        the expected events
 * @param expectsNone whether the gold says explicitly it has no event
 * @param predicted   the events the pipeline coded from it
 * @param article     the article the events' spans index into, or null (hand-built cases)
 */
public record SentenceCase(String id, String label, boolean inGold, List<GoldEvent> gold, boolean expectsNone,
        List<Event> predicted, Article article) {
    public SentenceCase {
        Objects.requireNonNull(id, "id");
        gold = List.copyOf(gold);
        predicted = List.copyOf(predicted);
    }

    /** Whether any required event is expected. */
    public boolean hasRequired() {
        return gold.stream().anyMatch(GoldEvent::required);
    }
}
