package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What is not reported as done, on hand-written parses: an auxiliary written once for two joined verbs, and the
 * act a charge or denial is about.
 */
class ModalityRulesTest {
    private static final String JOINED = """
            1 Chile chile PROPN NNP _ 3 nsubj _ Actor=CHL
            2 %s %s AUX MD _ 3 aux _ _
            3 %s %s VERB %s _ 0 root _ _
            4 the the DET DT _ 5 det _ _
            5 accord accord NOUN NN _ 3 obj _ _
            6 and and CCONJ CC _ 7 cc _ _
            7 %s %s VERB %s _ 3 conj _ _
            8 the the DET DT _ 9 det _ _
            9 prisoners prisoner NOUN NNS _ 7 obj _ _
            10 to to ADP IN _ 11 case _ _
            11 Peru peru PROPN NNP _ 7 obl _ Actor=PER
            12 . . PUNCT . _ 3 punct _ _
            """;

    @Test
    void willReachesASecondJoinedVerb() {
        ConlluFixture f = ConlluFixture.parse(JOINED.formatted("will", "will", "sign", "sign", "VB", "release",
                "release", "VB"));
        // The release is promised, not done: intent (03x), never release (08x).
        assertThat(f.events()).noneMatch(e -> e.startsWith("08")).anyMatch(e -> e.startsWith("03") && e.endsWith("CHL>PER"));
    }

    @Test
    void aJoinedVerbInAnotherTenseIsItsOwnClause() {
        ConlluFixture f = ConlluFixture.parse(JOINED.formatted("will", "will", "sign", "sign", "VB", "released",
                "release", "VBD"));
        assertThat(f.events()).anyMatch(e -> e.startsWith("08") && e.endsWith("CHL>PER"));
    }

    @Test
    void aNegationReachesAJoinedVerbOnlyAfterOr() {
        String negated = """
                1 Kenya kenya PROPN NNP _ 4 nsubj _ Actor=KEN
                2 did do AUX VBD _ 4 aux _ _
                3 not not PART RB _ 4 advmod _ _
                4 attack attack VERB VB _ 0 root _ _
                5 %s %s CCONJ CC _ 6 cc _ _
                6 invade invade VERB VB _ 4 conj _ _
                7 Somalia somalia PROPN NNP _ 6 obj _ Actor=SOM
                8 . . PUNCT . _ 4 punct _ _
                """;
        assertThat(ConlluFixture.parse(negated.formatted("or", "or")).events()).isEmpty();
        assertThat(ConlluFixture.parse(negated.formatted("but", "but")).events()).isNotEmpty()
                .allMatch(e -> e.endsWith("KEN>SOM"));
    }

    @Test
    void theActAnAccusationIsAboutIsNotCodedAsDone() {
        ConlluFixture f = ConlluFixture.parse("""
                1 Kenya kenya PROPN NNP _ 2 nsubj _ Actor=KEN
                2 accused accuse VERB VBD _ 0 root _ _
                3 Uganda uganda PROPN NNP _ 2 obj _ Actor=UGA
                4 of of SCONJ IN _ 5 mark _ _
                5 attacking attack VERB VBG _ 2 advcl _ _
                6 Somalia somalia PROPN NNP _ 5 obj _ Actor=SOM
                7 . . PUNCT . _ 2 punct _ _
                """);
        assertThat(f.events()).containsExactly("112 KEN>UGA");
        assertThat(f.outcomes()).anyMatch(o -> o.startsWith("attack: dropped: what 'accused' charges or denies"));
    }
}
