package dateline.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Tests a {@link Pattern}'s conditions against a trigger token in a dependency tree. */
final class PatternMatcher {
    /** Relations the {@code any} and preposition roles do not cross: other clauses and the subject. */
    private static final Set<String> BARRIERS = Set.of("nsubj", "nsubj:pass", "csubj", "csubj:pass", "conj", "cc",
            "parataxis", "punct", "ccomp", "advcl", "dep", "acl:relcl", "discourse", "vocative", "list");
    static final int MAX_DEPTH = 3;
    /** Subject heads that count what their "of" phrase names. */
    private static final Set<String> QUANTITIES = Set.of("hundred", "hundreds", "thousand", "thousands", "dozen",
            "dozens", "score", "scores", "million", "millions", "number", "group", "unit", "contingent", "some",
            "many", "most", "all", "several", "few");

    private PatternMatcher() {
    }

    /** A satisfied pattern with the token each condition matched. */
    record Match(Pattern pattern, Map<Constraint, Integer> bound) {
    }

    /** The match of {@code p} at {@code trigger}, or null with the first failing condition in {@code why}. */
    static Match match(Pattern p, DependencyTree tree, int trigger, int subject, StringBuilder why) {
        if (!posOk(p.pos(), tree, trigger)) {
            if (why != null) {
                why.append("part of speech is ").append(tree.token(trigger).pos()).append(", pattern wants ")
                        .append(p.pos());
            }
            return null;
        }
        Map<Constraint, Integer> bound = new HashMap<>();
        for (Constraint c : p.constraints()) {
            int t = find(c, tree, trigger, subject);
            if (t < 0) {
                if (why != null) {
                    why.append("no ").append(c.isPreposition() ? String.join("|", c.preps()) + "-phrase" : c.role())
                            .append(c.words().isEmpty() ? "" : " " + abbreviate(c.words()));
                }
                return null;
            }
            bound.put(c, t);
        }
        return new Match(p, bound);
    }

    private static String abbreviate(Set<String> words) {
        List<String> w = new ArrayList<>(words);
        w.sort(null);
        return w.size() <= 4 ? String.join("|", w) : String.join("|", w.subList(0, 4)) + "|...";
    }

    private static boolean posOk(char pos, DependencyTree tree, int i) {
        String tag = tree.token(i).pos();
        return switch (pos) {
            case 'V' -> tag.startsWith("VB");
            case 'N' -> tag.startsWith("NN");
            case 'A' -> tag.startsWith("JJ") || tag.startsWith("VBN") || tag.startsWith("VBG");
            default -> true;
        };
    }

    private static int find(Constraint c, DependencyTree tree, int trigger, int subject) {
        switch (c.role()) {
            case "subj":
                // "killed in Turkish shelling": the act of force the passive happened in gives its doer, but is
                // no subject for a pattern ("&weapon * killed" is a bombing, not a shelling).
                boolean forcePhrase = subject >= 0 && tree.head[subject] == trigger && tree.rel[subject].startsWith("obl")
                        && !"by".equals(tree.preposition(subject));
                if (subject >= 0 && !forcePhrase && (accepts(c, tree, subject) || anyModifier(c, tree, subject))) {
                    return subject;
                }
                // "Hundreds of UN troops withdrew": a quantity subject stands for what its "of" phrase counts.
                if (subject >= 0 && QUANTITIES.contains(tree.lemma[subject])) {
                    for (int ch : tree.children(subject)) {
                        if (tree.rel[ch].startsWith("nmod") && "of".equals(tree.preposition(ch))
                                && (accepts(c, tree, ch) || anyModifier(c, tree, ch))) {
                            return ch;
                        }
                    }
                }
                return -1;
            case "obj": {
                // "a report released by the OECD", "prisoners freed by Israel": the noun a past participle
                // modifies is what the act was done to, as a passive subject is.
                int h = tree.head[trigger];
                if (h >= 0 && tree.rel[trigger].equals("acl") && tree.token(trigger).pos().equals("VBN")
                        && tree.child(trigger, "obj") < 0 && accepts(c, tree, h)) {
                    return h;
                }
                boolean passive = tree.isPassive(trigger);
                for (int ch : tree.children(trigger)) {
                    String r = tree.rel[ch];
                    if ((r.equals("obj") || r.equals("iobj") || passive && r.equals("nsubj:pass"))
                            && accepts(c, tree, ch)) {
                        return ch;
                    }
                    // "charges, which Peru dismissed": a relative pronoun object stands for the noun it modifies.
                    if ((r.equals("obj") || passive && r.equals("nsubj:pass")) && h >= 0
                            && tree.rel[trigger].equals("acl:relcl") && tree.token(ch).pos().startsWith("W")
                            && accepts(c, tree, h)) {
                        return h;
                    }
                }
                // "a charge the ministry rejected", "an allegation the group rejected": a reduced relative clause
                // with a subject of its own (no relative pronoun) and no object lacks its object because the
                // object is the noun it modifies; the parser attaches such a clause as acl:relcl or as dep.
                if (!passive && tree.child(trigger, "obj") < 0 && reducedRelativeSubject(tree, trigger) >= 0) {
                    if (h >= 0 && h < trigger && (tree.rel[trigger].equals("acl:relcl") || tree.rel[trigger].equals("dep"))
                            && tree.token(h).pos().startsWith("NN") && accepts(c, tree, h)) {
                        return h;
                    }
                    // "accusations the government dismissed", parsed with the noun as the verb's dep before its subject.
                    int subject2 = reducedRelativeSubject(tree, trigger);
                    for (int ch : tree.children(trigger)) {
                        if (tree.rel[ch].equals("dep") && ch < subject2 && tree.token(ch).pos().startsWith("NN")
                                && accepts(c, tree, ch)) {
                            return ch;
                        }
                    }
                }
                return -1;
            }
            case "comp":
                for (int ch : tree.children(trigger)) {
                    String r = tree.rel[ch];
                    if ((r.equals("xcomp") || r.equals("ccomp")) && accepts(c, tree, ch)) {
                        return ch;
                    }
                }
                return -1;
            case "vcomp":
                // A clausal complement headed by a verb: an act ("claimed that rebels had shelled a town"), not a
                // state ("claimed that most farmers are poor").
                for (int ch : tree.children(trigger)) {
                    String r = tree.rel[ch];
                    if ((r.equals("xcomp") || r.equals("ccomp")) && tree.token(ch).isVerb() && accepts(c, tree, ch)) {
                        return ch;
                    }
                }
                return -1;
            case "mod":
                for (int ch : tree.children(trigger)) {
                    String r = tree.rel[ch];
                    if ((r.equals("compound") || r.equals("amod") || r.equals("advmod") || r.equals("nmod:poss")
                            || r.equals("nmod:npmod") || r.equals("compound:prt")) && accepts(c, tree, ch)) {
                        return ch;
                    }
                }
                return -1;
            default:
                return descend(c, tree, trigger, trigger, 1);
        }
    }

