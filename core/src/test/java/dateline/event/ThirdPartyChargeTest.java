package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Acts said of a party but not reported as done ({@link ThirdPartyCharge}): another party's charge of habitual
 * conduct, quoted or reported; a conjecture; a document's provision. Through CoreNLP, on sentences written for this
 * test, with the article's quotes found as the pipeline finds them.
 */
class ThirdPartyChargeTest {
    @RegisterExtension
    static final CodedSentences coded = CodedSentences.of("third-party charges", """
            "Russia regularly attacks Ukrainian towns," the Ukrainian foreign minister said.
            Russian troops attacked Ukrainian towns on Monday, the Ukrainian foreign minister said.
            The Indian lawmakers wrote that for years Pakistan has been threatening India's border villages.
            The Indian lawmakers wrote that Pakistan threatened India's border villages on Sunday.
            "It stands to reason that Brazil would promise aid to Argentina," an economist said.
            Kenya's constitution guarantees the right to peaceful assembly.
            "Chile firmly rejects the accusations of the Peruvian government," a spokeswoman said.
            Kenya's president pledged to protect the right to peaceful assembly.
            """);

    @Test
    void aQuotedChargeOfHabitualConductIsNotTheAccusedsAct() {
        assertThat(coded.quotedEvents("\"Russia regularly attacks Ukrainian towns,\" the Ukrainian foreign minister"
                + " said.")).noneMatch(e -> e.contains(" RUS"));
        assertThat(coded.quotedOutcomes("\"Russia regularly attacks Ukrainian towns,\" the Ukrainian foreign minister said."))
                .anyMatch(o -> o.startsWith("attack: dropped: 'UKRGOV' (quoted)") && o.contains("a charge"));
    }

    @Test
    void aReportedPastActStaysAnAct() {
        assertThat(coded.quotedEvents("Russian troops attacked Ukrainian towns on Monday, the Ukrainian foreign minister said."))
                .anyMatch(e -> e.contains(" RUS") && e.endsWith(">UKR"));
    }

    @Test
    void aWrittenChargeOfLastingConductIsNotTheAccusedsAct() {
        assertThat(coded.quotedEvents("The Indian lawmakers wrote that for years Pakistan has been threatening India's border"
                + " villages.")).noneMatch(e -> e.contains(" PAK"));
        assertThat(coded.outcomes("The Indian lawmakers wrote that for years Pakistan has been threatening India's"
                + " border villages.")).anyMatch(o -> o.startsWith("threaten: dropped:") && o.contains("a charge"));
    }

    @Test
    void aWrittenPastActIsStillCoded() {
        assertThat(coded.quotedEvents("The Indian lawmakers wrote that Pakistan threatened India's border villages on Sunday."))
                .anyMatch(e -> e.startsWith("13") && e.contains(" PAK>IND"));
    }

    @Test
    void aConjectureIsNoIntent() {
        assertThat(coded.quotedEvents("\"It stands to reason that Brazil would promise aid to Argentina,\" an economist"
                + " said.")).noneMatch(e -> e.startsWith("03"));
        assertThat(coded.quotedOutcomes("\"It stands to reason that Brazil would promise aid to Argentina,\" an"
                + " economist said.")).anyMatch(o -> o.startsWith("promise: dropped: the content of a conjecture"));
    }

    @Test
    void aDocumentExpressesNoIntentButItsAuthorsDo() {
        assertThat(coded.events("Kenya's constitution guarantees the right to peaceful assembly.")).isEmpty();
        assertThat(coded.outcomes("Kenya's constitution guarantees the right to peaceful assembly."))
                .anyMatch(o -> o.startsWith("guarantee: dropped: its subject 'constitution' is a text"));
        assertThat(coded.events("Kenya's president pledged to protect the right to peaceful assembly."))
                .anyMatch(e -> e.startsWith("03") && e.contains(" KENGOV"));
    }

    @Test
    void aSpeechActInThePresentIsDoneBySayingIt() {
        // A spokeswoman's "Chile rejects" is Chile's rejection, not a habit charged by another party.
        assertThat(coded.quotedEvents("\"Chile firmly rejects the accusations of the Peruvian government,\" a spokeswoman"
                + " said.")).anyMatch(e -> (e.startsWith("016") || e.startsWith("12")) && e.contains("CHL>"));
    }
}
