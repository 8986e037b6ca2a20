package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link IntendedAct}, {@link PartitiveObject} and the target phrase of joined verbs end to end: sentences written
 * for these tests, parsed by CoreNLP and coded with the bundled dictionaries and the real actor stage.
 */
class IntendedActCodingTest {
    @RegisterExtension
    static final CodedSentences coded = CodedSentences.of("intended-acts", """
            Canada warned on Monday that it would keep up pressure on Venezuela.
            Japan threatened that it would impose new tariffs on South Korea.
            China staged naval drills in a bid to intimidate Taiwan.
            Russia held military exercises in an attempt to pressure Ukraine.
            Iran mobilized its navy in an effort to intimidate Saudi Arabia.
            Students boycotted classes to pressure the Kenyan government.
            The Turkish army shelled a convoy carrying Kurdish fighters and killed 12 of them.
            Venezuelan soldiers resisted and fought with Colombian troops along the river.
            """);

    @Test
    void aThreatStatedAsTheSourcesOwnActHasItsTarget() {
        assertThat(coded.events("Canada warned on Monday that it would keep up pressure on Venezuela."))
                .anyMatch(e -> e.startsWith("13") && e.endsWith(" CAN>VEN"));
        assertThat(coded.events("Japan threatened that it would impose new tariffs on South Korea."))
                .anyMatch(e -> e.startsWith("13") && e.endsWith(" JPN>KOR"));
    }

    @Test
    void aShowOfForceIsAimedAtWhomItsPurposePresses() {
        assertThat(coded.events("China staged naval drills in a bid to intimidate Taiwan."))
                .anyMatch(e -> e.startsWith("15") && e.endsWith(" CHN>TWN"));
        assertThat(coded.events("Russia held military exercises in an attempt to pressure Ukraine."))
                .anyMatch(e -> e.startsWith("15") && e.endsWith(" RUS>UKR"));
        assertThat(coded.events("Iran mobilized its navy in an effort to intimidate Saudi Arabia."))
                .anyMatch(e -> e.startsWith("15") && e.endsWith(" IRN>SAU"));
    }

    @Test
    void aProtestIsAimedAtWhomItsPurposePresses() {
        assertThat(coded.events("Students boycotted classes to pressure the Kenyan government."))
                .anyMatch(e -> e.startsWith("14") && e.endsWith(">KENGOV"));
    }

    @Test
    void aPartitiveOfThemIsPartOfWhatTheJoinedVerbHit() {
        assertThat(coded.events("The Turkish army shelled a convoy carrying Kurdish fighters and killed 12 of them."))
                .anyMatch(e -> e.startsWith("19") && e.contains("TURMIL>") && !e.endsWith(">-"))
                .noneMatch(e -> e.startsWith("19") && e.endsWith(">-"));
    }

    @Test
    void aTargetPhraseAfterTwoJoinedVerbsIsBoths() {
        assertThat(coded.events("Venezuelan soldiers resisted and fought with Colombian troops along the river."))
                .anyMatch(e -> e.startsWith("19") && e.endsWith(" VENMIL>COLMIL"));
    }
}
