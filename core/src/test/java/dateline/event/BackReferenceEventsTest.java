package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Events whose source is a back-reference ({@code dateline.actor.SameTitleReference},
 * {@code dateline.actor.BothParties}): the source is the antecedent's actor with its country, not the sector alone.
 * Sentences written for this test.
 */
class BackReferenceEventsTest {
    @RegisterExtension
    static final CodedSentences coded = CodedSentences.of("back-references", """
            A Brazilian Foreign Ministry spokesperson spoke to reporters on Tuesday.
            The spokesperson urged Paraguay to release the detained farmers.
            The Kenyan president arrived in Accra on Monday.
            After talks with the Ghanaian president, both leaders signed a trade agreement.
            """);

    @Test
    void aRepeatedTitleActsWithTheEarlierMentionsCountry() {
        assertThat(coded.events("The spokesperson urged Paraguay to release the detained farmers."))
                .anyMatch(e -> e.matches("\\d+ BRA\\w*>.*"));
    }

    @Test
    void bothLeadersHoldTalksWithTheOneNamed() {
        assertThat(coded.events("After talks with the Ghanaian president, both leaders signed a trade agreement."))
                .anyMatch(e -> e.startsWith("04") && e.contains("KEN") && e.contains(">GHA"))
                .noneMatch(e -> e.contains("---"));
    }
}
