package dateline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dateline.actor.Actor;
import dateline.actor.ActorMentions;
import dateline.actor.DateBasis;
import dateline.article.Article;
import dateline.article.Span;
import dateline.cameo.Codebook;
import dateline.event.Event;
import dateline.nlp.AnnotatedArticle;
import dateline.pipeline.CodedArticle;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PentaClass reader and evaluator over a hand-written fixture, with a stand-in coder instead of the pipeline. */
class PentaEvaluatorTest {
    @TempDir
    Path dir;

    private Path file;

    @BeforeEach
    void copy() throws Exception {
        try (InputStream in = PentaEvaluatorTest.class.getResourceAsStream("penta-sample.jsonl")) {
            file = dir.resolve("penta-sample.jsonl");
            Files.write(file, in.readAllBytes());
        }
    }

    private static GoldOptions options() {
        return new GoldOptions(null, null, List.of(), LocalDate.of(2026, 1, 1));
    }

    private PentaSet read() throws GoldReadException {
        return (PentaSet) GoldFiles.bundled().readAny(file, options());
    }

    private static Actor actor(Article a, String code, String text) {
        int at = a.text().indexOf(text);
        assertThat(at).as(text).isNotNegative();
        return new Actor(code, text, Actor.countryOf(code), null, new Span(at, at + text.length()), 0, 0, 1, "test",
                "name", DateBasis.UNDATED, null);
    }

    private static Event event(Article a, String code, Actor source, Actor target, Set<Event.Flag> flags) {
        return new Event(0, source, target, code, code.substring(0, 2), 1, 0, null, null, flags, true,
                source.span(), new Span(0, a.text().length()), "test", null);
    }

    /** What a coder might do with each fixture sentence: right, wrong class, wrong source, negated, nothing. */
    private static CodedArticle code(Article a) {
        String t = a.text();
        List<Event> events = new ArrayList<>();
        if (t.startsWith("The Kenyan")) {
            events.add(event(a, "051", actor(a, "KENGOV", "Kenyan foreign minister"), actor(a, "UGA", "Uganda"),
                    Set.of()));
        } else if (t.startsWith("Turkish")) {
            Actor kurds = actor(a, "KURREB", "Kurdish");
            events.add(event(a, "042", kurds, actor(a, "TUR", "Turkish"), Set.of()));
            events.add(event(a, "190", kurds, actor(a, "TURMIL", "Turkish troops"), Set.of()));
        } else if (t.startsWith("Chile")) {
            events.add(event(a, "043", actor(a, "CHL", "Chile"), actor(a, "HTI", "Haiti"), Set.of()));
        } else if (t.startsWith("Officials")) {
            events.add(event(a, "020", actor(a, "KOR", "Seoul"), actor(a, "PRK", "Pyongyang"),
                    Set.of(Event.Flag.NEGATED)));
        } else if (t.startsWith("Peru")) {
            events.add(event(a, "112", actor(a, "PER", "Peru"), actor(a, "BOL", "Bolivia"), Set.of()));
        }
        return new CodedArticle(new AnnotatedArticle(a, List.of(), List.of(), List.of()), new ActorMentions(List.of()),
                List.of(), events, List.of(), null, List.of());
    }

    @Test
    void readsRecordsByContentAndSkipsBadLinesWithANote() throws Exception {
        PentaSet set = read();
        assertThat(set.sentences()).extracting(PentaSentence::id).containsExactly("p1", "p2", "p3", "p4", "p5");
        assertThat(set.sentences().get(0).sources()).containsExactly("The Kenyan foreign minister");
        assertThat(set.sentences().get(2).sourceSpans()).isEmpty();
        assertThat(set.sentences().get(4).sourceSpans()).containsExactly("Peru 's president");
        assertThat(set.sentences()).allSatisfy(s -> assertThat(s.article().date()).isNull());
        assertThat(set.notes()).hasSize(3);
        assertThat(set.notes().get(0)).startsWith("p6: ").contains("0 to 4");
        assertThat(set.notes().get(1)).startsWith("line 8: invalid JSON");
        assertThat(set.notes().get(2)).isEqualTo("p8: no text, skipped");
        assertThatThrownBy(() -> GoldFiles.bundled().read(file, options()))
                .isInstanceOf(GoldReadException.class).hasMessageContaining("PentaClass");
    }

