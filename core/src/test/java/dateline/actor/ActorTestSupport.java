package dateline.actor;

import dateline.article.Article;
import dateline.nlp.AnnotatedArticle;
import dateline.testing.Seed;
import java.time.LocalDate;
import java.util.List;

/**
 * Shared helpers: the bundled resolver (loaded once per test JVM), annotation of sentences we write, and the actor
 * found at a mention.
 */
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

    /** The actor whose span is exactly the first occurrence of {@code mention} in {@code text}. */
    static Actor at(List<Actor> actors, String text, String mention) {
        int start = text.indexOf(mention);
        return actors.stream().filter(a -> a.span().start() == start && a.span().end() == start + mention.length())
                .findFirst().orElseThrow(() -> new AssertionError("no actor '" + mention + "' in " + actors));
    }

    /** The codes of the actors at {@code mentions} (each as {@link #at} finds it), in order. */
    static List<String> codesAt(List<Actor> actors, String text, String... mentions) {
        return java.util.Arrays.stream(mentions).map(m -> at(actors, text, m).code()).toList();
    }

    static AnnotatedArticle annotate(String text, LocalDate date) {
        Article a = new Article(Article.idOf("test", text), "test", null, null, null, null, null, date, null, text,
                List.of(), List.of(), "en", List.of());
        return Seed.annotator().annotate(a);
    }
}
