package dateline.article.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleScorerTest {
    @Test
    void shinglesAreOverlappingRunsOfFourWordTokens() {
        assertThat(ShingleScorer.shingles("One, two; three four five!")).containsOnlyKeys("One two three four",
                "two three four five");
        assertThat(ShingleScorer.shingles("too short")).containsOnlyKeys("too short");
        assertThat(ShingleScorer.shingles("a b c d a b c d")).containsEntry("a b c d", 2);
        assertThat(ShingleScorer.shingles("")).isEmpty();
    }

    @Test
    void scoresAPageFromSharedShingles() {
        ShingleScorer.PageScore s = ShingleScorer.score("the river rose fast overnight", "menu the river rose fast");
        assertThat(s.tp()).isEqualTo(1);
        assertThat(s.fp()).isEqualTo(1);
        assertThat(s.fn()).isEqualTo(1);
        assertThat(s.precision()).isEqualTo(0.5);
        assertThat(s.recall()).isEqualTo(0.5);
    }

    @Test
    void precisionIsAveragedOnlyOverPagesWithAnExtraction() {
        ShingleScorer.PageScore perfect = ShingleScorer.score("a b c d e", "a b c d e");
        ShingleScorer.PageScore empty = ShingleScorer.score("a b c d e", "");
        ShingleScorer.Summary s = ShingleScorer.summarise(List.of(perfect, empty));
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(0.5);
        assertThat(s.f1()).isCloseTo(2 * 0.5 / 1.5, within(1e-9));
    }
}
