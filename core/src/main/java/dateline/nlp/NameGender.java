package dateline.nlp;

import dateline.knowledge.TableFile;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The gender a person mention shows, so that "she" never refers to a man: a title or honorific just before the
 * name ("Mrs.", "King", "spokeswoman"), else the first name of a name of two words or more, else the gender of an
 * earlier fuller mention with the same last name ("Angela Merkel ... Merkel"). First names come from CoreNLP's
 * name list (in its models jar), overridden and extended by {@code dateline/nlp/gender.tsv}.
 */
final class NameGender {
    /** What a mention shows; {@link #UNKNOWN} agrees with every pronoun. */
    enum Gender {
        MALE, FEMALE, UNKNOWN
    }

    static final String CORENLP_NAMES = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";
    static final String OVERRIDES = "dateline/nlp/gender.tsv";

    private final Map<String, Gender> words;

    NameGender(Map<String, Gender> words) {
        this.words = Map.copyOf(words);
    }

    /** CoreNLP's first names, then Dateline's overrides and titles. */
    static NameGender bundled() {
        Map<String, Gender> m = new HashMap<>(32_768);
        read(CORENLP_NAMES, m, false);
        read(OVERRIDES, m, true);
        return new NameGender(m);
    }

    /** Reads {@code word<TAB>GENDER} lines; {@code strict} for our own file (CoreNLP's has a few stray lines). */
    private static void read(String resource, Map<String, Gender> into, boolean strict) {
        TableFile.resource(resource).forEach(line -> {
            String[] f = line.text().split("\t");
            Gender g = f.length == 2 ? parse(f[1].strip()) : null;
            if (g == null && strict) {
                throw line.error("expected 'word<TAB>MALE|FEMALE|UNKNOWN'");
            }
            if (g != null) {
                into.put(f[0].strip().toLowerCase(Locale.ROOT), g);
            }
        });
    }

    private static Gender parse(String s) {
        return switch (s) {
            case "MALE" -> Gender.MALE;
            case "FEMALE" -> Gender.FEMALE;
            case "UNKNOWN" -> Gender.UNKNOWN;
            default -> null;
        };
    }

    /** The gender a PERSON mention shows; {@code persons} are the article's PERSON mentions, in order. */
    Gender of(EntityMention e, List<Sentence> sentences, List<EntityMention> persons) {
        List<Token> tokens = sentences.get(e.sentence()).tokens();
        if (e.tokenStart() > 0) {
            Gender g = lookup(tokens.get(e.tokenStart() - 1).word());
            if (g != Gender.UNKNOWN) {
                return g;
            }
        }
        if (e.tokenEnd() - e.tokenStart() >= 2) {
            return lookup(tokens.get(e.tokenStart()).word());
        }
        String last = tokens.get(e.tokenEnd() - 1).word();
        for (EntityMention other : persons) {
            if (other != e && other.tokenEnd() - other.tokenStart() >= 2
                    && sentences.get(other.sentence()).tokens().get(other.tokenEnd() - 1).word().equals(last)) {
                Gender g = lookup(sentences.get(other.sentence()).tokens().get(other.tokenStart()).word());
                if (g != Gender.UNKNOWN) {
                    return g;
                }
            }
        }
        return Gender.UNKNOWN;
    }

    private Gender lookup(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith(".")) {
            w = w.substring(0, w.length() - 1);
        }
        return words.getOrDefault(w, Gender.UNKNOWN);
    }

    /** The gender a third-person singular pronoun requires, or UNKNOWN for any other word. */
    static Gender ofPronoun(String pronoun) {
        return Pronouns.bundled().gender(pronoun);
    }
}
