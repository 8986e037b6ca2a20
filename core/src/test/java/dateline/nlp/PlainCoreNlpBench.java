package dateline.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

/**
 * Benchmark baselines for {@code bench/compare.sh}: CoreNLP scripted the way a user would for this job, on as many
 * threads as Dateline uses (CoreNLP's own multi-threaded {@code annotate}), so the comparison is like for like.
 * <ul>
 *   <li>{@code plain}: tokenize,ssplit,pos,lemma,ner,depparse,coref,quote with default settings;</li>
 *   <li>{@code floor}: tokenize,ssplit,pos alone.</li>
 * </ul>
 * Usage: {@code PlainCoreNlpBench plain|floor CORPUS.jsonl[.gz] N [THREADS]} (default: the available
 * processors). Prints one JSON line with the figures.
 */
public final class PlainCoreNlpBench {
    private PlainCoreNlpBench() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path corpus = Path.of(args[1]);
        int n = Integer.parseInt(args[2]);
        List<String> texts = read(corpus, n);
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : Runtime.getRuntime().availableProcessors();
        Properties p = new Properties();
        p.setProperty("annotators", mode.equals("floor") ? "tokenize,ssplit,pos"
                : "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        long t0 = System.nanoTime();
        StanfordCoreNLP nlp = new StanfordCoreNLP(p);
        double load = (System.nanoTime() - t0) / 1e9;
        long tokens = 0;
        t0 = System.nanoTime();
        List<Annotation> docs = new ArrayList<>();
        for (String text : texts) {
            docs.add(new Annotation(text));
        }
        // One task per document rather than CoreNLP's annotate(docs, threads): its quote attribution throws now and
        // then on two threads (NullPointerException in DeterministicSpeakerSieve), which ends that whole call. A
        // user's script would go on past the document, so this one does and counts it.
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (Annotation doc : docs) {
            pool.execute(() -> {
                try {
                    nlp.annotate(doc);
                } catch (RuntimeException e) {
                    failed.incrementAndGet();
                    System.err.println("document failed: " + e);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.DAYS);
        for (Annotation doc : docs) {
            List<?> t = doc.get(CoreAnnotations.TokensAnnotation.class);
            tokens += t == null ? 0 : t.size();
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf("{\"mode\":\"%s\",\"threads\":%d,\"articles\":%d,\"failed\":%d,\"tokens\":%d,\"load_s\":%.2f,"
                + "\"run_s\":%.2f,\"articles_per_s\":%.2f,\"tokens_per_s\":%.0f}%n",
                mode, threads, texts.size(), failed.get(), tokens, load, secs, texts.size() / secs, tokens / secs);
    }

    static List<String> read(Path corpus, int n) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        var in = Files.newInputStream(corpus);
        var stream = corpus.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while (texts.size() < n && (line = r.readLine()) != null) {
                JsonNode node = json.readTree(line);
                JsonNode body = node.has("text") ? node.get("text") : node.get("body");
                if (body != null && !body.asText().isBlank()) {
                    texts.add(body.asText());
                }
            }
        }
        return texts;
    }
}
