package dateline.event;

import dateline.actor.Actor;
import dateline.knowledge.TableFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Target candidates a trigger shares with a sibling clause of the same act, read by grammar: the last resort after
 * the trigger's own clause.
 *
 * <ul>
 *   <li>The object of two joined verbs that comes after both ("killed and injured 1,000 fighters"), which the
 *       parser hangs on the first.</li>
 *   <li>The recipient of a transfer: two verbs of giving ({@code giving-verbs.txt}) joined as conjuncts with one
 *       subject are one transfer between the same parties, so the recipient the other names (its indirect object,
 *       an object that is an actor, a "to" or "for" phrase, or a "for" phrase of an "-ing" clause under it:
 *       "cooperate in building a parliament for Mauritius") is the trigger's too: "will cede the islands and pay Mauritius". The
 *       conjuncts share a subject when the later one has none of its own, or when both subjects name the same
 *       actor ("that New Delhi would invest ... and that India will cooperate ..."). A verb of giving's own "-ing"
 *       clause is searched the same way; a purpose clause's "to" phrase is where, not to whom ("offered to pay her
 *       relatives to invite her to Turkey"). Only for the roots of intent, cooperation, aid and yielding (03, 05, 06,
 *       07, 08): an act of conflict is never shared ("withdrew from X and created a confederation").</li>
 *   <li>The incumbent of a seizure of power: "seized power and forced the president from office", "took power,
 *       ousting the king": whom a conjunct or "-ing" clause of ousting removes is whom the power was taken
 *       from.</li>
 * </ul>
 */
final class SharedArgument {
    private static final Set<String> GIVING = TableFile.resource("dateline/event/giving-verbs.txt").words(true);
    private static final Set<String> GIVING_ROOTS = Set.of("03", "05", "06", "07", "08");
    /** Verbs whose object "power" makes a seizure of power. */
    private static final Set<String> SEIZING = Set.of("seize", "take", "grab", "assume", "usurp");
    /** Verbs of removing an incumbent from office. */
    private static final Set<String> OUSTING = Set.of("oust", "topple", "overthrow", "depose", "unseat", "force",
            "remove", "drive", "expel");
    private static final Set<String> RECIPIENT_PREPS = Set.of("to", "for");
    private static final Set<String> BENEFICIARY_PREPS = Set.of("for");

    private SharedArgument() {
    }

    /** Appends the shared candidates of trigger {@code t} with code {@code code} (see the class comment). */
    static void add(DependencyTree tree, RoleFinder roles, int t, String code, List<ArgumentFinder.Candidate> out) {
        if (!tree.token(t).isVerb()) {
            return;
        }
        int raised = raisedObject(tree, t);
        if (raised >= 0) {
            out.add(new ArgumentFinder.Candidate(raised, ArgumentFinder.Rule.SHARED_ARGUMENT));
        }
        raisedPhrases(tree, t, out);
        if (seizesPower(tree, t)) {
            for (int v : siblings(tree, roles, t, true)) {
                int o = tree.child(v, "obj");
                if (OUSTING.contains(tree.lemma[v]) && o >= 0) {
                    out.add(new ArgumentFinder.Candidate(o, ArgumentFinder.Rule.SHARED_ARGUMENT));
                }
            }
            return;
        }
        if (code == null || code.length() < 2 || !GIVING_ROOTS.contains(code.substring(0, 2))
                || !GIVING.contains(tree.lemma[t])) {
            return;
        }
        List<Integer> givers = new ArrayList<>();
        for (int v : siblings(tree, roles, t, false)) {
            if (GIVING.contains(tree.lemma[v])) {
                givers.add(v);
            }
        }
        for (int v : givers) {
            int io = tree.child(v, "iobj");
            if (io >= 0) {
                out.add(new ArgumentFinder.Candidate(io, ArgumentFinder.Rule.SHARED_ARGUMENT));
            }
            int o = tree.child(v, "obj");
            if (o >= 0 && roles.actorAt(o) != null) {
                out.add(new ArgumentFinder.Candidate(o, ArgumentFinder.Rule.SHARED_ARGUMENT)); // "pay Mauritius"
            }
            recipients(tree, v, out);
        }
        beneficiaries(tree, t, out); // its own: "cooperate in building a new parliament for Mauritius"
    }

    /**
     * The "to" and "for" phrases of verb {@code v} and of its object, and the "for" phrases of an "-ing" clause
     * under it and of that clause's object ("cooperate in building a parliament for X"). A "to" phrase of a
     * purpose clause is where, not to whom: "offered to pay her relatives to invite her to Turkey".
     */
    private static void recipients(DependencyTree tree, int v, List<ArgumentFinder.Candidate> out) {
        phrases(tree, v, RECIPIENT_PREPS, out);
        int o = tree.child(v, "obj");
        if (o >= 0) {
            phrases(tree, o, RECIPIENT_PREPS, out);
        }
        beneficiaries(tree, v, out);
    }

