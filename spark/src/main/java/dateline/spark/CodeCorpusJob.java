package dateline.spark;

import dateline.article.ArticleOptions;
import dateline.export.GdeltValues;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Codes a corpus on Apache Spark with the unchanged core pipeline and writes the result as Parquet tables.
 *
 * <p>Input: JSON Lines, one-article-per-file text/HTML, or Parquet (see {@link JobOptions}). Output, under the
 * output directory: {@code articles}, {@code events}, {@code mentions}, {@code actors}, {@code quotes} and
 * {@code places}, each partitioned by publication date ({@code date=YYYY-MM-DD}; undated articles go to Spark's
 * null partition {@code date=__HIVE_DEFAULT_PARTITION__}), {@code rejects} (unpartitioned) and, with
 * {@code --gdelt}, GDELT 2.0-style event TSV under {@code gdelt}. Existing tables are overwritten.
 *
 * <p>Run it with {@code spark-submit --class dateline.spark.CodeCorpusJob}, or directly with {@code --master}.
 */
public final class CodeCorpusJob {
    private static final Logger LOG = LoggerFactory.getLogger(CodeCorpusJob.class);

    private CodeCorpusJob() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the job for a command line; returns the exit code (0 done, 1 job failed, 2 bad command line). */
    static int run(String[] args) {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("dateline-spark: " + e.getMessage());
            System.err.println(JobOptions.USAGE);
            return 2;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("dateline-code-corpus");
        if (options.master() != null) {
            builder.master(options.master());
        }
        SparkSession spark = builder.getOrCreate();
        try {
            JobSummary summary = run(spark, options);
            System.out.println("dateline-spark: " + summary + "; output in " + options.output());
            return 0;
        } catch (RuntimeException e) {
            // A whole-job failure (missing input, unwritable output): one line for the user, details in the log.
            LOG.debug("job failed", e);
            System.err.println("dateline-spark: job failed: " + firstLine(e));
            return 1;
        } finally {
            spark.stop();
        }
    }

    /** Runs the job in an existing session. */
    public static JobSummary run(SparkSession spark, JobOptions options) {
        long t0 = System.nanoTime();
        JavaRDD<RawArticle> raw = ArticleInputs.read(spark, options);
        if (options.limit() > 0) {
            long limit = options.limit();
            raw = raw.zipWithIndex().filter(r -> r._2() < limit).map(r -> r._1());
        }
        int partitions = options.partitions() > 0 ? options.partitions()
                : Math.max(2, 2 * spark.sparkContext().defaultParallelism());
        // A corpus often arrives as one (gzip) file, i.e. one partition: spread it so every core codes.
        ArticleOptions articleOptions = new ArticleOptions(options.date(), LocalDate.now(ZoneOffset.UTC));
        Long gdeltDateAdded = options.gdelt() ? GdeltValues.dateAdded(LocalDateTime.now(ZoneOffset.UTC)) : null;
        JavaRDD<CodedOutput> coded = raw.repartition(partitions)
                .mapPartitions(new ArticleCoder(articleOptions, gdeltDateAdded))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            String out = options.output().replaceAll("/+$", "");
            write(spark, coded, o -> o.article() == null ? Collections.emptyIterator()
                    : List.of(o.article()).iterator(), ArticleRow.SCHEMA, out + "/articles", true);
            write(spark, coded, o -> o.events().iterator(), EventRow.SCHEMA, out + "/events", true);
            write(spark, coded, o -> o.mentions().iterator(), MentionRow.SCHEMA, out + "/mentions", true);
            write(spark, coded, o -> o.actors().iterator(), ActorRow.SCHEMA, out + "/actors", true);
            write(spark, coded, o -> o.quotes().iterator(), QuoteRow.SCHEMA, out + "/quotes", true);
            write(spark, coded, o -> o.places().iterator(), PlaceRow.SCHEMA, out + "/places", true);
            write(spark, coded, o -> o.reject() == null ? Collections.emptyIterator()
                    : List.of(o.reject().toRow()).iterator(), RejectRow.SCHEMA, out + "/rejects", false);
            if (options.gdelt()) {
                JavaRDD<String> lines = coded.flatMap(o -> o.gdelt().iterator());
                spark.createDataset(lines.rdd(), Encoders.STRING()).write().mode(SaveMode.Overwrite)
                        .text(out + "/gdelt");
            }
            long articles = coded.filter(o -> o.article() != null).count();
            long events = coded.map(o -> (long) o.events().size()).fold(0L, Long::sum);
            long rejects = coded.filter(o -> o.reject() != null).count();
            JobSummary summary = new JobSummary(articles, events, rejects, (System.nanoTime() - t0) / 1e9);
            LOG.info("{}", summary);
            return summary;
        } finally {
            coded.unpersist(false);
        }
    }

    private static void write(SparkSession spark, JavaRDD<CodedOutput> coded,
            FlatMapFunction<CodedOutput, Row> rows, StructType schema, String path, boolean byDate) {
        var writer = spark.createDataFrame(coded.flatMap(rows), schema).write().mode(SaveMode.Overwrite);
        if (byDate) {
            writer = writer.partitionBy("date");
        }
        writer.parquet(path);
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
