package dateline.event;

import dateline.actor.Actor;
import dateline.cameo.CameoCode;
import dateline.knowledge.TableFile;
import java.util.Locale;
import java.util.Set;

/**
 * A private person's words: "'I call it crazy,' a JetBlue pilot lamented", "a college student said she agreed with
 * the officials", "a taxi driver complained that the city has failed". CAMEO codes the acts of political actors;
 * one person named only by a private trade, study or situation (a pilot, a student, a shopkeeper; the nouns are
 * data, {@code dateline/event/private-persons.txt}), alone or with the company or place behind them ("a JetBlue
 * pilot", "a Chinese student"), speaks for no party, so their statements (01x) and disapproval (11x) are no events.
 * A group of them ("farmers complained") may speak as one and stays coded, as do a private person's protest,
 * violence and crimes.
 */
final class PrivatePerson {
    private static final Set<String> PERSONS = TableFile.resource("dateline/event/private-persons.txt").words(true);
    /** Roots of words alone: statements (01) and disapproval (11). */
    private static final Set<String> VERBAL = Set.of("01", "11");

    /** Relations by which a company or place names whose private person is meant: "a JetBlue pilot". */
    private static final Set<String> EMPLOYER = Set.of("compound", "nmod:poss", "amod");

    private PrivatePerson() {
    }

    /** Why {@code source} of the act coded {@code code} is a private person whose words are no event, or null. */
    static String why(DependencyTree tree, int sentence, Actor source, String code) {
        if (code == null || !VERBAL.contains(CameoCode.rootOf(code)) || source.sentence() != sentence
                || source.tokenStart() < 0 || source.tokenEnd() > tree.size()
                || source.tokenStart() >= source.tokenEnd()) {
            return null;
        }
        int head = -1;
        for (int k = source.tokenStart(); k < source.tokenEnd(); k++) {
            int h = tree.head[k];
            if (h < source.tokenStart() || h >= source.tokenEnd()) {
                head = k;
                break;
            }
        }
        if (head >= 0 && EMPLOYER.contains(tree.rel[head]) && tree.head[head] >= 0) {
            head = tree.head[head]; // "a JetBlue pilot": the actor found is the employer, the speaker the pilot
        }
        if (head < 0 || !tree.token(head).pos().equals("NN")
                || !PERSONS.contains(tree.lemma[head].toLowerCase(Locale.ROOT))) {
            return null;
        }
        return "a private person's words ('" + tree.token(head).word() + "'): no party's statement or disapproval";
    }
}
