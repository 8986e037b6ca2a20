package dateline.event;

import dateline.actor.Actor;
import dateline.actor.ActorMentions;
import dateline.cameo.CameoRoot;
import dateline.cameo.Codebook;
import dateline.nlp.Pronouns;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds the source and target actors of a trigger through the dependency tree, and maps tokens to actors by
 * looking at the token and its modifiers ("US troops": the actor is on "US", the head is "troops").
 */
final class RoleFinder {
    /** Prepositions that introduce the target of a verb or noun trigger, in order of preference. */
    static final List<String> TARGET_PREPS = List.of("with", "to", "against", "on", "toward", "towards", "into",
            "at", "for", "upon", "over", "from", "about", "between", "of");
    /** Relations through which a clause without a subject takes its governor's subject. */
    private static final Set<String> CONTROL = Set.of("xcomp", "advcl", "dep", "conj", "ccomp", "parataxis");

    private final DependencyTree tree;
    private final ActorMentions actors;
    private final int sentence;

    private final Predicate<String> trigger;

    /** {@code trigger} tells whether a lemma is the trigger of some pattern (an event noun such as "talks"). */
    RoleFinder(DependencyTree tree, ActorMentions actors, int sentence, Predicate<String> trigger) {
        this.tree = tree;
        this.actors = actors;
        this.sentence = sentence;
        this.trigger = trigger;
    }

    /**
     * Whether token {@code t} is a common noun naming a thing: no actor itself and no pattern's trigger ("debt",
     * "wheat", "shares", "tensions"; not "demands", "talks" or "troops").
     */
    boolean isThing(int t) {
        String pos = tree.token(t).pos();
        return (pos.equals("NN") || pos.equals("NNS")) && actorAt(t) == null && !trigger.test(tree.lemma[t]);
    }

    /** The token acting as subject of {@code t}: its own, a passive agent, or a controlling clause's; or -1. */
    int subjectToken(int t) {
        int cur = t;
        for (int guard = 0; cur >= 0 && guard < 6; guard++) {
            boolean noun = tree.token(cur).isNoun();
            if (tree.isPassive(cur)) {
                for (int ch : tree.children(cur)) {
                    if (tree.rel[ch].startsWith("obl") && "by".equals(tree.preposition(ch))) {
                        return ch;
                    }
                }
                if (cur == t) {
                    return -1;
                }
            }
            int s = tree.child(cur, "nsubj", "csubj");
            if (s >= 0 && !(cur == t && noun)) {
                if (tree.rel[cur].equals("acl:relcl") && tree.head[cur] >= 0 && relativePronoun(s)) {
                    return tree.head[cur]; // "the group that seized Mosul": the group seized it
                }
                return s;
            }
            if (noun && cur == t) {
                int poss = tree.child(cur, "nmod:poss");
                if (poss >= 0) {
                    return poss;
                }
                for (int ch : tree.children(cur)) {
                    if ((tree.rel[ch].equals("compound") || tree.rel[ch].equals("amod")) && actorAt(ch) != null) {
                        return ch;
                    }
                }
                int h = tree.head[cur];
                if (h < 0) {
                    return -1;
                }
                String r = tree.rel[cur];
                if ((r.startsWith("nmod") || r.equals("appos")) && tree.token(h).isNoun() && actorAt(h) != null) {
                    return h; // "Rouhani in a telephone conversation with ..."
                }
                cur = h; // "held talks with": take the verb's subject
                continue;
            }
            if (participle(cur)) {
                // "victims killed by the blast", "prisoners released by Israel": the noun undergoes the act;
                // the agent, if any, is the by-phrase.
                for (int ch : tree.children(cur)) {
                    if (tree.rel[ch].startsWith("obl") && "by".equals(tree.preposition(ch))) {
                        return ch;
                    }
                }
                return -1;
            }
            if (tree.rel[cur].equals("acl") && tree.head[cur] >= 0) {
                // "rebels fighting in Syria": the noun acts; "efforts to counter X", "a plan to attack X": the
                // noun is the act, whose owner ("Iran's plan") acts, if named.
                if (!"to".equals(tree.preposition(cur))) {
                    return tree.head[cur];
                }
                return tree.child(tree.head[cur], "nmod:poss");
            }
            if (!CONTROL.contains(tree.rel[cur]) && !tree.rel[cur].startsWith("obl")) {
                return -1;
            }
            int controller = controller(cur);
            if (controller >= 0) {
                return controller;
            }
            cur = tree.head[cur];
        }
        return -1;
    }

    /**
     * The controller of a complement clause {@code x} other than its governor's subject, or -1: the governor's
     * object ("asked Obama to help": Obama helps; "wants Putin to attack") or, for a passive governor, its
     * passive subject ("Obama is scheduled to attend", "Iran was pressed by France to release": Iran releases).
     */
    private int controller(int x) {
        int h = tree.head[x];
        if (h < 0 || !tree.rel[x].equals("xcomp")) {
            return -1;
        }
        int o = tree.child(h, "obj", "iobj");
        if (o < 0 && tree.isPassive(h)) {
            o = tree.child(h, "nsubj:pass");
        }
        return o;
    }

