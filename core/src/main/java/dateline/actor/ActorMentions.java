package dateline.actor;

import java.util.List;
import java.util.Optional;

/**
 * All actor mentions of one article, with lookup by token: what the quote finder and the event coder use to ask
 * "which actor is at token {@code t} of sentence {@code s}?".
 *
 * @param actors    every actor mention, in text order
 * @param compounds coordinations of actors ("Iran and Iraq"); their members are also in {@code actors}
 */
public record ActorMentions(List<Actor> actors, List<CompoundActor> compounds) {
    public ActorMentions {
        actors = List.copyOf(actors);
        compounds = List.copyOf(compounds);
    }

    /** Mentions without compounds. */
    public ActorMentions(List<Actor> actors) {
        this(actors, List.of());
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

    /** The coordination covering token {@code token} of sentence {@code sentence}, if any. */
    public Optional<CompoundActor> compoundAt(int sentence, int token) {
        for (CompoundActor c : compounds) {
            if (c.sentence() == sentence && c.tokenStart() <= token && token < c.tokenEnd()) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The actors mentioned in one sentence, in text order. */
    public List<Actor> inSentence(int sentence) {
        return actors.stream().filter(a -> a.sentence() == sentence).toList();
    }
}