    /** The subject of {@code verb} when it is no wh-word (a reduced relative clause's own subject), else -1. */
    private static int reducedRelativeSubject(DependencyTree tree, int verb) {
        int s = tree.child(verb, "nsubj");
        return s >= 0 && !tree.token(s).pos().startsWith("W") && s < verb ? s : -1;
    }

    private static int descend(Constraint c, DependencyTree tree, int trigger, int node, int depth) {
        if (depth > MAX_DEPTH) {
            return -1;
        }
        boolean passive = node == trigger && tree.isPassive(trigger);
        for (int ch : tree.children(node)) {
            String r = tree.rel[ch];
            if (node == trigger && c.isPreposition()) {
                // "called on X to act", parsed as a clause "on X to act": X is the phrase the pattern names.
                int x = tree.clausalPrepositionObject(ch, c.preps());
                if (x >= 0 && accepts(c, tree, x)) {
                    return x;
                }
                // "dismissed the charges as baseless": a predicate after "as" with no subject of its own is a
                // phrase of the verb, though the parser makes it a clause.
                int as = tree.child(ch, "case");
                if (r.equals("advcl") && as >= 0 && !tree.token(ch).isVerb() && tree.child(ch, "nsubj") < 0
                        && c.preps().contains(tree.lemma[as]) && accepts(c, tree, ch)) {
                    return ch;
                }
            }
            if (barrier(r, passive) || r.equals("case") && c.isPreposition()) {
                continue;
            }
            if (ok(c, tree, ch)) {
                return ch;
            }
        }
        for (int ch : tree.children(node)) {
            if (!barrier(tree.rel[ch], passive)) {
                int f = descend(c, tree, trigger, ch, depth + 1);
                if (f >= 0) {
                    return f;
                }
            }
        }
        return -1;
    }

    /** A passive trigger's subject is its logical object ("evidence was presented"): not a barrier. */
    private static boolean barrier(String rel, boolean passiveTrigger) {
        return BARRIERS.contains(rel) && !(passiveTrigger && rel.equals("nsubj:pass"));
    }

    private static boolean ok(Constraint c, DependencyTree tree, int t) {
        if (!c.isPreposition()) {
            return accepts(c, tree, t);
        }
        String r = tree.rel[t];
        if (!(r.startsWith("obl") || r.startsWith("nmod") || r.equals("advcl") || r.equals("xcomp")
                || r.equals("acl"))) {
            return false;
        }
        String prep = tree.preposition(t);
        if (TIME.contains(tree.token(t).ner())) {
            return false; // "called on Monday for talks", "on Wednesday, X called ...": a time, not a party
        }
        if ("to".equals(prep) && tree.token(t).isVerb()) {
            // "how far it will go to silence its critics": an infinitive's "to" is no "to" phrase ("go to X").
            return false;
        }
        return prep != null && c.preps().contains(prep) && accepts(c, tree, t);
    }

    /** Entity types of time expressions, which are never a pattern's party. */
    private static final Set<String> TIME = Set.of("DATE", "TIME", "DURATION", "SET");

    private static boolean accepts(Constraint c, DependencyTree tree, int t) {
        return c.accepts(tree.lemma[t], tree.word[t]);
    }

    private static boolean anyModifier(Constraint c, DependencyTree tree, int t) {
        for (int ch : tree.children(t)) {
            String r = tree.rel[ch];
            if ((r.equals("compound") || r.equals("amod")) && accepts(c, tree, ch)) {
                return true;
            }
        }
        return false;
    }
}
