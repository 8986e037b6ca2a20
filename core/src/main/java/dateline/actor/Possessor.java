package dateline.actor;

import dateline.nlp.PronounLink;
import dateline.nlp.Token;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The owner a possessive before an agent noun names, when the owner is an actor with a country: "his forces" (the
 * army chief's), "the country's security forces" (the one country just named), "Ortiz's lawyers" (a person coded
 * with a country), "State Department spokesperson" (a named body right before the agent). The agent then takes the owner's country, as "Kenya's police" takes Kenya's. Never invents one:
 * an owner with no country, or a "the country's" with no single country nearby, gives none. ("its" and "their" are
 * {@code ActorResolver}'s older rule.)
 */
final class Possessor {
    private Possessor() {
    }

    /**
     * The owning actor, the first token of the agent's mention (the "the" of "the country's"; else the agent itself:
     * a named owner or a pronoun keeps its own mention), and whether the agent is one of the owner's own people, who
     * act as the owner does ("State Department spokesperson", "al-Shabab fighters": the owner's code, not its country
     * with the agent's sector).
     */
    record Owner(Actor actor, int mentionStart, boolean member) {
    }

    /**
     * The owner of the agent noun phrase starting at token {@code start} of sentence {@code sentence}, or null.
     *
     * @param here     the actors found so far in this sentence, in order
     * @param previous the actors of the sentence before
     * @param links    the article's pronoun links
     * @param all      every actor of the article found so far
     */
    static Owner find(List<Token> tokens, int sentence, int start, List<Actor> here, List<Actor> previous,
            List<PronounLink> links, List<Actor> all) {
        if (start < 1) {
            return null;
        }
        String before = lower(tokens, start - 1);
        if ((before.equals("his") || before.equals("her")) && tokens.get(start - 1).pos().equals("PRP$")) {
            Actor a = personOwner(sentence, start - 1, here, links, all);
            return a == null ? null : new Owner(a, start, false); // the pronoun keeps its own mention
        }
        // "State Department spokesperson", "Trump administration officials": an agent right after a named body or
        // person with a country is one of theirs. A bare country there is the country+agent rule's, not this one.
        for (Actor a : here) {
            if (a.tokenEnd() == start && a.country() != null && !a.actorCode().isCountry()) {
                return new Owner(a, start, true);
            }
        }
        if (!tokens.get(start - 1).pos().equals("POS") || start < 2) {
            return null;
        }
        if (lower(tokens, start - 2).equals("country") && start >= 3 && lower(tokens, start - 3).equals("the")) {
            Actor a = singleCountry(start - 3, here, previous);
            return a == null ? null : new Owner(a, start - 3, false);
        }
        // "Ortiz's lawyers": a named owner with a country right before the "'s".
        for (Actor a : here) {
            if (a.tokenEnd() == start - 1 && a.country() != null) {
                return new Owner(a, start, false); // the owner keeps its own mention
            }
        }
        return null;
    }

    /**
     * "his"/"her": the person the pronoun resolver links it to when that person is in this sentence; else the
     * nearest earlier actor of this sentence with a country that is a person or a titled agent ("The Afghan army
     * chief said his forces"), not a country or body, which "his" cannot stand for; else the linked person of an
     * earlier sentence.
     */
    private static Actor personOwner(int sentence, int token, List<Actor> here, List<PronounLink> links,
            List<Actor> all) {
        PronounLink link = null;
        for (PronounLink p : links) {
            if (p.sentence() == sentence && p.token() == token) {
                link = p;
            }
        }
        Actor linked = link == null ? null : antecedent(link, all);
        if (linked != null && linked.sentence() == sentence) {
            return linked.country() == null ? null : linked;
        }
        for (int i = here.size() - 1; i >= 0; i--) {
            Actor a = here.get(i);
            if (a.tokenEnd() <= token && a.country() != null && !a.actorCode().sectors().isEmpty()) {
                return a;
            }
        }
        return linked != null && linked.country() != null ? linked : null;
    }

    private static Actor antecedent(PronounLink p, List<Actor> all) {
        var ante = p.antecedent();
        Actor best = null;
        for (Actor a : all) {
            if (a.sentence() == ante.sentence() && a.tokenStart() < ante.tokenEnd() && ante.tokenStart() < a.tokenEnd()
                    && a.found() != Found.PRONOUN && (best == null || a.span().contains(ante.span()))) {
                best = a;
            }
        }
        return best;
    }

    /**
     * "the country's": the one country named by the actors of this sentence before it and of the sentence before;
     * none when they name no country or more than one.
     */
    private static Actor singleCountry(int token, List<Actor> here, List<Actor> previous) {
        Map<String, Actor> countries = new LinkedHashMap<>();
        for (Actor a : previous) {
            if (a.country() != null) {
                countries.putIfAbsent(a.country(), a);
            }
        }
        for (Actor a : here) {
            if (a.tokenEnd() <= token && a.country() != null) {
                countries.put(a.country(), a);
            }
        }
        return countries.size() == 1 ? countries.values().iterator().next() : null;
    }

    private static String lower(List<Token> tokens, int t) {
        return tokens.get(t).word().toLowerCase(Locale.ROOT);
    }
}
