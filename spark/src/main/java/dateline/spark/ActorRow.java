package dateline.spark;

import dateline.actor.Actor;
import dateline.article.Article;
import java.time.LocalDate;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/** The {@code actors} table: an actor mention resolved to a CAMEO actor code, with its evidence. */
final class ActorRow {
    static final StructType SCHEMA = Schemas.of("""
            article_id STRING NOT NULL, date DATE, actor_index INT NOT NULL, sentence INT NOT NULL, code STRING,
            name STRING, country STRING, role STRING, start INT NOT NULL, end INT NOT NULL, text STRING,
            token_start INT NOT NULL, token_end INT NOT NULL, entry STRING, rule STRING, date_basis STRING,
            antecedent_start INT, antecedent_end INT""");

    private ActorRow() {
    }

    /** The row of actor mention {@code index} of article {@code a}. */
    static Row of(Article a, int index, Actor x) {
        LocalDate date = a.date();
        return RowFactory.create(a.id(), SpanColumns.sqlDate(date), index, x.sentence(), x.code(), x.name(),
                x.country(), x.role(), x.span().start(), x.span().end(), SpanColumns.text(a, x.span()),
                x.tokenStart(), x.tokenEnd(), x.entry(), x.rule(), x.dateBasis() == null ? null : x.dateBasis().name(),
                SpanColumns.start(x.antecedent()), SpanColumns.end(x.antecedent()));
    }
}
