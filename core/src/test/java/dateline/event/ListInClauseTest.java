package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@link ListInClause} on hand-written parses (CoNLL-U, no CoreNLP): a name that is the subject of a clause of its
 * own ends the list of parties before it; true conjuncts stay parties.
 */
class ListInClauseTest {
    private static ConlluFixture parse(String name) {
        return ConlluFixture.load("reciprocal-acts.conllu", name);
    }

    @Test
    void theSubjectOfTheNextClauseIsNotAPartyOfTheFight() {
        ConlluFixture f = parse("rebels-fought-the-army-and-the-un-says");
        assertThat(f.events()).anyMatch(e -> e.startsWith("19") && e.endsWith(" SDNREB>SDNMIL"))
                .noneMatch(e -> e.endsWith(">IGOUNO"));
    }

    @Test
    void aConjoinedObjectIsStillAParty() {
        ConlluFixture f = parse("rebels-fought-the-army-and-the-police");
        assertThat(f.events()).anyMatch(e -> e.startsWith("19") && e.endsWith(" SDNREB>SDNMIL"))
                .anyMatch(e -> e.startsWith("19") && e.endsWith(" SDNREB>SDNCOP"));
    }
}
