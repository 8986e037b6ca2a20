package dateline.actor;

import dateline.knowledge.TableFile;
import dateline.nlp.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A bare noun for a state's institution or its members ("soldiers", "the police", "security forces", "lawmakers",
 * "the court", "officials") in a story that has named that institution for one country only: "Pakistani soldiers
 * ... troops later cleared the train" are Pakistan's, "a Guatemalan judge ... the appeals court" Guatemala's. The
 * country comes from the actors named earlier in the article whose sector is of the same kind (the armed forces,
 * police and intelligence services count as one kind), only when all of them have one country. Nothing when the
 * sentence names another country (the troops may be that country's), when a modifier before the noun qualifies it
 * ("international forces", "foreign troops", "NATO forces", "BLA insurgents"), when an "of" or "from" phrase after
 * it says whose it is, or when the noun is the plural of an institution each country has one of ("governments",
 * "courts", "leaders": several countries'; {@code several-parties-nouns.txt}).
 */
final class StoryInstitution {
    private static final Set<String> FORCES = Set.of("MIL", "COP", "SPY");
    /** The sectors this rule gives a country to, each with the sectors of the same kind. */
    private static final Map<String, Set<String>> KIND = Map.of(
            "MIL", FORCES, "COP", FORCES, "SPY", FORCES,
            "JUD", Set.of("JUD"), "LEG", Set.of("LEG"), "GOV", Set.of("GOV"));
    private static final Set<String> SEVERAL = load();
    /** Tags of a word that qualifies the noun after it: adjective, noun or name, participle ("U.S.-backed"). */
    private static final List<String> MODIFIER = List.of("JJ", "NN", "VBG", "VBN");

    private StoryInstitution() {
    }

    /**
     * The country of the bare agent at tokens [start, end) of a sentence (start may be on "the"), of agent code
     * {@code agent} ("~MIL"), or null.
     *
     * @param earlier           the article's actors found so far, in article order
     * @param sentenceCountries the countries the sentence names
     */
    static String country(List<Token> tokens, int start, int end, String agent, List<Actor> earlier,
            Set<String> sentenceCountries) {
        String sectors = ActorCode.agentSectors(agent);
        Set<String> kind = KIND.get(sectors);
        if (kind == null || qualified(tokens, start, end)) {
            return null;
        }
        Token head = tokens.get(end - 1);
        boolean plural = head.pos().equals("NNS") || head.pos().equals("NNPS");
        String lemma = head.lemma() == null ? head.word() : head.lemma();
        if (plural && SEVERAL.contains(lemma.toLowerCase(Locale.ROOT))) {
            return null;
        }
        Set<String> countries = new HashSet<>();
        for (Actor a : earlier) {
            if (a.country() == null || a.found() == Found.OWNER) {
                continue;
            }
            for (String sector : a.actorCode().sectors()) {
                if (kind.contains(sector)) {
                    countries.add(a.country());
                }
            }
        }
        if (countries.size() != 1) {
            return null;
        }
        String country = countries.iterator().next();
        for (String c : sentenceCountries) {
            String own = Actor.countryOf(c);
            if (own != null && !own.equals(country)) {
                return null;
            }
        }
        return country;
    }

    /**
     * Whether a word before the noun (after any determiner) or an "of", "from" or "on" phrase after it qualifies whose
     * the institution is: an adjective ("international", "foreign", "local"), a noun or name ("enemy", "NATO",
     * "BLA"), a participle ("U.S.-backed"), a possessive; "authorities on both sides".
     */
    private static boolean qualified(List<Token> tokens, int start, int end) {
        int first = start;
        while (first < end - 1 && tokens.get(first).pos().equals("DT")) {
            first++;
        }
        if (first > 0 && first == start) {
            String before = tokens.get(first - 1).pos();
            if (MODIFIER.stream().anyMatch(before::startsWith) || before.equals("POS") || before.equals("PRP$")) {
                return true;
            }
        }
        for (int t = first; t < end - 1; t++) {
            if (tokens.get(t).pos().startsWith("JJ") || tokens.get(t).pos().startsWith("NNP")
                    || tokens.get(t).pos().startsWith("VB")) {
                return true;
            }
        }
        if (end < tokens.size()) {
            String after = tokens.get(end).word().toLowerCase(Locale.ROOT);
            return after.equals("of") || after.equals("from") || after.equals("on");
        }
        return false;
    }

    private static Set<String> load() {
        return Set.copyOf(TableFile.resource("dateline/actor/several-parties-nouns.txt").words(true));
    }
}
