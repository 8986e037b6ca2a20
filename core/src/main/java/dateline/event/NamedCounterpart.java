package dateline.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Target candidates for a party the sentence names where the trigger's own clause does not hold it, read by
 * grammar rather than by wording:
 *
 * <ul>
 *   <li>the antecedent of an object pronoun of a joined clause ("fought the state, accusing it of ..."; "blamed
 *       India, accusing it of ..."): the governor's object or its target phrase, when it agrees with the pronoun in
 *       number and in person or thing;</li>
 *   <li>the owner of the object given by an ownership adjective of the object or of its apposition ("stormed
 *       the Marmara, a Turkish-owned ship");</li>
 *   <li>the addressee of a demand, appeal or warning carried by the object noun ("issued warnings demanding that
 *       Washington change ...", "sent a letter urging Iran to ...").</li>
 * </ul>
 */
final class NamedCounterpart {
    /** Relations of a clause joined to its governor that shares the governor's subject. */
    private static final Set<String> JOINED = Set.of("conj", "advcl", "dep");
    /** Prepositions whose phrase names the party an act is done to or with. */
    private static final Set<String> PARTY_PREPS = Set.of("against", "with", "on", "to", "toward", "towards");
    /** Named-entity types that never stand for "him" or "her". */
    private static final Set<String> NOT_PERSONS = Set.of("COUNTRY", "LOCATION", "ORGANIZATION", "NATIONALITY",
            "STATE_OR_PROVINCE", "CITY", "MISC");
    /** Participles of owning: "a Turkish-owned ship", "a Panama-flagged tanker" name the thing's owner. */
    private static final Set<String> OWNING = Set.of("own", "flag", "register", "operate", "run");
    /** CAMEO roots whose act is addressed to a party: appeal (02), demand (10), threaten (13). */
    private static final Set<String> ADDRESSED = Set.of("02", "10", "13");

    private NamedCounterpart() {
    }

    /**
     * What object pronoun {@code p} of verb {@code t} stands for when {@code t} is joined to an earlier verb that
     * shares its subject (a clause never has its own subject as object pronoun), best first: the governor's object,
     * then its party phrases ("fighting an insurgency against the state, accusing it"), each only if it agrees
     * with the pronoun.
     */
    static List<Integer> pronounAntecedents(DependencyTree tree, int t, int p) {
        List<Integer> out = new ArrayList<>();
        String w = tree.word[p].toLowerCase(java.util.Locale.ROOT);
        String r = tree.rel[t];
        boolean joined = r.equals("conj") || JOINED.contains(r) && tree.token(t).pos().equals("VBG");
        if (!Set.of("it", "him", "her", "them").contains(w) || !joined
                || tree.child(t, "nsubj", "nsubj:pass") >= 0) {
            return out;
        }
        int h = tree.head[t];
        if (h < 0 || h > p) {
            return out;
        }
        for (int ch : tree.children(h)) {
            if (tree.rel[ch].equals("obj") && agrees(tree, w, ch)) {
                out.add(ch);
            }
        }
        for (int ch : tree.children(h)) {
            String prep = tree.preposition(ch);
            if (tree.rel[ch].startsWith("obl") && prep != null && PARTY_PREPS.contains(prep) && agrees(tree, w, ch)) {
                out.add(ch);
            }
        }
        for (int o : tree.children(h)) {
            if (tree.rel[o].equals("obj")) {
                for (int ch : tree.children(o)) {
                    String prep = tree.preposition(ch);
                    if (tree.rel[ch].startsWith("nmod") && prep != null && PARTY_PREPS.contains(prep)
                            && agrees(tree, w, ch)) {
                        out.add(ch);
                    }
                }
            }
        }
        return out;
    }

    /** Whether noun {@code n} agrees with pronoun {@code w} in number and in person or thing. */
    private static boolean agrees(DependencyTree tree, String w, int n) {
        String pos = tree.token(n).pos();
        if (!pos.startsWith("NN")) {
            return false;
        }
        boolean plural = pos.endsWith("S") || tree.child(n, "conj") >= 0;
        String ner = tree.token(n).ner();
        return switch (w) {
            case "them" -> plural;
            case "it" -> !plural && !"PERSON".equals(ner);
            default -> !plural && !NOT_PERSONS.contains(ner); // him, her
        };
    }

    /**
     * Appends the owner and addressee candidates of trigger {@code t} with code {@code code} (see the class
     * comment) to {@code out}.
     */
    static void add(DependencyTree tree, int t, String code, List<ArgumentFinder.Candidate> out) {
        for (int o : tree.children(t)) {
            if (!tree.rel[o].equals("obj")) {
                continue;
            }
            for (int a : tree.children(o)) {
                if (tree.rel[a].equals("appos")) {
                    owners(tree, a, out); // the apposition itself is read with the object (RoleFinder)
                }
            }
            owners(tree, o, out);
        }
        if (code == null || code.length() < 2 || !ADDRESSED.contains(code.substring(0, 2))) {
            return;
        }
        List<Integer> carriers = new ArrayList<>();
        if (tree.token(t).isNoun()) {
            carriers.add(t);
        }
        for (int o : tree.children(t)) {
            if (tree.rel[o].equals("obj")) {
                carriers.add(o);
                for (int n : tree.children(o)) {
                    if (tree.rel[n].startsWith("nmod") && "of".equals(tree.preposition(n)) && tree.token(n).isNoun()) {
                        carriers.add(n); // "a series of warnings"
                    }
                }
            }
        }
        for (int n : carriers) {
            for (int cl : tree.children(n)) {
                if (!tree.rel[cl].equals("acl") && !tree.rel[cl].equals("ccomp")) {
                    continue;
                }
                int s = tree.child(cl, "nsubj");
                if (s >= 0 && "that".equals(tree.preposition(cl))) {
                    out.add(new ArgumentFinder.Candidate(s, ArgumentFinder.Rule.ADDRESSEE)); // "a warning that X"
                }
                if (!tree.token(cl).pos().equals("VBG")) {
                    continue;
                }
                int inner = tree.child(cl, "ccomp");
                int innerSubject = inner < 0 ? -1 : tree.child(inner, "nsubj");
                if (innerSubject >= 0) {
                    out.add(new ArgumentFinder.Candidate(innerSubject, ArgumentFinder.Rule.ADDRESSEE));
                }
                int asked = tree.child(cl, "obj", "iobj");
                if (asked >= 0) {
                    out.add(new ArgumentFinder.Candidate(asked, ArgumentFinder.Rule.ADDRESSEE)); // "urging Iran to"
                }
            }
        }
    }

    /** The owner named in an ownership adjective of noun {@code n}: "Turkish" in "a Turkish-owned ship". */
    private static void owners(DependencyTree tree, int n, List<ArgumentFinder.Candidate> out) {
        for (int adj : tree.children(n)) {
            if (!tree.rel[adj].equals("amod") || !OWNING.contains(tree.lemma[adj])) {
                continue;
            }
            for (int who : tree.children(adj)) {
                String r = tree.rel[who];
                if (!r.equals("punct") && !r.equals("advmod")) {
                    out.add(new ArgumentFinder.Candidate(who, ArgumentFinder.Rule.OWNER_ADJECTIVE));
                }
            }
        }
    }
}
