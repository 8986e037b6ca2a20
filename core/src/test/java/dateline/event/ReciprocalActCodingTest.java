package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link ReciprocalAct} end to end: sentences written for these tests, parsed by CoreNLP and coded with the bundled
 * dictionaries and the real actor stage.
 */
class ReciprocalActCodingTest {
    @RegisterExtension
    static final CodedSentences coded = CodedSentences.of("reciprocal-acts", """
            India and Pakistan clashed along the disputed frontier on Sunday.
            Armenia and Azerbaijan accused each other of shelling border villages.
            Serbia and Kosovo disagreed over the new customs rules.
            Chile and Peru protested against the fishing ban.
            """);

    @Test
    void twoCountriesThatClashedAreEachOthersTarget() {
        assertThat(coded.events("India and Pakistan clashed along the disputed frontier on Sunday."))
                .anyMatch(e -> e.startsWith("19") && e.endsWith(" IND>PAK"))
                .anyMatch(e -> e.startsWith("19") && e.endsWith(" PAK>IND"));
    }

    @Test
    void anAccusationOfEachOtherGoesBothWays() {
        assertThat(coded.events("Armenia and Azerbaijan accused each other of shelling border villages."))
                .anyMatch(e -> e.startsWith("11") && e.endsWith(" ARM>AZE"))
                .anyMatch(e -> e.startsWith("11") && e.endsWith(" AZE>ARM"));
    }

    @Test
    void aDisagreementBetweenTwoListedPartiesGoesBothWays() {
        assertThat(coded.events("Serbia and Kosovo disagreed over the new customs rules."))
                .anyMatch(e -> e.startsWith("11") && e.endsWith(" SRB>XKX") || e.endsWith(" SRB>KSV"))
                .noneMatch(e -> e.endsWith(">-"));
    }

    @Test
    void aJointProtestIsNotAimedAtEachOther() {
        assertThat(coded.events("Chile and Peru protested against the fishing ban."))
                .noneMatch(e -> e.endsWith(" CHL>PER") || e.endsWith(" PER>CHL"));
    }
}
