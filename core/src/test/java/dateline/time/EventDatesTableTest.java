package dateline.time;

import static org.assertj.core.api.Assertions.assertThat;

import dateline.article.Article;
import dateline.article.Span;
import dateline.nlp.AnnotatedArticle;
import dateline.nlp.Sentence;
import dateline.testing.Seed;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table of team-written sentences ({@code event-dates.tsv}): each sentence is annotated and parsed as an article
 * of its own publication date, and the event at the given trigger word must get the expected date or range, basis
 * and evidence. The trigger is given rather than coded so the table tests dating, not the coder's patterns.
 */
class EventDatesTableTest {
    private static EventDater dater;

    record Row(int line, LocalDate published, String trigger, String expected, EventDate.Basis basis, String evidence,
            String sentence) {
        @Override
        public String toString() {
            return "line " + line + ": " + trigger + " in \"" + sentence + "\" (" + published + ")";
        }
    }

    @BeforeAll
    static void load() {
        dater = EventDater.bundled();
    }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                EventDatesTableTest.class.getResourceAsStream("/dateline/time/event-dates.tsv"), StandardCharsets.UTF_8))) {
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                rows.add(new Row(n, LocalDate.parse(f[0]), f[1], f[2], EventDate.Basis.valueOf(f[3]), f[4], f[5]));
            }
        }
        return rows;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void eventIsDatedAsWritten(Row row) {
        Article a = new Article(Article.idOf("event-dates.tsv", row.sentence()), "event-dates.tsv", null, null, null,
                null, null, row.published(), null, row.sentence(), List.of(), List.of(), "en", List.of());
        AnnotatedArticle annotated = Seed.annotator().annotate(a);
        Matcher m = Pattern.compile("\\b" + Pattern.quote(row.trigger()) + "\\b").matcher(row.sentence());
        assertThat(m.find()).as("trigger in sentence").isTrue();
        Span trigger = new Span(m.start(), m.end());
        Sentence s = annotated.sentences().stream().filter(x -> x.span().contains(trigger)).findFirst().orElseThrow();

        EventDate date = dater.dateOf(annotated, s.index(), trigger);

        assertThat(date.iso()).as("date").isEqualTo(row.expected());
        assertThat(date.basis()).as("basis").isEqualTo(row.basis());
        assertThat(date.text()).as("evidence").isEqualTo(row.evidence().equals("-") ? null : row.evidence());
        if (date.evidence() != null) {
            assertThat(date.evidence().slice(row.sentence())).isEqualTo(date.text());
        }
        assertThat(date.end()).as("never after publication").isBeforeOrEqualTo(row.published());
    }
}
