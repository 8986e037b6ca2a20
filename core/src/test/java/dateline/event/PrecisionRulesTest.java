package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import dateline.actor.ActorMentions;
import dateline.actor.ActorResolver;
import dateline.article.Article;
import dateline.nlp.AnnotatedArticle;
import dateline.nlp.Sentence;
import dateline.testing.Seed;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rules added after auditing coded wire copy (docs/evaluation.md, "Precision on wire copy"), on sentences written
 * for these tests with the bundled dictionaries: the owner of a thing is not the target of a cooperative act, the
 * parties of a thing "between" them are not the target, and a pronoun linked to someone else does not stand for
 * the speaker.
 */
class PrecisionRulesTest {
    private static final List<String> SENTENCES = List.of(
            "NATO ambassadors met to discuss tensions between Greece and Turkey.",
            "Italy promised to improve Greece's trade balance.",
            "Spain promised to reduce Portugal's debt.",
            "Tom Barker was arrested in Ohio on Monday.",
            "He visited Iran twice last year, a Pentagon spokesman said.",
            "Mexico said it will visit Peru next week.");

    private static AnnotatedArticle article;
    private static ActorMentions actors;

    @BeforeAll
    static void annotate() {
        String text = String.join("\n\n", SENTENCES);
        Article a = new Article(Article.idOf("precision", text), "precision", null, null, null, null, null,
                LocalDate.of(2020, 6, 1), null, text, List.of(), List.of(), "en", List.of());
        article = Seed.annotator().annotate(a);
        actors = ActorResolver.bundled().resolve(article);
    }

    private static List<String> events(String sentence) {
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

    @Test
    void thePartiesOfAThingBetweenThemAreNotTheTarget() {
        assertThat(events("NATO ambassadors met to discuss tensions between Greece and Turkey."))
                .noneMatch(e -> e.contains("GRC") || e.contains("TUR"));
    }

    @Test
    void theOwnerOfAThingIsNotTheTargetOfACooperativeAct() {
        assertThat(events("Italy promised to improve Greece's trade balance.")).noneMatch(e -> e.endsWith(">GRC"));
    }

    @Test
    void aThingThePatternNamesKeepsItsOwnerAsTarget() {
        assertThat(events("Spain promised to reduce Portugal's debt.")).contains("071 ESP>PRT");
    }

    @Test
    void aPronounLinkedToSomeoneElseIsNotTheSpeaker() {
        assertThat(article.pronouns()).as("the annotator links 'He' to Tom Barker").isNotEmpty();
        assertThat(events("He visited Iran twice last year, a Pentagon spokesman said.")).isEmpty();
    }

    @Test
    void aPronounForTheSpeakerStillStandsForIt() {
        assertThat(events("Mexico said it will visit Peru next week.")).contains("042 MEX>PER");
    }
}
