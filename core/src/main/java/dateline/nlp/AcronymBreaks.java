package dateline.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sentence breaks CoreNLP's splitter misses after a sentence-final short proper noun written with periods: "...
 * said in a statement posted on X. Militants attacked ...", "... into the U.S. Sheinbaum sent ...", "... behind the
 * U.S. Now, it is ...". The tokenizer keeps the period in the token ("X.", "U.S.") as it does for an initial
 * ("George W. Bush") and breaks only before a few common sentence starters ("The", "He").
 *
 * <p>A break is added after such a token when the grammar on both sides says a sentence ended there: it is the
 * object of a preposition that ends a main clause ("posted on X.", "into the U.S."; not "said U.S. officials",
 * "George W. Bush", "who travelled to the U.S."), the words after it hold a finite verb of their own, and the next
 * word cannot go on the same noun phrase: a function word ("Now", "In", "It"), a person's name or a plural noun
 * that is no name ("Militants"); never a title or a capitalised noun of a name ("U.S. President Donald Trump", "the
 * U.N. Security Council").
 */
final class AcronymBreaks {
    /** One capital letter and a period, once or more: "X.", "U.S.", "U.N.", "D.C.". */
    private static final Pattern ACRONYM = Pattern.compile("(?:\\p{Lu}\\.)+");
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
    /** Tags of words that open a sentence but never continue a name: determiners, pronouns, adverbs, ... */
    private static final Set<String> OPENERS = Set.of("DT", "PRP", "PRP$", "RB", "IN", "CC", "WDT", "WP", "WRB",
            "EX");
    /** Words that open a subordinate clause: a clause they open does not end the sentence. */
    private static final Set<String> SUBORDINATORS = Set.of("that", "if", "because", "while", "although", "though",
            "since", "as", "when", "whether", "unless", "until", "before", "after", "once");

    private AcronymBreaks() {
    }

    /**
     * The document's sentences with the missed breaks added, renumbered (sentence indices, token indices within a
     * sentence); the document's sentence list is replaced when a break was added.
     */
    static List<CoreMap> apply(edu.stanford.nlp.pipeline.Annotation doc) {
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        String text = doc.get(CoreAnnotations.TextAnnotation.class);
        List<CoreMap> out = new ArrayList<>(sentences.size());
        boolean changed = false;
        for (CoreMap s : sentences) {
            CoreMap rest = s;
            int k;
            while ((k = breakAfter(rest.get(CoreAnnotations.TokensAnnotation.class))) >= 0) {
                out.add(part(rest, text, 0, k + 1));
                rest = part(rest, text, k + 1, rest.get(CoreAnnotations.TokensAnnotation.class).size());
                changed = true;
            }
            out.add(rest);
        }
        if (!changed) {
            return sentences;
        }
        for (int i = 0; i < out.size(); i++) {
            CoreMap s = out.get(i);
            s.set(CoreAnnotations.SentenceIndexAnnotation.class, i);
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int t = 0; t < tokens.size(); t++) {
                tokens.get(t).setSentIndex(i);
                tokens.get(t).setIndex(t + 1);
            }
        }
        doc.set(CoreAnnotations.SentencesAnnotation.class, out);
        return out;
    }

    /** The index of the token after which a sentence ends unseen, or -1. */
    static int breakAfter(List<CoreLabel> tokens) {
        for (int k = 1; k + 2 < tokens.size(); k++) {
            CoreLabel t = tokens.get(k);
            CoreLabel next = tokens.get(k + 1);
            String before = tokens.get(k - 1).tag();
            if (!ACRONYM.matcher(t.word()).matches() || next.word().isEmpty()
                    || !Character.isUpperCase(next.word().charAt(0)) || before == null
                    || before.startsWith("VB") || before.startsWith("NNP")) {
                continue;
            }
            if (opener(next) && endsClause(tokens, k) && finite(tokens, k + 1, tokens.size())) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Whether the next word can open a sentence but not go on a name: a function word ("Now", "In", "It"), a
     * person's name, or a plural noun that is no name ("Militants"; not a title, not "U.S. Forces Korea").
     */
    private static boolean opener(CoreLabel next) {
        String ner = next.ner() == null ? "O" : next.ner();
        return OPENERS.contains(next.tag()) || ner.equals("PERSON")
                || (next.tag().equals("NNS") || next.tag().equals("NNPS")) && ner.equals("O");
    }

    /**
     * Whether the acronym at {@code k} ends a main clause as the object of a preposition: "a statement posted on
     * X.", "the flow of drugs into the U.S.", "two years behind the U.S.". Walking back from it, a preposition comes
     * before the finite verb, and no comma, relative pronoun or subordinating word comes before that verb ("who
     * travelled to the U.S.").
     */
    private static boolean endsClause(List<CoreLabel> tokens, int k) {
        boolean preposition = false;
        for (int i = k - 1; i >= 0; i--) {
            CoreLabel t = tokens.get(i);
            String tag = t.tag();
            if (tag.equals(",") || tag.equals(":") || tag.startsWith("W")
                    || tag.equals("IN") && SUBORDINATORS.contains(t.word().toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
            if (FINITE.contains(tag)) {
                return preposition && clauseStart(tokens, i);
            }
            preposition |= tag.equals("IN") || tag.equals("TO");
        }
        return false;
    }

    /** Whether no relative pronoun or subordinating word stands before the finite verb at {@code v} in its clause. */
    private static boolean clauseStart(List<CoreLabel> tokens, int v) {
        for (int i = v - 1; i >= 0; i--) {
            CoreLabel t = tokens.get(i);
            if (t.tag().equals(",") || t.tag().equals(":")) {
                return true;
            }
            if (t.tag().startsWith("W")
                    || t.tag().equals("IN") && SUBORDINATORS.contains(t.word().toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static boolean finite(List<CoreLabel> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (FINITE.contains(tokens.get(i).tag())) {
                return true;
            }
        }
        return false;
    }

    /** Tokens {@code [from, to)} of sentence {@code s} as a sentence of their own. */
    private static CoreMap part(CoreMap s, String text, int from, int to) {
        List<CoreLabel> tokens = new ArrayList<>(s.get(CoreAnnotations.TokensAnnotation.class).subList(from, to));
        CoreMap p = new ArrayCoreMap(s);
        int begin = tokens.get(0).beginPosition();
        int end = tokens.get(tokens.size() - 1).endPosition();
        int firstToken = s.get(CoreAnnotations.TokenBeginAnnotation.class);
        p.set(CoreAnnotations.TokensAnnotation.class, tokens);
        p.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        p.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        p.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
        p.set(CoreAnnotations.TokenBeginAnnotation.class, firstToken + from);
        p.set(CoreAnnotations.TokenEndAnnotation.class, firstToken + to);
        return p;
    }
}
