package dateline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dateline.article.Agencies;
import dateline.article.ArticleOptions;
import dateline.article.TextArticles;
import dateline.pipeline.CodedArticle;
import dateline.pipeline.Knowledge;
import dateline.pipeline.Pipeline;
import dateline.testing.Seed;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
 * The fresh event table ({@code team-events-2.tsv}, issue 15, seventh round): 193 sentences written from the CAMEO
 * codebook before the coder was run on them, to estimate sentences no one tuned to; and its negatives
 * ({@code team-events-2-negatives.txt}), sentences that must give no event (negated, conditional, not yet done).
 * Each row is one invocation; after the last, the share of rows whose required event is coded with the exact code
 * and both whole actor codes must reach {@link #MIN_PASS_RATE}, and the share of negatives coded with no event
 * {@link #MIN_NEGATIVE_RATE}. The failure message lists every row that did not pass.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FreshEventTableTest {
    /**
     * The ratchet, just below the measured rate: on 2026-12-06 the coder of main aab10f5 passed 93 of 193 rows
     * (48.2 %) when the table was first run; with the seventh round's codebook rows (branch fresh) 109 of 193
     * (56.5 %). Raise it when the coder improves, never lower it; never tune a rule to one row of this table.
     */
    static final double MIN_PASS_RATE = 0.56;
    /** Negatives coded with no event: 18 of 20 on main aab10f5, 19 of 20 with the "no" determiner rule. */
    static final double MIN_NEGATIVE_RATE = 0.95;

    private static final String TABLE = "team-events-2.tsv";
    private static final String NEGATIVES = "team-events-2-negatives.txt";

    private GoldSet table;
    private Pipeline pipeline;
    private final Map<String, String> failures = new ConcurrentSkipListMap<>();
    private final Map<String, Boolean> passed = new ConcurrentSkipListMap<>();
    private final Map<String, Boolean> negativesPassed = new ConcurrentSkipListMap<>();

    @BeforeAll
    void load() throws Exception {
        table = GoldFiles.bundled().read(Path.of(TABLE), resource(TABLE),
                new GoldOptions(null, null, List.of(), LocalDate.of(2026, 12, 6)));
        assertThat(table.format()).isEqualTo(GoldFormat.EVENT_TABLE);
        assertThat(table.notes()).as("rows the reader skipped").isEmpty();
        assertThat(table.documents()).hasSizeGreaterThanOrEqualTo(120);
        pipeline = new Pipeline(Seed.annotator(), Knowledge.bundled());
    }

    Stream<Arguments> rows() {
        return table.documents().stream().map(d -> Arguments.of(d.id(), d));
    }

    Stream<Arguments> negatives() throws Exception {
        List<Arguments> out = new ArrayList<>();
        for (String line : resource(NEGATIVES).split("\r?\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", 2);
            out.add(Arguments.of(cells[1].strip(), LocalDate.parse(cells[0].strip())));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void row(String id, GoldDocument row) {
        String failure = TeamEventTableTest.failureOf(pipeline, row);
        passed.put(row.id(), failure == null);
        if (failure != null) {
            failures.put(row.id(), failure);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("negatives")
    void negative(String sentence, LocalDate date) throws Exception {
        CodedArticle coded = pipeline.code(new TextArticles(Agencies.bundled()).read(NEGATIVES, sentence,
                new ArticleOptions(date, LocalDate.of(2026, 12, 6))));
        assertThat(coded.annotation().sentences()).as("one sentence: %s", sentence).hasSize(1);
        boolean none = coded.events().isEmpty();
        negativesPassed.put(sentence, none);
        if (!none) {
            failures.put("~" + sentence, "  negative \"" + sentence + "\": coded " + coded.events().stream()
                    .map(TeamEventTableTest::event).collect(Collectors.joining(", ")));
        }
    }

    @AfterAll
    void passRatesReachTheRatchets() {
        if (passed.size() < table.documents().size() || negativesPassed.size() < 20) {
            return; // a filtered run (one row from the IDE): the rates mean nothing
        }
        String failing = String.join("\n", failures.values());
        long ok = passed.values().stream().filter(p -> p).count();
        double rate = (double) ok / passed.size();
        assertThat(rate).as("%d of %d rows pass (%.1f %%), below the ratchet %.2f; failures:%n%s", ok,
                passed.size(), 100 * rate, MIN_PASS_RATE, failing).isGreaterThanOrEqualTo(MIN_PASS_RATE);
        long none = negativesPassed.values().stream().filter(p -> p).count();
        double negRate = (double) none / negativesPassed.size();
        assertThat(negRate).as("%d of %d negatives give no event, below %.2f; failures:%n%s", none,
                negativesPassed.size(), MIN_NEGATIVE_RATE, failing).isGreaterThanOrEqualTo(MIN_NEGATIVE_RATE);
    }

    private static String resource(String name) throws Exception {
        try (InputStream in = FreshEventTableTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
