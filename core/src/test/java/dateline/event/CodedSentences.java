package dateline.event;

import dateline.actor.ActorMentions;
import dateline.actor.ActorResolver;
import dateline.article.Article;
import dateline.nlp.AnnotatedArticle;
import dateline.nlp.Sentence;
import dateline.testing.Seed;
import java.time.LocalDate;
import java.util.List;

/**
 * Test fixture: sentences written for a test, annotated as one article (one paragraph each, dated 2020-06-01),
 * and the events the bundled coder gives each, as "code SOURCE>TARGET".
 */
final class CodedSentences {
    private final AnnotatedArticle article;
    private final ActorMentions actors;

    private CodedSentences(AnnotatedArticle article, ActorMentions actors) {
        this.article = article;
        this.actors = actors;
    }

    static CodedSentences of(String source, List<String> sentences) {
        String text = String.join("\n\n", sentences);
        Article a = new Article(Article.idOf(source, text), source, null, null, null, null, null,
                LocalDate.of(2020, 6, 1), null, text, List.of(), List.of(), "en", List.of());
        AnnotatedArticle annotated = Seed.annotator().annotate(a);
        return new CodedSentences(annotated, ActorResolver.bundled().resolve(annotated));
    }

    AnnotatedArticle article() {
        return article;
    }

    ActorMentions actors() {
        return actors;
    }

    /** The events of {@code sentence}, which must have been annotated as exactly one sentence. */
    List<String> events(String sentence) {
        for (Sentence s : article.sentences()) {
            if (article.article().slice(s.span()).equals(sentence)) {
                return EventCoder.bundled().explain(article, actors, List.of(), s.index()).events().stream()
                        .map(e -> e.code() + " " + e.source().code() + ">"
                                + (e.target() == null ? "-" : e.target().code()))
                        .toList();
            }
        }
        throw new AssertionError("sentence not found as one sentence: " + sentence);
    }
}
