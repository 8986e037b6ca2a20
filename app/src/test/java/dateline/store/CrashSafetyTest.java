package dateline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety of ingest: a child JVM runs the real {@link dateline.ingest.Ingester} on a real store (with the
 * template coder standing in for CoreNLP, see {@link CrashChild}) and is killed with SIGKILL at several points —
 * while starting, between a database commit and the search index commit, and at random moments in between, which
 * land mid-batch. After every kill the store must keep its invariants and every stored article must be complete
 * (the same rows as in an uninterrupted run); after a final run to the end the store must equal that of an
 * uninterrupted run, and the search index must hold exactly the current articles. {@code bench/crash-test.sh} does
 * the same with the real {@code dateline ingest} and CoreNLP.
 */
class CrashSafetyTest {
    static final int ARTICLES = 48;
    static final int FILES = 18;

    @TempDir
    Path dir;

    @Test
    void killedIngestLosesNothingAndCountsNothingTwice() throws Exception {
        Path corpusDir = dir.resolve("corpus");
        List<Path> corpus = TemplateCorpus.write(corpusDir, ARTICLES, FILES);
        Path clean = dir.resolve("clean");
        Path crashed = dir.resolve("crashed");
        Random random = new Random(20240305);
        List<String> log = new ArrayList<>();

        // Phase 1: a fresh store, killed while starting (before or during the migration) and at points throughout.
        assertThat(runToEnd(clean, corpus)).contains("stored=" + ARTICLES, "failed=0");
        StoreSnapshot first = snapshot(clean);
        assertThat(first.articles()).hasSize(ARTICLES);
        assertThat(first.articles()).as("the corpus has no duplicates, so counts do not depend on order")
                .allMatch(a -> a.endsWith("|-"));
        assertThat(first.mentions().values().stream().mapToInt(Set::size).sum()).isGreaterThan(ARTICLES);
        killRepeatedly(crashed, corpus, first, new int[] {0, 0, 2, 7, 13, 20, 26, 33, 41}, random, log);
        assertThat(runToEnd(crashed, corpus)).as(String.join("\n", log)).contains("failed=0");
        assertSameStore(crashed, first);

        // Phase 2: a later edition of the JSON Lines file: new versions of known sources replace old ones.
        int changed = TemplateCorpus.update(corpusDir, ARTICLES, FILES);
        assertThat(runToEnd(clean, corpus)).contains("stored=" + changed, "failed=0");
        StoreSnapshot second = snapshot(clean);
        assertThat(second.articles()).hasSize(ARTICLES + changed)
                .filteredOn(a -> a.contains("|false|")).hasSize(changed - 1);
        killRepeatedly(crashed, corpus, second, new int[] {41, 43, 45, 47}, random, log);
        assertThat(runToEnd(crashed, corpus)).as(String.join("\n", log)).contains("failed=0");
        assertSameStore(crashed, second);

        // Idempotent: once more changes nothing.
        assertThat(runToEnd(crashed, corpus)).contains("stored=0", "skipped=" + (ARTICLES - FILES + 1 + FILES));
        assertThat(snapshot(crashed)).isEqualTo(second);
        System.out.println("crash test: " + String.join("; ", log));
    }

    /**
     * Kills an ingest at each point and checks the store after each kill: invariants hold, and every article in it
     * has exactly the rows it has in {@code expected}, the store of an uninterrupted run.
     */
    private void killRepeatedly(Path store, List<Path> corpus, StoreSnapshot expected, int[] points, Random random,
            List<String> log) throws Exception {
        for (int point : points) {
            // Kill after this many progress steps (0: a moment after start), then after a random delay.
            long extra = point == 0 ? 100 + random.nextInt(500) : random.nextInt(40);
            String how = killAt(store, corpus, point, extra);
            log.add("kill at step " + point + " + " + extra + " ms: " + how);
            if (!Files.exists(store.resolve(Store.DB_FILE))) {
                continue;
            }
            try (Store st = openAfterCrash(store)) {
                if (st == null) {
                    continue;
                }
                Connection c = st.connection();
                assertThat(StoreSnapshot.violations(c)).as(String.join("\n", log)).isEmpty();
                StoreSnapshot now = StoreSnapshot.of(c);
                for (String id : now.articleIds()) {
                    assertThat(expected.rowCounts()).as("article " + id + " after " + log).containsKey(id);
                    assertThat(now.mentions().get(id)).as("mentions of " + id + " after " + log)
                            .isEqualTo(expected.mentions().get(id));
                    assertThat(now.rowCounts().get(id)).as("rows of " + id).isEqualTo(expected.rowCounts().get(id));
                }
                log.set(log.size() - 1, log.get(log.size() - 1) + ", " + now.articleIds().size() + " stored");
            }
        }
    }

