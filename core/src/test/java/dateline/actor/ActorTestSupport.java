package dateline.actor;

import dateline.article.Article;
import dateline.nlp.AnnotatedArticle;
import dateline.testing.Seed;
import java.time.LocalDate;
import java.util.List;

/** Shared helpers: the bundled resolver (loaded once per test JVM) and annotation of sentences we write. */
final class ActorTestSupport {
    private static ActorResolver bundled;

    private ActorTestSupport() {
    }

    static synchronized ActorResolver resolver() {
        if (bundled == null) {
            bundled = ActorResolver.bundled();
        }
        return bundled;
    }

    static AnnotatedArticle annotate(String text, LocalDate date) {
        Article a = new Article(Article.idOf("test", text), "test", null, null, null, null, null, date, null, text,
                List.of(), List.of(), "en", List.of());
        return Seed.annotator().annotate(a);
    }
}