    /**
     * Tokens that may hold the target of {@code t}, best first: a phrase the pattern marks, then the trigger's own
     * clause (see {@link #clauseTargets}), then the clause of a complement verb the pattern matched ("wants to
     * attack X", "threatened to expel X": the pattern names the complement, whose object is the target). Sets
     * {@code broad[0]} when the first comes from a marked phrase (then its whole phrase is searched).
     */
    List<Integer> targetTokens(int t, PatternMatcher.Match m, boolean[] broad) {
        List<Integer> out = new ArrayList<>();
        for (var e : m.bound().entrySet()) {
            if (e.getKey().marksTarget()) {
                broad[0] = true;
                out.add(e.getValue());
            }
        }
        clauseTargets(t, out);
        for (int b : m.bound().values()) {
            if (b != t && tree.token(b).pos().startsWith("VB") && below(b, t)) {
                clauseTargets(b, out);
            }
        }
        if (actsOnPlace(m.pattern())) {
            // Last resort for protests, shows of force, coercion and violence: the place where it was done is
            // what it was done to ("protested in Beijing", "held exercises in Alaska", "shelled a village in X").
            placePhrase(t, out);
            for (int ch : tree.children(t)) {
                if (tree.rel[ch].equals("obj") || tree.rel[ch].equals("nsubj:pass") && tree.isPassive(t)) {
                    placePhrase(ch, out);
                }
            }
        }
        return out;
    }

    /**
     * The target candidates of verb or noun {@code t}: the passive subject; each object followed by its own
     * prepositional phrases ("held talks with X", "launched a strike against X", "expressed appreciation for X's
     * help": the object is an event noun, the phrase under it names the target); a small clause's subject; the
     * target prepositional phrases of {@code t}; a complement clause's subject.
     */
    /**
     * The subject of the verb whose object noun {@code n} is ("the committee issued a report"), or -1: the issuer
     * of a document.
     */
    int issuerOf(int n) {
        int h = tree.head[n];
        if (h < 0 || !(tree.rel[n].equals("obj") || tree.rel[n].equals("nsubj:pass"))) {
            return -1;
        }
        if (tree.rel[n].equals("nsubj:pass")) {
            for (int ch : tree.children(h)) {
                if (tree.rel[ch].startsWith("obl") && "by".equals(tree.preposition(ch))) {
                    return ch;
                }
            }
            return -1;
        }
        return tree.child(h, "nsubj");
    }

    /** The target candidates of {@code t}'s own clause (see {@link #clauseTargets}), as a new list. */
    List<Integer> clauseTargetsOf(int t) {
        List<Integer> out = new ArrayList<>();
        clauseTargets(t, out);
        return out;
    }

    private void clauseTargets(int t, List<Integer> out) {
        if (participle(t)) {
            out.add(tree.head[t]); // "civilians imprisoned by X": X imprisoned the civilians
        }
        if (tree.isPassive(t)) {
            int p = tree.passiveSubject(t);
            if (p >= 0) {
                out.add(p);
                prepositionalPhrases(p, out, true); // "evidence against X was presented"
            }
        }
        for (int ch : tree.children(t)) {
            if (tree.rel[ch].equals("obj") || tree.rel[ch].equals("iobj")) {
                out.add(ch);
                // "discussed tensions between X and Y": the parties of a thing between them are not the target.
                prepositionalPhrases(ch, out, true, isThing(ch));
            }
        }
        int x = tree.child(t, "xcomp");
        if (x >= 0) {
            int s = tree.child(x, "nsubj");
            if (s >= 0) {
                out.add(s); // small clause: "calling US sanctions illegal"
            }
        }
        prepositionalPhrases(t, out, false);
        int c = tree.child(t, "ccomp");
        if (c >= 0) {
            int s = tree.child(c, "nsubj");
            if (s >= 0) {
                out.add(s); // "demanded that Israel release ..."
            }
        }
    }

    /** Roots that act on a place (14 to 20: protest, force posture, ... mass violence; roots.tsv of the codebook). */
    static boolean actsOnPlace(Pattern p) {
        String code = p.code() != null ? p.code() : p.reverseCode();
        return Codebook.bundled().root(code).map(CameoRoot::actsOnPlace).orElse(false);
    }

    private void placePhrase(int t, List<Integer> out) {
        for (int ch : tree.children(t)) {
            String r = tree.rel[ch];
            if ((r.startsWith("obl") || r.startsWith("nmod")) && "in".equals(tree.preposition(ch))) {
                out.add(ch);
            }
        }
    }

    /** The children of {@code t} introduced by a target preposition, in {@link #TARGET_PREPS} order. */
    private void prepositionalPhrases(int t, List<Integer> out, boolean skipOf) {
        prepositionalPhrases(t, out, skipOf, false);
    }

