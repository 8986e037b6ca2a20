package dateline.time;

import static org.assertj.core.api.Assertions.assertThat;

import dateline.article.Article;
import dateline.article.Span;
import dateline.nlp.AnnotatedArticle;
import dateline.nlp.Sentence;
import dateline.nlp.TimeExpression;
import dateline.nlp.TimeTagger;
import dateline.nlp.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cues that let the event dater skip SUTime hold against SUTime itself: every sentence in which SUTime finds an
 * expression the resolver accepts has a cue, and sentences without one are skipped. Sentences are hand-tagged
 * ("word/TAG"), so the test needs SUTime's rules but not CoreNLP's taggers.
 */
class TimeCuesTest {
    private static final LocalDate MONDAY = LocalDate.of(2020, 11, 30);
    private static TimeTagger sutime;
    private final TimeCues cues = new TimeCues();
    private final DateResolver resolver = new DateResolver();

    @BeforeAll
    static void loadSutime() {
        sutime = TimeTagger.load();
    }

    @Test
    void sentencesWithADateSutimeResolvesHaveACue() {
        List<String> dated = List.of(
                "The/DT ministers/NNS met/VBD on/IN Saturday/NNP afternoon/NN ./.",
                "Talks/NNS resumed/VBD three/CD days/NNS ago/RB ./.",
                "The/DT envoy/NN arrived/VBD in/IN Baghdad/NNP last/JJ week/NN ./.",
                "Rebels/NNS shelled/VBD the/DT town/NN on/IN Dec./NNP 5/CD ./.",
                "Leaders/NNS gathered/VBD on/IN Christmas/NNP Eve/NNP ./.",
                "Police/NNS fired/VBD tear/NN gas/NN yesterday/NN ./.",
                "The/DT army/NN attacked/VBD the/DT village/NN this/DT morning/NN ./.",
                "The/DT guards/NNS opened/VBD fire/NN at/IN about/RB three/CD to/TO four/CD ./.");
        for (String tagged : dated) {
            Fixture f = fixture(tagged);
            assertThat(resolvable(f)).as("SUTime resolves a date in: %s", tagged).isTrue();
            assertThat(cues.mayHoldDate(f.sentence())).as(tagged).isTrue();
        }
    }

    @Test
    void sentencesWithoutACueGiveSutimeNothingToResolve() {
        List<String> undated = List.of(
                "The/DT army/NN withdrew/VBD its/PRP$ troops/NNS from/IN the/DT border/NN ./.",
                "Officials/NNS said/VBD the/DT plan/NN was/VBD now/RB under/IN review/NN ./.",
                "The/DT council/NN met/VBD in/IN the/DT fall/NN ./.",
                "The/DT minister/NN recently/RB criticised/VBD the/DT government/NN ./.");
        for (String tagged : undated) {
            Fixture f = fixture(tagged);
            assertThat(cues.mayHoldDate(f.sentence())).as(tagged).isFalse();
            assertThat(resolvable(f)).as("SUTime resolves nothing in: %s", tagged).isFalse();
        }
    }

    @Test
    void cuesAreWordsOfTheCalendarTheClockOrANumber() {
        assertThat(TimeCues.isCue("Tuesday")).isTrue();
        assertThat(TimeCues.isCue("Sept.")).isTrue();
        assertThat(TimeCues.isCue("tonight")).isTrue();
        assertThat(TimeCues.isCue("1987")).isTrue();
        assertThat(TimeCues.isCue("weekend")).isTrue();
        assertThat(TimeCues.isCue("Halloween")).isTrue();
        assertThat(TimeCues.isCue("eve")).isTrue();
        assertThat(TimeCues.isCue("Second")).isTrue();
        assertThat(TimeCues.isCue("however")).isFalse();
        assertThat(TimeCues.isCue("sanctions")).isFalse();
        assertThat(TimeCues.isCue("recently")).isFalse();
    }

    private boolean resolvable(Fixture f) {
        for (TimeExpression x : sutime.find(f.article(), f.sentence(), MONDAY)) {
            if (resolver.resolve(x.text(), x.value(), MONDAY).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private record Fixture(AnnotatedArticle article, Sentence sentence) {
    }

    private static Fixture fixture(String tagged) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        for (String wt : tagged.split(" ")) {
            int slash = wt.lastIndexOf('/');
            String word = wt.substring(0, slash);
            if (text.length() > 0) {
                text.append(' ');
            }
            int start = text.length();
            text.append(word);
            tokens.add(new Token(tokens.size(), new Span(start, text.length()), word, word.toLowerCase(),
                    wt.substring(slash + 1), "O"));
        }
        Sentence s = new Sentence(0, 0, new Span(0, text.length()), tokens, List.of(), false);
        Article a = new Article(Article.idOf("cues", text.toString()), "cues", null, null, null, null, null, MONDAY,
                null, text.toString(), List.of(), List.of(), "en", List.of());
        return new Fixture(new AnnotatedArticle(a, List.of(s), List.of(), List.of()), s);
    }
}
