package dateline.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dateline.article.Agencies;
import dateline.article.Article;
import dateline.article.ArticleFiles;
import dateline.article.ArticleOptions;
import dateline.article.ArticleReadException;
import dateline.article.TextArticles;
import dateline.cameo.Codebook;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The front door for gold files: recognises the format by content and reads it.
 *
 * <ul>
 *   <li>XML (starts with {@code <}): PETRARCH validation records.</li>
 *   <li>a JSON object with an {@code events} array: the seed gold format.</li>
 *   <li>a JSON array: PLOVER gold-standard records.</li>
 *   <li>tab-separated text whose header names {@code id, sentence, code, source, target}: an event table.</li>
 *   <li>JSON Lines whose first record has {@code penta} and {@code text}: a PentaClass news set
 *       ({@link #readAny} only, as it is scored by class rather than by event).</li>
 * </ul>
 *
 * <p>The seed format carries no text, so its article is resolved in this order: {@link GoldOptions#article()};
 * beside the gold, the file its {@code about} names ("Hand annotation of seed-article.txt"), then the gold's own
 * name without its {@code -gold}/{@code .gold} suffix plus {@code .txt}; and, for the project's seed gold only,
 * the bundled example article.
 */
public final class GoldFiles {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ABOUT_ARTICLE = Pattern.compile("annotation of (\\S+\\.txt)");
    private static final String SEED_ARTICLE = "seed-article.txt";

    private final ArticleFiles articles;
    private final TextArticles texts;

    public GoldFiles(Agencies agencies) {
        this.articles = new ArticleFiles(agencies);
        this.texts = new TextArticles(agencies);
    }

    public static GoldFiles bundled() {
        return new GoldFiles(Agencies.bundled());
    }

    /** Reads one event-level gold file; a PentaClass set is refused (read it with {@link #readAny}). */
    public GoldSet read(Path gold, GoldOptions options) throws GoldReadException {
        GoldFile file = readAny(gold, options);
        if (file instanceof GoldSet set) {
            return set;
        }
        throw new GoldReadException(gold.toString(), "is a PentaClass news set, scored by class: not event gold");
    }

    /** Reads one gold file of any kind, event-level or PentaClass. */
    public GoldFile readAny(Path gold, GoldOptions options) throws GoldReadException {
        String input = gold.toString();
        String content;
        try {
            if (Files.isDirectory(gold)) {
                throw new GoldReadException(input, "is a directory, not a gold file");
            }
            content = Files.readString(gold, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new GoldReadException(input, "no such file");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new GoldReadException(input, "not UTF-8 text");
        } catch (IOException e) {
            throw new GoldReadException(input, "cannot be read (" + e.getMessage() + ")");
        }
        return readAny(gold, content, options);
    }

    /** Reads event-level gold {@code content} that came from {@code gold}; a PentaClass set is refused. */
    public GoldSet read(Path gold, String content, GoldOptions options) throws GoldReadException {
        GoldFile file = readAny(gold, content, options);
        if (file instanceof GoldSet set) {
            return set;
        }
        throw new GoldReadException(gold.toString(), "is a PentaClass news set, scored by class: not event gold");
    }

    /**
     * Reads gold {@code content} of any kind that came from {@code gold} (used to find a seed gold's article beside
     * it).
     */
    public GoldFile readAny(Path gold, String content, GoldOptions options) throws GoldReadException {
        String input = gold.toString();
        String head = content.stripLeading();
        if (head.startsWith("\uFEFF")) {
            head = head.substring(1).stripLeading();
        }
        ArticleOptions articleOptions = new ArticleOptions(null, options.today());
        if (head.startsWith("<")) {
            return new PetrarchXmlReader(texts).read(input, head, articleOptions);
        }
        if (EventTableReader.looksLikeTable(head)) {
            return new EventTableReader(texts, Codebook.bundled()).read(input, head, articleOptions);
        }
        if (!head.startsWith("{") && !head.startsWith("[")) {
            throw new GoldReadException(input, "not a gold file: expected PETRARCH XML, seed gold JSON, a PLOVER "
                    + "JSON array, PentaClass JSON Lines or an event table (TSV)");
        }
        if (head.startsWith("{") && PentaReader.looksLikePenta(firstLine(head))) {
            return new PentaReader(texts).read(input, head, articleOptions);
        }
        JsonNode root;
        try {
            root = JSON.readTree(head);
        } catch (JsonProcessingException e) {
            throw new GoldReadException(input, "invalid JSON at line " + e.getLocation().getLineNr() + ": "
                    + e.getOriginalMessage());
        }
        if (root.isArray()) {
            return new PloverJsonReader(texts).read(input, root, articleOptions);
        }
        if (root.isObject() && root.has("events")) {
            String about = SeedGoldReader.text(root, "about");
            Path articlePath = seedArticle(gold, about, options);
            LocalDate date = options.date();
            if (date == null) {
                String d = SeedGoldReader.text(root.path("metadata"), "publication_date");
                date = d == null ? null : parseDate(input, d);
            }
            Article article;
            try {
                article = articles.readBytes(articlePath.toString(), Files.readAllBytes(articlePath),
                        new ArticleOptions(date, options.today()));
            } catch (IOException e) {
                throw new GoldReadException(input, "its article " + articlePath + " cannot be read (" + e.getMessage()
                        + ")");
            } catch (ArticleReadException e) {
                throw new GoldReadException(input, "its article " + e.getMessage());
            }
            return new SeedGoldReader().read(input, root, article, articlePath.toString());
        }
        throw new GoldReadException(input, "JSON object without an \"events\" array: not a seed gold file");
    }

    /** The first line parsed as JSON, or null when it is not JSON on its own (a pretty-printed object). */
    private static JsonNode firstLine(String content) {
        int end = content.indexOf('\n');
        try {
            return JSON.readTree(end < 0 ? content : content.substring(0, end));
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private Path seedArticle(Path gold, String about, GoldOptions options) throws GoldReadException {
        if (options.article() != null) {
            if (!Files.isRegularFile(options.article())) {
                throw new GoldReadException(options.article().toString(), "no such article file (--article)");
            }
            return options.article();
        }
        Set<Path> candidates = new LinkedHashSet<>();
        Path dir = gold.toAbsolutePath().getParent();
        String named = null;
        if (about != null) {
            Matcher m = ABOUT_ARTICLE.matcher(about);
            if (m.find()) {
                named = m.group(1);
                candidates.add(dir.resolve(named));
            }
        }
        String base = gold.getFileName().toString().replaceFirst("\\.json$", "").replaceFirst("[-._]gold$", "");
        candidates.add(dir.resolve(base + ".txt"));
        if (SEED_ARTICLE.equals(named)) {
            candidates.addAll(options.bundledExample());
        }
        List<String> tried = new ArrayList<>();
        for (Path p : candidates) {
            if (Files.isRegularFile(p)) {
                return p;
            }
            tried.add(p.toString());
        }
        throw new GoldReadException(gold.toString(), "cannot find the article it annotates (tried "
                + String.join(", ", tried) + "); give it with --article FILE");
    }

    private static LocalDate parseDate(String input, String d) throws GoldReadException {
        try {
            return LocalDate.parse(d);
        } catch (java.time.format.DateTimeParseException e) {
            throw new GoldReadException(input, "publication_date \"" + d + "\" is not YYYY-MM-DD");
        }
    }
}
