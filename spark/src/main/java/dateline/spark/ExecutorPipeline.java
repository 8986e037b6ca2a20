package dateline.spark;

import dateline.pipeline.Pipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The executor JVM's one pipeline. Loading the CoreNLP models takes seconds and a gigabyte or more, so each JVM
 * loads them once and every task of every job it runs shares them: a {@link Pipeline} is thread-safe, so the
 * {@code spark.executor.cores} tasks an executor runs at once share one instance, as the threads of
 * {@code dateline ingest} do.
 *
 * <p>This is the one piece of static state in the job, and it must be: Spark gives no other per-JVM scope to
 * hold what a task needs from one partition to the next.
 */
final class ExecutorPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(ExecutorPipeline.class);
    private static Pipeline pipeline;
    private static int loads;

    private ExecutorPipeline() {
    }

    /** The JVM's pipeline, loaded by the first task that asks (the others wait for it rather than load twice). */
    static synchronized Pipeline get() {
        if (pipeline == null) {
            long t0 = System.nanoTime();
            pipeline = Pipeline.bundled();
            loads++;
            LOG.info("pipeline loaded in {} ms", (System.nanoTime() - t0) / 1_000_000);
        }
        return pipeline;
    }

    /** How many times this JVM has loaded the pipeline: the test checks that it is once. */
    static synchronized int loads() {
        return loads;
    }
}
