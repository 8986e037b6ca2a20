package dateline.store;

import dateline.article.Article;
import dateline.article.RelatedLink;
import dateline.event.Event;
import dateline.geo.Place;
import dateline.nlp.EntityMention;
import dateline.pipeline.CodedArticle;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Appends the rows that let a stored article read back like a freshly coded one (schema version 5): the article's
 * dateline span and warnings, boilerplate, related links and named entities, and each event mention's code and
 * place. Runs inside the writer's batch transaction, after the writer's own rows, for the articles it stored.
 */
final class ArticleDetails {
    private static final List<String> TABLES = List.of("article_details", "boilerplate", "related_links", "entities",
            "mention_details");

    private ArticleDetails() {
    }

    /** Appends the details of each article of {@code batch} that {@code written} (parallel to it) says was stored. */
    static void append(Connection c, List<CodedArticle> batch, List<Written> written) throws SQLException {
        DuckDBConnection duck = c.unwrap(DuckDBConnection.class);
        List<DuckDBAppender> open = new ArrayList<>();
        try {
            for (String t : TABLES) {
                open.add(duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, t));
            }
            for (int i = 0; i < batch.size(); i++) {
                if (written.get(i).status() != Written.Status.ALREADY_STORED) {
                    append(open, batch.get(i));
                }
            }
            // Flushed explicitly: close() does not report a row DuckDB refused.
            for (DuckDBAppender a : open) {
                a.flush();
            }
        } finally {
            for (DuckDBAppender a : open) {
                a.close();
            }
        }
    }

    private static void append(List<DuckDBAppender> to, CodedArticle coded) throws SQLException {
        Article a = coded.article();
        Rows.of(to.get(0)).val(a.id()).span(a.datelineSpan())
                .val(a.warnings().isEmpty() ? null : String.join("\n", a.warnings())).add();
        for (int i = 0; i < a.boilerplate().size(); i++) {
            Rows.of(to.get(1)).val(a.id()).val(i).span(a.boilerplate().get(i)).add();
        }
        for (int i = 0; i < a.relatedLinks().size(); i++) {
            RelatedLink l = a.relatedLinks().get(i);
            Rows.of(to.get(2)).val(a.id()).val(i).val(l.title()).val(l.url()).add();
        }
        List<EntityMention> entities = coded.annotation().entities();
        for (int i = 0; i < entities.size(); i++) {
            EntityMention e = entities.get(i);
            Rows.of(to.get(3)).val(a.id()).val(i).val(e.type()).val(e.sentence()).span(e.span()).add();
        }
        for (int i = 0; i < coded.events().size(); i++) {
            Event e = coded.events().get(i);
            Place where = coded.placementOf(i).place();
            int place = where == null ? -1 : coded.places().indexOf(where);
            Rows.of(to.get(4)).val(a.id()).val(i).val(e.code()).val(e.rootCode()).val(e.quadClass())
                    .dbl(e.goldstein()).val(place < 0 ? null : place).add();
        }
    }
}
