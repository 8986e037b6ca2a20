package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What is not reported as done, on hand-written parses: an auxiliary written once for two joined verbs, and the
 * act a charge or denial is about.
 */
class ModalityRulesTest {
    @Test
    void willReachesASecondJoinedVerb() {
        // "Chile will sign the accord and release the prisoners to Peru."
        ConlluFixture f = ConlluFixture.load("modality-rules.conllu", "chile-will-sign-and-release");
        // The release is promised, not done: intent (03x), never release (08x).
        assertThat(f.events()).noneMatch(e -> e.startsWith("08")).anyMatch(e -> e.startsWith("03") && e.endsWith("CHL>PER"));
    }

    @Test
    void aJoinedVerbInAnotherTenseIsItsOwnClause() {
        // "Chile will sign the accord and released the prisoners to Peru."
        ConlluFixture f = ConlluFixture.load("modality-rules.conllu", "chile-will-sign-and-released");
        assertThat(f.events()).anyMatch(e -> e.startsWith("08") && e.endsWith("CHL>PER"));
    }

    @Test
    void aNegationReachesAJoinedVerbOnlyAfterOr() {
        // "Kenya did not attack or invade Somalia."
        assertThat(ConlluFixture.load("modality-rules.conllu", "kenya-did-not-attack-or-invade").events()).isEmpty();
        // "Kenya did not attack but invade Somalia."
        assertThat(ConlluFixture.load("modality-rules.conllu", "kenya-did-not-attack-but-invade").events()).isNotEmpty()
                .allMatch(e -> e.endsWith("KEN>SOM"));
    }

    @Test
    void theActAnAccusationIsAboutIsNotCodedAsDone() {
        // "Kenya accused Uganda of attacking Somalia."
        ConlluFixture f = ConlluFixture.load("modality-rules.conllu", "kenya-accused-uganda-of-attacking");
        assertThat(f.events()).containsExactly("112 KEN>UGA");
        assertThat(f.outcomes()).anyMatch(o -> o.startsWith("attack: dropped: what 'accused' charges or denies"));
    }
}
