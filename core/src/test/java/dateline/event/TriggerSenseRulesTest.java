package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Trigger senses that are no political event, or that the imported dictionary codes wrongly (docs/evaluation.md,
 * "Precision on wire copy": the "trigger sense" class), on sentences written for these tests. Each sentence gave
 * the event named in its test before the patterns of {@code dateline.txt} that block or recode it.
 */
class TriggerSenseRulesTest {
    @RegisterExtension
    static final CodedSentences coded = CodedSentences.of("senses", """
            Egypt boosted its bids for wheat from Canada.
            Mexico called on Japanese banks to increase loans to Peru.
            Germany called on French and Italian banks to extend credit to Greece.
            Chile and Peru did not want to speculate with the price of copper.
            The Lobito railway runs through Angola to Zambia's copper mines.
            Japanese investors may withdraw their funds from Brazil.
            Canada decided to take retaliatory action against France.
            Switzerland organized a loan for Brazil.
            Egypt will receive cash from Kuwait for its stake in the bank.
            Norway will draw in cash from Swedish banks.
            A Dutch newspaper quoted a Belgian minister as saying that the talks failed.
            Chile said the deal means Peru is not going to raise its offer.
            Britain withdrew two diplomats from Iran, leaving only one official in Tehran.
            Spain promised to reduce Portugal's debt.
            Italy withdrew its troops from Albania.
            """);

    /** A trigger read in a sense that is no such event: no event of the sentence has a code with the prefix. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            a bid is a market act, not an intent to cooperate | Egypt boosted its bids for wheat from Canada. | 030
            withdrawing funds is no military retreat | Japanese investors may withdraw their funds from Brazil. | 087
            organizing a loan is underwriting, not cooperation | Switzerland organized a loan for Brazil. | 05
            money received for a business is a sale, not aid \
                | Egypt will receive cash from Kuwait for its stake in the bank. | 07
            drawing cash is no extension of credit | Norway will draw in cash from Swedish banks. | 07
            quoting someone is no statement to them \
                | A Dutch newspaper quoted a Belgian minister as saying that the talks failed. | 010
            something that means something is no intent \
                | Chile said the deal means Peru is not going to raise its offer. | 030
            leaving people somewhere is no consultation \
                | Britain withdrew two diplomats from Iran, leaving only one official in Tehran. | 040
            """)
    void theSenseIsNoSuchEvent(String rule, String sentence, String codePrefix) {
        assertThat(coded.events(sentence)).noneMatch(e -> e.startsWith(codePrefix));
    }

    /** Calling on someone to act (also when the parser reads "on" as a particle) is an appeal, not a phone call. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            as a preposition | Mexico called on Japanese banks to increase loans to Peru. | 020 MEX>JPNBUS
            read as a particle | Germany called on French and Italian banks to extend credit to Greece. | 020 DEU>ITABUS
            """)
    void callingOnSomeoneToActIsAnAppealToThemNotAPhoneCall(String reading, String sentence, String appeal) {
        assertThat(coded.events(sentence)).contains(appeal).noneMatch(x -> x.startsWith("041"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            speculating and not wanting to are no events | Chile and Peru did not want to speculate with the price of copper.
            a route running through countries is no meeting | The Lobito railway runs through Angola to Zambia's copper mines.
            """)
    void noEvent(String rule, String sentence) {
        assertThat(coded.events(sentence)).isEmpty();
    }

    @Test
    void withdrawingTroopsStillIs() {
        assertThat(coded.events("Italy withdrew its troops from Albania.")).anyMatch(e -> e.startsWith("0874 ITA>"));
    }

    @Test
    void retaliatoryActionIsSanctionsNotAStatement() {
        assertThat(coded.events("Canada decided to take retaliatory action against France.")).containsExactly("163 CAN>FRA");
    }

    @Test
    void aMarketBlockLeavesDebtReliefAlone() {
        assertThat(coded.events("Spain promised to reduce Portugal's debt.")).contains("0331 ESP>PRT");
    }
}
