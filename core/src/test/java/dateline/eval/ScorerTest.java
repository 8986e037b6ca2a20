package dateline.eval;

import static dateline.eval.Events.coded;
import static dateline.eval.Events.noEvent;
import static dateline.eval.Events.optional;
import static dateline.eval.Events.required;
import static dateline.eval.Events.sentence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dateline.eval.SentenceMatch.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorerTest {

    private static Scorer score(SentenceCase... cases) {
        Scorer s = new Scorer(Scheme.CAMEO);
        for (SentenceCase c : cases) {
            s.add(c);
        }
        return s;
    }

    @Test
    void aSiblingCodeMatchesAtRootButNotAtExactLevel() {
        Scorer s = score(sentence("s1", List.of(required("E1", "IRNGOV", "IRQ", "1053")),
                List.of(coded("1056", "IRNGOV", "IRQGOV"))));
        assertThat(s.scores().get(Level.CODE).tp()).isZero();
        assertThat(s.scores().get(Level.CODE).fp()).isEqualTo(1);
        assertThat(s.scores().get(Level.CODE).fn()).isEqualTo(1);
        assertThat(s.scores().get(Level.ROOT).tp()).isEqualTo(1);
        assertThat(s.scores().get(Level.ROOT_COUNTRIES).tp()).isEqualTo(1);
        assertThat(s.scores().get(Level.CODE_COUNTRIES).tp()).isZero();
    }

    @Test
    void aWrongTargetCountryFailsOnlyTheCountryLevels() {
        Scorer s = score(sentence("s1", List.of(required("E1", "IRN", "IRQ", "1053")),
                List.of(coded("1053", "IRNGOV", "USAMIL"))));
        assertThat(s.scores().get(Level.CODE).tp()).isEqualTo(1);
        assertThat(s.scores().get(Level.ROOT).tp()).isEqualTo(1);
        assertThat(s.scores().get(Level.ROOT_COUNTRIES).tp()).isZero();
        assertThat(s.scores().get(Level.ROOT_COUNTRIES).fp()).isEqualTo(1);
        assertThat(s.scores().get(Level.CODE_COUNTRIES).fn()).isEqualTo(1);
    }

    @Test
    void aMissingTargetFailsWhenTheGoldNamesOneAndPassesWhenItDoesNot() {
        Scorer named = score(sentence("s1", List.of(required("E1", "IRN", "IRQ", "041")),
                List.of(coded("041", "IRNGOV", null))));
        assertThat(named.scores().get(Level.ROOT_COUNTRIES).tp()).isZero();
        Scorer open = score(sentence("s1", List.of(required("E1", "IRN", null, "110")),
                List.of(coded("110", "IRNGOV", null), coded("110", "IRN", "USA"))));
        assertThat(open.scores().get(Level.CODE_COUNTRIES).tp()).isEqualTo(1);
        // The second 110 repeats the label and source country but not the target country: a false positive.
        assertThat(open.scores().get(Level.CODE_COUNTRIES).fp()).isEqualTo(1);
    }

    @Test
    void petrarchDashesLeaveTheCountryOpen() {
        Scorer s = score(sentence("s1", List.of(required("E1", "---LEG", "RUS", "112")),
                List.of(coded("112", "UKRLEG", "RUSGOV"))));
        assertThat(s.scores().get(Level.CODE_COUNTRIES).tp()).isEqualTo(1);
    }

    @Test
    void everyUnmatchedCodedEventIsAFalsePositiveButRepeatsAreNot() {
        Scorer s = score(sentence("s1", List.of(required("E4", "IRN", "USA", "111", "110")),
                List.of(coded("111", "IRNGOV", "USAMIL"), coded("111", "IRNGOV", "USA"),
                        coded("042", "IRNGOV", "IRQGOV"))));
        LevelScores c = s.scores().get(Level.CODE_COUNTRIES);
        assertThat(c.tp()).isEqualTo(1);
        assertThat(c.duplicates()).isEqualTo(1);
        assertThat(c.fp()).isEqualTo(1);
        assertThat(c.events().precision()).isCloseTo(0.5, within(1e-9));
        assertThat(c.events().recall()).isCloseTo(1.0, within(1e-9));
        assertThat(s.results().get(0).at(Level.CODE_COUNTRIES).predicted())
                .containsExactly(Outcome.MATCHED, Outcome.DUPLICATE, Outcome.FALSE_POSITIVE);
    }

    @Test
    void optionalEventsNeitherCountWhenFoundNorCostWhenMissed() {
        Scorer s = score(sentence("s1", List.of(required("E9", "IRQ", "IRN", "051"),
                        optional("E11", "IRQ", "IRN", "030", "031")),
                List.of(coded("051", "IRQGOV", "IRN"), coded("031", "IRQGOV", "IRN"))));
        LevelScores c = s.scores().get(Level.CODE_COUNTRIES);
        assertThat(c.tp()).isEqualTo(1);
        assertThat(c.optional()).isEqualTo(1);
        assertThat(c.fp()).isZero();
        assertThat(c.fn()).isZero();
        assertThat(c.events().precision()).isEqualTo(1.0);

        Scorer missed = score(sentence("s1", List.of(optional("E2", "IRN", null, "110")), List.of()));
        assertThat(missed.scores().get(Level.CODE).fn()).isZero();
        assertThat(missed.scores().get(Level.CODE).events().recall()).isNaN();
    }

    @Test
    void requiredEventsAreMatchedBeforeOptionalOnes() {
        // Listed first, the optional event would take the only coded 111 under greedy matching.
        Scorer s = score(sentence("s1", List.of(optional("E5", "IRN", "USA", "111"),
                        required("E4", "IRN", "USA", "111", "110")),
                List.of(coded("111", "IRN", "USA"))));
        assertThat(s.scores().get(Level.CODE_COUNTRIES).tp()).isEqualTo(1);
        assertThat(s.results().get(0).at(Level.CODE_COUNTRIES).gold()).containsExactly(-1, 0);
    }

    @Test
    void augmentingPathsFindTheLargestMatching() {
        // 110 fits both gold events, 111 only the first: both must be matched.
        Scorer s = score(sentence("s1", List.of(required("A", "IRN", "USA", "110", "111"),
                        required("B", "IRN", "USA", "110")),
                List.of(coded("110", "IRN", "USA"), coded("111", "IRN", "USA"))));
        assertThat(s.scores().get(Level.CODE).tp()).isEqualTo(2);
    }

    @Test
    void noEventSentencesCountOnlyWhenSomethingIsCoded() {
        Scorer s = score(noEvent("quiet", List.of()), noEvent("noisy", List.of(coded("042", "USA", "CHN"))));
        LevelScores root = s.scores().get(Level.ROOT);
        assertThat(root).extracting(LevelScores::noEventSentences, LevelScores::noEventEmpty, LevelScores::fp,
                LevelScores::exact, LevelScores::namedSentences).containsExactly(2L, 1L, 1L, 1L, 2L);
        assertThat(root.sentences().precision()).isEqualTo(0.0);
        assertThat(root.sentences().recall()).isNaN();
        assertThat(s.confusion().count(Confusion.NONE, Confusion.NONE)).isEqualTo(1);
        assertThat(s.confusion().count(Confusion.NONE, "04")).isEqualTo(1);
    }

    @Test
    void sentenceScoresAskForEveryRequiredEventAndNoFalsePositive() {
        Scorer s = score(
                sentence("all", List.of(required("a", "USA", "CHN", "042"), required("b", "CHN", "USA", "043")),
                        List.of(coded("042", "USA", "CHN"), coded("043", "CHN", "USA"))),
                sentence("half", List.of(required("c", "USA", "CHN", "042"), required("d", "CHN", "USA", "043")),
                        List.of(coded("042", "USA", "CHN"))),
                sentence("noisy", List.of(required("e", "RUS", "UKR", "190")),
                        List.of(coded("190", "RUS", "UKR"), coded("173", "UKR", "RUS"))),
                sentence("silent", List.of(required("f", "ISR", "PSE", "0352")), List.of()));
        LevelScores l = s.scores().get(Level.CODE_COUNTRIES);
        assertThat(l).extracting(LevelScores::goldSentences, LevelScores::found, LevelScores::emittingSentences,
                LevelScores::clean, LevelScores::exact).containsExactly(4L, 2L, 3L, 2L, 1L);
        assertThat(l.sentences().recall()).isCloseTo(0.5, within(1e-9));
        assertThat(l.sentences().precision()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(l.events().precision()).isCloseTo(4.0 / 5, within(1e-9));
        assertThat(l.events().recall()).isCloseTo(4.0 / 6, within(1e-9));
        assertThat(l.events().f1()).isCloseTo(2 * 0.8 * (4.0 / 6) / (0.8 + 4.0 / 6), within(1e-9));
    }

    @Test
    void confusionPairsAMissWithAWrongRootOfTheSameActors() {
        Scorer s = score(sentence("s1", List.of(required("E10", "IRQ", "USA", "111")),
                List.of(coded("051", "IRQGOV", "IRN"), coded("043", "IRQGOV", "USA"))));
        Confusion c = s.confusion();
        assertThat(c.count("11", "04")).isEqualTo(1);
        assertThat(c.count(Confusion.NONE, "05")).isEqualTo(1);
        assertThat(c.count("11", Confusion.NONE)).isZero();
        assertThat(c.labels()).containsExactly("04", "05", "11", Confusion.NONE);
    }

    @Test
    void rootMatchesShowOnTheDiagonal() {
        Scorer s = score(sentence("s1", List.of(required("E3", "IRN", "IRQ", "1053", "105", "0253")),
                List.of(coded("0256", "IRN", "IRQ"))));
        assertThat(s.confusion().count("02", "02")).isEqualTo(1);
        assertThat(s.scores().get(Level.CODE).tp()).isZero();
        assertThat(s.scores().get(Level.ROOT).tp()).isEqualTo(1);
    }

    @Test
    void ploverGoldComparesCategoryAndMode() {
        Scorer s = new Scorer(Scheme.PLOVER);
        GoldEvent protest = new GoldEvent("p", true, List.of("PROTEST"), "demonstrate", "USA", null, "USA", null,
                null);
        s.add(sentence("s1", List.of(protest), List.of(Events.plover("PROTEST", "hunger_strike", "USAGOV", null))));
        s.add(sentence("s2", List.of(protest), List.of(Events.plover("PROTEST", "demonstrate", "USA", null))));
        s.add(sentence("s3", List.of(protest), List.of(Events.plover("PROTEST", "demonstrate", "GBR", null))));
        assertThat(s.scores().get(Level.CODE).tp()).isEqualTo(2);
        assertThat(s.scores().get(Level.ROOT).tp()).isEqualTo(3);
        assertThat(s.scores().get(Level.ROOT_COUNTRIES).tp()).isEqualTo(2);
        assertThat(s.scores().get(Level.CODE_COUNTRIES).tp()).isEqualTo(1);
        assertThat(s.confusion().count("PROTEST", "PROTEST")).isEqualTo(3);
    }

    @Test
    void undefinedRatiosAreNaNAndZeroRatiosGiveZeroF1() {
        assertThat(Prf.of(0, 0, 0, 3).precision()).isNaN();
        assertThat(Prf.of(0, 0, 0, 3).f1()).isEqualTo(0.0);
        assertThat(Prf.of(0, 0, 0, 0).f1()).isNaN();
        assertThat(Prf.of(0, 2, 0, 3).f1()).isEqualTo(0.0);
        assertThat(Prf.of(1, 2, 1, 4).f1()).isCloseTo(2 * 0.5 * 0.25 / 0.75, within(1e-9));
    }

    @Test
    void codeAndActorsNeedsWholeActorCodesAndNoTargetWhereTheGoldHasNone() {
        Scorer s = score(
                sentence("whole", List.of(required("E1", "IRNGOV", "IRQ", "111")), List.of(coded("111", "IRNGOV", "IRQ"))),
                sentence("sector", List.of(required("E2", "IRNGOV", "IRQ", "111")), List.of(coded("111", "IRN", "IRQ"))),
                sentence("none", List.of(required("E3", "KENOPP", "---", "141")), List.of(coded("141", "KENOPP", null))),
                sentence("extra", List.of(required("E4", "KENOPP", "---", "141")),
                        List.of(coded("141", "KENOPP", "KENGOV"))));
        assertThat(s.results()).extracting(r -> r.at(Level.CODE_ACTORS).gold().get(0) >= 0)
                .containsExactly(true, false, true, false);
        // By country the sector does not matter, and a gold "---" leaves the target open.
        assertThat(s.results()).extracting(r -> r.at(Level.CODE_COUNTRIES).gold().get(0) >= 0)
                .containsExactly(true, true, true, true);
    }
}
