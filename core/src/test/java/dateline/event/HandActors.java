package dateline.event;

import dateline.actor.Actor;
import dateline.actor.ActorMentions;
import dateline.actor.DateBasis;
import dateline.article.Span;
import dateline.nlp.AnnotatedArticle;
import dateline.nlp.PronounLink;
import dateline.nlp.Sentence;
import dateline.nlp.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-made actor resolution for tests, so that the coder can be tested without the actor stage: country names
 * and demonyms become country actors, listed person names become the codes given, resolved pronouns take their
 * antecedent's code.
 */
final class HandActors {
    static final Map<String, String> COUNTRIES = new HashMap<>();

    static {
        String[][] rows = {
            {"IRN", "Iran", "Iranian", "Iranians"}, {"IRQ", "Iraq", "Iraqi", "Iraqis"},
            {"USA", "US", "U.S.", "States", "America", "American", "Americans", "Washington"},
            {"FRA", "France", "French"}, {"DEU", "Germany", "German", "Germans"}, {"RUS", "Russia", "Russian", "Moscow"},
            {"CHN", "China", "Chinese", "Beijing"}, {"JPN", "Japan", "Japanese"}, {"GBR", "Britain", "British"},
            {"ISR", "Israel", "Israeli", "Israelis"}, {"TUR", "Turkey", "Turkish"}, {"EGY", "Egypt", "Egyptian"},
            {"IND", "India", "Indian"}, {"PAK", "Pakistan", "Pakistani"}, {"BRA", "Brazil", "Brazilian"},
            {"ARG", "Argentina", "Argentine"}, {"CAN", "Canada", "Canadian"}, {"MEX", "Mexico", "Mexican"},
            {"ESP", "Spain", "Spanish"}, {"ITA", "Italy", "Italian"}, {"SYR", "Syria", "Syrian"},
            {"UKR", "Ukraine", "Ukrainian"}, {"POL", "Poland", "Polish"}, {"KEN", "Kenya", "Kenyan"},
            {"GRC", "Greece", "Greek", "Greeks"}, {"NPL", "Nepal", "Nepalese"}, {"SRB", "Serbia", "Serbian"},
            {"BIH", "Bosnia", "Bosnian"}, {"NOR", "Norway", "Norwegian"}, {"SWE", "Sweden", "Swedish"},
        };
        for (String[] r : rows) {
            for (int i = 1; i < r.length; i++) {
                COUNTRIES.put(r[i], r[0]);
            }
        }
    }

    private HandActors() {
    }

    /** Actors for {@code a}: countries and demonyms, plus {@code persons} (last name to code). */
    static ActorMentions of(AnnotatedArticle a, Map<String, String> persons) {
        List<Actor> out = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            List<Token> toks = s.tokens();
            for (int i = 0; i < toks.size(); i++) {
                Token t = toks.get(i);
                String c = COUNTRIES.get(t.word());
                if (c != null) {
                    out.add(actor(c, t.word(), t.span(), s.index(), i, i + 1, "demonym"));
                    continue;
                }
                String p = persons.get(t.word());
                if (p != null && t.ner().equals("PERSON")) {
                    int start = i;
                    while (start > 0 && toks.get(start - 1).ner().equals("PERSON")) {
                        start--;
                    }
                    out.add(actor(p, t.word(), toks.get(start).span().union(t.span()), s.index(), start, i + 1,
                            "name"));
                }
            }
        }
        for (PronounLink l : a.pronouns()) {
            String last = l.antecedent().text().replaceAll(".*[ -]", "");
            String p = persons.get(last);
            if (p != null) {
                out.add(actor(p, last, l.span(), l.sentence(), l.token(), l.token() + 1, "pronoun"));
            }
        }
        return new ActorMentions(out);
    }

    private static Actor actor(String code, String name, Span span, int sentence, int start, int end, String rule) {
        return new Actor(code, name, Actor.countryOf(code), null, span, sentence, start, end, "test", rule,
                DateBasis.UNDATED, null);
    }
}
