package dateline.actor;

import java.util.List;
import java.util.Optional;

/**
 * All actor mentions of one article, with lookup by token: what the quote finder and the event coder use to ask
 * "which actor is at token {@code t} of sentence {@code s}?".
 */
public record ActorMentions(List<Actor> actors) {
    public ActorMentions {
        actors = List.copyOf(actors);
    }

    /** The actor whose mention covers token {@code token} of sentence {@code sentence}, preferring the longest. */
    public Optional<Actor> at(int sentence, int token) {
        Actor best = null;
        for (Actor a : actors) {
            if (a.sentence() == sentence && a.tokenStart() <= token && token < a.tokenEnd()) {
                if (best == null || a.tokenEnd() - a.tokenStart() > best.tokenEnd() - best.tokenStart()) {
                    best = a;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The actors mentioned in one sentence, in text order. */
    public List<Actor> inSentence(int sentence) {
        return actors.stream().filter(a -> a.sentence() == sentence).toList();
    }
}
