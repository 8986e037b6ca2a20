package dateline.spark;

import java.io.Serializable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * One row of the {@code rejects} table: an input that gave no coded article, and why.
 *
 * @param input     the input as the job names it ({@code file@offset} for JSON Lines, the file for text files,
 *                  {@code file#id} for Parquet)
 * @param articleId the article id when the article was read but coding failed, else null
 * @param stage     {@code read} (not an article: bad JSON, empty text, ...) or {@code code} (the pipeline failed)
 * @param reason    a one-line reason, naming the input
 */
public record RejectRow(String input, String articleId, String stage, String reason) implements Serializable {
    public static final String READ = "read";
    public static final String CODE = "code";

    public static final StructType SCHEMA = new StructType()
            .add("input", DataTypes.StringType, false)
            .add("article_id", DataTypes.StringType, true)
            .add("stage", DataTypes.StringType, false)
            .add("reason", DataTypes.StringType, false);

    public Row toRow() {
        return RowFactory.create(input, articleId, stage, reason);
    }
}
