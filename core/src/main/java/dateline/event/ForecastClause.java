package dateline.event;

import dateline.actor.Actor;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Whether a future act ("will close", "would increase") is someone's forecast rather than its subject's stated
 * intent. CAMEO codes a future act as intent (03x) or threat (13x) only when the actor states it: "Mexico will
 * visit Peru", "Iran said it would retaliate". It codes nothing for a prediction about another party ("an analyst
 * said Ankara will close the base", "Ford said U.S. bills would increase"), for the content of a belief or an
 * estimate ("I'm sure the courts will deal fairly", "it is unlikely Washington will end the freeze"), or for a
 * conditional ("if you told us ..., we would ...", "maybe some got caught", handled as hypothetical).
 */
final class ForecastClause {
    /** Clause relations a walk up from the act crosses to reach the clause that holds it. */
    private static final Set<String> CLAUSAL = Set.of("conj", "xcomp", "ccomp", "csubj", "advcl", "acl:relcl",
            "acl", "parataxis");
    /** Markers of a condition on the clause: "if you told us ...", "unless they pay". */
    private static final Set<String> CONDITION = Set.of("if", "unless");
    /** Adverbs that make the clause a guess: "maybe some got caught", "probably intend to". */
    /** Modal auxiliaries of the future. */
    /** Sectors that speak for their country's stated intent. */
    private static final Set<String> STATE_VOICES = Set.of("GOV", "MIL", "LEG", "JUD", "COP", "SPY", "MED");
    private static final Set<String> MODAL = Set.of("will", "shall", "'ll", "would", "wo");
    private static final Set<String> GUESS = Set.of("maybe", "perhaps", "possibly", "probably", "conceivably",
            "likely");

    private ForecastClause() {
    }

    /**
     * Why the future act at {@code t} is no stated intent of its subject, or null. {@code speechVerb} tells a
     * reporting verb; {@code frameVerb} a verb that frames an act of its own subject ("agreed that they would").
     */
    static String why(DependencyTree tree, ArgumentFinder args, int t, int subject, Actor quoteSpeaker,
            Predicate<String> speechVerb, Predicate<String> frameVerb) {
        int clause = t;
        if (tree.isNominal(t) && (tree.rel[t].equals("obj") || tree.rel[t].equals("nsubj:pass")) && tree.head[t] >= 0
                && tree.token(tree.head[t]).isVerb()) {
            // A nominal act is as future as the verb whose object it is, and its clause's subject is that verb's:
            // "such transfers would violate an embargo" is a forecast about transfers, not the embargo's issuer.
            clause = tree.head[t];
            int s = tree.child(clause, "nsubj");
            subject = s >= 0 ? s : subject;
        }
        if (!modalFuture(tree, clause)) {
            return null; // "is due to meet", "plans to visit": a schedule or plan, stated as such
        }
        RoleFinder roles = args.roles();
        if (subject >= 0 && !roles.mayBeSpeaker(subject) && roles.actorsFrom(subject, false).isEmpty()) {
            // "such transfers would violate the embargo", "prices will rise": a thing's future is no one's intent.
            return "its subject '" + tree.token(subject).word() + "' is no actor: a forecast, not a stated intent";
        }
        int cur = clause;
        for (int guard = 0; guard < 6 && cur >= 0; guard++) {
            String r = tree.rel[cur];
            int h = tree.head[cur];
            if (h < 0 || !CLAUSAL.contains(r)) {
                break;
            }
            if ((r.equals("ccomp") || r.equals("csubj")) && !speechVerb.test(tree.lemma[h])
                    && !frameVerb.test(tree.lemma[h]) && subject >= 0 && !roles.mayBeSpeaker(subject)) {
                // "I'm sure the courts will", "it is unlikely Washington will", "experts think Pyongyang will".
                return "the content of '" + tree.token(h).word() + "' (a forecast or belief), not a stated intent";
            }
            if ((r.equals("ccomp") || r.equals("parataxis")) && speechVerb.test(tree.lemma[h])) {
                String other = otherSpeaker(tree, args, subject, args.subjectToken(h));
                return other == null ? null : other + " says what '" + subjectWord(tree, subject)
                        + "' will do: a forecast, not its stated intent";
            }
            cur = h;
        }
        if (quoteSpeaker != null && subject >= 0 && !args.roles().mayBeSpeaker(subject)) {
            List<Actor> own = args.roles().actorsFrom(subject, false);
            if (!own.isEmpty() && !sameParty(own.get(0), quoteSpeaker)) {
                return "'" + quoteSpeaker.code() + "' (quoted) says what '" + subjectWord(tree, subject)
                        + "' will do: a forecast, not its stated intent";
            }
        }
        return null;
    }

