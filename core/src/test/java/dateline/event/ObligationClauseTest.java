package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A reported "must" or "should" laid on another party is the speaker's demand or appeal (hand-written parses). */
class ObligationClauseTest {
    private static final String PARSE = """
            1 Russia russia PROPN NNP _ 2 nsubj _ Actor=RUS
            2 says say VERB VBZ _ 0 root _ _
            3 %s %s %s %s _ 5 nsubj _ %s
            4 %s %s AUX MD _ 5 aux _ _
            5 withdraw withdraw VERB VB _ 2 ccomp _ _
            6 its its PRON PRP$ _ 7 nmod:poss _ _
            7 troops troops NOUN NNS _ 5 obj _ _
            8 from from ADP IN _ 9 case _ _
            9 Syria syria PROPN NNP _ 5 obl _ Actor=SYR
            10 . . PUNCT . _ 2 punct _ _
            """;

    private static ConlluFixture parse(String subject, String lemma, String upos, String pos, String actor,
            String aux) {
        return ConlluFixture.parse(PARSE.formatted(subject, lemma, upos, pos, actor, aux, aux));
    }

    @Test
    void mustLaidOnAnotherPartyIsADemandOfIt() {
        ConlluFixture f = parse("Israel", "israel", "PROPN", "NNP", "Actor=ISR", "must");
        assertThat(f.events()).isNotEmpty().allMatch(e -> e.startsWith("10") && e.endsWith(" RUS>ISR"));
        assertThat(f.outcomes()).anyMatch(o -> o.startsWith("withdraw: framed"));
    }

    @Test
    void shouldLaidOnAnotherPartyIsAnAppealToIt() {
        ConlluFixture f = parse("Israel", "israel", "PROPN", "NNP", "Actor=ISR", "should");
        assertThat(f.events()).isNotEmpty().allMatch(e -> e.startsWith("02") && e.endsWith(" RUS>ISR"));
    }

    @Test
    void whatTheSpeakerSaysItMustDoIsNoDemand() {
        ConlluFixture f = parse("we", "we", "PRON", "PRP", "_", "must");
        assertThat(f.events()).noneMatch(e -> e.startsWith("10"));
    }

    @Test
    void aDutyOnNoNamedPartyIsNoDemand() {
        // "says the troops must withdraw", with "troops" no actor: no one named is asked.
        ConlluFixture f = parse("troops", "troops", "NOUN", "NNS", "_", "must");
        assertThat(f.events()).noneMatch(e -> e.startsWith("10"));
    }

    @Test
    void withoutADutyTheClauseIsAReportedAct() {
        ConlluFixture f = parse("Israel", "israel", "PROPN", "NNP", "Actor=ISR", "will");
        assertThat(f.events()).noneMatch(e -> e.startsWith("10") || e.startsWith("02"));
    }
}
