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
import org.junit.jupiter.api.Test;
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

    private static AnnotatedArticle annotate(String text, LocalDate published) {
        Article a = new Article(Article.idOf("event-dates-test", text), "event-dates-test", null, null, null, null,
                null, published, null, text, List.of(), List.of(), "en", List.of());
        return Seed.annotator().annotate(a);
    }

    @Test
    void oddDateExpressionsDateNothingLaterThanPublicationAndNeverThrow() {
        LocalDate published = LocalDate.of(2020, 11, 29);
        String text = "Rebels attacked the town on Feb. 30. Troops shelled it on 31/02/2020. Police arrested him in 1066. "
                + "They met at 25:99 on Saturday. 🙂 Officials said on Sunday-Monday ... that 2021 talks resume. "
                + "Protesters marched in '98 and again on the 45th of Smarch.";
        AnnotatedArticle a = annotate(text, published);
        for (Sentence s : a.sentences()) {
            for (dateline.nlp.Token t : s.tokens()) {
                EventDate d = dater.dateOf(a, s.index(), t.span());
                if (d.end() != null) {
                    assertThat(d.end()).as("%s in %s", t.word(), a.article().slice(s.span()))
                            .isBeforeOrEqualTo(published);
                }
                if (d.evidence() != null) {
                    assertThat(s.span().contains(d.evidence())).isTrue();
                }
            }
        }
    }

    @Test
    void datingIsTheSameOnFourThreadsAsOnOne() throws Exception {
        List<Row> rows = rows();
        List<AnnotatedArticle> articles = rows.stream().map(r -> annotate(r.sentence(), r.published())).toList();
        List<String> sequential = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            sequential.add(dateOfRow(articles.get(i), rows.get(i)).toString());
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<String>> futures = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (int i = 0; i < rows.size(); i++) {
                    int k = i;
                    futures.add(pool.submit(() -> dateOfRow(articles.get(k), rows.get(k)).toString()));
                }
            }
            for (int f = 0; f < futures.size(); f++) {
                assertThat(futures.get(f).get()).isEqualTo(sequential.get(f % rows.size()));
            }
        } finally {
            pool.shutdown();
        }
    }

    private static EventDate dateOfRow(AnnotatedArticle a, Row row) {
        Matcher m = Pattern.compile("\\b" + Pattern.quote(row.trigger()) + "\\b").matcher(row.sentence());
        m.find();
        Span trigger = new Span(m.start(), m.end());
        Sentence s = a.sentences().stream().filter(x -> x.span().contains(trigger)).findFirst().orElseThrow();
        return dater.dateOf(a, s.index(), trigger);
    }
}
