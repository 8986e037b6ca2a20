package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A reported "must" or "should" laid on another party is the speaker's demand or appeal (hand-written parses). */
class ObligationClauseTest {
    @Test
    void mustLaidOnAnotherPartyIsADemandOfIt() {
        // "Russia says Israel must withdraw its troops from Syria."
        ConlluFixture f = ConlluFixture.load("obligation-clause.conllu", "israel-must");
        assertThat(f.events()).isNotEmpty().allMatch(e -> e.startsWith("10") && e.endsWith(" RUS>ISR"));
        assertThat(f.outcomes()).anyMatch(o -> o.startsWith("withdraw: framed"));
    }

    @Test
    void shouldLaidOnAnotherPartyIsAnAppealToIt() {
        // "Russia says Israel should withdraw its troops from Syria."
        ConlluFixture f = ConlluFixture.load("obligation-clause.conllu", "israel-should");
        assertThat(f.events()).isNotEmpty().allMatch(e -> e.startsWith("02") && e.endsWith(" RUS>ISR"));
    }

    @Test
    void whatTheSpeakerSaysItMustDoIsNoDemand() {
        // "Russia says we must withdraw its troops from Syria."
        ConlluFixture f = ConlluFixture.load("obligation-clause.conllu", "we-must");
        assertThat(f.events()).noneMatch(e -> e.startsWith("10"));
    }

    @Test
    void aDutyOnNoNamedPartyIsNoDemand() {
        // "says the troops must withdraw", with "troops" no actor: no one named is asked.
        ConlluFixture f = ConlluFixture.load("obligation-clause.conllu", "troops-must");
        assertThat(f.events()).noneMatch(e -> e.startsWith("10"));
    }

    @Test
    void withoutADutyTheClauseIsAReportedAct() {
        // "Russia says Israel will withdraw its troops from Syria."
        ConlluFixture f = ConlluFixture.load("obligation-clause.conllu", "israel-will");
        assertThat(f.events()).noneMatch(e -> e.startsWith("10") || e.startsWith("02"));
    }
}
