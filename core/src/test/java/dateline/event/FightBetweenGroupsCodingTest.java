package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link FightBetweenGroups} end to end: sentences written for these tests, parsed by CoreNLP and coded with the
 * bundled dictionaries and the real actor stage. Both parties are named by kind only, with no country.
 */
class FightBetweenGroupsCodingTest {
    @RegisterExtension
    static final CodedSentences coded = CodedSentences.of("fight-between-groups", """
            Gunmen exchanged fire with security guards at a hotel on Friday.
            Two bandits were killed in a gun battle with police overnight.
            Soldiers shot dead three insurgents on a mountain road.
            Smugglers fought with bandits near the river.
            """);

    @Test
    void anExchangeOfFireWithGuardsGoesBothWays() {
        assertThat(coded.events("Gunmen exchanged fire with security guards at a hotel on Friday."))
                .anyMatch(e -> e.startsWith("19") && e.endsWith(" ---UAF>---COP"))
                .anyMatch(e -> e.startsWith("19") && e.endsWith(" ---COP>---UAF"));
    }

    @Test
    void aShootoutWithPoliceHasThePoliceAsTarget() {
        assertThat(coded.events("Two bandits were killed in a gun battle with police overnight."))
                .anyMatch(e -> e.startsWith("19") && e.endsWith(">---COP"));
    }

    @Test
    void soldiersKillingInsurgentsIsKept() {
        assertThat(coded.events("Soldiers shot dead three insurgents on a mountain road."))
                .anyMatch(e -> e.startsWith("19") && e.startsWith("---MIL>", e.indexOf(' ') + 1));
    }

    @Test
    void aFightOfTwoCriminalGroupsStillPlacesNothing() {
        assertThat(coded.events("Smugglers fought with bandits near the river."))
                .noneMatch(e -> e.endsWith(" ---CRM>---CRM"));
    }
}
