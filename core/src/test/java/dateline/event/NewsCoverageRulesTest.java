package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Codebook rules found missing or misread on news (issue 15, news dev set): defending a policy is 052 with or
 * without another party, a national army defending is 074; rejecting an accusation denies responsibility (016);
 * pushing for a policy is an appeal (020); launching a bid for office is no event; joint military exercises and
 * training are military cooperation (062); US departments named bare are the US government. Sentences written for
 * these tests from the codebook's definitions, coded with the real actor stage.
 */
class NewsCoverageRulesTest {
    @RegisterExtension
    static final CodedSentences coded = CodedSentences.of("news-coverage", """
            The Peruvian president defended Peru's new mining law.
            Chilean troops defended the town against the rebels.
            The Kenyan president rejected accusations that his government had rigged the election.
            Peru dismissed the allegations of torture by its police.
            Bolivia rejected the Chilean peace plan.
            The Chilean government has pushed for a new trade law.
            A Chilean congresswoman launched a bid for the presidency.
            Turkey held a joint exercise with Azerbaijan.
            The Chilean army began military exercises near the border.
            Russia trained Syrian soldiers in 2019.
            The State Department said it was skeptical about the offer.
            """);

    /** Sentences with exactly one event, of the code and actors given. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            defending one's own country's policy is 052 with no other party \
                | The Peruvian president defended Peru's new mining law. | 052 PERGOV>-
            rejecting an accusation denies responsibility \
                | The Kenyan president rejected accusations that his government had rigged the election. | 016 KENGOV>-
            dismissing allegations denies responsibility | Peru dismissed the allegations of torture by its police. \
                | 016 PER>-
            pushing for a policy is an appeal, not a demand | The Chilean government has pushed for a new trade law. \
                | 020 CHLGOV>-
            a US department named bare is the US government \
                | The State Department said it was skeptical about the offer. | 012 USAGOV>-
            """)
    void theOneEventOfTheSentence(String rule, String sentence, String event) {
        assertThat(coded.events(sentence)).containsExactly(event);
    }

    @Test
    void anArmyDefendingIsNoStatement() {
        assertThat(coded.events("Chilean troops defended the town against the rebels."))
                .noneMatch(e -> e.startsWith("05"));
    }

    @Test
    void rejectingAPlanIsStillARejection() {
        // The 016 row names accusations only; a proposal rejected stays a rejection (12).
        assertThat(coded.events("Bolivia rejected the Chilean peace plan.")).allMatch(e -> e.startsWith("12"))
                .isNotEmpty();
    }

    @Test
    void trainingAnotherCountrysForcesIsMilitaryCooperation() {
        assertThat(coded.events("Russia trained Syrian soldiers in 2019."))
                .anyMatch(e -> e.startsWith("062 RUS>SYR"));
    }

    @Test
    void aBidForOfficeIsNoEvent() {
        assertThat(coded.events("A Chilean congresswoman launched a bid for the presidency.")).isEmpty();
    }

    @Test
    void aJointExerciseIsMilitaryCooperation() {
        assertThat(coded.events("Turkey held a joint exercise with Azerbaijan.")).containsExactly("062 TUR>AZE");
        // Exercises held alone are no cooperation: nothing joint, no partner.
        assertThat(coded.events("The Chilean army began military exercises near the border."))
                .noneMatch(e -> e.startsWith("06"));
    }
}
