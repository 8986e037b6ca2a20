package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dateline.actor.Actor;
import org.junit.jupiter.api.Test;

/** The test fixture's loader finds a parse by its sent_id and says which file and name it could not find. */
class ConlluFixtureTest {
    @Test
    void loadsTheBlockNamedBySentIdWithItsActorsAndCoordination() {
        ConlluFixture f = ConlluFixture.load("argument-finder.conllu", "chile-and-argentina-signed-accord");
        assertThat(f.article().article().text()).isEqualTo("Chile and Argentina signed a fishing accord .");
        assertThat(f.actors().actors()).extracting(Actor::code).containsExactly("CHL", "ARG");
        assertThat(f.actors().compounds()).singleElement()
                .satisfies(c -> assertThat(c.members()).extracting(Actor::code).containsExactly("CHL", "ARG"));
        // The neighbouring blocks are not read into it.
        assertThat(f.article().sentences().get(0).tokens()).hasSize(8);
    }

    @Test
    void aMissingSentIdIsAnErrorNamingFileAndSentId() {
        assertThatThrownBy(() -> ConlluFixture.load("argument-finder.conllu", "no-such-sentence"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("argument-finder.conllu").hasMessageContaining("no-such-sentence");
    }

    @Test
    void aMissingFileIsAnErrorNamingIt() {
        assertThatThrownBy(() -> ConlluFixture.load("no-such-file.conllu", "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-file.conllu");
    }
}
