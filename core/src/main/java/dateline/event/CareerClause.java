package dateline.event;

import java.util.Locale;
import java.util.Set;

/**
 * A relative clause that describes a person by a past role: "a former envoy who had negotiated with Pyongyang",
 * "an ex-general who commanded the troops". The clause tells who the person is (a career), not an event of the
 * news; CAMEO codes events, so the act in it is not coded.
 */
final class CareerClause {
    /** Modifiers that make a title a past role. */
    private static final Set<String> PAST_ROLE = Set.of("former", "ex", "ex-", "retired", "onetime", "erstwhile");

    private CareerClause() {
    }

    /** Years before the story's own that make a private person's act family history rather than news. */
    private static final int HISTORY_YEARS = 20;

    /**
     * Why an act of the private person {@code source} is family history, or null: the sentence dates it to a year
     * long before the story ("When his father died in 1927, his mother decided to take the children back") and
     * names no later one. A private life decades ago is the background of a portrait, not an event of the news;
     * a state's past acts are not judged here.
     */
    static String history(DependencyTree tree, dateline.actor.Actor source, java.time.LocalDate storyDate) {
        if (storyDate == null || source == null || !source.actorCode().hasSector("CVL")
                || !source.actorCode().hasUnknownCountry()) {
            return null;
        }
        int latest = -1;
        for (int i = 0; i < tree.size(); i++) {
            String w = tree.token(i).word();
            if ("DATE".equals(tree.token(i).ner()) && w.matches("1[0-9]{3}|20[0-9]{2}")) {
                latest = Math.max(latest, Integer.parseInt(w));
            }
        }
        return latest > 0 && latest <= storyDate.getYear() - HISTORY_YEARS ? "a private person's act dated "
                + latest + ", long before the story (family history, not news)" : null;
    }

    /** Why the act at {@code t} is a description of a past role, or null. */
    static String why(DependencyTree tree, int t) {
        int cur = t;
        for (int guard = 0; guard < 3 && cur >= 0 && tree.rel[cur].equals("conj"); guard++) {
            cur = tree.head[cur];
        }
        if (cur < 0 || !tree.rel[cur].equals("acl:relcl") || tree.head[cur] < 0) {
            return null;
        }
        int noun = tree.head[cur];
        for (int ch : tree.children(noun)) {
            String r = tree.rel[ch];
            if ((r.equals("amod") || r.equals("compound") || r.equals("advmod"))
                    && PAST_ROLE.contains(tree.lemma[ch].toLowerCase(Locale.ROOT))) {
                return "a past role of the '" + tree.token(ch).word() + " " + tree.token(noun).word()
                        + "' (a career), not an event";
            }
        }
        return null;
    }
}
