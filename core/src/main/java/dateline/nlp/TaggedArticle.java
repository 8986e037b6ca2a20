package dateline.nlp;

import edu.stanford.nlp.util.CoreMap;
import java.util.List;

/**
 * An article annotated up to, but not including, the dependency parse: what {@link CoreNlpAnnotator#tag} returns
 * and {@link CoreNlpAnnotator#parse} finishes. Between the two, the caller decides which sentences are worth a
 * parse by looking at {@link #unparsed()}; CoreNLP's own sentence objects stay inside this package.
 *
 * <p>Holds CoreNLP's mutable sentence objects: hand it to {@code parse} once, from one thread.
 */
public final class TaggedArticle {
    private final AnnotatedArticle unparsed;
    private final List<CoreMap> coreSentences;

    TaggedArticle(AnnotatedArticle unparsed, List<CoreMap> coreSentences) {
        this.unparsed = unparsed;
        this.coreSentences = List.copyOf(coreSentences);
    }

    /** The article with tokens, POS, lemmas, entities and provisional pronoun links; no sentence is parsed. */
    public AnnotatedArticle unparsed() {
        return unparsed;
    }

    List<CoreMap> coreSentences() {
        return coreSentences;
    }
}
