package dateline.server;

import static org.assertj.core.api.Assertions.assertThat;

import dateline.article.Article;
import dateline.pipeline.CodedArticle;
import dateline.store.EventFilter;
import dateline.store.EventQueries;
import dateline.store.SearchIndex;
import dateline.store.Store;
import dateline.store.Table;
import dateline.store.Written;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's store access under concurrent reads and writes (modelled on the store's ConcurrentReadsTest): reader
 * threads query through {@link StoreAccess#read} and {@link StoreAccess#search} while a writer stores batches of
 * several articles. Every read must see whole batches only, one committed state for all its statements, counts that
 * never go down, and search hits that are stored articles. A read held open must not stop a write or another read.
 */
class ConcurrentServerReadsTest {
    static final int BATCHES = 30;
    static final int PER_BATCH = 4;
    /** Events (and mentions) the scripted coder finds in each article below. */
    static final int EVENTS_PER_ARTICLE = 2;

    @TempDir
    Path dir;

    private final ScriptedCoder coder = new ScriptedCoder();

    /** Article n: written for this test; short (no near-duplicate matching) and distinct by its number words. */
    private CodedArticle article(int n) {
        String text = "Dispatch " + words(n) + ". France praised Germany in Paris. Iran criticized Iraq in Baghdad.";
        String source = "test-" + n;
        Article a = new Article(Article.idOf(source, text), source, null, null, null, null, null,
                LocalDate.of(2024, 1, 1).plusDays(n), "Dispatch " + n, text, List.of(), List.of(), "en", List.of());
        return coder.code(a);
    }

    private static String words(int n) {
        String[] digits = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
        StringBuilder b = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            b.append(b.length() == 0 ? "" : " ").append(digits[c - '0']);
        }
        return b.toString();
    }

    private List<CodedArticle> batch(int b) {
        List<CodedArticle> out = new ArrayList<>();
        for (int i = 0; i < PER_BATCH; i++) {
            out.add(article(b * PER_BATCH + i));
        }
        return out;
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** What one read saw; {@code commitsDuring} is how many batches the writer committed while it ran. */
    record Observation(long articles, long mentions, long articlesAgain, long mentionsAgain, long eventMentions,
            Map<String, Long> mentionsByArticle, int commitsDuring) {
    }

    private static Observation observe(StoreAccess access, AtomicInteger committed) {
        int before = committed.get();
        Observation o = access.read(s -> {
            Connection c = s.connection();
            long articles = count(c, "SELECT count(*) FROM articles");
            long mentions = count(c, "SELECT count(*) FROM mentions");
            Map<String, Long> byArticle = new HashMap<>();
            try (Statement st = c.createStatement();
                    ResultSet r = st.executeQuery("SELECT article_id, count(*) FROM mentions GROUP BY 1")) {
                while (r.next()) {
                    byArticle.put(r.getString(1), r.getLong(2));
                }
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(3)); // let the writer commit meanwhile
            Table events = new EventQueries(s).events(EventFilter.all(10_000));
            int n = events.columns().indexOf("num_mentions");
            long eventMentions = events.rows().stream().mapToLong(r -> ((Number) r.get(n)).longValue()).sum();
            return new Observation(articles, mentions, count(c, "SELECT count(*) FROM articles"),
                    count(c, "SELECT count(*) FROM mentions"), eventMentions, byArticle, 0);
        });
        return new Observation(o.articles(), o.mentions(), o.articlesAgain(), o.mentionsAgain(), o.eventMentions(),
                o.mentionsByArticle(), committed.get() - before);
    }

    @Test
    void readsSeeWholeBatchesInOneSnapshotWhileWritesCommit() throws Exception {
        try (StoreAccess access = StoreAccess.readWrite(Store.open(dir.resolve("store")))) {
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicInteger committed = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            Future<?> writer = pool.submit(() -> {
                try {
                    for (int b = 0; b < BATCHES; b++) {
                        for (Written w : access.write(batch(b))) {
                            assertThat(w.status()).as(w.articleId()).isEqualTo(Written.Status.NEW);
                        }
                        committed.incrementAndGet();
                    }
                } finally {
                    writing.set(false);
                }
                return null;
            });
            List<Observation> partial = Collections.synchronizedList(new ArrayList<>());
            List<Future<Integer>> readers = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                readers.add(pool.submit(() -> {
                    int n = 0;
                    long last = 0;
                    boolean more = true;
                    while (more) {
                        more = writing.get();
                        Observation o = observe(access, committed);
                        assertThat(o.articles() % PER_BATCH).as("articles seen: whole batches only, " + o)
                                .isZero();
                        assertThat(o.mentions()).as("mentions of the articles seen").isEqualTo(
                                o.articles() * EVENTS_PER_ARTICLE);
                        assertThat(o.mentionsByArticle().values()).allMatch(v -> v == EVENTS_PER_ARTICLE);
                        assertThat(o.mentionsByArticle()).hasSize((int) o.articles());
                        assertThat(o.articlesAgain()).as("one snapshot per read").isEqualTo(o.articles());
                        assertThat(o.mentionsAgain()).as("one snapshot per read").isEqualTo(o.mentions());
                        assertThat(o.eventMentions()).as("event rows agree with the mentions").isEqualTo(o.mentions());
                        assertThat(o.articles()).as("counts never go down").isGreaterThanOrEqualTo(last);
                        last = o.articles();
                        if (o.articles() > 0 && o.articles() < BATCHES * PER_BATCH) {
                            partial.add(o);
                        }
                        for (SearchIndex.Hit h : access.search("dispatch", null, null, 1000)) {
                            // The index commits after the database: every hit is already stored.
                            long stored = access.read(s -> count(s.connection(),
                                    "SELECT count(*) FROM articles WHERE id = '" + h.articleId() + "'"));
                            assertThat(stored).as("search hit " + h.articleId()).isEqualTo(1);
                        }
                        n++;
                    }
                    return n;
                }));
            }
            writer.get(120, TimeUnit.SECONDS);
            int observations = 0;
            for (Future<Integer> f : readers) {
                observations += f.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();
            assertThat(partial).as("reads of a store part-way through the writes").isNotEmpty();
            long straddling = partial.stream().filter(o -> o.commitsDuring() > 0).count();
            assertThat(straddling).as("reads during which a batch committed (snapshot kept)").isPositive();
            System.out.println("concurrent server reads: " + observations + " reads, " + partial.size()
                    + " of a partial store, " + straddling + " with a commit during the read");
            Observation end = observe(access, committed);
            assertThat(end.articles()).isEqualTo(BATCHES * PER_BATCH);
            assertThat(access.search("dispatch", null, null, 1000)).hasSize(BATCHES * PER_BATCH);
        }
    }

    @Test
    void anOpenReadBlocksNeitherWritesNorOtherReads() throws Exception {
        try (StoreAccess access = StoreAccess.readWrite(Store.open(dir.resolve("store")))) {
            access.write(batch(0));
            CountDownLatch inRead = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            // A slow request: it holds its read open until released.
            Future<long[]> slow = pool.submit(() -> access.read(s -> {
                long first = count(s.connection(), "SELECT count(*) FROM articles");
                inRead.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new long[] {first, count(s.connection(), "SELECT count(*) FROM articles")};
            }));
            assertThat(inRead.await(30, TimeUnit.SECONDS)).isTrue();

            // While it is open, a write commits and other reads and searches see it.
            Future<List<Written>> write = pool.submit(() -> access.write(batch(1)));
            assertThat(write.get(30, TimeUnit.SECONDS)).hasSize(PER_BATCH);
            long now = access.read(s -> count(s.connection(), "SELECT count(*) FROM articles"));
            assertThat(now).isEqualTo(2L * PER_BATCH);
            assertThat(access.search("dispatch", null, null, 100)).hasSize(2 * PER_BATCH);
            assertThat(slow.isDone()).as("the slow read is still open").isFalse();

            release.countDown();
            assertThat(slow.get(30, TimeUnit.SECONDS)).as("the open read kept its snapshot")
                    .containsExactly(PER_BATCH, PER_BATCH);
            pool.shutdown();
        }
    }

    @Test
    void aReadOnlyStoreServesConcurrentReads() throws Exception {
        try (StoreAccess access = StoreAccess.readWrite(Store.open(dir.resolve("store")))) {
            access.write(batch(0));
        }
        try (StoreAccess access = StoreAccess.readOnly(Store.openReadOnly(dir.resolve("store")))) {
            CountDownLatch both = new CountDownLatch(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<Long>> reads = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                // Each read waits inside its transaction until both are inside: they can only finish if they overlap.
                reads.add(pool.submit(() -> access.read(s -> {
                    both.countDown();
                    try {
                        assertThat(both.await(30, TimeUnit.SECONDS)).as("the other read runs meanwhile").isTrue();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return count(s.connection(), "SELECT count(*) FROM mentions");
                })));
            }
            for (Future<Long> f : reads) {
                assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo((long) PER_BATCH * EVENTS_PER_ARTICLE);
            }
            assertThat(access.search("praised", null, null, 100)).hasSize(PER_BATCH);
            pool.shutdown();
        }
    }
}
