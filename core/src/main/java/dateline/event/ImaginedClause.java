package dateline.event;

import java.util.Locale;
import java.util.Set;

/**
 * Acts a sentence imagines rather than reports: an analogy ("it is like the government is prosecuting a case",
 * "as if the police had arrested the village"), a consequence a relative clause supposes ("seeking arms from Iran,
 * which would violate the embargo"), a generic or conditional participle ("rebels usually flee when attacked by
 * troops", "if attacked, Taiwan will fight back") and a hope about another party's act ("hopes that Russia will
 * withdraw"). CAMEO codes acts that took place (or a party's own stated intent); none of these is one.
 */
final class ImaginedClause {
    /** Relations a walk up from the act crosses to the clause that holds it. */
    private static final Set<String> CLAUSAL = Set.of("conj", "xcomp", "ccomp", "advcl", "parataxis", "dep");
    /** Verbs whose "like" clause likens: "it feels like the army is attacking us". */
    private static final Set<String> LIKENING = Set.of("be", "feel", "seem", "look", "sound", "appear");
    /** Subjects that leave the likening to its clause: "it is like ...", "this is like ...". */
    private static final Set<String> PLACEHOLDER = Set.of("it", "this", "that");
    /** Modals of a supposed consequence: "which would violate", "that could anger". */
    private static final Set<String> SUPPOSING = Set.of("would", "could", "might");
    /** Markers of a participle that is a condition or a habit whatever the tense: "whenever attacked". */
    private static final Set<String> CONDITION = Set.of("whenever", "if", "unless");
    /** Adverbs of a habit or a rule: "rebels usually flee when attacked". */
    private static final Set<String> HABIT = Set.of("usually", "often", "regularly", "traditionally", "routinely",
            "typically", "generally", "normally", "frequently", "always", "habitually", "customarily", "commonly",
            "sometimes", "invariably");
    /** Verbs of hoping: a hope about another's act is neither that act nor the hoper's intent. */
    static final Set<String> HOPING = Set.of("hope", "wish", "pray");
    /** Subject pronouns that may stand for a noun subject of the verb above: "Russia hopes it will join". */
    private static final Set<String> ANAPHORIC = Set.of("he", "she", "it", "they");

    private ImaginedClause() {
    }

    /** Why the act at {@code t} is imagined, not reported as done or stated as intent, or null. */
    static String why(DependencyTree tree, int t) {
        String reason = analogy(tree, t);
        reason = reason != null ? reason : supposedConsequence(tree, t);
        reason = reason != null ? reason : genericParticiple(tree, t);
        return reason != null ? reason : hoped(tree, t);
    }

    /** "It's kind of like the government is prosecuting a case", "acting as if it had won the war". */
    private static String analogy(DependencyTree tree, int t) {
        int cur = UndoneComplement.clauseOf(tree, t);
        for (int guard = 0; guard < 6 && cur >= 0; guard++) {
            for (int ch : tree.children(cur)) {
                if (!tree.rel[ch].equals("mark")) {
                    continue;
                }
                String l = lower(tree, ch);
                String then = l.equals("as") ? asWhat(tree, ch) : (l.equals("if") || l.equals("though")) && ch > 0
                        && lower(tree, ch - 1).equals("as") ? l : null;
                if (then != null) {
                    return "an imagined comparison ('as " + then + " ... " + tree.token(cur).word() + "'), not an act";
                }
                if (l.equals("like") && likened(tree, cur)) {
                    return "an analogy ('like ... " + tree.token(cur).word() + "'), not an act";
                }
            }
            if (!CLAUSAL.contains(tree.rel[cur])) {
                return null;
            }
            cur = tree.head[cur];
        }
        return null;
    }

    /** "if" or "though" fixed to marker "as" at {@code as} ("as if", "as though"), or null. */
    private static String asWhat(DependencyTree tree, int as) {
        for (int ch : tree.children(as)) {
            String l = lower(tree, ch);
            if (tree.rel[ch].equals("fixed") && (l.equals("if") || l.equals("though"))) {
                return l;
            }
        }
        return null;
    }

    /**
     * Whether a "like" clause {@code c} likens rather than compares with a fact: it hangs on a verb of seeming or
     * on "be" ("it feels like ...", "it was like ..."), or the parser made it the predicate of "it is" itself (a
     * copula and a placeholder subject among its children).
     */
    private static boolean likened(DependencyTree tree, int c) {
        int h = tree.head[c];
        if (h >= 0 && LIKENING.contains(lower(tree, h))) {
            return true;
        }
        // "it is like ..." with the clause as the predicate, or "it is a bit like ..." with it under the noun.
        return placeholderPredicate(tree, c, tree.child(c, "mark")) || h >= 0 && h < c
                && placeholderPredicate(tree, h, c);
    }

    /** Whether {@code p} has a copula and a placeholder subject ("it", "this") before {@code before}. */
    private static boolean placeholderPredicate(DependencyTree tree, int p, int before) {
        boolean copula = false;
        boolean placeholder = false;
        for (int ch : tree.children(p)) {
            // "It's kind of like ...": the parser may leave a curled "’s" as a bare dependent of the noun.
            copula |= tree.rel[ch].equals("cop") || tree.rel[ch].equals("dep") && lower(tree, ch).endsWith("s")
                    && tree.token(ch).word().length() == 2 && !Character.isLetter(tree.token(ch).word().charAt(0));
            placeholder |= tree.rel[ch].equals("nsubj") && ch < before && PLACEHOLDER.contains(lower(tree, ch));
        }
        return copula && placeholder;
    }

