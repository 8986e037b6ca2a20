package dateline.tone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ToneScorerTest {
    private final ToneScorer scorer = ToneScorer.bundled();

    @Test
    void countsPositiveAndNegativeWordsAsPercentages() {
        // good (+3); terrible (-3), disaster (-2): 1 positive, 2 negative of 9 words; "us" is a group reference.
        Tone t = scorer.score("The good news is a terrible disaster for us.");
        assertThat(t.wordCount()).isEqualTo(9);
        assertThat(new double[] {t.positive(), t.negative(), t.tone(), t.polarity(), t.selfGroupDensity()})
                .containsExactly(new double[] {100.0 / 9, 200.0 / 9, -100.0 / 9, 300.0 / 9, 100.0 / 9}, within(1e-9));
    }

    @Test
    void aListedPhraseCountsOnceAndBeforeItsWords() {
        // "does not work" (-3) is one match; "work" alone is not in the lexicon but is an action word.
        Tone t = scorer.score("The plan does not work, but we hope for peace and we work on.");
        // 14 words; negative: the phrase; positive: hope, peace.
        assertThat(t.wordCount()).isEqualTo(14);
        assertThat(new double[] {t.negative(), t.positive(), t.activityDensity(), t.selfGroupDensity()})
                .containsExactly(new double[] {100.0 / 14, 200.0 / 14, 200.0 / 14, 200.0 / 14}, within(1e-9));
    }

    @Test
    void neutralAndEmptyTexts() {
        assertThat(scorer.score("The committee met on Tuesday in the capital.").tone()).isZero();
        Tone empty = scorer.score("  -- ");
        assertThat(empty.wordCount()).isZero();
        assertThat(empty.tone()).isZero();
    }

    @Test
    void curlyApostrophesAreFolded() {
        // "can't stand" (-3) written with a curly apostrophe.
        Tone t = scorer.score("They can’t stand it");
        assertThat(t.negative()).isCloseTo(100.0 / 4, within(1e-9));
    }
}
