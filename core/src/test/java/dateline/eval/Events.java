package dateline.eval;

import dateline.actor.Actor;
import dateline.actor.DateBasis;
import dateline.article.Span;
import dateline.event.Event;
import java.util.List;
import java.util.Set;

/** Hand-built coded and gold events for scorer tests. */
final class Events {
    private Events() {
    }

    /** A coded CAMEO event from actor codes (null target = none), in sentence 0 spanning [0, 100). */
    static Event coded(String code, String source, String target) {
        return coded(code, source, target, null, 0, new Span(0, 100));
    }

    static Event coded(String code, String source, String target, String plover, int sentence, Span sentenceSpan) {
        return new Event(sentence, actor(source), actor(target), code, code.substring(0, 2), 1, 0.0, plover, null,
                Set.of(), true, new Span(sentenceSpan.start(), sentenceSpan.start() + 1), sentenceSpan, "test", null);
    }

    static Event plover(String category, String mode, String source, String target) {
        return new Event(0, actor(source), actor(target), "010", "01", 1, 0.0, category, mode, Set.of(), true,
                new Span(0, 1), new Span(0, 100), "test", null);
    }

    static Actor actor(String code) {
        if (code == null) {
            return null;
        }
        return new Actor(code, code, Actor.countryOf(code), null, new Span(0, 1), 0, 0, 1, "test", "name",
                DateBasis.UNDATED, null);
    }

    static GoldEvent required(String id, String source, String target, String... accept) {
        return new GoldEvent(id, true, List.of(accept), null, source, target, source, target, null);
    }

    static GoldEvent optional(String id, String source, String target, String... accept) {
        return new GoldEvent(id, false, List.of(accept), null, source, target, source, target, null);
    }

    static SentenceCase sentence(String id, List<GoldEvent> gold, List<Event> coded) {
        return new SentenceCase(id, null, true, gold, false, coded, null);
    }

    static SentenceCase noEvent(String id, List<Event> coded) {
        return new SentenceCase(id, null, true, List.of(), true, coded, null);
    }
}