    /**
     * Why the stated intent at {@code t} (root 03, not future) is another party's claim about its subject, or null:
     * "Iran's mission said Washington seeks to weaponize the council" is Iran's accusation, not an intent
     * Washington stated. The same test as for a reported future act: a speaker of another party, in the clause of
     * a reporting verb or as the quote's speaker.
     */
    static String claimedIntent(DependencyTree tree, ArgumentFinder args, int t, int subject, Actor quoteSpeaker,
            Predicate<String> speechVerb) {
        int cur = tree.isNominal(t) && tree.head[t] >= 0 && tree.token(tree.head[t]).isVerb() ? tree.head[t] : t;
        if (!tree.token(cur).pos().equals("VBZ") && !tree.token(cur).pos().equals("VBP")) {
            return null; // "the US said Iran agreed to talks": a past agreeing is an act, reported by another
        }
        for (int guard = 0; guard < 6 && cur >= 0; guard++) {
            String r = tree.rel[cur];
            int h = tree.head[cur];
            if (h < 0 || !CLAUSAL.contains(r) && !r.equals("dep")) {
                break;
            }
            if ((r.equals("ccomp") || r.equals("parataxis") || r.equals("dep")) && speechVerb.test(tree.lemma[h])) {
                String other = otherSpeaker(tree, args, subject, args.subjectToken(h));
                return other == null ? null : other + " says what '" + subjectWord(tree, subject)
                        + "' seeks or intends: a claim, not its stated intent";
            }
            cur = h;
        }
        if (quoteSpeaker != null && subject >= 0 && !args.roles().mayBeSpeaker(subject)) {
            List<Actor> own = args.roles().actorsFrom(subject, false);
            if (!own.isEmpty() && !sameParty(own.get(0), quoteSpeaker)) {
                return "'" + quoteSpeaker.code() + "' (quoted) says what '" + subjectWord(tree, subject)
                        + "' seeks or intends: a claim, not its stated intent";
            }
        }
        return null;
    }

    /** Verbs of expecting: "expects North Korea to launch", "anticipates Iran to respond". */
    private static final Set<String> EXPECT = Set.of("expect", "anticipate", "predict", "forecast");

    /**
     * Why the act at {@code t} is another party's expectation, or null: "a general said he is expecting North
     * Korea to launch a missile" tells what the general expects of North Korea, not an act or intent North Korea
     * stated. The object of the expecting verb does the act; its subject must be another party (or none at all).
     */
    static String expectation(DependencyTree tree, ArgumentFinder args, int t) {
        int c = UndoneComplement.clauseOf(tree, t);
        int h = tree.head[c];
        if (h < 0 || !tree.rel[c].equals("xcomp") || !EXPECT.contains(tree.lemma[h])) {
            return null;
        }
        int doer = tree.child(h, "obj");
        int expecter = tree.child(h, "nsubj");
        if (doer < 0 || expecter < 0) {
            return null; // "expects to visit": its own plan; "is expected to sign": a schedule
        }
        List<Actor> own = args.roles().actorsFrom(doer, false);
        List<Actor> by = args.roles().actorsFrom(expecter, false);
        if (!own.isEmpty() && !by.isEmpty() && own.get(0).code().equals(by.get(0).code())) {
            return null;
        }
        return "what '" + tree.token(expecter).word() + "' expects '" + tree.token(doer).word()
                + "' to do: a third party's expectation, not an act";
    }

