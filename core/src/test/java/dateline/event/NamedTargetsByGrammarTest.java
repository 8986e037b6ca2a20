package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Targets the sentence names that the argument finder did not reach (issue 15, seventh round), end to end through
 * CoreNLP with the bundled dictionaries: a demonym on an act noun names whose act it is ({@code act-nouns.txt}),
 * the object "it" of a reported clause is the reporter, a possessive "its" on what only a state owns is a country
 * ({@code ReportedAndOwnedPronouns}), a recipient or ousted incumbent a sibling clause names
 * ({@link SharedArgument}). Sentences written for these tests.
 */
class NamedTargetsByGrammarTest {
    @RegisterExtension
    static final CodedSentences coded = CodedSentences.of("named-targets-by-grammar", """
            Cairo rejected the Ethiopian proposal on the dam.
            Washington criticised the Chinese decision to close the consulate.
            Kenya welcomed the Somali move.
            The Iranian currency lost a third of its value.
            Vietnam said Beijing had assured it that the fishermen would be released.
            Iraqi officials said Turkey had warned it about the dam.
            Seoul said a Russian warplane had violated its airspace.
            Greece accused a Turkish fighter jet of violating its airspace.
            Iran vowed to defend its airspace.
            Norway will return the statues and pay Liberia a yearly sum.
            Malian soldiers seized power and forced President Ibrahim Boubacar Keita from office.
            Mali withdrew from ECOWAS and created a new alliance.
            """);

    @Test
    void aDemonymOnAnActNounNamesWhoseActIsRejected() {
        assertThat(coded.events("Cairo rejected the Ethiopian proposal on the dam.")).anyMatch(e -> e.startsWith("12")
                && e.endsWith("EGY>ETH"));
        assertThat(coded.events("Washington criticised the Chinese decision to close the consulate."))
                .anyMatch(e -> e.startsWith("111") && e.endsWith("USA>CHN"));
        assertThat(coded.events("Kenya welcomed the Somali move.")).anyMatch(e -> e.endsWith("KEN>SOM"));
    }

    @Test
    void theObjectItOfAReportedClauseIsTheReporter() {
        assertThat(coded.events("Vietnam said Beijing had assured it that the fishermen would be released."))
                .anyMatch(e -> e.endsWith("CHN>VNM"));
    }

    @Test
    void thePronounMustAgreeInNumber() {
        assertThat(coded.events("Iraqi officials said Turkey had warned it about the dam."))
                .noneMatch(e -> e.endsWith(">IRQGOV"));
    }

    @Test
    void itsAirspaceIsTheCountrys() {
        assertThat(coded.events("Seoul said a Russian warplane had violated its airspace."))
                .anyMatch(e -> e.endsWith(">KOR"));
        assertThat(coded.events("Greece accused a Turkish fighter jet of violating its airspace."))
                .anyMatch(e -> e.startsWith("112") && e.contains("GRC>TUR"))
                .anyMatch(e -> e.startsWith("15") && e.endsWith(">GRC"));
    }

    @Test
    void theRecipientOfAJoinedPaymentIsTheTargetOfTheOtherGiving() {
        assertThat(coded.events("Norway will return the statues and pay Liberia a yearly sum."))
                .hasSizeGreaterThan(1).allMatch(e -> e.endsWith("NOR>LBR"));
    }

    @Test
    void powerIsSeizedFromWhomTheConjunctOusts() {
        assertThat(coded.events("Malian soldiers seized power and forced President Ibrahim Boubacar Keita from"
                + " office.")).hasSizeGreaterThan(1).allMatch(e -> e.contains("MLIMIL>MLI"));
    }

    @Test
    void aWithdrawalSharesNoPartyWithAnAllianceFounded() {
        assertThat(coded.events("Mali withdrew from ECOWAS and created a new alliance."))
                .noneMatch(e -> !e.startsWith("16") && !e.startsWith("08") && e.contains(">IGO"));
    }
}
