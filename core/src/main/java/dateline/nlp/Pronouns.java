package dateline.nlp;

import dateline.knowledge.TableFile;
import dateline.knowledge.TableLine;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The personal pronouns Dateline reads, from {@code dateline/nlp/pronouns.tsv}: person, number, gender and form of
 * each. Immutable; words are matched case-insensitively.
 */
public final class Pronouns {
    /** A pronoun's grammatical features. */
    private record Pronoun(int person, boolean plural, NameGender.Gender gender, String form) {
    }

    private static final Pronouns BUNDLED = read(TableFile.resource("dateline/nlp/pronouns.tsv"));

    private final Map<String, Pronoun> byWord;

    /** The bundled pronouns. */
    public static Pronouns bundled() {
        return BUNDLED;
    }

    static Pronouns read(TableFile file) {
        Map<String, Pronoun> m = new HashMap<>();
        for (TableLine line : file.lines()) {
            String[] f = line.fields(5, "word<TAB>1|3<TAB>singular|plural<TAB>male|female|-"
                    + "<TAB>subject|object|possessive|reflexive");
            if (!f[1].matches("[13]") || !f[2].matches("singular|plural") || !f[3].matches("male|female|-")
                    || !f[4].matches("subject|object|possessive|reflexive")) {
                throw line.error("expected 'word<TAB>1|3<TAB>singular|plural<TAB>male|female|-"
                        + "<TAB>subject|object|possessive|reflexive'");
            }
            NameGender.Gender g = switch (f[3]) {
                case "male" -> NameGender.Gender.MALE;
                case "female" -> NameGender.Gender.FEMALE;
                default -> NameGender.Gender.UNKNOWN;
            };
            m.put(f[0].toLowerCase(Locale.ROOT), new Pronoun(Integer.parseInt(f[1]), f[2].equals("plural"), g, f[4]));
        }
        return new Pronouns(m);
    }

    private Pronouns(Map<String, Pronoun> byWord) {
        this.byWord = Map.copyOf(byWord);
    }

    /** The subject and object forms, lower case ("he", "them", "we", "me"): pronouns that can name an actor. */
    public Set<String> personal() {
        Set<String> out = new HashSet<>();
        byWord.forEach((w, p) -> {
            if (p.form().equals("subject") || p.form().equals("object")) {
                out.add(w);
            }
        });
        return Set.copyOf(out);
    }

    /**
     * Whether {@code word} is a first-person pronoun ("I", "We", "our", "me"), written in lower case or with a
     * capital first letter only: "US" is the country, not "us".
     */
    public boolean isFirstPerson(String word) {
        if (word == null || word.isEmpty() || word.length() > 1 && !word.substring(1).equals(
                word.substring(1).toLowerCase(Locale.ROOT))) {
            return false;
        }
        Pronoun p = get(word);
        return p != null && p.person() == 1;
    }

    /** Whether {@code word} is a third-person pronoun ("he", "they", "it", "them"), in any case. */
    public boolean isThirdPerson(String word) {
        Pronoun p = get(word);
        return p != null && p.person() == 3;
    }

    /** Whether {@code word} is a third-person singular pronoun with a gender ("he", "her", "himself"). */
    public boolean isGendered(String word) {
        return gender(word) != NameGender.Gender.UNKNOWN;
    }

    /** The gender a third-person singular pronoun requires, or UNKNOWN for any other word. */
    NameGender.Gender gender(String word) {
        Pronoun p = get(word);
        return p == null || p.person() != 3 || p.plural() ? NameGender.Gender.UNKNOWN : p.gender();
    }

    private Pronoun get(String word) {
        return word == null ? null : byWord.get(word.toLowerCase(Locale.ROOT));
    }
}
