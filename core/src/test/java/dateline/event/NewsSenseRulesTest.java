package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Verb senses the imported PETRARCH classes code wrongly in news, recoded in {@code codebook-verbs.txt} and
 * {@code dateline.txt} from the codebook's definitions, on sentences written for these tests (through CoreNLP and
 * the bundled actor dictionaries).
 */
class NewsSenseRulesTest {
    @RegisterExtension
    static final CodedSentences coded = CodedSentences.of("news-senses", """
            The World Bank released a report on poverty in Kenya on Monday.
            The study, released by the Kenyan health ministry, found rising infections.
            The minister spoke to reporters, surrounded by officials from Kenya.
            Ugandan troops surrounded the Kenyan town of Busia.
            Kenya is considering sending aid to Somalia.
            Germany summoned the Russian ambassador on Tuesday.
            Canada announced the suspension of aid to Honduras.
            Kenya welcomed Uganda's decision to reopen the border.
            Kenya welcomed a delegation of Ugandan officials.
            The Kenyan government declared a state of emergency on Friday.
            """);

    private static List<String> events(String sentence) {
        return coded.events(sentence);
    }

    @Test
    void releasingAReportIsPublishingItNotAReleaseOfPersonsOrProperty() {
        assertThat(events("The World Bank released a report on poverty in Kenya on Monday."))
                .noneMatch(e -> e.startsWith("08"));
        assertThat(events("The study, released by the Kenyan health ministry, found rising infections."))
                .noneMatch(e -> e.startsWith("08"));
    }

    @Test
    void surroundingIsForceOnlyWhenArmedForcesDoIt() {
        assertThat(events("The minister spoke to reporters, surrounded by officials from Kenya."))
                .noneMatch(e -> e.startsWith("19"));
        assertThat(events("Ugandan troops surrounded the Kenyan town of Busia.")).anyMatch(e -> e.startsWith("191"));
    }

    @Test
    void weighingAidIsConsideringAPolicyNotAThreat() {
        assertThat(events("Kenya is considering sending aid to Somalia.")).isNotEmpty()
                .noneMatch(e -> e.startsWith("13"));
    }

    @Test
    void summoningAnEnvoyIsAFormalComplaint() {
        assertThat(events("Germany summoned the Russian ambassador on Tuesday.")).anyMatch(e -> e.startsWith("114 DEU>RUS"))
                .noneMatch(e -> e.startsWith("04"));
    }

    @Test
    void announcingASuspensionOfAidIsTheSuspension() {
        assertThat(events("Canada announced the suspension of aid to Honduras."))
                .anyMatch(e -> e.startsWith("162")).noneMatch(e -> e.startsWith("03"));
    }

    @Test
    void declaringAStateOfEmergencyIsImposingIt() {
        assertThat(events("The Kenyan government declared a state of emergency on Friday."))
                .anyMatch(e -> e.startsWith("1724 KENGOV"));
    }

    @Test
    void welcomingADecisionEndorsesItAndWelcomingADelegationHostsIt() {
        assertThat(events("Kenya welcomed Uganda's decision to reopen the border.")).contains("051 KEN>UGA");
        assertThat(events("Kenya welcomed a delegation of Ugandan officials.")).anyMatch(e -> e.startsWith("043 KEN>UGA"));
    }
}
