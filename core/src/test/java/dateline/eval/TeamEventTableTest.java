package dateline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dateline.actor.Actor;
import dateline.event.Event;
import dateline.pipeline.CodedArticle;
import dateline.pipeline.Knowledge;
import dateline.pipeline.Pipeline;
import dateline.testing.Seed;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The team-written event table ({@code team-events.tsv}, at least one sentence per three-digit CAMEO code) through
 * the whole pipeline, read and scored as {@code dateline eval} does. Each row is one invocation, which checks that
 * the row is one sentence and records whether the coder gave its event with the exact code and both whole actor
 * codes ({@link Level#CODE_ACTORS}); after the last row the pass rate must reach {@link #MIN_PASS_RATE}, and the
 * failure message lists every row that did not pass.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamEventTableTest {
    /**
     * The ratchet: the share of rows that must pass (exact code and both actors). Measured on 2026-12-06, before
     * the issue 15 coder work: 50 of 204 rows (24.5 %); after it (frames, roots without a target, codebook
     * coverage): 75 of 204 (36.8 %); after argument finding as a stage and the news verb senses: 79 of 204
     * (38.7 %); with what a frame is about choosing its sub-code (frames.tsv topics): 96 of 204 (47.1 %); with the
     * codebook's sub-codes and verbs, the place of violence, and three rows corrected to the codebook (issue 15,
     * third round, docs/evaluation.md): 145 of 205 (70.7 %); with the party of what an act is about, third-place
     * meetings, attempted assassinations, blocked documents and the fourth round's codebook rows (issue 15, fourth
     * round): 181 of 205 (88.3 %). Raise it to the measured rate whenever the coder
     * improves, never lower it; the goal is 0.90. This test passes a row when its required event is
     * coded with the exact code and both actors, whatever else the sentence gives; by that count the fourth
     * round's end was 188 of 205, and with signing coded 057 whatever the agreement is about (fifth round,
     * team3) 189 of 205 (92.2 %). `dateline eval` also counts sentences coded entirely right ("exact"): 188 of
     * 205 with the table's optional {@code also} events.
     */
    static final double MIN_PASS_RATE = 0.92;

    private static final String TABLE = "team-events.tsv";

    private GoldSet table;
    private Pipeline pipeline;
    private final Map<String, String> failures = new ConcurrentSkipListMap<>();
    private final Map<String, Boolean> passed = new ConcurrentSkipListMap<>();

    @BeforeAll
    void load() throws Exception {
        String content;
        try (InputStream in = TeamEventTableTest.class.getResourceAsStream(TABLE)) {
            content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        table = GoldFiles.bundled().read(Path.of(TABLE), content,
                new GoldOptions(null, null, List.of(), LocalDate.of(2026, 12, 6)));
        assertThat(table.format()).isEqualTo(GoldFormat.EVENT_TABLE);
        assertThat(table.notes()).as("rows the reader skipped").isEmpty();
        pipeline = new Pipeline(Seed.annotator(), Knowledge.bundled());
    }

    Stream<Arguments> rows() {
        return table.documents().stream().map(d -> Arguments.of(d.id(), d));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void row(String id, GoldDocument row) {
        String failure = failureOf(pipeline, row);
        passed.put(row.id(), failure == null);
        if (failure != null) {
            failures.put(row.id(), failure);
        }
    }

    @AfterAll
    void passRateReachesTheRatchet() {
        if (passed.size() < table.documents().size()) {
            return; // a filtered run (one row from the IDE): the rate means nothing
        }
        long ok = passed.values().stream().filter(p -> p).count();
        double rate = (double) ok / passed.size();
        assertThat(rate).as("%d of %d rows pass (%.1f %%), below the ratchet %.2f; rows that fail:%n%s", ok,
                passed.size(), 100 * rate, MIN_PASS_RATE,
                failures.values().stream().collect(Collectors.joining("\n"))).isGreaterThanOrEqualTo(MIN_PASS_RATE);
    }

    /**
     * Codes one table row (one sentence): null when its required event has the exact code and both actors, else the
     * row's failure message (shared with FreshEventTableTest).
     */
    static String failureOf(Pipeline pipeline, GoldDocument row) {
        CodedArticle coded = pipeline.code(row.article());
        assertThat(coded.annotation().sentences()).as("%s must be one sentence", row.id()).hasSize(1);
        List<SentenceCase> cases = Evaluator.cases(row, coded);
        assertThat(cases).hasSize(1);
        SentenceResult result = new Scorer(Scheme.CAMEO).add(cases.get(0));
        return result.at(Level.CODE_ACTORS).gold().get(0) >= 0 ? null : describe(cases.get(0));
    }

    /** One failing row for a test's message: what the row expects and what was coded (shared with FreshEventTableTest). */
    static String describe(SentenceCase c) {
        GoldEvent g = c.gold().get(0);
        String coded = c.predicted().isEmpty() ? "nothing" : c.predicted().stream()
                .map(TeamEventTableTest::event).collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "  %s \"%s\": expected %s %s>%s, coded %s", c.id(), c.label(), g.primary(),
                g.sourceCode(), g.targetCode(), coded);
    }

    static String event(Event e) {
        return e.code() + " " + code(e.source()) + ">" + code(e.target());
    }

    private static String code(Actor a) {
        return a == null ? "---" : a.code();
    }
}
