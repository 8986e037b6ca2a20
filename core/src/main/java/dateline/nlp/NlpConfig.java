package dateline.nlp;

/**
 * How the CoreNLP pipeline is built. Typed, so a misspelt option is a compile error rather than a silently
 * ignored property.
 *
 * @param ner         run named-entity recognition (CRF models plus Dateline's trimmed gazetteer)
 * @param parse       run the dependency parser
 * @param maxSentenceTokens sentences longer than this are not parsed (the parser's cost grows fast with length)
 */
public record NlpConfig(boolean ner, boolean parse, int maxSentenceTokens) {
    /** Everything Dateline's coder needs. */
    public static NlpConfig full() {
        return new NlpConfig(true, true, 120);
    }

    /** Tokens, sentences, POS, lemmas and entities; no parse. */
    public static NlpConfig noParse() {
        return new NlpConfig(true, false, 120);
    }
}
