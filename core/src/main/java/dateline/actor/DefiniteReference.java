package dateline.actor;

import dateline.nlp.Sentence;
import dateline.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What a definite singular sector noun ("the company", "the bank", "the government", "the newspaper") refers back
 * to: the actor of that sector named earlier in the article, when every such actor has the same code ("BP ... the
 * company" is MNCGBR). For "the government" with no government actor yet, the one country named so far stands in
 * ("India ... the government" is INDGOV). Otherwise nothing: two candidates differ, the noun is plural or bare
 * ("banks", "companies" are generic), an "of" phrase says whose it is ("the president of the bank"), or, for any
 * sector but government, the article names an organisation no actor covers (the company may be that one).
 */
final class DefiniteReference {
    /**
     * The actor referred back to.
     *
     * @param actor       the earlier actor
     * @param countryOnly whether only its country is meant (the noun is that country's government)
     */
    record Referent(Actor actor, boolean countryOnly) {
    }

    private DefiniteReference() {
    }

    /**
     * The referent of the sector noun at tokens [start, end) of {@code s} (start on "the"), of sector {@code sector}
     * ("BUS", "GOV"), among the actors found so far ({@code earlier}, in article order), or null.
     */
    static Referent find(List<Sentence> sentences, Sentence s, int start, int end, String sector,
            List<Actor> earlier) {
        List<Token> tokens = s.tokens();
        Token head = tokens.get(end - 1);
        if (!lower(tokens, start).equals("the") || !(head.pos().equals("NN") || head.pos().equals("NNP"))
                || end < tokens.size() && lower(tokens, end).equals("of")) {
            return null;
        }
        boolean gov = sector.equals("GOV");
        if (!gov && unresolvedOrganisationBefore(sentences, s, start, earlier)) {
            return null;
        }
        Actor same = unique(earlier, a -> sector.equals(sectorOf(a)), Actor::code);
        if (same != null) {
            return new Referent(same, false);
        }
        if (gov) {
            Actor country = unique(earlier, a -> a.country() != null, Actor::country);
            return country == null ? null : new Referent(country, true);
        }
        return null;
    }

    /**
     * Whether the article names, before token {@code start} of {@code s}, an organisation (tokens the annotator
     * tags ORGANIZATION) that no actor covers: a firm or body the dictionaries do not know.
     */
    private static boolean unresolvedOrganisationBefore(List<Sentence> sentences, Sentence s, int start,
            List<Actor> earlier) {
        for (Sentence before : sentences) {
            if (before.index() > s.index()) {
                break;
            }
            for (Token t : before.tokens()) {
                if (before.index() == s.index() && t.index() >= start) {
                    break;
                }
                if (t.ner().equals("ORGANIZATION") && !covered(earlier, before.index(), t.index())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean covered(List<Actor> actors, int sentence, int token) {
        for (Actor a : actors) {
            if (a.sentence() == sentence && a.tokenStart() <= token && token < a.tokenEnd()) {
                return true;
            }
        }
        return false;
    }

    /** The latest actor passing {@code test} if all that pass have one {@code key}, else null. */
    private static Actor unique(List<Actor> actors, Predicate<Actor> test, Function<Actor, String> key) {
        Actor latest = null;
        String k = null;
        for (Actor a : actors) {
            if (!test.test(a)) {
                continue;
            }
            String c = key.apply(a);
            if (k != null && !k.equals(c)) {
                return null;
            }
            k = c;
            latest = a;
        }
        return latest;
    }

    /**
     * The sector part of an actor's code: "GOV" of IRNGOV, "" of a bare country, "BUS" for a multinational
     * (MNCGBR); null for actors without a country and for a bare "MNC", which says nothing of which firm.
     */
    private static String sectorOf(Actor a) {
        ActorCode code = a.actorCode();
        if (code.country().equals("MNC")) {
            return code.isCountry() ? null : "BUS";
        }
        return a.country() == null ? null : code.sectorText();
    }

    private static String lower(List<Token> tokens, int t) {
        return tokens.get(t).word().toLowerCase(Locale.ROOT);
    }
}
