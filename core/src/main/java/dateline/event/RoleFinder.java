package dateline.event;

import dateline.actor.Actor;
import dateline.actor.ActorMentions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

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
    /** First-person pronouns as written ("US" is a country, "us" a pronoun). */
    private static final Set<String> FIRST_PERSON = Set.of("we", "We", "I", "us", "Us", "me", "our", "Our", "my", "My");

    private final DependencyTree tree;
    private final ActorMentions actors;
    private final int sentence;

    RoleFinder(DependencyTree tree, ActorMentions actors, int sentence) {
        this.tree = tree;
        this.actors = actors;
        this.sentence = sentence;
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
                if ((r.startsWith("nmod") || r.equals("appos")) && tree.token(h).isNoun()) {
                    return h; // "Rouhani in a telephone conversation with ..."
                }
                cur = h; // "held talks with": take the verb's subject
                continue;
            }
            if (tree.rel[cur].equals("acl") && tree.head[cur] >= 0) {
                return tree.head[cur];
            }
            if (!CONTROL.contains(tree.rel[cur]) && !tree.rel[cur].startsWith("obl")) {
                return -1;
            }
            cur = tree.head[cur];
        }
        return -1;
    }

    /**
     * Tokens that may hold the target of {@code t}, best first: a phrase the pattern marks, the passive subject,
     * the object, a small clause's subject, target prepositional phrases, a complement clause's subject. Sets
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
        if (tree.isPassive(t)) {
            int p = tree.child(t, "nsubj:pass");
            if (p >= 0) {
                out.add(p);
            }
        }
        for (int ch : tree.children(t)) {
            if (tree.rel[ch].equals("obj") || tree.rel[ch].equals("iobj")) {
                out.add(ch);
            }
        }
        int x = tree.child(t, "xcomp");
        if (x >= 0) {
            int s = tree.child(x, "nsubj");
            if (s >= 0) {
                out.add(s); // small clause: "calling US sanctions illegal"
            }
        }
        for (String prep : TARGET_PREPS) {
            for (int ch : tree.children(t)) {
                String r = tree.rel[ch];
                if ((r.startsWith("obl") || r.startsWith("nmod")) && prep.equals(tree.preposition(ch))) {
                    out.add(ch);
                }
            }
        }
        int c = tree.child(t, "ccomp");
        if (c >= 0) {
            int s = tree.child(c, "nsubj");
            if (s >= 0) {
                out.add(s); // "demanded that Israel release ..."
            }
        }
        return out;
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
                    if (pass == 0 && close || pass == 1 && !close && (of || other || r.equals("conj"))) {
                        queue.add(new int[] {ch, cur[1] + 1});
                    }
                }
            }
        }
        return out;
    }

    boolean isFirstPerson(int i) {
        return i >= 0 && FIRST_PERSON.contains(tree.token(i).word());
    }
}
