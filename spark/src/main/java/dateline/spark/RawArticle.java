package dateline.spark;

import java.io.Serializable;

/**
 * One input record as the job reads it, before it is parsed: parsing happens on the executors, inside the
 * failure handling, so that an unreadable record becomes a reject instead of failing the job.
 */
public sealed interface RawArticle extends Serializable {
    /** How the record is named in the {@code rejects} and {@code articles} tables. */
    String input();

    /**
     * A JSON object with the fields {@code JsonLinesArticles} reads (a JSON Lines line, or a Parquet row turned
     * into JSON).
     *
     * @param corpus the corpus (file) name; an article's source is {@code corpus#id}
     */
    record Json(String input, String corpus, String json) implements RawArticle {
    }

    /** A whole file holding one article (plain text or HTML), as bytes; the core reader decodes it. */
    record File(String input, byte[] bytes) implements RawArticle {
    }

    /** A record that could not even be fetched (an unreadable file): it becomes a reject with this reason. */
    record Unreadable(String input, String reason) implements RawArticle {
    }
}
