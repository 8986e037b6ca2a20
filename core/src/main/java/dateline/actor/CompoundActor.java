package dateline.actor;

import dateline.article.Span;
import java.util.List;

/**
 * Actors joined by a conjunction and acting together, e.g. "Iran and Iraq": kept as a list so the event coder can
 * emit one event per member.
 *
 * @param members    the member actors, in text order
 * @param span       the whole coordination
 * @param sentence   its sentence
 * @param tokenStart first token
 * @param tokenEnd   token after the last
 */
public record CompoundActor(List<Actor> members, Span span, int sentence, int tokenStart, int tokenEnd) {
    public CompoundActor {
        members = List.copyOf(members);
    }

    /** The members' codes in order, e.g. [IRN, IRQ]. */
    public List<String> codes() {
        return members.stream().map(Actor::code).toList();
    }
}
