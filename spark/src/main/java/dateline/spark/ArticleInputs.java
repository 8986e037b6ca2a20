package dateline.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import scala.Tuple2;

/**
 * Reads the job's inputs into raw records, one per article, without parsing them (parsing happens on the
 * executors, where a bad record becomes a reject). Paths are anything Spark's Hadoop file systems accept: local
 * paths, {@code hdfs://}, {@code s3a://}, comma-separated lists and globs.
 */
final class ArticleInputs {
    /** Parquet columns that {@code JsonLinesArticles} reads; other columns are ignored. */
    static final List<String> FIELDS = List.of("id", "url", "date", "title", "dateline", "text", "body", "source");

    private ArticleInputs() {
    }

    static JavaRDD<RawArticle> read(SparkSession spark, JobOptions options) {
        String paths = String.join(",", options.inputs());
        return switch (options.format()) {
            case JSONL -> jsonLines(spark, paths);
            case TEXT -> files(spark, paths);
            case PARQUET -> parquet(spark, options.inputs());
        };
    }

    /** One record per non-blank line, named {@code file@offset} (the line's byte offset in the uncompressed file). */
    @SuppressWarnings("unchecked")
    private static JavaRDD<RawArticle> jsonLines(SparkSession spark, String paths) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>) jsc.newAPIHadoopFile(
                paths, TextInputFormat.class, LongWritable.class, Text.class, jsc.hadoopConfiguration());
        return lines.mapPartitionsWithInputSplit(ArticleInputs::splitLines, false);
    }

    private static Iterator<RawArticle> splitLines(InputSplit split, Iterator<Tuple2<LongWritable, Text>> lines) {
        String corpus = split instanceof FileSplit f ? corpusName(f.getPath().toString()) : "jsonl";
        List<RawArticle> out = new ArrayList<>();
        while (lines.hasNext()) {
            Tuple2<LongWritable, Text> line = lines.next();
            // Hadoop reuses the Text object: copy it out now.
            String json = line._2().toString();
            if (!json.isBlank()) {
                out.add(new RawArticle.Json(corpus + "@" + line._1().get(), corpus, json));
            }
        }
        return out.iterator();
    }

    /** One record per file; an unreadable file becomes an {@link RawArticle.Unreadable}. */
    private static JavaRDD<RawArticle> files(SparkSession spark, String paths) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        return jsc.binaryFiles(paths).map(file -> {
            String input = corpusName(file._1());
            try {
                return (RawArticle) new RawArticle.File(input, file._2().toArray());
            } catch (RuntimeException e) {
                return new RawArticle.Unreadable(input, "cannot be read (" + e.getMessage() + ")");
            }
        });
    }

    /**
     * One record per row. Each row is turned into the JSON object the JSON Lines reader takes, so Parquet and
     * JSON Lines articles go through exactly the same parsing; rows are named {@code file#id}.
     */
    private static JavaRDD<RawArticle> parquet(SparkSession spark, List<String> paths) {
        Dataset<Row> df = spark.read().parquet(paths.toArray(String[]::new));
        List<String> present = Arrays.stream(df.columns()).filter(FIELDS::contains).toList();
        if (!present.contains("text") && !present.contains("body")) {
            throw new IllegalArgumentException("Parquet input has no \"text\" or \"body\" column (columns: "
                    + String.join(", ", df.columns()) + ")");
        }
        Column file = functions.col("_metadata.file_path");
        Column key = present.contains("id")
                ? functions.coalesce(functions.col("id").cast("string"),
                        functions.monotonically_increasing_id().cast("string"))
                : functions.monotonically_increasing_id().cast("string");
        Column[] fields = present.stream().map(functions::col).toArray(Column[]::new);
        Dataset<Row> records = df.select(file.as("file"), key.as("key"),
                functions.to_json(functions.struct(fields)).as("json"));
        return records.javaRDD().map(r -> {
            String corpus = corpusName(r.getString(0));
            return (RawArticle) new RawArticle.Json(corpus + "#" + r.getString(1), corpus, r.getString(2));
        });
    }

    /**
     * The name of a corpus file: its URI, except that local files are named by their path, so that an article
     * gets the same source and id as {@code dateline code /abs/path/corpus.jsonl} gives it.
     */
    static String corpusName(String uri) {
        if (uri.startsWith("file://")) {
            return uri.substring("file://".length());
        }
        if (uri.startsWith("file:")) {
            return uri.substring("file:".length());
        }
        return uri;
    }
}
