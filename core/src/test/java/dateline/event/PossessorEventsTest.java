package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Events whose source is an agent after a possessive ({@code dateline.actor.Possessor}): the agent carries its
 * owner's country, and a future act of the speaker's own people is the speaker's intent, not a forecast about
 * another party ({@link ForecastClause}). Sentences written for this test.
 */
class PossessorEventsTest {
    @RegisterExtension
    static final CodedSentences coded = CodedSentences.of("possessors", """
            The Nigerian army chief said his troops attacked the Chadian rebels.
            The Kenyan opposition leader said his lawyers will protest against the government.
            """);

    @Test
    void hisTroopsAreTheArmyChiefsCountrys() {
        assertThat(coded.events("The Nigerian army chief said his troops attacked the Chadian rebels."))
                .anyMatch(e -> e.startsWith("19") && e.contains("NGAMIL>"));
    }

    @Test
    void theSpeakersOwnPeoplesFutureIsItsIntent() {
        assertThat(coded.events("The Kenyan opposition leader said his lawyers will protest against the government."))
                .anyMatch(e -> e.contains(" KEN"));
    }
}
