package dateline.spark;

import dateline.actor.Actor;
import dateline.article.Article;
import dateline.pipeline.CodedArticle;
import java.io.Serializable;
import java.time.LocalDate;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** One row of the {@code actors} table: an actor mention resolved to a CAMEO actor code, with its evidence. */
public record ActorRow(String articleId, LocalDate date, int actorIndex, int sentence, String code, String name,
        String country, String role, int start, int end, String text, int tokenStart, int tokenEnd, String entry,
        String rule, String dateBasis, Integer antecedentStart, Integer antecedentEnd) implements Serializable {

    public static final StructType SCHEMA = new StructType()
            .add("article_id", DataTypes.StringType, false)
            .add("date", DataTypes.DateType, true)
            .add("actor_index", DataTypes.IntegerType, false)
            .add("sentence", DataTypes.IntegerType, false)
            .add("code", DataTypes.StringType, true)
            .add("name", DataTypes.StringType, true)
            .add("country", DataTypes.StringType, true)
            .add("role", DataTypes.StringType, true)
            .add("start", DataTypes.IntegerType, false)
            .add("end", DataTypes.IntegerType, false)
            .add("text", DataTypes.StringType, true)
            .add("token_start", DataTypes.IntegerType, false)
            .add("token_end", DataTypes.IntegerType, false)
            .add("entry", DataTypes.StringType, true)
            .add("rule", DataTypes.StringType, true)
            .add("date_basis", DataTypes.StringType, true)
            .add("antecedent_start", DataTypes.IntegerType, true)
            .add("antecedent_end", DataTypes.IntegerType, true);

    public static ActorRow of(CodedArticle coded, int index) {
        Article a = coded.article();
        Actor actor = coded.actors().actors().get(index);
        return new ActorRow(a.id(), a.date(), index, actor.sentence(), actor.code(), actor.name(), actor.country(),
                actor.role(), actor.span().start(), actor.span().end(), SpanColumns.text(a, actor.span()),
                actor.tokenStart(), actor.tokenEnd(), actor.entry(), actor.rule(),
                actor.dateBasis() == null ? null : actor.dateBasis().name(),
                SpanColumns.start(actor.antecedent()), SpanColumns.end(actor.antecedent()));
    }

    public Row toRow() {
        return RowFactory.create(articleId, SpanColumns.sqlDate(date), actorIndex, sentence, code, name, country, role,
                start, end, text, tokenStart, tokenEnd, entry, rule, dateBasis, antecedentStart, antecedentEnd);
    }
}
