package dateline.event;

import dateline.actor.Actor;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Sub-codes that the trigger's pattern cannot see because they depend on the parties or on the verb above the
 * trigger, from the CAMEO codebook:
 *
 * <ul>
 *   <li>044, meet at a "third" location: a meeting (040) "in" a country, or a place in one, that is neither
 *       party's ("the Korean and Japanese leaders met in Hanoi"): "some place with which none of the attending
 *       parties are associated";</li>
 *   <li>185, attempt to assassinate: an assassination (186) under "attempt", "try" or "plot" ("gunmen tried to
 *       assassinate the mayor"): "attempt but fail to kill"; also a killing (190) under those verbs whose
 *       object is one holder of office or influence ("tried to kill the journalist"): the codebook's 185 is an
 *       attempt "to kill politically significant and influential persons", so a plural victim stays 190;
 *       likewise a killing (190) or gunning down (193) done "almost" or "nearly" to one named person or one such
 *       holder of office ("was almost gunned down by a hitman"): attempted and failed;</li>
 *   <li>190, fight with conventional force: fighters, soldiers or rebels injured or wounded (182 "physically
 *       assault", "without the use of weaponry", or 180 by the class default) are casualties of battle.</li>
 * </ul>
 */
final class ContextSubcodes {
    private static final Set<String> ATTEMPT = Set.of("attempt", "try", "plot", "seek");
    private static final Set<String> KILL = Set.of("kill", "murder");
    private static final Set<String> ALMOST = Set.of("almost", "nearly");
    private static final Set<String> WOUND = Set.of("injure", "wound");
    private static final Set<String> COMBATANT = Set.of("MIL", "REB", "INS", "UAF");
    private static final Set<String> PROMINENT = Set.of("president", "premier", "minister", "senator", "governor",
            "mayor", "lawmaker", "legislator", "journalist", "judge", "prosecutor", "candidate", "king", "queen",
            "prince", "cleric", "activist", "dissident", "ambassador", "leader");

    private ContextSubcodes() {
    }

    /**
     * The code of the act at {@code t} coded {@code code} between {@code source} and {@code target} (null when
     * none), given the actors each token leads to: {@code code} itself unless a rule above applies.
     */
    static String refine(DependencyTree tree, int t, String code, Actor source, Actor target,
            IntFunction<java.util.List<Actor>> actorsAt) {
        if (code == null) {
            return null;
        }
        if (code.equals("040") && source != null && target != null && thirdPlace(tree, t, source, target, actorsAt)) {
            return "044";
        }
        if (code.equals("186") && tree.rel[t].equals("xcomp") && tree.head[t] >= 0
                && ATTEMPT.contains(tree.lemma[tree.head[t]])) {
            return "185";
        }
        if (code.equals("190") && KILL.contains(tree.lemma[t]) && tree.rel[t].equals("xcomp") && tree.head[t] >= 0
                && ATTEMPT.contains(tree.lemma[tree.head[t]]) && oneProminentObject(tree, t)) {
            return "185";
        }
        if ((code.equals("182") || code.equals("180")) && WOUND.contains(tree.lemma[t]) && target != null
                && COMBATANT.stream().anyMatch(target.actorCode()::hasSector)) {
            return "190";
        }
        if ((code.equals("193") || code.equals("190") && KILL.contains(tree.lemma[t])) && almost(tree, t)
                && onePersonVictim(tree, t)) {
            return "185";
        }
        return code;
    }

    /**
     * "almost" or "nearly" modifies the killing: it was attempted and failed, the codebook's "attempt but fail to
     * kill" (185), when the victim is one person.
     */
    private static boolean almost(DependencyTree tree, int t) {
        for (int ch : tree.children(t)) {
            if (tree.rel[ch].equals("advmod") && ALMOST.contains(tree.lemma[ch])) {
                return true;
            }
        }
        return false;
    }

    /** The one killed (object or passive subject) is one named person or one holder of office or influence. */
    private static boolean onePersonVictim(DependencyTree tree, int t) {
        for (int ch : tree.children(t)) {
            if (tree.rel[ch].equals("obj") || tree.rel[ch].equals("nsubj:pass")) {
                String pos = tree.sentence.tokens().get(ch).pos();
                String ner = tree.sentence.tokens().get(ch).ner();
                if (pos.equals("NNP") && "PERSON".equals(ner)
                        || PROMINENT.contains(tree.lemma[ch]) && tree.word[ch].equals(tree.lemma[ch])) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The object of {@code t} is one person of office or influence: the word is its own lemma (singular). */
    private static boolean oneProminentObject(DependencyTree tree, int t) {
        for (int ch : tree.children(t)) {
            if (tree.rel[ch].equals("obj") && PROMINENT.contains(tree.lemma[ch])
                    && tree.word[ch].toLowerCase(java.util.Locale.ROOT).equals(tree.lemma[ch])) {
                return true;
            }
        }
        return false;
    }

    private static boolean thirdPlace(DependencyTree tree, int t, Actor source, Actor target,
            IntFunction<java.util.List<Actor>> actorsAt) {
        String a = source.actorCode().country();
        String b = target.actorCode().country();
        if (source.actorCode().hasUnknownCountry() || target.actorCode().hasUnknownCountry()) {
            return false;
        }
        for (int ch : tree.children(t)) {
            if (tree.rel[ch].startsWith("obl") && "in".equals(tree.preposition(ch))) {
                for (Actor place : actorsAt.apply(ch)) {
                    String c = place.actorCode().country();
                    if (place.actorCode().isCountry() && !place.actorCode().hasUnknownCountry()
                            && !c.equals(a) && !c.equals(b)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
