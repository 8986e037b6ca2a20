package dateline.actor;

import dateline.nlp.Dependency;
import dateline.nlp.Sentence;
import dateline.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "it" and "they" standing for an organisation, a group or a country: "Burmese authorities announced they will
 * extend the curfew", "Iraq said it would reopen the border". The annotator links pronouns only to people, so
 * these subjects were no actor and their events were dropped. The antecedent must agree in number ("it": a
 * singular head, "they": a plural one) and must not be a person: first the subject of the clause that governs
 * the pronoun's clause, then the nearest subject of another clause earlier in the sentence (a relative clause:
 * "the ship it seized"), then, for "they" only, the subject of the previous sentence's main clause (an "it"
 * opening a sentence is far more often a thing or an event: "During the trip, it made a stop"). Only subjects are resolved; an expletive "it" ("it is likely that ...", "it seems ...") is not.
 */
final class ThingPronouns {

    /** Predicates whose subject "it" is usually a placeholder for a clause ("it seems that ..."). */
    private static final Set<String> EXPLETIVE_HEADS = Set.of("be", "seem", "appear", "take", "remain", "mean",
            "matter", "happen", "rain");

    private ThingPronouns() {
    }

    /**
     * The actors of the subject pronouns "it" and "they" in {@code s} that no actor covers yet.
     *
     * @param here     the actors already found in this sentence
     * @param previous the actors of the previous sentence of the same article (empty for the first)
     * @param previousSentence the previous sentence, or null
     */
    static List<Actor> resolve(Sentence s, List<Actor> here, List<Actor> previous, Sentence previousSentence) {
        List<Actor> out = new ArrayList<>();
        List<Token> tokens = s.tokens();
        for (Token t : tokens) {
            String w = t.word().toLowerCase(java.util.Locale.ROOT);
            boolean plural = w.equals("they");
            if (!covered(here, t.index())) {
                Actor other = ReportedAndOwnedPronouns.antecedent(s, t.index(), here, previous, previousSentence);
                if (other != null) {
                    out.add(new Actor(other.code(), other.name(), other.country(), other.role(), t.span(),
                            s.index(), t.index(), t.index() + 1, other.entry(),
                            Found.PRONOUN.label() + ", organisation or country", other.dateBasis(), other.span()));
                    continue;
                }
            }
            if (!plural && !w.equals("it") || !t.pos().equals("PRP") || covered(here, t.index())
                    || !isSubject(s, t.index()) || !plural && expletive(s, t.index())) {
                continue;
            }
            Actor ante = governingSubject(s, t.index(), here, plural);
            if (ante == null) {
                ante = nearestBefore(s, t.index(), here, plural);
            }
            if (ante == null && plural && previousSentence != null) {
                ante = rootSubject(previousSentence, previous, plural);
            }
            if (ante != null) {
                out.add(new Actor(ante.code(), ante.name(), ante.country(), ante.role(), t.span(), s.index(),
                        t.index(), t.index() + 1, ante.entry(),
                        Found.PRONOUN.label() + ", organisation or country", ante.dateBasis(), ante.span()));
            }
        }
        return out;
    }

    private static boolean covered(List<Actor> actors, int t) {
        return actors.stream().anyMatch(a -> a.tokenStart() <= t && t < a.tokenEnd());
    }

    private static boolean isSubject(Sentence s, int t) {
        Dependency d = s.headOf(t);
        return d != null && (d.relation().equals("nsubj") || d.relation().equals("nsubj:pass"));
    }

