package dateline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dateline.ingest.IngestSummary;
import dateline.ingest.Ingester;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Queries while an ingest writes, in one process: reader threads, each on its own {@link Store#reader()}, query
 * through the store's API ({@link EventQueries} events and SQL, {@link StoreSnapshot}) while the {@link Ingester}
 * stores small batches. Every observation must be a committed state: each visible article has all its rows and
 * exactly the mentions it has once the ingest is over, event counts agree with the visible mentions, counts never
 * go down, and search hits are stored articles. A reader cannot write.
 */
class ConcurrentReadsTest {
    static final int ARTICLES = 60;

    @TempDir
    Path dir;

    private static final Ingester.Progress QUIET = new Ingester.Progress() {
        @Override
        public void total(long n) {
        }

        @Override
        public void step() {
        }
    };

    @Test
    void readersSeeOnlyWholeBatchesWhileIngestWrites() throws Exception {
        List<String> corpus = TemplateCorpus.write(dir.resolve("corpus"), ARTICLES, 10).stream()
                .map(Path::toString).toList();
        // The complete store, for what each article must look like when visible.
        StoreSnapshot expected;
        try (Store st = Store.open(dir.resolve("expected"))) {
            new Ingester(st, () -> TemplateCorpus.coder(0), new Ingester.Options(1, 50, null, false))
                    .run(corpus, QUIET);
            expected = StoreSnapshot.of(st.connection());
        }
        assertThat(expected.articleIds()).hasSize(ARTICLES);

        try (Store st = Store.open(dir.resolve("live"))) {
            AtomicBoolean writing = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            Future<IngestSummary> ingest = pool.submit(() -> {
                try {
                    return new Ingester(st, () -> TemplateCorpus.coder(15), new Ingester.Options(2, 3, null, false))
                            .run(corpus, QUIET);
                } finally {
                    writing.set(false);
                }
            });
            List<Integer> partial = Collections.synchronizedList(new ArrayList<>());
            List<Future<Integer>> readers = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                readers.add(pool.submit(() -> read(st, expected, writing, partial)));
            }
            IngestSummary s = ingest.get(120, TimeUnit.SECONDS);
            assertThat(s.stored()).isEqualTo(ARTICLES);
            int observations = 0;
            for (Future<Integer> f : readers) {
                observations += f.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();
            assertThat(partial).as("observations of a store part-way through the ingest").isNotEmpty();
            System.out.println("concurrent reads: " + observations + " observations during the ingest, "
                    + partial.size() + " of a partial store");
            try (Store reader = st.reader()) {
                assertThat(StoreSnapshot.of(reader.connection())).isEqualTo(StoreSnapshot.of(st.connection()));
            }
        }
    }

    /** One reader thread: observes the store until the ingest ends (and once more after). */
    private static int read(Store st, StoreSnapshot expected, AtomicBoolean writing, List<Integer> partial)
            throws SQLException {
        int n = 0;
        int lastArticles = 0;
        long lastMentions = 0;
        try (Store reader = st.reader()) {
            Connection c = reader.connection();
            EventQueries q = new EventQueries(reader);
            boolean more = true;
            while (more) {
                more = writing.get();
                StoreSnapshot now = StoreSnapshot.of(c);
                for (String id : now.articleIds()) {
                    assertThat(now.mentions().get(id)).as("mentions of " + id).isEqualTo(expected.mentions().get(id));
                    assertThat(now.rowCounts().get(id)).as("rows of " + id).isEqualTo(expected.rowCounts().get(id));
                }
                assertThat(StoreSnapshot.violations(c)).isEmpty();
                int articles = now.articleIds().size();
                long mentions = now.mentions().values().stream().mapToLong(java.util.Set::size).sum();
                assertThat(articles).isGreaterThanOrEqualTo(lastArticles);
                assertThat(mentions).isGreaterThanOrEqualTo(lastMentions);
                if (articles > 0 && articles < ARTICLES) {
                    partial.add(articles);
                }
                lastArticles = articles;
                lastMentions = mentions;

                Table events = q.events(EventFilter.all(1000));
                int numMentions = events.columns().indexOf("num_mentions");
                assertThat(events.rows()).allMatch(r -> ((Number) r.get(numMentions)).intValue() > 0);
                Table count = q.sql("SELECT count(*) FROM articles");
                assertThat(((Number) count.rows().get(0).get(0)).intValue()).isGreaterThanOrEqualTo(articles);
                if (java.nio.file.Files.isDirectory(st.indexDirectory())) { // the ingest creates it when it starts
                    for (SearchIndex.Hit h : SearchIndex.search(st.indexDirectory(), "government", null, null, 100)) {
                        assertThat(expected.articleIds()).contains(h.articleId());
                    }
                }
                n++;
            }
            assertThatThrownBy(() -> q.sql("DELETE FROM articles")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("only queries");
            assertThat(StoreSnapshot.of(c).articleIds()).hasSize(ARTICLES);
        }
        return n;
    }
}
