package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A demonym before "state" ending its phrase names that country's government, a party an act can be aimed at
 * (issue 15, eighth round; {@code dateline.actor.StateNoun}); "state media" and "Islamic State" are not it. End to
 * end through CoreNLP with the bundled dictionaries, on sentences written for these tests.
 */
class StateAsPartyTest {
    @RegisterExtension
    static final CodedSentences coded = CodedSentences.of("state-as-party", """
            Separatist rebels have waged an armed insurgency against the Pakistani state.
            The opposition leader denounced the Iranian state.
            Chinese state media criticised the Japanese prime minister.
            Islamic State fighters attacked a Syrian army post.
            The Brazilian state of Para received aid from Norway.
            """);

    @Test
    void anInsurgencyAgainstTheStateTargetsItsGovernment() {
        assertThat(coded.events("Separatist rebels have waged an armed insurgency against the Pakistani state."))
                .anyMatch(e -> e.startsWith("19") && e.endsWith(">PAKGOV"));
    }

    @Test
    void aStateDenouncedIsItsGovernment() {
        assertThat(coded.events("The opposition leader denounced the Iranian state."))
                .anyMatch(e -> e.startsWith("11") && e.endsWith(">IRNGOV"));
    }

    @Test
    void stateMediaStayMediaAndIslamicStateStaysTheGroup() {
        assertThat(coded.events("Chinese state media criticised the Japanese prime minister."))
                .anyMatch(e -> e.contains("CHNGOVMED>JPN"))
                .noneMatch(e -> e.contains("CHNGOV>"));
        assertThat(coded.events("Islamic State fighters attacked a Syrian army post."))
                .anyMatch(e -> e.contains("IMGMUSISI>SYR"));
    }

    @Test
    void aStateOfTheCountryIsNotItsGovernment() {
        assertThat(coded.events("The Brazilian state of Para received aid from Norway."))
                .noneMatch(e -> e.contains("BRAGOV"));
    }
}