    /** The store equals the uninterrupted run's, and its search index holds exactly the current articles. */
    private static void assertSameStore(Path store, StoreSnapshot expected) throws SQLException {
        StoreSnapshot after = snapshot(store);
        assertThat(after.articles()).isEqualTo(expected.articles());
        assertThat(after.mentions()).isEqualTo(expected.mentions());
        assertThat(after.events()).isEqualTo(expected.events());
        assertThat(after.rowCounts()).isEqualTo(expected.rowCounts());
        assertThat(StoreSnapshot.indexedIds(store.resolve(Store.INDEX_DIR))).as("search index of " + store)
                .containsExactlyInAnyOrderElementsOf(after.currentIds());
    }

    /** A store right after a kill; null when the kill came before the first migration committed. */
    private static Store openAfterCrash(Path store) {
        try {
            return Store.openReadOnly(store);
        } catch (StoreException e) {
            assertThat(e.getMessage()).as("only an unmigrated store may fail to open").containsAnyOf("empty, no schema yet",
                    "not a Dateline store");
            return null;
        }
    }

    private static StoreSnapshot snapshot(Path store) throws SQLException {
        try (Store st = Store.openReadOnly(store)) {
            assertThat(StoreSnapshot.violations(st.connection())).isEmpty();
            return StoreSnapshot.of(st.connection());
        }
    }

    private String runToEnd(Path store, List<Path> corpus) throws Exception {
        Process p = start(store, corpus);
        BlockingQueue<String> lines = lines(p);
        String line;
        while ((line = lines.poll(120, TimeUnit.SECONDS)) != null && !line.startsWith("done")) {
            // progress lines
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(stderr(store)).isZero();
        return line;
    }

    /** Starts an ingest, waits for progress step {@code step}, waits {@code extraMillis} more, then SIGKILLs it. */
    private String killAt(Path store, List<Path> corpus, int step, long extraMillis) throws Exception {
        Process p = start(store, corpus);
        BlockingQueue<String> lines = lines(p);
        String seen = "started";
        if (step > 0) {
            String line;
            while ((line = lines.poll(120, TimeUnit.SECONDS)) != null) {
                seen = line;
                if (line.equals("step " + step) || line.startsWith("done")) {
                    break;
                }
            }
        }
        if (step > 0 && !seen.startsWith("done")) {
            // Another process cannot read a store while it is written; it is told why.
            // (It may open if the child has just finished and closed it.)
            try (Store st = Store.openReadOnly(store)) {
                log("opened a store its writer had just closed");
            } catch (StoreException e) {
                assertThat(e.getMessage()).contains("in use by another process");
            }
        }
        Thread.sleep(extraMillis);
        p.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no finally block runs
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return seen + (p.exitValue() == 0 ? " (had finished)" : " (killed)");
    }

    private static void log(String what) {
        System.out.println("crash test: " + what);
    }

    private Process start(Path store, List<Path> corpus) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", classPath(),
                CrashChild.class.getName(), store.toString(), "2", "3", "30"));
        corpus.forEach(p -> cmd.add(p.toString()));
        Files.createDirectories(dir.resolve("logs"));
        return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.appendTo(
                dir.resolve("logs").resolve(store.getFileName() + ".err").toFile())).start();
    }

    private String stderr(Path store) throws IOException {
        Path f = dir.resolve("logs").resolve(store.getFileName() + ".err");
        return Files.exists(f) ? Files.readString(f) : "";
    }

    /** The test class path (surefire hides it in a manifest-only jar, whose path works just as well). */
    static String classPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    private static BlockingQueue<String> lines(Process p) {
        BlockingQueue<String> q = new LinkedBlockingQueue<>();
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    q.add(line);
                }
            } catch (IOException ignored) {
                // the process was killed
            }
        });
        t.setDaemon(true);
        t.start();
        return q;
    }
}
