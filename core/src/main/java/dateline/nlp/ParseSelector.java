package dateline.nlp;

import java.util.Set;

/**
 * Chooses which sentences of an article get a dependency parse, the costliest annotation step. It sees the
 * article annotated without parses: tokens, POS, lemmas, entities and provisional pronoun links. The annotator
 * parses exactly the sentences chosen, so the selector owns the whole policy, the length limit included.
 */
@FunctionalInterface
public interface ParseSelector {
    /** The indices of the sentences to parse. */
    Set<Integer> select(AnnotatedArticle unparsed);
}
