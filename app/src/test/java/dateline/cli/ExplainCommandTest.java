package dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code dateline explain} on the seed: the parse plan of the coding, and one sentence in detail. */
class ExplainCommandTest {
    private static final Pattern DECISION = Pattern.compile("(?m)^\\[(\\d+)] (parsed|not parsed): (.+)$");

    @Test
    void listsEverySentenceWithWhyItWasOrWasNotParsed() {
        AnnotateCommandTest.Result r = AnnotateCommandTest.run("explain", AnnotateCommandTest.example().toString(),
                "--date", "2020-11-28");
        assertThat(r.code()).as(r.err()).isZero();
        Matcher m = DECISION.matcher(r.out());
        int n = 0;
        int parsed = 0;
        while (m.find()) {
            assertThat(Integer.parseInt(m.group(1))).isEqualTo(n++);
            parsed += m.group(2).equals("parsed") ? 1 : 0;
        }
        // The seed has ten sentences; the one that is only a stray quote mark has no trigger word.
        assertThat(n).isEqualTo(10);
        assertThat(r.out()).contains("9 of 10 sentences parsed")
                .contains("[3] not parsed: no trigger word of any event pattern or frame verb")
                .contains("[1] parsed: a trigger word and a resolved actor that can be the source (IRNGOV \"Hassan Rouhani\")");
        assertThat(parsed).isEqualTo(9);
    }

    @Test
    void explainsOneSentenceOfTheCodingWithItsParseDecision() {
        AnnotateCommandTest.Result r = AnnotateCommandTest.run("explain", AnnotateCommandTest.example().toString(),
                "--date", "2020-11-28", "--sentence", "1");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).contains("parsed: a trigger word and a resolved actor that can be the source (IRNGOV \"Hassan Rouhani\")");
        assertThat(r.out()).contains("events:").containsPattern("(?m)^  04\\d+\\s+IRNGOV -> IRQGOV");
    }

    @Test
    void aSentenceOutOfRangeIsAClearError() {
        AnnotateCommandTest.Result r = AnnotateCommandTest.run("explain", AnnotateCommandTest.example().toString(),
                "--date", "2020-11-28", "--sentence", "10");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("--sentence 10 is out of range").contains("it has 10 sentences").doesNotContain("Exception");
    }
}