    private void prepositionalPhrases(int t, List<Integer> out, boolean skipOf, boolean skipBetween) {
        for (String prep : TARGET_PREPS) {
            if (skipOf && prep.equals("of")) {
                continue; // "of" phrases are searched with the object itself (actorsFrom)
            }
            if (skipBetween && prep.equals("between")) {
                continue;
            }
            for (int ch : tree.children(t)) {
                String r = tree.rel[ch];
                if ((r.startsWith("obl") || r.startsWith("nmod")) && prep.equals(tree.preposition(ch))) {
                    out.add(ch);
                }
            }
        }
    }

    /** Whether {@code b} lies below {@code t} in the tree. */
    private boolean below(int b, int t) {
        for (int h = tree.head[b], guard = 0; h >= 0 && guard < tree.size(); h = tree.head[h], guard++) {
            if (h == t) {
                return true;
            }
        }
        return false;
    }

    /** The actor mentioned at token {@code i} itself, or null. */
    Actor actorAt(int i) {
        return actors.at(sentence, i).orElse(null);
    }

    /**
     * Actors reachable from {@code start} through its modifiers, nearest first. A narrow search follows compounds,
     * adjectives, possessives, appositions and "of" phrases; a broad one also other prepositional phrases.
     */
    List<Actor> actorsFrom(int start, boolean broad) {
        return actorsFrom(start, broad, true);
    }

    /**
     * As {@link #actorsFrom(int, boolean)}; without {@code owners}, the noun compounds and possessives of
     * {@code start} itself are not followed: for a thing ("Mexico's debt", "U.S. wheat") they name its owner,
     * not a party to the act.
     */
    List<Actor> actorsFrom(int start, boolean broad, boolean owners) {
        List<Actor> out = new ArrayList<>();
        Deque<int[]> queue = new ArrayDeque<>();
        queue.add(new int[] {start, 0});
        boolean[] seen = new boolean[tree.size()];
        while (!queue.isEmpty()) {
            int[] cur = queue.poll();
            int i = cur[0];
            if (seen[i]) {
                continue;
            }
            seen[i] = true;
            Actor a = actorAt(i);
            if (a != null && out.stream().noneMatch(x -> x.span().equals(a.span()))) {
                out.add(a);
            }
            if (cur[1] >= PatternMatcher.MAX_DEPTH) {
                continue;
            }
            for (int pass = 0; pass < 2; pass++) {
                for (int ch : tree.children(i)) {
                    String r = tree.rel[ch];
                    boolean close = r.equals("compound") || r.equals("amod") || r.equals("nmod:poss")
                            || r.equals("appos") || r.equals("flat") || r.equals("det") || r.equals("nsubj");
                    boolean of = (r.startsWith("nmod") || r.startsWith("obl")) && "of".equals(tree.preposition(ch));
                    boolean other = broad && (r.startsWith("nmod") || r.startsWith("obl") || r.equals("dep")
                            || r.equals("obj"));
                    // A demonym ("Argentine companies", "a Kuwaiti ship") gives the nationality of the thing's
                    // people or flag and stays; a country name as noun modifier or possessive names an owner.
                    boolean owner = (r.equals("compound") || r.equals("nmod:poss"))
                            && !tree.token(ch).ner().equals("NATIONALITY");
                    if (!owners && i == start && owner) {
                        continue;
                    }
                    if (pass == 0 && close || pass == 1 && !close && (of || other || r.equals("conj"))) {
                        queue.add(new int[] {ch, cur[1] + 1});
                    }
                }
            }
        }
        // An agent whose country is unknown ("rebels") comes after every actor with one: in "Islamic State
        // militants" the actor is the group, not militants of no known country.
        List<Actor> sorted = new ArrayList<>(out.size());
        for (Actor a : out) {
            if (!unknownCountry(a)) {
                sorted.add(a);
            }
        }
        for (Actor a : out) {
            if (unknownCountry(a)) {
                sorted.add(a);
            }
        }
        return sorted;
    }

    /** An agent known by sector only ("---REB"). */
    static boolean unknownCountry(Actor a) {
        return a.actorCode().hasUnknownCountry();
    }

    /** A past participle modifying a noun ("civilians imprisoned for ..."): a passive clause of that noun. */
    private boolean participle(int i) {
        return tree.rel[i].equals("acl") && tree.head[i] >= 0 && tree.token(i).pos().equals("VBN");
    }

    private boolean relativePronoun(int i) {
        String pos = tree.token(i).pos();
        return pos.equals("WDT") || pos.equals("WP") || tree.word[i].equals("that");
    }

    /**
     * Whether the subject token {@code i} may stand for the speaker of the quote or reported speech around it:
     * a pronoun ("we", "it", "they") or no subject at all. A noun phrase that is no actor ("such a step", "the
     * report") is someone or something else, not the speaker.
     */
    boolean mayBeSpeaker(int i) {
        return i < 0 || tree.token(i).pos().startsWith("PRP") || isFirstPerson(i);
    }

    boolean isFirstPerson(int i) {
        return i >= 0 && Pronouns.bundled().isFirstPerson(tree.token(i).word());
    }
}
