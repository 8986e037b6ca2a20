package dateline.actor;

import dateline.nlp.Dependency;
import dateline.nlp.Sentence;
import dateline.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Two pronouns that are not subjects and still stand for a country or organisation the sentence names, read by
 * grammar:
 *
 * <ul>
 *   <li>the object "it" of a reported clause with a subject of its own stands for the reporter: in "Thailand said
 *       China had assured it that ..." the object cannot be its own clause's subject (a pronoun object is never
 *       bound by its clause's subject), and the reporter, the subject of the verb the clause is the complement of,
 *       is the one named party it agrees with;</li>
 *   <li>the possessive "its" before a noun only a state owns ({@code territory-nouns.txt}: "airspace", "waters",
 *       "territory") stands for a country: the nearest country that is the subject of the noun's clause or of a
 *       clause governing it ("Japan accused a Chinese plane of violating its airspace": the plane owns no
 *       airspace, Japan does), else the country subject of the previous sentence's main clause.</li>
 * </ul>
 *
 * Number must agree ("it" and "its" stand for one party) and the antecedent is never a person.
 */
final class ReportedAndOwnedPronouns {
    private static final NounList TERRITORY = NounList.territory();
    private static final Set<String> GOVERNING = Set.of("ccomp", "conj", "advcl", "xcomp", "parataxis", "acl");

    private ReportedAndOwnedPronouns() {
    }

    /** The actor pronoun {@code t} of sentence {@code s} stands for by one of the two rules, or null. */
    static Actor antecedent(Sentence s, int t, List<Actor> here, List<Actor> previous, Sentence previousSentence) {
        Token tok = s.tokens().get(t);
        String w = tok.word().toLowerCase(Locale.ROOT);
        Dependency d = s.headOf(t);
        if (d == null || d.governor() < 0) {
            return null;
        }
        if (w.equals("it") && tok.pos().equals("PRP") && (d.relation().equals("obj") || d.relation().equals("iobj"))) {
            return reporter(s, t, d.governor(), here);
        }
        if (w.equals("its") && tok.pos().equals("PRP$") && d.relation().equals("nmod:poss")
                && TERRITORY.contains(s.tokens().get(d.governor()).word())) {
            return stateOwner(s, t, d.governor(), here, previous, previousSentence);
        }
        return null;
    }

    /** "Thailand said China had assured it": the subject of the verb whose complement is {@code verb}'s clause. */
    private static Actor reporter(Sentence s, int t, int verb, List<Actor> here) {
        int own = subject(s, verb);
        Dependency up = s.headOf(verb);
        if (own < 0 || own == t || up == null || up.governor() < 0 || !up.relation().equals("ccomp")) {
            return null;
        }
        int reporter = subject(s, up.governor());
        if (reporter < 0 || reporter > t) {
            return null;
        }
        Actor a = ThingPronouns.actorAt(here, reporter);
        Actor ownActor = ThingPronouns.actorAt(here, own);
        boolean same = a != null && ownActor != null && a.code().equals(ownActor.code());
        return a != null && !same && ThingPronouns.fits(s, a, false) ? a : null;
    }

    /** The country owning a state's noun {@code noun}: the nearest country subject up the clauses, else before. */
    private static Actor stateOwner(Sentence s, int t, int noun, List<Actor> here, List<Actor> previous,
            Sentence previousSentence) {
        int clause = s.headOf(noun) == null ? -1 : s.headOf(noun).governor();
        for (int hops = 0; hops < 5 && clause >= 0; hops++) {
            int subj = subject(s, clause);
            Actor a = subj >= 0 && subj != t ? ThingPronouns.actorAt(here, subj) : null;
            if (a != null && country(a) && ThingPronouns.fits(s, a, false)) {
                return a;
            }
            if (a != null && a.code().startsWith("IGO")) {
                return null; // "the EU tightened its borders": a bloc's own, no member's
            }
            Dependency up = s.headOf(clause);
            if (up == null || up.governor() < 0 || !GOVERNING.contains(up.relation().replaceAll(":.*", ""))) {
                break;
            }
            clause = up.governor();
            Dependency held = s.headOf(clause);
            if (up.relation().equals("acl") && held != null && held.governor() >= 0
                    && (held.relation().equals("obj") || held.relation().startsWith("obl"))) {
                clause = held.governor(); // "accused a plane of violating": the plane's clause is "accused"
            }
        }
        if (previousSentence == null) {
            return null;
        }
        Actor a = ThingPronouns.rootSubject(previousSentence, previous, false);
        return a != null && country(a) ? a : null;
    }

    private static boolean country(Actor a) {
        return a.actorCode().isCountry();
    }

    private static int subject(Sentence s, int verb) {
        for (Dependency c : s.childrenOf(verb)) {
            if (c.relation().equals("nsubj") || c.relation().equals("nsubj:pass")) {
                return c.dependent();
            }
        }
        return -1;
    }
}
