package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sources that are not the doer ("Issue 15, ninth round: sources"): an act noun that is what its own clause is
 * about takes no governing clause's subject nor the speaker ({@link ActNounClause}); a relative clause on an act of
 * force, or on what it was done to, is the act's ("the bombing of a base that killed"); a third-person pronoun in a
 * direct quotation is never the speaker; a participle the parser made the verb of the noun it describes leaves
 * that noun undergoing the act. Through CoreNLP with the article's quotes, on sentences written for this test.
 */
class SourcesSixthRoundTest {
    @RegisterExtension
    static final CodedSentences coded = CodedSentences.of("sources-sixth-round", """
            Herders are afraid to graze their cattle and a deadly May attack on a police post near the border has raised fears.
            Fishermen stayed in port, and an attack on a navy patrol boat off Yemen has alarmed shipping firms.
            "The bombing of the market is an attack on every citizen," Nigerian Governor Musa Ali said.
            Residents say the shelling of the hospital was an assault on civilians.
            Nigerian troops launched an attack on a rebel camp near the border.
            Gunmen and a suicide bomber carried out coordinated attacks on Mali's parliament and a mosque in Bamako, state media said on Wednesday.
            A court in Lyon opened a trial over the 2006 shelling of a Chadian army camp that killed two French doctors.
            Prosecutors described the 2015 bombing of an Egyptian police station that wounded 20 officers.
            The Kenyan army said it was looking into the airstrike that killed three Somali herders.
            The militia that attacked the Congolese village killed ten farmers.
            "They burned the village at night and then militiamen looted the shops," said Nigerian senator Ali Bello.
            "They shelled our positions all night," a Ukrainian commander told reporters.
            "He ordered the arrest of journalists last year," Kenyan opposition leader Raila Odinga said of the minister.
            "We condemn the attack on the embassy," said Egyptian Foreign Minister Sameh Shoukry.
            The Taliban said they attacked the army convoy.
            Officials said that 12 prisoners, including five men jailed at the island's military prison, were moved to Texas on Friday.
            Egyptian police detained five journalists in Cairo on Friday.
            Relatives mourned the victims of the car bombings that killed 40 Iraqi pilgrims in Karbala.
            A trial opened in Lyon on Monday over the 2006 bombing of a Chadian army camp in Abeche that killed two French doctors.
            """);

    /** An act noun that is the subject or predicate of its own clause: no outside subject or speaker did it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            an attack noun the parser joined to an earlier clause | Herders are afraid to graze their cattle and a deadly May attack on a police post near the border has raised fears. | ---AGR>
            an attack noun after a comma and "and" | Fishermen stayed in port, and an attack on a navy patrol boat off Yemen has alarmed shipping firms. | ---AGR>
            a quoted predicate noun and the speaker | '"The bombing of the market is an attack on every citizen," Nigerian Governor Musa Ali said.' | NGAGOV>
            a reported predicate noun and the reporter | Residents say the shelling of the hospital was an assault on civilians. | ---CVL>
            """)
    void anActNounInItsOwnClauseTakesNoOutsideDoer(String rule, String sentence, String wrongSource) {
        assertThat(coded.quotedEvents(sentence)).noneMatch(e -> e.contains(" " + wrongSource));
    }

    @Test
    void anActNounAsTheObjectStillTakesItsVerbsSubject() {
        assertThat(coded.quotedEvents("Nigerian troops launched an attack on a rebel camp near the border."))
                .anyMatch(e -> e.startsWith("19") && e.contains(" NGAMIL>"));
    }

    @Test
    void anActNounBeforeAReportingVerbStillTakesItsVerbsSubject() {
        assertThat(coded.quotedEvents("Gunmen and a suicide bomber carried out coordinated attacks on Mali's parliament and a"
                + " mosque in Bamako, state media said on Wednesday.")).anyMatch(e -> e.startsWith("19")
                && e.contains(" ---UAF>"));
    }

    /** What an act of force was done to never did what the relative clause on it says. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a camp shelled | A court in Lyon opened a trial over the 2006 shelling of a Chadian army camp that killed two French doctors. | TCDMIL>
            a police station bombed | Prosecutors described the 2015 bombing of an Egyptian police station that wounded 20 officers. | EGYCOP>
            the speaker around the act | The Kenyan army said it was looking into the airstrike that killed three Somali herders. | KENMIL>
            """)
    void theTargetOfAnActOfForceIsNotTheDoerOfItsRelativeClause(String rule, String sentence, String wrongSource) {
        assertThat(coded.quotedEvents(sentence)).noneMatch(e -> e.contains(" " + wrongSource));
    }

    /** The act of force is the relative clause's subject: with no doer named, the victims keep an agentless event. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the act's "of" phrase | A trial opened in Lyon on Monday over the 2006 bombing of a Chadian army camp in Abeche that killed two French doctors. | >FRA
            the act itself | Relatives mourned the victims of the car bombings that killed 40 Iraqi pilgrims in Karbala. | >IRQ
            """)
    void anActOfForceWithNoNamedDoerIsAgentless(String rule, String sentence, String target) {
        assertThat(coded.quotedEvents(sentence)).anyMatch(e -> e.startsWith("19") && e.contains(" -" + target));
    }

    @Test
    void aRelativeClauseOnAnActorStaysTheActors() {
        assertThat(coded.quotedEvents("The militia that attacked the Congolese village killed ten farmers."))
                .anyMatch(e -> e.startsWith("19") && e.contains(" ---UAF>"));
    }

    /** A third-person pronoun in a direct quotation is never its speaker. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            "they" and a senator | '"They burned the village at night and then militiamen looted the shops," said Nigerian senator Ali Bello.' | NGALEG>
            "they" and a commander | '"They shelled our positions all night," a Ukrainian commander told reporters.' | UKRMIL>
            "he" and an opposition leader | '"He ordered the arrest of journalists last year," Kenyan opposition leader Raila Odinga said of the minister.' | KENGOV>
            """)
    void aQuotedThirdPersonPronounIsNotTheSpeaker(String rule, String sentence, String wrongSource) {
        assertThat(coded.quotedEvents(sentence)).noneMatch(e -> e.contains(" " + wrongSource));
    }

    @Test
    void aQuotedWeIsTheSpeaker() {
        assertThat(coded.quotedEvents("\"We condemn the attack on the embassy,\" said Egyptian Foreign Minister Sameh Shoukry."))
                .anyMatch(e -> e.startsWith("11") && e.contains(" EGY"));
    }

    @Test
    void aReportedTheyMayBeTheSpeaker() {
        assertThat(coded.quotedEvents("The Taliban said they attacked the army convoy."))
                .anyMatch(e -> e.startsWith("19") && e.contains(" AFGREB>"));
    }

    @Test
    void aParticipleReadAsTheVerbLeavesItsNounUndergoing() {
        assertThat(coded.quotedEvents("Officials said that 12 prisoners, including five men jailed at the island's military"
                + " prison, were moved to Texas on Friday.")).noneMatch(e -> e.startsWith("17") && !e.contains(" ->"));
        assertThat(coded.quotedEvents("Egyptian police detained five journalists in Cairo on Friday."))
                .anyMatch(e -> e.startsWith("17") && e.contains(" EGYCOP>"));
    }
}
