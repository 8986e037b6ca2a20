package dateline.view;

import dateline.actor.Actor;
import dateline.article.Article;
import dateline.event.Event;
import dateline.pipeline.CodedArticle;
import dateline.time.EventDate;
import java.util.ArrayList;
import java.util.List;

/** Coded events as TSV, one line per event, for shell pipelines ({@code dateline code --format tsv}). */
public final class EventTsv {
    private EventTsv() {
    }

    /** One TSV line per event, for shell pipelines. */
    public static List<String> tsv(CodedArticle c) {
        List<String> lines = new ArrayList<>();
        Article a = c.article();
        for (int i = 0; i < c.events().size(); i++) {
            Event e = c.events().get(i);
            EventDate d = c.dateOf(i);
            lines.add(String.join("\t", a.id(), String.valueOf(a.date() == null ? "" : a.date()),
                    String.valueOf(e.sentence()), code(e.source()), code(e.target()), e.code(), e.rootCode(),
                    String.valueOf(e.quadClass()), String.valueOf(e.goldstein()), nz(e.ploverCategory()),
                    clean(a.slice(e.trigger())), e.trigger().start() + "-" + e.trigger().end(), nz(e.rule()),
                    nz(d.iso()), d.basis().name(), d.evidence() == null ? "" : d.evidence().start() + "-" + d.evidence().end()));
        }
        return lines;
    }

    public static final String TSV_HEADER = String.join("\t", "article_id", "date", "sentence", "source", "target", "code",
            "root", "quad_class", "goldstein", "plover", "trigger", "trigger_span", "rule", "event_date", "date_basis",
            "date_span");

    public static String code(Actor a) {
        return a == null ? "" : a.code();
    }

    public static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
