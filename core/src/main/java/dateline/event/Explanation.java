package dateline.event;

import dateline.actor.Actor;
import dateline.nlp.Sentence;
import java.util.List;

/**
 * Why a sentence gave the events it gave: for {@code dateline explain}.
 *
 * @param sentence the sentence with its tokens and dependencies
 * @param text     its text
 * @param actors   the actor mentions found in it
 * @param triggers every trigger word considered, with the patterns tried and the outcome
 * @param events   the events coded from the sentence
 * @param note     why the sentence was skipped as a whole (not parsed, no trigger), or null
 */
public record Explanation(Sentence sentence, String text, List<Actor> actors, List<TriggerTrace> triggers,
        List<Event> events, String note) {
    public Explanation {
        actors = List.copyOf(actors);
        triggers = List.copyOf(triggers);
        events = List.copyOf(events);
    }

    /**
     * One trigger word and what happened to it.
     *
     * @param token   token index of the trigger
     * @param lemma   its lemma
     * @param tried   each candidate pattern and whether it matched
     * @param chosen  id of the pattern used, or null
     * @param source  how the source was found (or why not)
     * @param target  how the target was found (or why not)
     * @param outcome "event 111 IRNGOV -> USA", "dropped: self-event", ...
     */
    public record TriggerTrace(int token, String lemma, List<Tried> tried, String chosen, String source,
            String target, String outcome) {
        public TriggerTrace {
            tried = List.copyOf(tried);
        }
    }

    /** A pattern tried at a trigger: its id, code, and why it failed (null when it matched). */
    public record Tried(String pattern, String code, String failure) {
    }
}
