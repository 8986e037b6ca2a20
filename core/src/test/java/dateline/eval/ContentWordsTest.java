package dateline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContentWordsTest {
    private final ContentWords words = ContentWords.bundled();

    @Test
    void mentionsAgreeOnAContentWordNotOnAFunctionWord() {
        assertThat(words.of("Sri Lanka 's")).containsExactly("sri", "lanka");
        assertThat(words.agree(List.of("the Sri Lankan army"), List.of("Sri Lanka 's"))).isTrue();
        assertThat(words.agree(List.of("the army"), List.of("the rebels", "of the north"))).isFalse();
        assertThat(words.agree(List.of("he", "President Lula"), List.of("Brazil 's Lula"))).isTrue();
        assertThat(words.agree(List.of(), List.of("Brazil"))).isFalse();
        assertThat(words.of("Côte d'Ivoire")).containsExactly("côte", "d", "ivoire");
    }
}
