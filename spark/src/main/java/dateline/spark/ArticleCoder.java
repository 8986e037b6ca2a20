package dateline.spark;

import dateline.article.Agencies;
import dateline.article.Article;
import dateline.article.ArticleFiles;
import dateline.article.ArticleOptions;
import dateline.article.ArticleReadException;
import dateline.article.JsonLinesArticles;
import dateline.article.TextArticles;
import dateline.pipeline.CodedArticle;
import dateline.pipeline.Pipeline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The work of one partition: reads each raw record with the core readers and codes it with the unchanged core
 * {@link Pipeline}. Every failure of one record (not an article, empty text, an exception inside a stage) becomes
 * a reject row; nothing a single article does can fail the task.
 */
final class ArticleCoder implements FlatMapFunction<Iterator<RawArticle>, CodedOutput> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ArticleCoder.class);

    // ArticleOptions is not Serializable: ship its parts and rebuild it on the executor.
    private final LocalDate date;
    private final LocalDate today;
    private final Long gdeltDateAdded;

    /**
     * @param gdeltDateAdded DATEADDED for the GDELT lines (the job's start, {@code GdeltValues.dateAdded}), or null
     *                       when no GDELT lines are wanted
     */
    ArticleCoder(ArticleOptions options, Long gdeltDateAdded) {
        this.date = options.date();
        this.today = options.today();
        this.gdeltDateAdded = gdeltDateAdded;
    }

    @Override
    public Iterator<CodedOutput> call(Iterator<RawArticle> records) {
        // The partition is coded eagerly: its rows are small, and a record that fails to read or code becomes a
        // reject row here rather than an exception in Spark's iterator.
        Pipeline pipeline = ExecutorPipeline.get();
        Readers readers = new Readers();
        ArticleOptions options = new ArticleOptions(date, today);
        List<CodedOutput> out = new ArrayList<>();
        while (records.hasNext()) {
            out.add(code(records.next(), readers, options, pipeline, gdeltDateAdded));
        }
        return out.iterator();
    }

    private static CodedOutput code(RawArticle raw, Readers readers, ArticleOptions options, Pipeline pipeline,
            Long gdeltDateAdded) {
        Article article;
        try {
            article = readers.read(raw, options);
        } catch (ArticleReadException e) {
            return CodedOutput.rejected(new RejectRow(raw.input(), null, RejectRow.READ, e.getMessage()));
        } catch (RuntimeException e) {
            return CodedOutput.rejected(new RejectRow(raw.input(), null, RejectRow.READ,
                    raw.input() + ": cannot be read (" + e + ")"));
        }
        try {
            long t0 = System.nanoTime();
            CodedArticle coded = pipeline.code(article);
            return CodedOutput.of(raw.input(), coded, (System.nanoTime() - t0) / 1_000_000, gdeltDateAdded);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("{}: pipeline failed", raw.input(), e);
            return CodedOutput.rejected(new RejectRow(raw.input(), article.id(), RejectRow.CODE,
                    raw.input() + ": coding failed (" + e + ")"));
        }
    }

    /** The core readers, built once per partition (they hold only immutable tables). */
    private static final class Readers {
        private final JsonLinesArticles json = new JsonLinesArticles(new TextArticles(Agencies.bundled()));
        private final ArticleFiles files = ArticleFiles.bundled();

        Article read(RawArticle raw, ArticleOptions options) throws ArticleReadException {
            if (raw instanceof RawArticle.Json j) {
                return json.parseLine(j.corpus(), j.input(), j.json(), options);
            }
            if (raw instanceof RawArticle.File f) {
                return files.readBytes(f.input(), f.bytes(), options);
            }
            RawArticle.Unreadable u = (RawArticle.Unreadable) raw;
            throw new ArticleReadException(u.input(), u.reason());
        }
    }
}
