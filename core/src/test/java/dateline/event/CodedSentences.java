package dateline.event;

import dateline.actor.ActorMentions;
import dateline.actor.ActorResolver;
import dateline.article.Article;
import dateline.nlp.AnnotatedArticle;
import dateline.nlp.Sentence;
import dateline.quote.Quote;
import dateline.quote.QuoteFinder;
import dateline.testing.Seed;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Test fixture, registered with {@code @RegisterExtension}: sentences written for a test class, annotated once
 * before its tests as one article (one paragraph each, dated 2020-06-01), and the events the bundled coder gives
 * each, as "code SOURCE>TARGET".
 */
final class CodedSentences implements BeforeAllCallback {
    private final String source;
    private final List<String> sentences;
    private AnnotatedArticle article;
    private ActorMentions actors;

    private CodedSentences(String source, List<String> sentences) {
        this.source = source;
        this.sentences = sentences;
    }

    /** The fixture for {@code sentences}, one a line (a text block); {@code source} names the article. */
    static CodedSentences of(String source, String sentences) {
        return new CodedSentences(source, sentences.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        String text = String.join("\n\n", sentences);
        Article a = new Article(Article.idOf(source, text), source, null, null, null, null, null,
                LocalDate.of(2020, 6, 1), null, text, List.of(), List.of(), "en", List.of());
        article = Seed.annotator().annotate(a);
        actors = ActorResolver.bundled().resolve(article);
    }

    AnnotatedArticle article() {
        return article;
    }

    ActorMentions actors() {
        return actors;
    }

    /** What the coder did at each trigger of {@code sentence}, as "lemma: outcome" ({@code dateline explain}). */
    List<String> outcomes(String sentence) {
        return outcomesOf(explain(sentence, List.of()));
    }

    /** The events of {@code sentence}, which must have been annotated as exactly one sentence. */
    List<String> events(String sentence) {
        return eventsOf(explain(sentence, List.of()));
    }

    /** As {@link #outcomes}, coded with the quotes the article's quote finder gives (speakers, quoted words). */
    List<String> quotedOutcomes(String sentence) {
        return outcomesOf(explainQuoted(sentence));
    }

    /** As {@link #events}, coded with the quotes the article's quote finder gives (speakers, quoted words). */
    List<String> quotedEvents(String sentence) {
        return eventsOf(explainQuoted(sentence));
    }

    /** The coder's explanation of {@code sentence}, coded with the article's quotes. */
    Explanation explainQuoted(String sentence) {
        return explain(sentence, new QuoteFinder().find(article, actors).quotes());
    }

    private Explanation explain(String sentence, List<Quote> quotes) {
        for (Sentence s : article.sentences()) {
            if (article.article().slice(s.span()).equals(sentence)) {
                return EventCoder.bundled().explain(article, actors, quotes, s.index());
            }
        }
        throw new AssertionError("sentence not found as one sentence: " + sentence);
    }

    private static List<String> outcomesOf(Explanation explanation) {
        return explanation.triggers().stream().map(t -> t.lemma() + ": " + t.outcome()).toList();
    }

    private static List<String> eventsOf(Explanation explanation) {
        return explanation.events().stream().map(e -> e.code() + " " + (e.source() == null ? "-"
                : e.source().code()) + ">" + (e.target() == null ? "-" : e.target().code())).toList();
    }
}
