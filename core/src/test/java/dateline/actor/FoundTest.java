package dateline.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FoundTest {

    @Test
    void rulesAreWrittenAsBeforeAndReadBack() {
        assertThat(Found.PRONOUN.label()).isEqualTo("pronoun");
        assertThat(Found.TITLE_NAME.with("titled earlier")).isEqualTo("title+name, titled earlier");
        assertThat(Found.of("title+name, the dateline's country")).isEqualTo(Found.TITLE_NAME);
        assertThat(Found.of("name, namesake fitting the context")).isEqualTo(Found.NAME);
        assertThat(Found.of("agent+country")).isEqualTo(Found.AGENT_COUNTRY);
        for (Found f : Found.values()) {
            assertThat(Found.of(f.label())).isEqualTo(f);
        }
    }

    @Test
    void anUnknownRuleIsAnError() {
        assertThatThrownBy(() -> Found.of("guess")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown actor rule 'guess'");
    }
}
