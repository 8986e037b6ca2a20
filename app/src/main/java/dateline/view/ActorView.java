package dateline.view;

import dateline.actor.Actor;
import dateline.actor.DateBasis;
import dateline.article.Article;
import dateline.record.Evidence;

/**
 * A resolved actor mention with its evidence. Field meanings are those of {@link Actor}.
 *
 * @param mention    the words naming the actor
 * @param antecedent for a pronoun or bare title, the named mention it stands for
 */
public record ActorView(String code, String name, String country, String role, Evidence mention, int sentence,
        Evidence antecedent, String rule, String entry, DateBasis dateBasis) {

    /** The view of actor {@code x} of article {@code a}; null for no actor. */
    public static ActorView of(Article a, Actor x) {
        if (x == null) {
            return null;
        }
        return new ActorView(x.code(), x.name(), x.country(), x.role(), Evidence.of(a, x.span()), x.sentence(),
                Evidence.of(a, x.antecedent()), x.rule(), x.entry(), x.dateBasis());
    }
}
