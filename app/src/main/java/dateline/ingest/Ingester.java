package dateline.ingest;

import dateline.article.Article;
import dateline.article.ArticleOptions;
import dateline.article.ReadOutcome;
import dateline.pipeline.CodedArticle;
import dateline.store.SearchIndex;
import dateline.store.Store;
import dateline.store.StoreException;
import dateline.store.StoreWriter;
import dateline.store.Written;
import dateline.dedup.Duplicate;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests inputs into a store: the calling thread reads articles and skips those already stored; worker threads
 * code them (the coder factory may hand each worker its own coder or one shared thread-safe pipeline); one writer thread stores them a batch per
 * transaction and then adds them to the search index. Queues between the stages are bounded, so memory stays
 * flat however large the input.
 */
public final class Ingester {
    private static final Logger LOG = LoggerFactory.getLogger(Ingester.class);

    /**
     * How to ingest.
     *
     * @param threads      coding threads
     * @param batchSize    articles per transaction
     * @param date         publication date for inputs that carry none, or null
     * @param sentenceText whether to store sentence text
     */
    public record Options(int threads, int batchSize, LocalDate date, boolean sentenceText) {
    }

    /** Progress callbacks; called from several threads. */
    public interface Progress {
        /** The expected number of articles (an estimate; may be revised). */
        void total(long n);

        /** One more article is done (stored, skipped or failed). */
        void step();
    }

    private sealed interface Work {
    }

    private record ToCode(String input, Article article) implements Work {
    }

    private record Done(String input, CodedArticle coded) implements Work {
    }

    private record End() implements Work {
    }

    private final Store store;
    private final Supplier<Function<Article, CodedArticle>> coders;
    private final Options options;

    private final AtomicLong read = new AtomicLong();
    private final AtomicLong coded = new AtomicLong();
    private final AtomicLong stored = new AtomicLong();
    private final AtomicLong versions = new AtomicLong();
    private final AtomicLong exact = new AtomicLong();
    private final AtomicLong near = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicLong mentions = new AtomicLong();
    private final AtomicLong tokens = new AtomicLong();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final AtomicReference<Throwable> fatal = new AtomicReference<>();

    /**
     * @param store  the store to write (open read-write)
     * @param coders makes one coder per worker thread, called on that thread when it first needs one
     */
    public Ingester(Store store, Supplier<Function<Article, CodedArticle>> coders, Options options) {
        this.store = store;
        this.coders = coders;
        this.options = options;
    }

    /** Ingests everything named by {@code args}. */
    public IngestSummary run(List<String> args, Progress progress) throws IOException {
        long start = System.nanoTime();
        IngestInputs inputs = new IngestInputs();
        try (StoreWriter writer = new StoreWriter(store, options.sentenceText());
                SearchIndex index = SearchIndex.openForWriting(store.indexDirectory())) {
            index.syncWith(store);
            List<java.nio.file.Path> files = inputs.expand(args, f -> failures.add(f.message()));
            progress.total(inputs.estimate(files));
            BlockingQueue<Work> toCode = new ArrayBlockingQueue<>(Math.max(2, options.threads() * 2));
            BlockingQueue<Work> toStore = new ArrayBlockingQueue<>(Math.max(4, options.batchSize() * 2));
            List<Thread> workers = new ArrayList<>();
            for (int i = 0; i < options.threads(); i++) {
                Thread t = new Thread(() -> code(toCode, toStore, progress), "dateline-coder-" + i);
                t.setDaemon(true);
                t.start();
                workers.add(t);
            }
            Thread storer = new Thread(() -> store(writer, index, toStore, progress), "dateline-writer");
            storer.setDaemon(true);
            storer.start();

            Set<String> seen = new HashSet<>();
            ArticleOptions articleOptions = ArticleOptions.defaults().withDate(options.date());
            for (java.nio.file.Path file : files) {
                if (fatal.get() != null) {
                    break;
                }
                inputs.read(file, articleOptions, outcome -> {
                    if (outcome instanceof ReadOutcome.Read r) {
                        read.incrementAndGet();
                        if (writer.contains(r.article().id()) || !seen.add(r.article().id())) {
                            skipped.incrementAndGet();
                            progress.step();
                        } else {
                            put(toCode, new ToCode(r.input(), r.article()));
                        }
                    } else if (outcome instanceof ReadOutcome.Failed f) {
                        failures.add(f.message());
                        progress.step();
                    }
                });
            }
            for (int i = 0; i < workers.size(); i++) {
                put(toCode, new End());
            }
            join(workers);
            put(toStore, new End());
            join(List.of(storer));
        }
        if (fatal.get() != null) {
            Throwable t = fatal.get();
            throw new StoreException("ingest stopped: " + (t.getMessage() != null ? t.getMessage() : t), t);
        }
        return new IngestSummary(read.get(), coded.get(), stored.get(), versions.get(), exact.get(), near.get(),
                skipped.get(), failures, mentions.get(), tokens.get(), Duration.ofNanos(System.nanoTime() - start));
    }

