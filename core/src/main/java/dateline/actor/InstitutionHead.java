package dateline.actor;

import dateline.nlp.Token;
import java.util.List;

/**
 * A bare institution word that the dictionary gives one country by default ("Senate", "Parliament", "Supreme Court"
 * are the U.S. ones there) names the institution of the person it heads when that person follows with a title
 * word: "Senate head Hun Sen", "Parliament speaker Ana Lopes". The person's known country is then the institution's;
 * the dictionary's default country would put a foreign body in the wrong country.
 */
final class InstitutionHead {
    private InstitutionHead() {
    }

    /** Replaces, in {@code here} and {@code all}, each such institution with its code in the person's country. */
    static void recode(List<Token> tokens, List<Actor> here, List<Actor> all) {
        for (int i = 0; i + 1 < here.size(); i++) {
            Actor body = here.get(i);
            Actor person = here.get(i + 1);
            if (!heads(tokens, body, person)) {
                continue;
            }
            String code = person.country() + body.code().substring(3);
            Actor moved = new Actor(code, body.name(), person.country(), body.role(), body.span(), body.sentence(),
                    body.tokenStart(), body.tokenEnd(), body.entry(), body.rule(), body.dateBasis(), person.span());
            int at = all.indexOf(body);
            if (at >= 0) {
                all.set(at, moved);
            }
            here.set(i, moved);
        }
    }

    /** One name token with a sector, then a lower-case title word, then a person of another known country. */
    private static boolean heads(List<Token> tokens, Actor body, Actor person) {
        return Found.NAME.label().equals(body.rule()) && body.tokenEnd() - body.tokenStart() == 1 && body.code().length() > 3
                && body.country() != null && person.country() != null && !person.country().equals(body.country())
                && person.tokenStart() == body.tokenEnd() + 1
                && Character.isLowerCase(tokens.get(body.tokenEnd()).word().charAt(0))
                && tokens.get(body.tokenEnd()).pos().startsWith("NN")
                && NameRuns.anyTagged(tokens, person.tokenStart(), person.tokenEnd(), "PERSON");
    }
}
