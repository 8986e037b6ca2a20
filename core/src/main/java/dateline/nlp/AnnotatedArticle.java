package dateline.nlp;

import dateline.article.Article;
import dateline.article.Span;
import java.util.List;
import java.util.Optional;

/**
 * An article with its linguistic annotation: sentences, tokens, dependency parses, entity mentions and resolved
 * pronouns. All spans index into {@link Article#text()}.
 */
public record AnnotatedArticle(Article article, List<Sentence> sentences, List<EntityMention> entities,
        List<PronounLink> pronouns) {
    public AnnotatedArticle {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        pronouns = List.copyOf(pronouns);
    }

    /** The entity mentions of one sentence. */
    public List<EntityMention> entitiesIn(int sentence) {
        return entities.stream().filter(e -> e.sentence() == sentence).toList();
    }

    /** The pronoun link at a span, if that pronoun was resolved. */
    public Optional<PronounLink> pronounAt(Span span) {
        return pronouns.stream().filter(p -> p.span().equals(span)).findFirst();
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
}
