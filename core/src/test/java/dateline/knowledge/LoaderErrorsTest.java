package dateline.knowledge;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dateline.actor.ActorDictionary;
import dateline.actor.DictionaryFormatException;
import org.junit.jupiter.api.Test;

/** A malformed line in a knowledge file is reported as file:line by the loaders that read through TableFile. */
class LoaderErrorsTest {

    @Test
    void aDictionaryLineWithABadCodeNamesFileAndLine() {
        assertThatThrownBy(() -> ActorDictionary.parse("mine.actors.tsv", "# mine\nIran\tIRN\nIraq\tiraq-code\n"))
                .isInstanceOf(DictionaryFormatException.class)
                .isInstanceOf(TableFileException.class)
                .hasMessage("mine.actors.tsv:3: bad code 'iraq-code'");
    }
}
