package dateline.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScriptsTest {
    /** The last text is English with a Persian word in it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Iran and Iraq agreed to talk on Saturday. | en
            قال الرئيس إن المحادثات كانت مثمرة | ar
            رئیس جمهور گفت که ایران با هرگونه دخالت خارجی مخالف است | fa
            伊朗总统与伊拉克总理通了电话 | zh
            Президент заявил о поддержке | ru
            Tehran said \u0627\u06CC\u0631\u0627\u0646 on Saturday in English. | en
            """)
    void guessesTheScriptOfTheText(String text, String language) {
        assertThat(Scripts.guessLanguage(text)).isEqualTo(language);
    }
}
