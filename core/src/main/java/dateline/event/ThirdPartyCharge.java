package dateline.event;

import dateline.actor.Actor;
import dateline.cameo.CameoCode;
import dateline.quote.Quote;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Acts a sentence says of a party without reporting them as done: another party's charge, a conjecture, a law's
 * provision. CAMEO codes the charge itself (11x, by its speaker) and nothing for the conduct charged: in "Israel
 * attacks civilians," the minister said, or "the senators wrote that he has been undermining the constitution",
 * the speaker accuses; the attack and the undermining are not events of this story. The mark of a charge is the
 * tense of habitual conduct (present simple, or a present perfect of duration: "has been undermining", "has for
 * years engaged in"), in the words of another party. Conjecture ("it stands to reason that Trump would seek") and
 * a document's provision ("the constitution guarantees the right to ...") state no intent of anyone.
 */
final class ThirdPartyCharge {
    /** Relations from an act up to the finite clause that holds it: "engaged in ..., undermining and threatening". */
    private static final Set<String> UP = Set.of("conj", "advcl", "xcomp");
    /** Clause relations a walk to a reporting verb crosses. */
    private static final Set<String> CLAUSAL = Set.of("conj", "xcomp", "ccomp", "advcl", "parataxis", "dep");
    /** Verbs of charging, beyond plain reporting verbs: "the senators wrote that he has been undermining". */
    private static final Set<String> CHARGE = Set.of("write", "accuse", "allege", "charge", "claim", "contend");
    /** Heads of a conjecture: "it stands to reason that", "it is likely that", "there is a chance that". */
    private static final Set<String> CONJECTURE = Set.of("reason", "likely", "unlikely", "possible", "probable",
            "conceivable", "plausible", "chance", "likelihood", "possibility", "probability", "doubt", "guess",
            "suspect", "suspicion", "speculate", "speculation", "assume", "assumption", "imagine");
    /** Modals of a conjectured act. */
    /** Roots of speech acts that saying does: appeals, demands, disapproval, rejection, threats. */
    private static final Set<String> PERFORMATIVE_ROOTS = Set.of("02", "10", "11", "12", "13");
    private static final Set<String> MAYBE = Set.of("would", "could", "might", "may");
    /** Texts that provide but do not intend: "the constitution guarantees", "the law promises". */
    private static final Set<String> DOCUMENT = Set.of("constitution", "law", "charter", "statute", "treaty",
            "report", "study", "survey", "bill", "act", "code", "article", "clause", "provision", "regulation",
            "decree", "convention");

    private ThirdPartyCharge() {
    }

    /**
     * Why the act at {@code t}, inside a direct quote, is the quoted speaker's charge against its subject, or null:
     * a party's habitual conduct in the words of another party or of an unnamed speaker. The speaker's own side
     * ("we", its state) and acts with a tense of an event (past, future) are left alone.
     */
    static String quoted(DependencyTree tree, ArgumentFinder args, int t, int subject, Quote quote) {
        if (quote == null || quote.kind() != Quote.Kind.DIRECT || subject < 0 || !habitual(tree, t)) {
            return null;
        }
        RoleFinder roles = args.roles();
        if (roles.isFirstPerson(subject)) {
            return null;
        }
        List<Actor> own = roles.actorsFrom(subject, false);
        if (own.isEmpty()) {
            return null;
        }
        Actor speaker = quote.speaker();
        if (speaker != null && ForecastClause.sameParty(own.get(0), speaker)) {
            return null;
        }
        return (speaker == null ? "an unnamed speaker" : "'" + speaker.code() + "'") + " (quoted) says what '"
                + tree.token(subject).word() + "' does habitually: a charge, not an act reported as done";
    }

    /**
     * Why the act at {@code t}, in the clause of a reporting or charging verb, is that verb's subject's charge against
     * the act's subject, or null: "the senators wrote that he has been undermining the constitution".
     */
    static String reported(DependencyTree tree, ArgumentFinder args, int t, int subject, Predicate<String> speechVerb) {
        if (subject < 0 || !habitual(tree, t)) {
            return null;
        }
        int cur = finite(tree, t);
        for (int guard = 0; guard < 6 && cur >= 0; guard++) {
            String r = tree.rel[cur];
            int h = tree.head[cur];
            if (h < 0 || !CLAUSAL.contains(r)) {
                return null;
            }
            String l = tree.lemma[h];
            if ((r.equals("ccomp") || r.equals("parataxis") || r.equals("dep"))
                    && (speechVerb.test(l) || CHARGE.contains(l))) {
                int speaker = args.subjectToken(h);
                String other = otherParty(tree, args, subject, speaker);
                return other == null ? null : other + " says what '" + tree.token(subject).word()
                        + "' does habitually: a charge, not an act reported as done";
            }
            cur = h;
        }
        return null;
    }

    /**
     * Whether the act at {@code t} is a speech act done by being said: a denial (016), an appeal, demand,
     * disapproval, rejection or threat (roots 02, 10 to 13) in the present simple ("China firmly rejects the claims", "we urge both sides").
     * Saying it is the act, so a present tense there reports the act, not a habit charged by another party.
     */
    static boolean performative(DependencyTree tree, int t, String code) {
        if (code == null || !code.startsWith("016") && !PERFORMATIVE_ROOTS.contains(CameoCode.rootOf(code))) {
            return false;
        }
        String pos = tree.token(t).pos();
        return (pos.equals("VBZ") || pos.equals("VBP")) && !hasAux(tree, t);
    }

    /**
     * Why the act at {@code t} is a conjecture, or null: a clause with "would" / "could" / "might" that is the
     * content of a guess ("it stands to reason that Trump would seek", "it is likely that Iran would respond").
     */
    static String conjecture(DependencyTree tree, int t) {
        int c = finite(tree, t);
        boolean modal = false;
        for (int ch : tree.children(c)) {
            modal |= tree.rel[ch].equals("aux") && MAYBE.contains(tree.lemma[ch]);
        }
        int h = tree.head[c];
        String r = tree.rel[c];
        if (!modal || h < 0 || !(r.equals("dep") || r.equals("ccomp") || r.equals("csubj") || r.equals("acl"))) {
            return null;
        }
        String l = tree.lemma[h].toLowerCase(java.util.Locale.ROOT);
        return CONJECTURE.contains(l) ? "the content of a conjecture ('" + tree.token(h).word()
                + "'), not a stated intent or an act" : null;
    }

    /**
     * Why the stated intent at {@code t} is a document's provision, or null: "Zimbabwe's constitution guarantees
     * the right to ...", "the treaty promises ..." name what a text provides; a text intends nothing.
     */
    static String document(DependencyTree tree, int t, int subject, String code) {
        if (code == null || !CameoCode.rootOf(code).equals("03") || subject < 0) {
            return null;
        }
        String l = tree.lemma[subject].toLowerCase(java.util.Locale.ROOT);
        if (!DOCUMENT.contains(l) || !tree.token(subject).ner().equals("O")) {
            return null;
        }
        return "its subject '" + tree.token(subject).word() + "' is a text: a provision, not a stated intent";
    }

    /**
     * Whether the act's clause tells habitual conduct: present simple ("attacks"), or a present perfect of
     * duration ("has been undermining", "has for years engaged in"). A past, future or modal act is an event's.
     */
    static boolean habitual(DependencyTree tree, int t) {
        int c = finite(tree, t);
        String pos = tree.token(c).pos();
        boolean have = false;
        boolean been = false;
        for (int ch : tree.children(c)) {
            if (!tree.rel[ch].startsWith("aux")) {
                continue;
            }
            String a = tree.lemma[ch];
            if (a.equals("have") && !tree.token(ch).pos().equals("VBD")) {
                have = true;
            } else if (a.equals("be") && tree.token(ch).pos().equals("VBN")) {
                been = true;
            } else if (!a.equals("do") || tree.token(ch).pos().equals("VBD")) {
                return false; // "will", "would", "did", "is attacking" (an act in progress, reported as such)
            }
        }
        if (pos.equals("VBZ") || pos.equals("VBP")) {
            return !have;
        }
        if (have && been && pos.equals("VBG")) {
            return true;
        }
        return have && pos.equals("VBN") && duration(tree, c);
    }

    /** The finite verb of the act's clause: up through nominal objects, coordination and participles. */
    private static int finite(DependencyTree tree, int t) {
        int cur = tree.isNominal(t) && tree.head[t] >= 0 && tree.token(tree.head[t]).isVerb() ? tree.head[t] : t;
        for (int guard = 0; guard < 4; guard++) {
            int h = tree.head[cur];
            String pos = tree.token(cur).pos();
            boolean participle = pos.equals("VBG") && !hasAux(tree, cur);
            // A conjunct with its own subject or auxiliary is a clause of its own ("China says ..., and Russia has
            // violated"); a bare one shares its head's tense ("attacks and kills").
            boolean bare = !hasAux(tree, cur) && tree.child(cur, "nsubj", "nsubj:pass") < 0;
            if (h < 0 || !UP.contains(tree.rel[cur]) || !tree.token(h).isVerb()
                    || !(tree.rel[cur].equals("conj") && bare) && !participle) {
                break;
            }
            cur = h;
        }
        return cur;
    }

    private static boolean hasAux(DependencyTree tree, int v) {
        return tree.children(v).stream().anyMatch(ch -> tree.rel[ch].startsWith("aux") || tree.rel[ch].equals("mark"));
    }

    /** A "for years" or "since 2019" on the clause: conduct that has lasted. */
    private static boolean duration(DependencyTree tree, int v) {
        for (int ch : tree.children(v)) {
            if (!tree.rel[ch].startsWith("obl")) {
                continue;
            }
            for (int m : tree.children(ch)) {
                if (tree.rel[m].equals("case") && (tree.lemma[m].equals("for") || tree.lemma[m].equals("since"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The speaker, named, when it is another party than the act's subject: an actor of another side, or a
     * speaker who is no party ("experts say"). Null when the subject is the speaker's own ("it", "we") or unknown.
     */
    private static String otherParty(DependencyTree tree, ArgumentFinder args, int subject, int speaker) {
        RoleFinder roles = args.roles();
        if (roles.isFirstPerson(subject) || speaker < 0 || roles.mayBeSpeaker(speaker)) {
            return null;
        }
        List<Actor> own = roles.actorsFrom(subject, false);
        if (own.isEmpty()) {
            return null;
        }
        List<Actor> said = roles.actorsFrom(speaker, false);
        if (said.isEmpty()) {
            said = roles.actorsFrom(speaker, true); // "the Chinese Foreign Ministry spokesperson": its ministry's
        }
        if (said.isEmpty()) {
            return tree.token(speaker).pos().startsWith("NNP") ? null : "'" + tree.token(speaker).word() + "'";
        }
        return ForecastClause.sameParty(own.get(0), said.get(0)) ? null : "'" + said.get(0).code() + "'";
    }
}
