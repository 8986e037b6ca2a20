package dateline.event;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Last-resort target candidates: the party of what an act is about, named one step further from the verb than
 * {@link ArgumentFinder}'s own rules look. Read only after every other candidate, so they decide only when the
 * clause names no target otherwise.
 *
 * <ul>
 *   <li>the place of the object, of the object's phrases or of the verb's target phrases ("condemned the burning
 *       of the flag in Denmark", "opened an inquiry into abuses in Syria");</li>
 *   <li>the target phrases of an act named "in" the object ("pledged 20 million dollars in aid to Nepal": the
 *       amount is the object, the recipient hangs under the aid word);</li>
 *   <li>the agent of a participle describing the object ("impounded a tanker owned by Iran": whose the thing is);
 *       </li>
 *   <li>the place of a phrase's apposition ("pulled out of Bakhmut, a town in eastern Ukraine");</li>
 *   <li>the owner of the verb's "in" phrase ("mediated in Sudan's civil war", "invested in Ghana's ports"): a
 *       matter of that party;</li>
 *   <li>the subject of a condition ("threatened to strike unless the government raised wages"): the party the
 *       act depends on.</li>
 * </ul>
 *
 * <p>Places are not read for meetings and visits (040 to 044, and the intent of, appeal for or demand for a
 * meeting: 036, 026, 106) nor for a gathering as the object ("resumed talks in
 * Jeddah"): where people meet is not whom they meet. Nor is the place of an act by outsiders ("opposes foreign
 * interference in Iraq") its party, nor the place of an occasion the act is done at ("requested more time at a
 * hearing in Kenya's capital"), nor the owner of an "in" phrase that names a place ("in Kenya's capital"): a
 * location, not a matter of that party.
 */
final class AboutWhom {
    private static final Set<String> OBJECTS = Set.of("obj", "iobj");
    /** Modifiers that give an act to others than the place's own. */
    private static final Set<String> OUTSIDERS = Set.of("foreign", "external", "outside");
    /** Marks of a condition: its subject is the party the act depends on. */
    private static final Set<String> CONDITIONS = Set.of("if", "unless");
    /** Gatherings: where they are held is no party to them ("resumed talks in Jeddah"). */
    private static final Set<String> GATHERINGS = Set.of("talk", "talks", "meeting", "summit", "conference",
            "negotiation", "negotiations", "dialogue", "consultation", "consultations", "visit", "forum", "session");
    /**
     * Occasions an act is done at ("requested more time at a hearing in Kenya's capital", "appealed for calm at a
     * rally in Accra"): like a gathering, where the occasion is held is no party to the act.
     */
    private static final Set<String> SETTINGS = Set.of("hearing", "trial", "rally", "ceremony", "gathering",
            "briefing", "event", "funeral", "parade", "congress", "convention", "festival", "celebration");
    /** Nouns of settlements and administrative areas: "in X's capital" says where, not about whom. */
    private static final Set<String> PLACES = Set.of("capital", "city", "town", "village", "province", "district",
            "region", "state", "county", "territory", "area", "suburb", "neighbourhood", "neighborhood",
            "municipality", "prefecture", "governorate");
    /** Named-entity classes of places ("in Pakistan's Punjab"). */
    private static final Set<String> PLACE_NAMES = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");
    /** Bodies of water: "in the East China Sea" names no party, though a country's name is in it. */
    private static final Set<String> WATERS = Set.of("sea", "ocean", "gulf", "strait", "bay", "river", "lake",
            "waters");

    private AboutWhom() {
    }

    /**
     * Appends the candidates of verb or noun {@code t} to {@code out}; {@code meeting} for a meeting or visit;
     * {@code trigger} tells the words that name an act ("aid"), whose phrases name its party where a thing's do not.
     */
    static void add(DependencyTree tree, int t, boolean meeting, IntPredicate trigger,
            List<ArgumentFinder.Candidate> out) {
        for (int ch : tree.children(t)) {
            String r = tree.rel[ch];
            boolean object = OBJECTS.contains(r) || r.equals("nsubj:pass") && tree.isPassive(t);
            if (object) {
                if (!meeting && !GATHERINGS.contains(tree.lemma[ch]) && !byOutsiders(tree, ch)) {
                    places(tree, ch, out);
                }
                for (int g : tree.children(ch)) {
                    if (tree.rel[g].startsWith("nmod")) {
                        if (!meeting) {
                            places(tree, g, out);
                        }
                        if ("in".equals(tree.preposition(g)) && trigger.test(g)) {
                            phrases(tree, g, out); // "20 million dollars in aid to Nepal"
                        }
                    } else if (tree.rel[g].equals("acl") && tree.token(g).pos().equals("VBN")) {
                        int by = byPhrase(tree, g);
                        if (by >= 0) {
                            out.add(new ArgumentFinder.Candidate(by, ArgumentFinder.Rule.ABOUT_WHOM));
                        }
                    }
                }
            } else if (r.startsWith("obl") && tree.preposition(ch) != null) {
                if (!meeting && !"in".equals(tree.preposition(ch)) && !GATHERINGS.contains(tree.lemma[ch])
                        && !SETTINGS.contains(tree.lemma[ch])
                        && ArgumentFinder.TARGET_PREPS.contains(tree.preposition(ch))) {
                    places(tree, ch, out); // "opened an inquiry into abuses in Eritrea"
                }
                for (int g : tree.children(ch)) {
                    if (!meeting && tree.rel[g].equals("appos")) {
                        places(tree, g, out);
                    }
                }
                if (!meeting && "in".equals(tree.preposition(ch))) {
                    int owner = tree.child(ch, "nmod:poss");
                    if (owner >= 0 && !water(tree, ch) && !place(tree, ch)) {
                        out.add(new ArgumentFinder.Candidate(owner, ArgumentFinder.Rule.ABOUT_WHOM));
                    }
                }
            } else if (r.equals("advcl") && CONDITIONS.contains(String.valueOf(tree.preposition(ch)))) {
                int s = tree.child(ch, "nsubj");
                if (s >= 0) {
                    out.add(new ArgumentFinder.Candidate(s, ArgumentFinder.Rule.ABOUT_WHOM));
                }
            }
        }
    }

    /**
     * Whether noun {@code n} names a place ("a hearing in Zimbabwe's capital", "in Pakistan's Punjab"): its owner
     * is where the act was done, not what it is about, so no party to it. Acts done to a place (roots 14 to 20, 07)
     * take the place's country through {@link ArgumentFinder}'s own place rule.
     */
    private static boolean place(DependencyTree tree, int n) {
        return PLACES.contains(tree.lemma[n].toLowerCase(Locale.ROOT)) || PLACE_NAMES.contains(String.valueOf(tree.token(n).ner()));
    }

    /** The "in" phrases of noun {@code n}: where the thing is or happened. */
    private static void places(DependencyTree tree, int n, List<ArgumentFinder.Candidate> out) {
        for (int ch : tree.children(n)) {
            if (tree.rel[ch].startsWith("nmod") && "in".equals(tree.preposition(ch)) && !water(tree, ch)) {
                out.add(new ArgumentFinder.Candidate(ch, ArgumentFinder.Rule.ABOUT_WHOM));
            }
        }
    }

    /** The phrases of noun {@code n} that name a party ("to", "for", "against", "with"). */
    private static void phrases(DependencyTree tree, int n, List<ArgumentFinder.Candidate> out) {
        for (int ch : tree.children(n)) {
            String p = tree.preposition(ch);
            if (tree.rel[ch].startsWith("nmod") && p != null && Set.of("to", "for", "against", "with").contains(p)) {
                out.add(new ArgumentFinder.Candidate(ch, ArgumentFinder.Rule.ABOUT_WHOM));
            }
        }
    }

    /**
     * Whether noun {@code n} is an act its words give to outsiders ("foreign interference in Iraq"): its place is
     * where others act, not the party the act is about.
     */
    private static boolean byOutsiders(DependencyTree tree, int n) {
        for (int ch : tree.children(n)) {
            if (tree.rel[ch].equals("amod") && OUTSIDERS.contains(tree.lemma[ch])) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code n} heads the name of a body of water ("the South China Sea", "the Persian Gulf"). */
    private static boolean water(DependencyTree tree, int n) {
        return WATERS.contains(tree.lemma[n].toLowerCase(Locale.ROOT));
    }

    private static int byPhrase(DependencyTree tree, int v) {
        for (int ch : tree.children(v)) {
            if (tree.rel[ch].startsWith("obl") && "by".equals(tree.preposition(ch))) {
                return ch;
            }
        }
        return -1;
    }
}
