package dateline.event;

import dateline.knowledge.TableFile;
import java.util.Locale;
import java.util.Set;

/**
 * Private people's travel counted or described: "2.8 million Chinese tourists visited Vietnam", "thousands of
 * students travelled to Australia", "Thailand received ten million visitors". CAMEO 042 and 043 are a visit made
 * or hosted by a party's representative (a leader, a minister, a delegation); tourists, migrants, students or
 * pilgrims travelling on their own account are no party, and their numbers are statistics, not an event. The
 * travellers' nouns are data: {@code dateline/event/private-travellers.txt}.
 */
final class PrivateTravel {
    private static final Set<String> TRAVELLERS = TableFile.resource("dateline/event/private-travellers.txt")
            .words(true);
    /** Heads of a quantity that names the travellers in its "of" phrase: "thousands of tourists". */
    private static final Set<String> QUANTITY = Set.of("thousand", "thousands", "million", "millions", "hundred",
            "hundreds", "number", "numbers", "dozen", "dozens", "influx", "flood", "wave", "stream", "flow", "record",
            "most", "many", "majority", "half", "percent", "%", "share");

    private PrivateTravel() {
    }

    /**
     * Why the visit coded {@code code} at {@code t} is private travel, or null: the visitor (the subject of a
     * visit made, 042; the object of a visit hosted, 043) is a traveller on their own account.
     */
    static String why(DependencyTree tree, int t, int subject, String code) {
        if (code == null) {
            return null;
        }
        int visitor = code.startsWith("042") ? subject : code.startsWith("043") ? tree.child(t, "obj") : -1;
        if (visitor < 0) {
            return null;
        }
        visitor = counted(tree, visitor);
        String lemma = tree.lemma[visitor].toLowerCase(Locale.ROOT);
        if (!TRAVELLERS.contains(lemma)) {
            return null;
        }
        return "private travel ('" + tree.token(visitor).word() + "'): a visit is made by a party's representative,"
                + " not by tourists, migrants or students";
    }

    /** The noun a quantity counts ("thousands [of tourists]"), or {@code k} itself. */
    private static int counted(DependencyTree tree, int k) {
        if (!QUANTITY.contains(tree.lemma[k].toLowerCase(Locale.ROOT))) {
            return k;
        }
        for (int ch : tree.children(k)) {
            if (tree.rel[ch].startsWith("nmod") && "of".equals(tree.preposition(ch))) {
                return ch;
            }
        }
        return k;
    }
}
