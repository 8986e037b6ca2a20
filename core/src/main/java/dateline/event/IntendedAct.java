package dateline.event;

import dateline.actor.Actor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Target candidates named in the act a trigger announces or serves, read by grammar: the last resort after the
 * trigger's own clause, for acts whose target is the party the announced or intended act is aimed at.
 *
 * <ul>
 *   <li><b>A stated act of the source's own</b>: an intent (03) or a threat (13) stated as a "that" clause whose
 *       subject is the source itself is aimed at whom that clause acts on ("warned that it would keep up pressure
 *       on Iran", "pledged that it will send aid to Chad"), through its chain of open complements ("will continue
 *       to exert pressure on X"). A clause with a subject of its own ("warned that Iran would face ...") is the
 *       complement subject's case, found before.</li>
 *   <li><b>The purpose of a protest, show of force or coercion</b> (14 to 17): a "to" clause of purpose, bare or
 *       under "in an effort / attempt / bid to", names whom the act presses ("held drills to intimidate X",
 *       "tested missiles in an effort to pressure X"): the codebook aims these acts at the party they mean to
 *       sway. A noun trigger's purpose is that of the clause it is the object or phrase of ("increased missile
 *       tests in a bid to pressure X").</li>
 * </ul>
 */
final class IntendedAct {
    /** Roots whose target is the party a stated own act is aimed at: express intent, threaten. */
    private static final Set<String> STATED = Set.of("03", "13");
    /** Roots whose target is whom the act's purpose presses: protest, force posture, reduce relations, coerce. */
    private static final Set<String> PRESSING = Set.of("14", "15", "16", "17");
    /** Nouns of purpose that carry a "to" clause of what the act is for ("in an effort to pressure X"). */
    private static final Set<String> PURPOSE_NOUNS = Set.of("effort", "attempt", "bid", "order", "push", "drive",
            "campaign");
    /** How many open complements a stated act may run through ("will continue to try to exert ..."). */
    private static final int CHAIN = 3;

    private IntendedAct() {
    }

    /** Appends the candidates of trigger {@code t} with code {@code code} (see the class comment). */
    static void add(DependencyTree tree, ArgumentFinder args, int t, String code, List<ArgumentFinder.Candidate> out) {
        if (code == null || code.length() < 2) {
            return;
        }
        String root = code.substring(0, 2);
        if (STATED.contains(root) && tree.token(t).isVerb()) {
            statedOwnAct(tree, args, t, out);
        } else if (PRESSING.contains(root)) {
            // A noun trigger's purpose is its clause's: "increased missile tests in an effort to pressure X".
            int v = tree.token(t).isNoun() ? clauseOf(tree, t) : t;
            for (int cl : v < 0 ? List.<Integer>of() : purposeClauses(tree, args.roles(), v)) {
                chain(tree, args, cl, ArgumentFinder.Rule.PRESSED_PURPOSE, out);
            }
        }
    }

    private static void statedOwnAct(DependencyTree tree, ArgumentFinder args, int t,
            List<ArgumentFinder.Candidate> out) {
        int c = tree.child(t, "ccomp");
        int subject = args.subjectToken(t);
        if (c < 0 || subject < 0 || !tree.token(c).isVerb()) {
            return;
        }
        int inner = tree.child(c, "nsubj");
        if (inner < 0 || !sameParty(args.roles(), subject, inner)) {
            return;
        }
        chain(tree, args, c, ArgumentFinder.Rule.STATED_OWN_ACT, out);
    }

    /** Whether subject tokens {@code a} and {@code b} lead to one actor ("the US warned that it ..."). */
    private static boolean sameParty(RoleFinder roles, int a, int b) {
        List<Actor> x = roles.actorsFrom(a, false);
        List<Actor> y = roles.actorsFrom(b, false);
        return !x.isEmpty() && !y.isEmpty() && EventCoder.sameActor(x.get(0), y.get(0));
    }

    /** The clause targets of verb {@code v} and of its open complements, as {@code rule}; never their subjects. */
    private static void chain(DependencyTree tree, ArgumentFinder args, int v, ArgumentFinder.Rule rule,
            List<ArgumentFinder.Candidate> out) {
        for (int step = 0; v >= 0 && step < CHAIN && tree.token(v).isVerb(); step++) {
            for (ArgumentFinder.Candidate c : args.clauseTargets(v)) {
                if (c.rule() != ArgumentFinder.Rule.COMPLEMENT_SUBJECT
                        && c.rule() != ArgumentFinder.Rule.SMALL_CLAUSE_SUBJECT) {
                    out.add(new ArgumentFinder.Candidate(c.token(), rule));
                }
            }
            v = tree.child(v, "xcomp");
        }
    }

    /**
     * The "to" clauses of purpose of verb {@code t} with no subject of their own: its own adverbial clause
     * ("blocked roads to pressure X") or, with no party as object, open complement ("went on strike to protest
     * against X"), or the clause of a noun of purpose in a phrase of {@code t} ("in an
     * effort to pressure X").
     */
    private static List<Integer> purposeClauses(DependencyTree tree, RoleFinder roles, int t) {
        List<Integer> out = new ArrayList<>();
        for (int ch : tree.children(t)) {
            String r = tree.rel[ch];
            // After a party as object an open complement is no purpose but what the party is made to do ("forced
            // the protesters to leave the capital"); after a thing or none it is the subject's ("boycotted
            // classes to pressure X", "went on strike to protest").
            int o = tree.child(t, "obj", "iobj");
            boolean open = r.equals("xcomp") && (o < 0 || roles.actorAt(o) == null);
            if ((r.equals("advcl") || open) && toClause(tree, ch)) {
                out.add(ch);
            } else if (r.startsWith("obl") && PURPOSE_NOUNS.contains(tree.lemma[ch])) {
                for (int cl : tree.children(ch)) {
                    if (tree.rel[cl].equals("acl") && toClause(tree, cl)) {
                        out.add(cl);
                    }
                }
            }
        }
        return out;
    }

    /** The nearest verb above noun {@code n} through noun phrases and their phrases, or -1. */
    private static int clauseOf(DependencyTree tree, int n) {
        int cur = n;
        for (int guard = 0; cur >= 0 && guard < 6; guard++) {
            int h = tree.head[cur];
            String r = tree.rel[cur];
            if (h < 0 || !(r.equals("obj") || r.startsWith("obl") || r.startsWith("nmod") || r.equals("compound"))) {
                return -1;
            }
            if (tree.token(h).isVerb()) {
                return h;
            }
            cur = h;
        }
        return -1;
    }

    /** Whether {@code v} is a verb marked by infinitival "to" with no subject of its own. */
    private static boolean toClause(DependencyTree tree, int v) {
        if (!tree.token(v).isVerb() || tree.child(v, "nsubj", "nsubj:pass") >= 0) {
            return false;
        }
        for (int ch : tree.children(v)) {
            if (tree.rel[ch].equals("mark") && tree.lemma[ch].equals("to")) {
                return true;
            }
        }
        return false;
    }
}
