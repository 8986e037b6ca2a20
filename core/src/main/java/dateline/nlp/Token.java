package dateline.nlp;

import dateline.article.Span;

/**
 * A token of a sentence.
 *
 * @param index position in its sentence, from 0
 * @param span  character offsets into the article text
 * @param word  the token as written
 * @param lemma its lemma (lower-case except for proper nouns)
 * @param pos   Penn Treebank part-of-speech tag
 * @param ner   named-entity tag ("PERSON", "COUNTRY", ...) or "O"
 */
public record Token(int index, Span span, String word, String lemma, String pos, String ner) {
    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }
}