    /**
     * "..., which would violate U.N. sanctions": a relative clause that supposes a consequence. Its subject is
     * "which" (the parser may hang the clause on the verb as a complement) or "that" in a relative clause; both
     * stand for a thing or a state of affairs, never for a party that states its intent.
     */
    private static String supposedConsequence(DependencyTree tree, int t) {
        int c = UndoneComplement.clauseOf(tree, t);
        boolean relative = tree.rel[c].equals("acl:relcl");
        int aux = -1;
        int subject = -1;
        for (int ch : tree.children(c)) {
            if (tree.rel[ch].equals("aux") && SUPPOSING.contains(lower(tree, ch))) {
                aux = ch;
            }
            if ((tree.rel[ch].equals("nsubj") || tree.rel[ch].equals("nsubj:pass"))
                    && (lower(tree, ch).equals("which") || relative && lower(tree, ch).equals("that"))) {
                subject = ch;
            }
        }
        if (aux < 0 || subject < 0) {
            return null;
        }
        return "a supposed consequence ('" + tree.token(subject).word() + " " + tree.token(aux).word() + " "
                + tree.token(c).word() + "'), not an act";
    }

    /**
     * "Rebels usually flee when attacked by troops", "farmers face obstacles when seeking loans", "whenever
     * attacked": a participle with no subject or auxiliary of its own, opened by "when" under a clause that tells a
     * habit (a present tense or an adverb of frequency), or by "whenever", "if", "unless" in any tense. "Police
     * fired when attacked by the crowd" tells one occasion and stays coded.
     */
    private static String genericParticiple(DependencyTree tree, int t) {
        int c = t;
        String pos = tree.token(c).pos();
        if (!(pos.equals("VBN") || pos.equals("VBG"))
                || tree.child(c, "nsubj", "nsubj:pass", "aux", "aux:pass", "cop") >= 0) {
            return null;
        }
        String marker = null;
        int g = tree.head[c];
        if (tree.rel[c].equals("dep") && g >= 0 && g == c - 1 && opens(tree, g)) {
            // The parser sometimes hangs the participle on its "when": "flee [when [threatened]]".
            marker = lower(tree, g);
            g = tree.head[g];
        } else if (tree.rel[c].equals("advcl")) {
            for (int ch : tree.children(c)) {
                String r = tree.rel[ch];
                if ((r.equals("mark") || r.equals("advmod")) && ch < c && opens(tree, ch)) {
                    marker = lower(tree, ch);
                }
            }
        }
        if (marker == null || g < 0) {
            return null;
        }
        if (CONDITION.contains(marker)) {
            return "a condition or a habit ('" + marker + " " + tree.token(c).word() + "'), not one act done";
        }
        for (int guard = 0; guard < 4 && g >= 0 && (tree.rel[g].equals("xcomp") || tree.rel[g].equals("conj"));
                guard++) {
            if (habit(tree, g)) {
                break;
            }
            g = tree.head[g];
        }
        if (g < 0 || !habit(tree, g)) {
            return null;
        }
        return "a habit ('when " + tree.token(c).word() + "' under '" + tree.token(g).word()
                + "'), not one act done";
    }

    private static boolean opens(DependencyTree tree, int k) {
        String l = lower(tree, k);
        return CONDITION.contains(l) || l.equals("when");
    }

    /** Whether clause {@code g} tells a habit: an adverb of frequency, or a simple present ("rebels flee"). */
    private static boolean habit(DependencyTree tree, int g) {
        for (int ch : tree.children(g)) {
            if (tree.rel[ch].equals("advmod") && HABIT.contains(lower(tree, ch))) {
                return true;
            }
        }
        String pos = tree.token(g).pos();
        return (pos.equals("VBP") || pos.equals("VBZ")) && tree.child(g, "aux", "aux:pass") < 0;
    }

    /**
     * "The minister hoped that Russia would withdraw its troops": an act in the complement of a verb of hoping
     * whose subject is another party than the hoper. The misparse that makes the hope a clausal subject of the
     * act ("the president hopes Uganda will sign") is read the same way.
     */
    private static String hoped(DependencyTree tree, int t) {
        int c = UndoneComplement.clauseOf(tree, t);
        int csubj = tree.child(c, "csubj");
        if (csubj >= 0 && HOPING.contains(lower(tree, csubj))) {
            return "hoped for ('" + tree.token(csubj).word() + " ... " + tree.token(c).word() + "'), not an act";
        }
        int h = tree.head[c];
        if (h < 0 || !tree.rel[c].equals("ccomp") || !HOPING.contains(lower(tree, h))) {
            return null;
        }
        return anotherDoer(tree, h, c)
                ? "hoped for of another party ('" + tree.token(h).word() + " ... " + tree.token(c).word()
                        + "'), neither an act nor the hoper's intent"
                : null;
    }

    /** Whether complement {@code c} of hoping verb {@code h} has a subject that is not the hoper. */
    static boolean anotherDoer(DependencyTree tree, int h, int c) {
        int doer = tree.child(c, "nsubj", "nsubj:pass");
        if (doer < 0) {
            return false;
        }
        int hoper = tree.child(h, "nsubj");
        String d = lower(tree, doer);
        if (hoper < 0) {
            return !tree.token(doer).pos().startsWith("PRP");
        }
        String s = lower(tree, hoper);
        return !(d.equals(s) || ANAPHORIC.contains(d) && !tree.token(hoper).pos().startsWith("PRP"));
    }

    private static String lower(DependencyTree tree, int k) {
        return tree.lemma[k].toLowerCase(Locale.ROOT);
    }
}
