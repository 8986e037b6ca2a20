package dateline.view;

import dateline.actor.Actor;
import dateline.actor.DateBasis;

/**
 * A resolved actor mention with its evidence. Field meanings are those of {@link Actor}.
 *
 * @param mention    the words naming the actor
 * @param antecedent for a pronoun or bare title, the named mention it stands for
 */
public record ActorView(String code, String name, String country, String role, EvidenceView mention, int sentence,
        EvidenceView antecedent, String rule, String entry, DateBasis dateBasis) {

    /** The view of actor {@code x} of an article with text {@code text}; null for no actor. */
    public static ActorView of(String text, Actor x) {
        if (x == null) {
            return null;
        }
        return new ActorView(x.code(), x.name(), x.country(), x.role(), EvidenceView.of(text, x.span()), x.sentence(),
                EvidenceView.of(text, x.antecedent()), x.rule(), x.entry(), x.dateBasis());
    }
}
