package dateline.view;

import dateline.actor.Actor;
import dateline.article.Article;
import dateline.pipeline.CodedArticle;
import dateline.record.ActorRecord;
import dateline.record.EventRecord;
import dateline.record.MentionRecord;
import dateline.time.EventDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Coded events as TSV, one line per event laid out from its {@link MentionRecord}, for shell pipelines
 * ({@code dateline code --format tsv}).
 */
public final class EventTsv {
    public static final String TSV_HEADER = String.join("\t", "article_id", "date", "sentence", "source", "target", "code",
            "root", "quad_class", "goldstein", "plover", "trigger", "trigger_span", "rule", "event_date", "date_basis",
            "date_span");

    private EventTsv() {
    }

    /** One TSV line per event of {@code c}. */
    public static List<String> tsv(CodedArticle c) {
        List<String> lines = new ArrayList<>();
        Article a = c.article();
        for (MentionRecord m : MentionRecord.all(c)) {
            EventRecord e = m.event();
            EventDate d = m.date();
            lines.add(String.join("\t", a.id(), String.valueOf(a.date() == null ? "" : a.date()),
                    String.valueOf(m.sentence()), nz(ActorRecord.codeOf(e.source())), nz(ActorRecord.codeOf(e.target())),
                    e.code(), e.rootCode(), String.valueOf(e.quadClass()), String.valueOf(e.goldstein()),
                    nz(e.ploverCategory()), clean(m.trigger().text()), m.trigger().start() + "-" + m.trigger().end(),
                    nz(m.rule()), nz(d.iso()), d.basis().name(),
                    d.evidence() == null ? "" : d.evidence().start() + "-" + d.evidence().end()));
        }
        return lines;
    }

    /** An actor's code, empty for none. */
    public static String code(Actor a) {
        return a == null ? "" : a.code();
    }

    /** Text on one line: tabs and line ends as spaces. */
    public static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
