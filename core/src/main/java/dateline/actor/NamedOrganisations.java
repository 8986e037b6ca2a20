package dateline.actor;

import dateline.knowledge.TableFile;
import dateline.knowledge.TableLine;
import dateline.nlp.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Organisation names no dictionary knows, told by their head word ("Kenya Nurses Association", "Harbour
 * Commission", "Coastal Rights Organization"): a capitalised name of two or more words that the annotator tags
 * ORGANIZATION and that ends on a head word of {@code organisation-heads.tsv} names an organisation of that
 * head's CAMEO sector. For the heads that group members (association, federation, union, ...), a sector word among
 * the modifiers says whose organisation it is ("Brazilian Farmers' Federation" ~AGR). The bare head is never an
 * actor ("the party", "an association").
 */
final class NamedOrganisations {
    /** An organisation name at tokens [start, end), its head the last token. */
    record Named(int start, int end) {
    }

    private record Head(String agent, boolean members) {
    }

    private final Map<String, Head> heads;
    private final ActorDictionary dictionary;

    private NamedOrganisations(Map<String, Head> heads, ActorDictionary dictionary) {
        this.heads = Map.copyOf(heads);
        this.dictionary = dictionary;
    }

    /** The bundled head words, with {@code dictionary} for the sector words among the modifiers. */
    static NamedOrganisations bundled(ActorDictionary dictionary) {
        return read(TableFile.resource("dateline/actor/organisation-heads.tsv"), dictionary);
    }

    /** Reads a heads table; a malformed line is a {@link DictionaryFormatException} naming file and line. */
    static NamedOrganisations read(TableFile file, ActorDictionary dictionary) {
        Map<String, Head> map = new HashMap<>();
        for (TableLine line : file.lines()) {
            String[] f = line.fields();
            if (f.length != 3 || f[0].isBlank() || !f[1].startsWith("~") || f[1].length() < 4
                    || !(f[2].equals("members") || f[2].equals("fixed"))) {
                throw new DictionaryFormatException(line.file(), line.number(),
                        "expected 'head<TAB>~SECTOR<TAB>members|fixed'");
            }
            map.put(f[0].strip().toLowerCase(Locale.ROOT), new Head(f[1].strip(), f[2].equals("members")));
        }
        return new NamedOrganisations(map, dictionary);
    }

    /**
     * The organisation names of a sentence, found from their head words, each the longest run of name words
     * before its head (the caller drops the words that belong to a longer actor mention).
     */
    List<Named> find(List<Token> tokens) {
        List<Named> out = new ArrayList<>();
        for (int h = 1; h < tokens.size(); h++) {
            Token head = tokens.get(h);
            if (!heads.containsKey(head.word().toLowerCase(Locale.ROOT)) || !head.ner().equals("ORGANIZATION")
                    || !NameRuns.nameToken(tokens, h) || continuesName(tokens, h + 1)) {
                continue;
            }
            int start = h;
            while (start > 0 && (NameRuns.nameToken(tokens, start - 1) || possessiveInName(tokens, start - 1))) {
                start--;
            }
            out.add(new Named(start, h + 1));
        }
        return out;
    }

    /**
     * The agent template of the organisation named by tokens [start, head]: the head's sector, or for a head that
     * groups members the sector of the last modifier that is a one-word sector word ("Doctors" ~HLH). Null when
     * the name is the bare head ("the Party"): no actor.
     */
    String agent(List<Token> tokens, int start, int head) {
        while (start < head && !NameRuns.nameToken(tokens, start)) {
            start++;
        }
        if (start >= head) {
            return null;
        }
        Head kind = heads.get(tokens.get(head).word().toLowerCase(Locale.ROOT));
        return kind.members() ? membersSector(tokens, start, head, kind) : kind.agent();
    }

    /** A name goes on after the head ("Commission President", "Party Congress"): the head is no head. */
    private static boolean continuesName(List<Token> tokens, int t) {
        return t < tokens.size() && tokens.get(t).isNoun();
    }

    /** The possessive of a plural name word inside a name ("Farmers' Federation", "Students' Union"). */
    private static boolean possessiveInName(List<Token> tokens, int t) {
        String w = tokens.get(t).word();
        boolean possessive = tokens.get(t).pos().equals("POS") || w.equals("\u2019") || w.equals("'");
        return t > 0 && possessive && NameRuns.nameToken(tokens, t - 1);
    }

    /** The sector of the last modifier that is a one-word sector word ("Doctors" ~HLH), else the head's. */
    private String membersSector(List<Token> tokens, int start, int head, Head kind) {
        for (int t = head - 1; t >= start; t--) {
            Token tok = tokens.get(t);
            List<String> keys = new ArrayList<>(NameKeys.words(tok.word()));
            if (tok.lemma() != null) {
                keys.addAll(NameKeys.words(tok.lemma()));
            }
            String w = tok.word().toLowerCase(Locale.ROOT);
            if (w.length() > 3 && w.endsWith("s")) {
                keys.add(w.substring(0, w.length() - 1)); // the tagger keeps "Nurses" as a name: "nurse"
            }
            for (String key : keys) {
                for (ActorDictionary.Phrase p : dictionary.startingWith(key)) {
                    String code = p.entry().roles().get(0).code();
                    if (p.words().length == 1 && p.entry().isAgent() && code.startsWith("~") && code.length() >= 4) {
                        return code;
                    }
                }
            }
        }
        return kind.agent();
    }
}
