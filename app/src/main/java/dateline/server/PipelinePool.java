package dateline.server;

import dateline.article.Article;
import dateline.pipeline.CodedArticle;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bound on how many articles the server codes at once. Coding an article holds a core for tens of milliseconds
 * to seconds, so each request borrows a coder, codes its article and gives it back; coders are created on demand
 * up to {@code size}, and a request that finds none free within {@code wait} gets a 503. (A
 * {@link dateline.pipeline.Pipeline} is thread-safe and its models are loaded once per JVM; the pool is about
 * admission, not safety.)
 * The factory hands out coders, e.g. one shared pipeline's {@code code} method.
 */
public final class PipelinePool implements ArticleCoder {
    private static final Logger LOG = LoggerFactory.getLogger(PipelinePool.class);

    private final Supplier<ArticleCoder> factory;
    private final int size;
    private final Duration wait;
    private final BlockingQueue<ArticleCoder> idle = new LinkedBlockingQueue<>();
    private int created;

    public PipelinePool(Supplier<ArticleCoder> factory, int size, Duration wait) {
        if (size < 1) {
            throw new IllegalArgumentException("pool size must be at least 1");
        }
        this.factory = factory;
        this.size = size;
        this.wait = wait;
    }

    /** Loads the first pipeline on a background thread, so that the first request does not pay for it. */
    public void warmUpInBackground() {
        Thread t = new Thread(() -> {
            try {
                ArticleCoder p = create();
                if (p != null) {
                    idle.offer(p);
                    LOG.info("pipeline loaded");
                }
            } catch (RuntimeException e) {
                LOG.error("loading the pipeline failed", e);
            }
        }, "pipeline-warm-up");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public CodedArticle code(Article article) {
        ArticleCoder p = borrow();
        try {
            return p.code(article);
        } finally {
            idle.offer(p);
        }
    }

    private ArticleCoder borrow() {
        ArticleCoder p = idle.poll();
        if (p != null) {
            return p;
        }
        p = create();
        if (p != null) {
            return p;
        }
        try {
            p = idle.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiError(503, "interrupted while waiting for a free pipeline");
        }
        if (p == null) {
            throw new ApiError(503, "all " + size + " pipelines are busy; try again later");
        }
        return p;
    }

    /** A new pipeline if fewer than {@code size} exist, else null. */
    private ArticleCoder create() {
        synchronized (this) {
            if (created >= size) {
                return null;
            }
            created++;
        }
        try {
            return factory.get();
        } catch (RuntimeException | Error e) {
            synchronized (this) {
                created--;
            }
            throw e;
        }
    }
}