    /** "it" before a form of a placeholder predicate that takes a clause ("it is clear that", "it seems to"). */
    private static boolean expletive(Sentence s, int t) {
        int head = s.headOf(t).governor();
        if (head < 0) {
            return false;
        }
        boolean clause = false;
        for (Dependency c : s.childrenOf(head)) {
            String r = c.relation();
            if (r.equals("ccomp") || r.equals("csubj") || r.equals("xcomp") || r.startsWith("expl")) {
                clause = true;
            }
        }
        if (!clause) {
            return false;
        }
        Token h = s.tokens().get(head);
        boolean copula = s.childrenOf(head).stream().anyMatch(c -> c.relation().equals("cop"));
        boolean passive = s.childrenOf(head).stream().anyMatch(c -> c.relation().equals("aux:pass"));
        return copula || passive || h.pos().startsWith("JJ") || EXPLETIVE_HEADS.contains(h.lemma());
    }

    /** "Iraq said it would ...": the subject of the verb whose clause holds the pronoun's clause. */
    private static Actor governingSubject(Sentence s, int t, List<Actor> here, boolean plural) {
        int clause = s.headOf(t).governor();
        for (int hops = 0; hops < 3 && clause >= 0; hops++) {
            Dependency up = s.headOf(clause);
            if (up == null || up.governor() < 0) {
                return null;
            }
            String r = up.relation();
            if (!(r.equals("ccomp") || r.equals("conj") || r.startsWith("advcl") || r.equals("parataxis"))) {
                return null;
            }
            int verb = up.governor();
            for (Dependency c : s.childrenOf(verb)) {
                if (c.relation().equals("nsubj") && c.dependent() < t) {
                    Actor a = actorAt(here, c.dependent());
                    return a != null && fits(s, a, plural) ? a : null;
                }
            }
            clause = verb;
        }
        return null;
    }

    private static Actor nearestBefore(Sentence s, int t, List<Actor> here, boolean plural) {
        Actor best = null;
        for (Actor a : here) {
            if (a.tokenEnd() <= t && isSubjectPhrase(s, a) && fits(s, a, plural)
                    && (best == null || a.tokenEnd() > best.tokenEnd())) {
                best = a;
            }
        }
        return best;
    }

    /**
     * Whether the actor is the subject of some clause: "it" after a subject and an object refers to the subject
     * far more often than to the object or to a noun's modifier ("The Taliban rejected talks with the Afghan
     * government, which it dismisses"; "Iran-allied group announced it").
     */
    private static boolean isSubjectPhrase(Sentence s, Actor a) {
        for (int i = a.tokenStart(); i < a.tokenEnd(); i++) {
            Dependency d = s.headOf(i);
            if (d != null && (d.governor() < a.tokenStart() || d.governor() >= a.tokenEnd())) {
                return d.relation().equals("nsubj") || d.relation().equals("nsubj:pass");
            }
        }
        return false;
    }

    static Actor rootSubject(Sentence prev, List<Actor> actors, boolean plural) {
        for (Dependency d : prev.dependencies()) {
            if (d.governor() == Dependency.ROOT) {
                for (Dependency c : prev.childrenOf(d.dependent())) {
                    if (c.relation().equals("nsubj")) {
                        Actor a = actorAt(actors, c.dependent());
                        return a != null && fits(prev, a, plural) ? a : null;
                    }
                }
            }
        }
        return null;
    }

    static Actor actorAt(List<Actor> actors, int t) {
        for (Actor a : actors) {
            if (a.tokenStart() <= t && t < a.tokenEnd() && a.found() != Found.PRONOUN) {
                return a;
            }
        }
        return null;
    }

    /** A group, body or country of the pronoun's number; never a person. */
    static boolean fits(Sentence s, Actor a, boolean plural) {
        if (a.role() != null || a.found() == Found.PRONOUN || a.found() == Found.TITLE
                || a.found() == Found.TITLE_NAME || a.found() == Found.TITLE_COUNTRY) {
            return false;
        }
        Token head = s.tokens().get(a.tokenEnd() - 1);
        if ("PERSON".equals(head.ner()) || "TITLE".equals(head.ner())) {
            return false;
        }
        boolean headPlural = head.pos().equals("NNS") || head.pos().equals("NNPS");
        return headPlural == plural;
    }
}
