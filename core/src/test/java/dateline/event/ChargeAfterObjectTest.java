package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The "of" phrase after a direct object ("accused X of backing Y") on hand-written parses (CoNLL-U, no CoreNLP):
 * it states the charge, and a party in it is not the one accused; the object stays the target.
 */
class ChargeAfterObjectTest {
    private static ConlluFixture parse(String name) {
        return ConlluFixture.load("reciprocal-acts.conllu", name);
    }

    @Test
    void aPartyOfTheChargeIsNotTheAccused() {
        ConlluFixture f = parse("activists-accused-nexa-of-backing");
        assertThat(f.targets(f.finder(java.util.Set.of()), "accused", "112")).noneMatch(t -> t.startsWith("IRNGOV"));
        assertThat(f.events()).noneMatch(e -> e.endsWith(">IRNGOV"));
    }

    @Test
    void theAccusedObjectStaysTheTarget() {
        ConlluFixture f = parse("activists-accused-the-government-of-lying");
        assertThat(f.events()).anyMatch(e -> e.startsWith("11") && e.endsWith(" IRNOPP>IRNGOV"));
    }

    @Test
    void anOfPhraseAfterACommonNounObjectIsStillSearched() {
        // The parser hangs the object's own "of" phrase on the verb when a date comes between them.
        ConlluFixture f = parse("france-called-a-meeting-friday-of-the-council");
        assertThat(f.targets(f.finder(java.util.Set.of("meeting")), "called", "040")).contains("IGOUNO PREPOSITION");
    }
}
