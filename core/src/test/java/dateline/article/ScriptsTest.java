package dateline.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptsTest {
    @Test
    void guessesTheScriptOfTheText() {
        assertThat(Scripts.guessLanguage("Iran and Iraq agreed to talk on Saturday.")).isEqualTo("en");
        assertThat(Scripts.guessLanguage("قال الرئيس إن المحادثات كانت مثمرة")).isEqualTo("ar");
        assertThat(Scripts.guessLanguage("رئیس جمهور گفت که ایران با هرگونه دخالت خارجی مخالف است")).isEqualTo("fa");
        assertThat(Scripts.guessLanguage("伊朗总统与伊拉克总理通了电话")).isEqualTo("zh");
        assertThat(Scripts.guessLanguage("Президент заявил о поддержке")).isEqualTo("ru");
        assertThat(Scripts.guessLanguage("Tehran said \u0627\u06CC\u0631\u0627\u0646 on Saturday in English.")).isEqualTo("en");
    }
}
