package dateline.spark;

import dateline.pipeline.Pipeline;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The executor JVM's pipelines. Loading the CoreNLP models takes seconds and a gigabyte or more, so each JVM
 * loads them once and reuses them for every record of every partition and every job it runs.
 *
 * <p>An executor runs {@code spark.executor.cores} tasks at once; the pool creates pipelines lazily, one per task
 * running at the same time, and hands a task an idle one (a {@link Pipeline} is thread-safe, so this only keeps
 * each task's work on its own instance, as the job was first written): with one
 * core per executor that is exactly one pipeline per JVM; with N cores at most N, whose CoreNLP annotators share
 * their models through CoreNLP's own annotator cache and share one {@code Knowledge} (dictionaries, gazetteer).
 *
 * <p>This is the one piece of static state in the job, and it must be: Spark gives no other per-JVM scope to
 * hold what a task needs from one partition to the next.
 */
final class PipelinePool {
    private static final Logger LOG = LoggerFactory.getLogger(PipelinePool.class);
    private static final ConcurrentLinkedDeque<Pipeline> IDLE = new ConcurrentLinkedDeque<>();
    private static final AtomicInteger CREATED = new AtomicInteger();
    private static final AtomicReference<Pipeline> FIRST = new AtomicReference<>();

    private PipelinePool() {
    }

    /** An idle pipeline, or a new one when all are in use. The caller must {@link #release} it. */
    static Pipeline acquire() {
        Pipeline p = IDLE.pollFirst();
        if (p != null) {
            return p;
        }
        return create();
    }

    /**
     * Loads one at a time: the first load fills CoreNLP's annotator cache and later ones reuse its models in
     * milliseconds, whereas two tasks loading at once would each read every model (twice the time and memory).
     */
    private static synchronized Pipeline create() {
        Pipeline p = IDLE.pollFirst();
        if (p != null) {
            return p;
        }
        long t0 = System.nanoTime();
        // Later pipelines share the first one's dictionaries and gazetteer (Knowledge is immutable).
        Pipeline first = FIRST.get();
        p = first == null ? Pipeline.bundled() : Pipeline.create(first.knowledge());
        FIRST.compareAndSet(null, p);
        int n = CREATED.incrementAndGet();
        LOG.info("pipeline {} of this JVM loaded in {} ms", n, (System.nanoTime() - t0) / 1_000_000);
        return p;
    }

    static void release(Pipeline p) {
        IDLE.addFirst(p);
    }

    /** How many pipelines this JVM has loaded: the test checks that it is not one per record. */
    static int created() {
        return CREATED.get();
    }
}
