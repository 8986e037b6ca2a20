package dateline.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dateline.article.Article;
import dateline.article.ArticleFiles;
import dateline.article.ArticleOptions;
import dateline.article.ReadOutcome;
import dateline.nlp.AnnotatedArticle;
import dateline.pipeline.CodedArticle;
import dateline.pipeline.Pipeline;
import dateline.time.EventDate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The store writer's cost alone, NLP excluded: codes the first N articles of a JSON Lines corpus once (or loads
 * them from a cache of coded articles), then writes them into fresh stores in batches as {@code dateline ingest}
 * does, and prints milliseconds per article, split by phase. Each round writes COPIES copies of the articles into
 * one fresh store (copy k under another source and with dates k years later, so it makes new event rows and exact
 * duplicates) to show how the cost grows with the store. Run with {@code bench/store-writer.sh}.
 *
 * <p>Arguments: corpus N [ROUNDS [COPIES [BATCH [CACHE]]]].
 */
public final class WriterBench {
    private WriterBench() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int copies = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        int batchSize = args.length > 4 ? Integer.parseInt(args[4]) : 32;
        Path cache = args.length > 5 ? Path.of(args[5]) : null;
        List<CodedArticle> coded = coded(corpus, n, cache);
        int sentences = coded.stream().mapToInt(c -> c.annotation().sentences().size()).sum();
        int events = coded.stream().mapToInt(c -> c.events().size()).sum();
        System.out.printf("%d coded articles: %d sentences, %d event mentions; batches of %d, %d copies per store%n",
                coded.size(), sentences, events, batchSize, copies);
        List<Double> perArticle = new ArrayList<>();
        List<Double> cpuPerArticle = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            Path dir = Files.createTempDirectory("writer-bench");
            try (Store store = Store.open(dir)) {
                StoreWriter w = new StoreWriter(store, false);
                long t0 = System.nanoTime();
                long cpu0 = processCpuNanos();
                StringBuilder growth = new StringBuilder();
                for (int k = 0; k < copies; k++) {
                    long tk = System.nanoTime();
                    int years = k;
                    List<CodedArticle> copy = k == 0 ? coded : coded.stream().map(c -> copy(c, years)).toList();
                    for (int i = 0; i < copy.size(); i += batchSize) {
                        w.write(copy.subList(i, Math.min(copy.size(), i + batchSize)));
                    }
                    growth.append(String.format(" %.2f", (System.nanoTime() - tk) / 1e6 / copy.size()));
                }
                double ms = (System.nanoTime() - t0) / 1e6 / (coded.size() * (long) copies);
                double cpu = (processCpuNanos() - cpu0) / 1e6 / (coded.size() * (long) copies);
                perArticle.add(ms);
                cpuPerArticle.add(cpu);
                WriterTimes times = w.times();
                StringBuilder phases = new StringBuilder();
                for (Map.Entry<WriterTimes.Phase, Double> e : times.millis().entrySet()) {
                    phases.append(String.format(" %s %.3f", e.getKey().name().toLowerCase(),
                            e.getValue() / times.articles()));
                }
                System.out.printf("round %d: %.3f ms/article wall, %.3f ms/article CPU (all threads) (%d articles, "
                        + "%d batches); wall per copy:%s%n  wall ms/article by phase:%s%n", r + 1, ms, cpu,
                        times.articles(), times.batches(), growth, phases);
            } finally {
                delete(dir);
            }
        }
        perArticle.sort(Comparator.naturalOrder());
        cpuPerArticle.sort(Comparator.naturalOrder());
        System.out.printf("writer: median %.3f ms/article wall (best %.3f), median %.3f ms/article CPU, over %d rounds%n",
                perArticle.get(perArticle.size() / 2), perArticle.get(0), cpuPerArticle.get(rounds / 2), rounds);
    }

    /** The article as if read from another input: new source and id, dates moved k years on. */
    private static CodedArticle copy(CodedArticle c, int years) {
        Article a = c.article();
        String k = Integer.toString(years);
        String source = a.source().replace("#", "-copy" + k + "#") + (a.source().contains("#") ? "" : "-copy" + k);
        Article b = new Article(Article.idOf(source, a.text()), source, a.agency(), a.agencyCode(), a.url(),
                a.datelinePlace(), a.datelineSpan(), a.date() == null ? null : a.date().plusYears(years), a.title(),
                a.text(), a.boilerplate(), a.relatedLinks(), a.language(), a.warnings());
        AnnotatedArticle x = c.annotation();
        // Events dated by the copy's publication date; placed where the original's were.
        return new CodedArticle(new AnnotatedArticle(b, x.sentences(), x.entities(), x.pronouns()), c.actors(),
                c.quotes(), c.events(), c.places(), c.tone(), c.notes(),
                c.events().stream().map(e -> EventDate.published(b.date())).toList(), c.placements());
    }

    private static List<CodedArticle> coded(Path corpus, int n, Path cache) throws Exception {
        ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        if (cache != null && Files.exists(cache)) {
            List<CodedArticle> out = Arrays.asList(json.readValue(cache.toFile(), CodedArticle[].class));
            if (out.size() >= n) {
                return out.subList(0, n);
            }
        }
        List<Article> articles = new ArrayList<>();
        ArticleFiles.bundled().read(corpus, ArticleOptions.defaults(), r -> {
            if (r instanceof ReadOutcome.Read read && articles.size() < n) {
                articles.add(read.article());
            }
        });
        long t0 = System.nanoTime();
        Pipeline pipeline = Pipeline.bundled();
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        List<Future<CodedArticle>> futures = new ArrayList<>();
        for (Article a : articles) {
            futures.add(pool.submit(() -> pipeline.code(a)));
        }
        List<CodedArticle> out = new ArrayList<>();
        for (Future<CodedArticle> f : futures) {
            out.add(f.get());
        }
        pool.shutdown();
        System.out.printf("coded %d articles in %.0f s (not measured)%n", out.size(), (System.nanoTime() - t0) / 1e9);
        if (cache != null) {
            json.writeValue(cache.toFile(), out);
            List<CodedArticle> back = Arrays.asList(json.readValue(cache.toFile(), CodedArticle[].class));
            if (!back.equals(out)) {
                System.out.println("cache does not round-trip the coded articles: not kept");
                Files.delete(cache);
            }
        }
        return out;
    }

    /** CPU time of the whole process: DuckDB runs parts of a statement on its own threads. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void delete(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