    @Test
    void aFileWithNoUsableRecordIsOneError() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.jsonl"), "{\"id\": \"x\", \"text\": \"A.\", \"penta\": \"four\"}\n");
        assertThatThrownBy(() -> GoldFiles.bundled().readAny(bad, options()))
                .isInstanceOf(GoldReadException.class)
                .hasMessageStartingWith(bad + ": no PentaClass record could be read");
    }

    @Test
    void scoresDetectionClassPrecisionSourcesAndConfusion() throws Exception {
        PentaReport r = new PentaEvaluator(PentaEvaluatorTest::code, Codebook.bundled()).evaluate(read());
        // p4's only event is negated: not scored, so p4 has no event.
        assertThat(r.detected()).isEqualTo(new PentaReport.Count(4, 5));
        assertThat(r.classRight()).isEqualTo(new PentaReport.Count(3, 5));
        assertThat(r.precision()).isEqualTo(new PentaReport.Count(3, 5));
        assertThat(r.negated()).isEqualTo(1);
        // Spans on p1, p2, p4, p5 (p5's as a joint actor); p2's right-class event has the Kurds as source.
        assertThat(r.sourceRight()).isEqualTo(new PentaReport.Count(2, 4));
        assertThat(r.results()).extracting(PentaResult::sourceRight).containsExactly(true, false, null, false, true);
        assertThat(r.precision(1)).isEqualTo(new PentaReport.Count(1, 3));
        assertThat(r.precision(4)).isEqualTo(new PentaReport.Count(1, 1));
        assertThat(r.precision(0).share()).isNaN();
        assertThat(r.classRight(2)).isEqualTo(new PentaReport.Count(0, 1));
        int[][] m = r.confusion();
        assertThat(m[1][1]).isEqualTo(1);
        assertThat(m[4][4]).as("a sentence with an event of the gold class is on the diagonal").isEqualTo(1);
        assertThat(m[2][1]).isEqualTo(1);
        assertThat(m[0][PentaResult.NONE]).isEqualTo(1);
        assertThat(m[3][3]).isEqualTo(1);
        assertThat(java.util.Arrays.stream(m).flatMapToInt(java.util.Arrays::stream).sum()).isEqualTo(5);
    }

    @Test
    void aFailingCoderCountsAsCodingNothing() throws Exception {
        PentaReport r = new PentaEvaluator(a -> {
            throw new IllegalStateException("boom");
        }, Codebook.bundled()).evaluate(read());
        assertThat(r.detected().count()).isZero();
        assertThat(r.failures()).hasSize(5).allSatisfy(f -> assertThat(f).contains("boom"));
        assertThat(r.confusion()[4][PentaResult.NONE]).isEqualTo(1);
    }

    @Test
    void textJsonAndDetailsCarryTheFigures() throws Exception {
        PentaReport r = new PentaEvaluator(PentaEvaluatorTest::code, Codebook.bundled()).evaluate(read());
        StringWriter w = new StringWriter();
        PentaReportText.print(r, new PrintWriter(w));
        assertThat(w.toString())
                .containsPattern("sentences with an event \\(detected\\)\\s+4 /\\s+5\\s+80\\.0 %")
                .containsPattern("source span agreement .*\\s+2 /\\s+4\\s+50\\.0 %")
                .containsPattern("\\n2\\s+0\\s+1\\s+0\\s+0\\s+0\\s+0\\n")
                .contains("note: p6");
        Map<String, Object> json = PentaReportJson.tree(r);
        assertThat(json).containsEntry("format", "PENTA_JSONL").containsEntry("negatedEvents", 1L);
        assertThat(json.get("precision")).isEqualTo(Map.of("count", 3L, "of", 5L, "share", 0.6));
        List<Map<String, Object>> details = PentaReportJson.details(r);
        assertThat(details).hasSize(5);
        Map<String, Object> p2 = details.get(1);
        assertThat(p2).containsEntry("id", "p2").containsEntry("penta", 4).containsEntry("classRight", true)
                .containsEntry("sourceRight", false);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> coded = (List<Map<String, Object>>) p2.get("coded");
        assertThat(coded).extracting(c -> c.get("code")).containsExactly("042", "190");
        assertThat(coded.get(1)).containsEntry("source", "KURREB").containsEntry("sourceText", "Kurdish")
                .containsEntry("targetText", "Turkish troops").containsEntry("rule", "test").containsEntry("penta", 4);
    }
}
