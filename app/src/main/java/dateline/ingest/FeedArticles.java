package dateline.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import dateline.article.Agencies;
import dateline.article.ArticleFiles;
import dateline.article.ArticleOptions;
import dateline.article.ArticleReadException;
import dateline.article.ReadOutcome;
import dateline.article.TextArticles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.xml.sax.InputSource;

/**
 * Reads RSS and Atom feeds saved as files (Rome): one article per entry, from its content (else its summary),
 * with the entry's title, link and publication date. DOCTYPEs are refused, so no external entity (XXE) or entity
 * expansion can be used against the reader.
 */
public final class FeedArticles {
    private final TextArticles texts;

    public FeedArticles(Agencies agencies) {
        this.texts = new TextArticles(agencies);
    }

    /** Whether a file looks like a feed: by extension, or an XML file whose root is rss, feed or RDF. */
    public static boolean isFeed(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".rss") || name.endsWith(".atom")) {
            return true;
        }
        if (!name.endsWith(".xml")) {
            return false;
        }
        try (InputStream in = Files.newInputStream(path)) {
            String head = new String(in.readNBytes(1024), java.nio.charset.StandardCharsets.UTF_8);
            return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:RDF");
        } catch (IOException e) {
            return false;
        }
    }

    /** Reads every entry of a feed file; a bad feed or entry is reported as a failure naming it. */
    public void read(Path path, ArticleOptions options, Consumer<ReadOutcome> sink) {
        String input = path.toString();
        SyndFeed feed;
        try {
            // The parser builds the whole document in memory: bound it as the other readers bound theirs.
            if (Files.size(path) > ArticleFiles.MAX_FILE_BYTES) {
                sink.accept(new ReadOutcome.Failed(input, input + ": file too large (" + Files.size(path)
                        + " bytes, limit " + ArticleFiles.MAX_FILE_BYTES + ")"));
                return;
            }
        } catch (IOException e) {
            sink.accept(new ReadOutcome.Failed(input, input + ": cannot be read (" + e.getMessage() + ")"));
            return;
        }
        try (InputStream in = Files.newInputStream(path)) {
            SyndFeedInput parser = new SyndFeedInput();
            parser.setAllowDoctypes(false);
            parser.setXmlHealerOn(false);
            feed = parser.build(new InputSource(in));
        } catch (IOException e) {
            sink.accept(new ReadOutcome.Failed(input, input + ": cannot be read (" + e.getMessage() + ")"));
            return;
        } catch (FeedException | IllegalArgumentException e) {
            sink.accept(new ReadOutcome.Failed(input, input + ": not a readable RSS or Atom feed ("
                    + firstLine(e.getMessage()) + ")"));
            return;
        }
        List<SyndEntry> entries = feed.getEntries();
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry e = entries.get(i);
            String item = input + "#" + (i + 1);
            String body = text(e);
            if (body == null || body.isBlank()) {
                sink.accept(new ReadOutcome.Failed(item, item + ": feed entry has no text"));
                continue;
            }
            String source = e.getLink() != null ? e.getLink() : e.getUri() != null ? e.getUri() : item;
            Date published = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
            LocalDate date = published == null ? options.date()
                    : published.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
            try {
                sink.accept(new ReadOutcome.Read(item, texts.build(source, body, e.getTitle(), e.getLink(),
                        e.getAuthor() == null || e.getAuthor().isBlank() ? null : e.getAuthor(), date, options)));
            } catch (ArticleReadException x) {
                sink.accept(new ReadOutcome.Failed(item, x.getMessage()));
            }
        }
    }

    private static String text(SyndEntry e) {
        StringBuilder b = new StringBuilder();
        for (SyndContent c : e.getContents()) {
            if (c.getValue() != null) {
                b.append(plain(c)).append("\n\n");
            }
        }
        if (b.toString().isBlank() && e.getDescription() != null && e.getDescription().getValue() != null) {
            b.append(plain(e.getDescription()));
        }
        return b.toString().strip();
    }

    /** HTML content becomes text, one paragraph per block element. */
    private static String plain(SyndContent c) {
        String v = c.getValue();
        String type = c.getType() == null ? "" : c.getType().toLowerCase(Locale.ROOT);
        if (type.contains("html") || v.contains("<p") || v.contains("<br")) {
            var doc = Jsoup.parseBodyFragment(v);
            doc.select("p, br, div, li").forEach(el -> el.after("\n\n"));
            return doc.wholeText().replaceAll("[ \\t]*\\n[ \\t\\n]*\\n", "\n\n").strip();
        }
        return v.strip();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "parse error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
