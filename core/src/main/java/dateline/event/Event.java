package dateline.event;

import dateline.actor.Actor;
import dateline.article.Span;
import java.util.Set;

/**
 * A coded event: who did what to whom, with the evidence for each part.
 *
 * @param sentence       index of the sentence it was coded from
 * @param source         the actor doing it, or null for an agentless event ("a soldier was killed")
 * @param target         the actor it is done to, or null
 * @param code           CAMEO event code, manual numbering ("1053")
 * @param rootCode       its two-digit root ("10")
 * @param quadClass      1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param goldstein      Goldstein scale weight, -10 to +10
 * @param ploverCategory PLOVER event category ("DEMAND"), or null where the crosswalk has none
 * @param ploverMode     PLOVER mode, or null
 * @param flags          negation, modality and reporting flags
 * @param isRoot         whether this is the sentence's main event (GDELT's IsRootEvent)
 * @param trigger        the words that triggered the code ("stressed the need for the release")
 * @param sentenceSpan   the sentence
 * @param rule           the pattern or rule that fired, as "file:line" or a rule id, for {@code explain}
 * @param quote          the quote whose content it was coded from, or null
 *
 * <p>Where the event happened is not part of it: the geocoder places events after coding, and the placements live
 * beside the events ({@code CodedArticle.placements}), so that events know nothing of geography.
 */
public record Event(
        int sentence,
        Actor source,
        Actor target,
        String code,
        String rootCode,
        int quadClass,
        double goldstein,
        String ploverCategory,
        String ploverMode,
        Set<Flag> flags,
        boolean isRoot,
        Span trigger,
        Span sentenceSpan,
        String rule,
        Span quote) {

    public Event {
        flags = Set.copyOf(flags);
    }

    /** Qualifiers of an event. */
    public enum Flag { NEGATED, HYPOTHETICAL, FUTURE, REPORTED }
}