    /**
     * Whether the act at {@code t} is a guess or sits in a condition: an adverb such as "maybe" on its clause,
     * or a clause above it opened by "if" / "unless" ("if you told us that's what you intended").
     */
    static boolean conditional(DependencyTree tree, int t) {
        int cur = t;
        for (int guard = 0; guard < 6 && cur >= 0; guard++) {
            for (int ch : tree.children(cur)) {
                String r = tree.rel[ch];
                if (r.equals("mark") && CONDITION.contains(tree.lemma[ch])
                        || r.equals("advmod") && GUESS.contains(tree.lemma[ch]) && !tree.isNominal(cur)) {
                    return true;
                }
            }
            if (!CLAUSAL.contains(tree.rel[cur])) {
                return false;
            }
            cur = tree.head[cur];
        }
        return false;
    }

    /**
     * Whether the act at {@code t} is future by a modal ("will close", "would increase", "will continue to rise",
     * "will cede the land and pay"), as opposed to a schedule or plan ("is due to meet").
     */
    private static boolean modalFuture(DependencyTree tree, int t) {
        int cur = t;
        for (int guard = 0; guard < 4 && cur >= 0; guard++) {
            for (int ch : tree.children(cur)) {
                if (tree.rel[ch].equals("aux") && MODAL.contains(tree.lemma[ch])) {
                    return true;
                }
            }
            String r = tree.rel[cur];
            if (!r.equals("xcomp") && !r.equals("conj")) {
                return false;
            }
            cur = tree.head[cur];
        }
        return false;
    }

    /**
     * Whether "would" at {@code t} is counterfactual: "would have" with a past participle ("we would have never
     * let you in") tells what did not happen.
     */
    static boolean counterfactual(DependencyTree tree, int t) {
        boolean would = false;
        boolean have = false;
        for (int ch : tree.children(t)) {
            if (tree.rel[ch].equals("aux")) {
                would |= tree.lemma[ch].equals("would") || tree.lemma[ch].equals("could");
                have |= tree.lemma[ch].equals("have");
            }
        }
        return would && have && tree.token(t).pos().equals("VBN");
    }

    /**
     * The speaker, named, when it is another party than the subject of the reported future clause: a named
     * actor of another country, or a speaker who is no actor at all ("an analyst said Ankara will"). Null when
     * the subject is a pronoun or no actor ("it said it would"), or the speaker is the subject's own side or
     * unknown (a pronoun).
     */
    private static String otherSpeaker(DependencyTree tree, ArgumentFinder args, int subject, int speaker) {
        RoleFinder roles = args.roles();
        if (subject < 0 || roles.mayBeSpeaker(subject)) {
            return null;
        }
        List<Actor> own = roles.actorsFrom(subject, false);
        if (speaker < 0 || roles.mayBeSpeaker(speaker)) {
            return null;
        }
        List<Actor> said = roles.actorsFrom(speaker, false);
        if (said.isEmpty()) {
            // "an analyst said", "experts say": a speaker who is no party; a name not resolved ("Fu noted") may be
            // the subject's own spokesman.
            return tree.token(speaker).pos().startsWith("NNP") ? null : "'" + tree.token(speaker).word() + "'";
        }
        if (own.isEmpty()) {
            return "'" + tree.token(speaker).word() + "'";
        }
        return sameParty(own.get(0), said.get(0)) ? null : "'" + said.get(0).code() + "'";
    }

    /** Same actor, or the same country ("the White House said the U.S. will"), or a speaker of no country. */
    static boolean sameParty(Actor subject, Actor speaker) {
        if (subject.code().equals(speaker.code())) {
            return true;
        }
        if (speaker.span().equals(subject.antecedent())) {
            return true; // "Buhari said his administration will ...": the speaker's own people
        }
        String a = Actor.countryOf(subject.code());
        String b = Actor.countryOf(speaker.code());
        return a == null || b == null || speaker.actorCode().hasUnknownCountry() || a.equals(b) && speaksFor(speaker);
    }

    /**
     * Whether a speaker of the subject's country speaks for it: the country itself, its state (government, army,
     * parliament, courts, police, services) or its media relaying them. A professor, a company or the opposition of
     * the same country says what it expects the country to do, not what the country says it will do.
     */
    private static boolean speaksFor(Actor speaker) {
        var code = speaker.actorCode();
        return code.isCountry() || STATE_VOICES.stream().anyMatch(code::hasSector);
    }

    private static String subjectWord(DependencyTree tree, int subject) {
        return subject < 0 ? "" : tree.token(subject).word();
    }
}
