package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The party an act noun's "-ing" clause acts on, on hand-written parses (CoNLL-U, no CoreNLP): "held drills
 * encircling Taiwan" is aimed at Taiwan; a thing's participle ("a plane carrying doctors") names no target.
 */
class ActNounParticipleTest {
    private static ConlluFixture parse(String name) {
        return ConlluFixture.load("reciprocal-acts.conllu", name);
    }

    @Test
    void drillsEncirclingAnIslandAreAimedAtIt() {
        ConlluFixture f = parse("china-held-drills-encircling-taiwan");
        assertThat(f.targets(f.finder(Set.of("drill", "hold")), "held", "150")).contains("TWN OBJECT_PARTICIPLE");
    }

    @Test
    void aThingsParticipleNamesNoTarget() {
        ConlluFixture f = parse("kenya-sent-a-plane-carrying-doctors");
        assertThat(f.targets(f.finder(Set.of("send")), "sent", "070")).isEmpty();
    }
}