    private void code(BlockingQueue<Work> in, BlockingQueue<Work> out, Progress progress) {
        Function<Article, CodedArticle> coder = null;
        try {
            while (true) {
                Work w = in.take();
                if (w instanceof End) {
                    return;
                }
                ToCode job = (ToCode) w;
                if (fatal.get() != null) {
                    progress.step();
                    continue;
                }
                try {
                    if (coder == null) {
                        coder = coders.get();
                    }
                    CodedArticle c = coder.apply(job.article());
                    coded.incrementAndGet();
                    tokens.addAndGet(c.annotation().tokenCount());
                    put(out, new Done(job.input(), c));
                } catch (RuntimeException | StackOverflowError e) {
                    failures.add(job.input() + ": coding failed (" + e + ")");
                    LOG.debug("coding failed for {}", job.input(), e);
                    progress.step();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable t) {
            // Out of memory or worse: stop the run rather than hang the reader.
            fatal.compareAndSet(null, t);
            drain(in, progress);
        }
    }

    private void store(StoreWriter writer, SearchIndex index, BlockingQueue<Work> in, Progress progress) {
        List<Done> batch = new ArrayList<>();
        try {
            while (true) {
                Work w = batch.isEmpty() ? in.take() : in.poll(500, TimeUnit.MILLISECONDS);
                if (w instanceof Done d) {
                    batch.add(d);
                }
                if (w == null || w instanceof End || batch.size() >= options.batchSize()) {
                    flush(writer, index, batch, progress);
                    batch.clear();
                }
                if (w instanceof End) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable t) {
            fatal.compareAndSet(null, t);
            LOG.debug("writer failed", t);
            drain(in, progress);
        }
    }

    private void flush(StoreWriter writer, SearchIndex index, List<Done> batch, Progress progress)
            throws IOException {
        if (batch.isEmpty()) {
            return;
        }
        List<CodedArticle> articles = batch.stream().map(Done::coded).toList();
        try {
            record(writer.write(articles), articles, index, progress);
        } catch (SQLException | RuntimeException e) {
            // One bad article must not sink its batch: retry one by one, each in its own transaction.
            LOG.debug("batch failed, retrying articles one by one", e);
            for (Done d : batch) {
                try {
                    record(writer.write(List.of(d.coded())), List.of(d.coded()), index, progress);
                } catch (SQLException | RuntimeException x) {
                    failures.add(d.input() + ": not stored (" + firstLine(x.getMessage()) + ")");
                    progress.step();
                }
            }
        }
        index.commit();
    }

    private void record(List<Written> written, List<CodedArticle> articles, SearchIndex index, Progress progress)
            throws IOException {
        for (int i = 0; i < written.size(); i++) {
            Written w = written.get(i);
            switch (w.status()) {
                case ALREADY_STORED -> skipped.incrementAndGet();
                case NEW, NEW_VERSION -> {
                    stored.incrementAndGet();
                    mentions.addAndGet(w.events());
                    if (w.status() == Written.Status.NEW_VERSION) {
                        versions.incrementAndGet();
                        index.delete(w.replaced());
                    }
                    if (w.duplicate() != null) {
                        (w.duplicate().kind() == Duplicate.Kind.EXACT ? exact : near).incrementAndGet();
                    }
                    index.add(articles.get(i).article());
                }
            }
            progress.step();
        }
    }

    private void put(BlockingQueue<Work> q, Work w) {
        try {
            while (!q.offer(w, 200, TimeUnit.MILLISECONDS)) {
                if (fatal.get() != null && !(w instanceof End)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void drain(BlockingQueue<Work> in, Progress progress) {
        // Keep consuming so producers never block on a queue nobody reads; stop at End.
        try {
            while (true) {
                Work w = in.poll(200, TimeUnit.MILLISECONDS);
                if (w instanceof End) {
                    return;
                }
                if (w != null) {
                    progress.step();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void join(List<Thread> threads) {
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
