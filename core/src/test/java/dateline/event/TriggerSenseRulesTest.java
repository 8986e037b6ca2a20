package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Trigger senses that are no political event, or that the imported dictionary codes wrongly (docs/evaluation.md,
 * "Precision on wire copy": the "trigger sense" class), on sentences written for these tests. Each sentence gave
 * the event named in its test before the patterns of {@code dateline.txt} that block or recode it.
 */
class TriggerSenseRulesTest {
    private static final List<String> SENTENCES = List.of(
            "Egypt boosted its bids for wheat from Canada.",
            "Mexico called on Japanese banks to increase loans to Peru.",
            "Germany called on French and Italian banks to extend credit to Greece.",
            "Chile and Peru did not want to speculate with the price of copper.",
            "The Lobito railway runs through Angola to Zambia's copper mines.",
            "Japanese investors may withdraw their funds from Brazil.",
            "Canada decided to take retaliatory action against France.",
            "Switzerland organized a loan for Brazil.",
            "Egypt will receive cash from Kuwait for its stake in the bank.",
            "Norway will draw in cash from Swedish banks.",
            "A Dutch newspaper quoted a Belgian minister as saying that the talks failed.",
            "Chile said the deal means Peru is not going to raise its offer.",
            "Britain withdrew two diplomats from Iran, leaving only one official in Tehran.",
            "Spain promised to reduce Portugal's debt.",
            "Italy withdrew its troops from Albania.");

    private static CodedSentences coded;

    @BeforeAll
    static void annotate() {
        coded = CodedSentences.of("senses", SENTENCES);
    }

    private static List<String> events(String sentence) {
        return coded.events(sentence);
    }

    @Test
    void aBidIsAMarketActNotAnIntentToCooperate() {
        assertThat(events("Egypt boosted its bids for wheat from Canada.")).noneMatch(e -> e.startsWith("030"));
    }

    @Test
    void callingOnSomeoneToActIsAnAppealToThemNotAPhoneCall() {
        List<String> e = events("Mexico called on Japanese banks to increase loans to Peru.");
        assertThat(e).contains("020 MEX>JPNBUS").noneMatch(x -> x.startsWith("041"));
    }

    @Test
    void callingOnSomeoneReadAsAParticleIsAnAppealToo() {
        List<String> e = events("Germany called on French and Italian banks to extend credit to Greece.");
        assertThat(e).contains("020 DEU>ITABUS").noneMatch(x -> x.startsWith("041"));
    }

    @Test
    void speculatingAndNotWantingToAreNoEvents() {
        assertThat(events("Chile and Peru did not want to speculate with the price of copper.")).isEmpty();
    }

    @Test
    void aRouteRunningThroughCountriesIsNoMeeting() {
        assertThat(events("The Lobito railway runs through Angola to Zambia's copper mines.")).isEmpty();
    }

    @Test
    void withdrawingFundsIsNoMilitaryRetreat() {
        assertThat(events("Japanese investors may withdraw their funds from Brazil."))
                .noneMatch(e -> e.startsWith("087"));
    }

    @Test
    void withdrawingTroopsStillIs() {
        assertThat(events("Italy withdrew its troops from Albania.")).anyMatch(e -> e.startsWith("0874 ITA>"));
    }

    @Test
    void retaliatoryActionIsSanctionsNotAStatement() {
        assertThat(events("Canada decided to take retaliatory action against France.")).containsExactly("163 CAN>FRA");
    }

    @Test
    void organizingALoanIsUnderwritingNotCooperation() {
        assertThat(events("Switzerland organized a loan for Brazil.")).noneMatch(e -> e.startsWith("05"));
    }

    @Test
    void moneyReceivedForABusinessIsASaleNotAid() {
        assertThat(events("Egypt will receive cash from Kuwait for its stake in the bank."))
                .noneMatch(e -> e.startsWith("07"));
    }

    @Test
    void drawingCashIsNoExtensionOfCredit() {
        assertThat(events("Norway will draw in cash from Swedish banks.")).noneMatch(e -> e.startsWith("07"));
    }

    @Test
    void quotingSomeoneIsNoStatementToThem() {
        assertThat(events("A Dutch newspaper quoted a Belgian minister as saying that the talks failed."))
                .noneMatch(e -> e.startsWith("010"));
    }

    @Test
    void somethingThatMeansSomethingIsNoIntent() {
        assertThat(events("Chile said the deal means Peru is not going to raise its offer."))
                .noneMatch(e -> e.startsWith("030"));
    }

    @Test
    void leavingPeopleSomewhereIsNoConsultation() {
        List<String> e = events("Britain withdrew two diplomats from Iran, leaving only one official in Tehran.");
        assertThat(e).noneMatch(x -> x.startsWith("040"));
    }

    @Test
    void aMarketBlockLeavesDebtReliefAlone() {
        assertThat(events("Spain promised to reduce Portugal's debt.")).contains("0331 ESP>PRT");
    }
}
