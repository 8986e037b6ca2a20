package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The author of a rejected, criticised or praised thing named in the object's relative clause
 * ({@code ArgumentFinder.relativeAuthors}) end to end: sentences written for these tests, parsed by CoreNLP and
 * coded with the bundled dictionaries and the real actor stage.
 */
class RelativeAuthorCodingTest {
    @RegisterExtension
    static final CodedSentences coded = CodedSentences.of("relative-authors", """
            Egypt criticised the plan that Israel proposed last week.
            The ministry rejected the terms that Washington set for the talks.
            Ghana praised the reforms the Nigerian government adopted last year.
            Iran condemned the meeting that took place in Paris.
            Russia rejected the plan that gives Ukraine more weapons.
            China contributed most of the money that Malaysia received from abroad.
            """);

    @Test
    void aCriticisedPlanIsAimedAtWhoeverProposedIt() {
        assertThat(coded.events("Egypt criticised the plan that Israel proposed last week."))
                .anyMatch(e -> e.startsWith("11") && e.endsWith(" EGY>ISR"));
    }

    @Test
    void rejectedTermsAreAimedAtWhoeverSetThem() {
        assertThat(coded.events("The ministry rejected the terms that Washington set for the talks."))
                .anyMatch(e -> e.startsWith("12") && e.endsWith(">USA"));
    }

    @Test
    void praisedReformsWithoutThatAreAimedAtWhoeverAdoptedThem() {
        assertThat(coded.events("Ghana praised the reforms the Nigerian government adopted last year."))
                .anyMatch(e -> e.startsWith("05") && e.endsWith(" GHA>NGAGOV"));
    }

    @Test
    void aPartOfAidGoesToWhoeverReceivedTheWhole() {
        assertThat(coded.events("China contributed most of the money that Malaysia received from abroad."))
                .anyMatch(e -> e.startsWith("07") && e.endsWith(" CHN>MYS"));
    }

    @Test
    void aClauseThatNamesNoAuthorGivesNoTarget() {
        assertThat(coded.events("Iran condemned the meeting that took place in Paris."))
                .noneMatch(e -> e.endsWith(">FRA"));
        assertThat(coded.events("Russia rejected the plan that gives Ukraine more weapons."))
                .noneMatch(e -> e.endsWith(">UKR"));
    }
}