    /** The "for" phrases of an "-ing" clause under verb {@code v} and of that clause's object. */
    private static void beneficiaries(DependencyTree tree, int v, List<ArgumentFinder.Candidate> out) {
        for (int ch : tree.children(v)) {
            String r = tree.rel[ch];
            if (tree.token(ch).pos().equals("VBG") && (r.startsWith("advcl") || r.startsWith("obl"))) {
                phrases(tree, ch, BENEFICIARY_PREPS, out);
                int co = tree.child(ch, "obj");
                if (co >= 0) {
                    phrases(tree, co, BENEFICIARY_PREPS, out);
                }
            }
        }
    }

    private static void phrases(DependencyTree tree, int h, Set<String> preps, List<ArgumentFinder.Candidate> out) {
        for (int ch : tree.children(h)) {
            String r = tree.rel[ch];
            // "a year", "each month" are phrases without a preposition.
            String prep = String.valueOf(tree.preposition(ch));
            if ((r.startsWith("obl") || r.startsWith("nmod")) && preps.contains(prep)) {
                out.add(new ArgumentFinder.Candidate(ch, ArgumentFinder.Rule.SHARED_ARGUMENT));
            }
        }
    }

    /**
     * The object two joined verbs share, or -1: in "killed and injured 1,000 fighters" the parser hangs the object
     * on the first verb, but it comes after both, so the later verb (with no object or subject of its own) acts
     * on it too. An object between the verbs ("killed a soldier and fled") is the first verb's alone.
     */
    private static int raisedObject(DependencyTree tree, int t) {
        int h = tree.head[t];
        if (!tree.rel[t].equals("conj") || h < 0 || h > t || !tree.token(h).isVerb()
                || tree.child(t, "obj", "iobj") >= 0 || tree.child(t, "nsubj", "nsubj:pass") >= 0) {
            return -1;
        }
        int o = tree.child(h, "obj");
        return o > t ? o : -1;
    }

    /**
     * The target phrases two joined verbs share: in "resisted and fought with the police" the parser hangs the
     * phrase on the first verb, but it comes after both, so the later verb (with no object, subject or target
     * phrase of its own) acts with or on it too. A phrase between the verbs ("fought with the police and fled")
     * is the first verb's alone.
     */
    private static void raisedPhrases(DependencyTree tree, int t, List<ArgumentFinder.Candidate> out) {
        int h = tree.head[t];
        if (!tree.rel[t].equals("conj") || h < 0 || h > t || !tree.token(h).isVerb() || !tree.token(t).isVerb()
                || tree.child(t, "obj", "iobj", "nsubj", "nsubj:pass") >= 0 || targetPhrase(tree, t) >= 0) {
            return;
        }
        for (int ch : tree.children(h)) {
            String prep = String.valueOf(tree.preposition(ch));
            if (ch > t && tree.rel[ch].startsWith("obl") && ArgumentFinder.TARGET_PREPS.contains(prep)
                    && !"of".equals(prep)) {
                out.add(new ArgumentFinder.Candidate(ch, ArgumentFinder.Rule.SHARED_ARGUMENT));
            }
        }
    }

    /** The first phrase of verb {@code v} introduced by a target preposition, or -1. */
    private static int targetPhrase(DependencyTree tree, int v) {
        for (int ch : tree.children(v)) {
            String prep = String.valueOf(tree.preposition(ch));
            if (tree.rel[ch].startsWith("obl") && ArgumentFinder.TARGET_PREPS.contains(prep)) {
                return ch;
            }
        }
        return -1;
    }

    /** "seized power", "took power": a verb of seizing with "power" as object. */
    private static boolean seizesPower(DependencyTree tree, int t) {
        int o = tree.child(t, "obj");
        return SEIZING.contains(tree.lemma[t]) && o >= 0 && tree.lemma[o].equals("power");
    }

    /**
     * The verbs joined to {@code t} as conjuncts that share its subject (see the class comment), and with
     * {@code ing} also its "-ing" clauses ("took power, ousting the king").
     */
    private static List<Integer> siblings(DependencyTree tree, RoleFinder roles, int t, boolean ing) {
        List<Integer> conjuncts = new ArrayList<>();
        int h = tree.head[t];
        if (tree.rel[t].equals("conj") && h >= 0) {
            conjuncts.add(h);
            for (int c : tree.children(h)) {
                if (c != t && tree.rel[c].equals("conj")) {
                    conjuncts.add(c);
                }
            }
        }
        for (int c : tree.children(t)) {
            if (tree.rel[c].equals("conj") || ing && tree.rel[c].startsWith("advcl")
                    && tree.token(c).pos().equals("VBG") && tree.child(c, "nsubj") < 0) {
                conjuncts.add(c);
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int v : conjuncts) {
            if (tree.token(v).isVerb() && sameSubject(tree, roles, t, v)) {
                out.add(v);
            }
        }
        return out;
    }

    /** Whether conjuncts {@code a} and {@code b} have one subject: only one has its own, or both name one actor. */
    private static boolean sameSubject(DependencyTree tree, RoleFinder roles, int a, int b) {
        int sa = tree.child(a, "nsubj");
        int sb = tree.child(b, "nsubj");
        if (sa < 0 || sb < 0) {
            return true;
        }
        List<Actor> x = roles.actorsFrom(sa, false);
        List<Actor> y = roles.actorsFrom(sb, false);
        return !x.isEmpty() && !y.isEmpty() && EventCoder.sameActor(x.get(0), y.get(0));
    }
}
