package dateline.cli;

import dateline.article.ArticleFiles;
import dateline.article.Extraction;
import dateline.article.HtmlExtractor;
import dateline.article.RelatedLink;
import dateline.article.html.Provenance;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code dateline extract}: prints the article text and metadata found in HTML pages, without any NLP. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Find the article in HTML pages (plain or .gz) and print its text and metadata, "
                + "each metadata field with where it came from.")
final class ExtractCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "HTML files (optionally .gz).")
    List<Path> files;

    @Mixin
    TextOrJson output;

    @Override
    public Integer call() {
        HtmlExtractor extractor = new HtmlExtractor();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return new Batch(output.err()).forEach(files, Path::toString, file -> {
            String input = file.toString();
            Extraction ex = extract(extractor, file, today);
            output.print(() -> view(input, ex), out -> printText(out, input, ex));
        });
    }

    /** The article found in the page; a page that cannot be read or holds no article is a bad input. */
    private static Extraction extract(HtmlExtractor extractor, Path file, LocalDate today) throws Batch.BadInput {
        byte[] bytes;
        try {
            bytes = read(file);
        } catch (IOException e) {
            throw new Batch.BadInput(file + ": " + e.getMessage());
        }
        Extraction ex = extractor.extract(bytes, "", today);
        if (!ex.hasArticle()) {
            throw new Batch.BadInput(file + ": no article found ("
                    + (ex.noArticle() != null ? ex.noArticle() : "no main text") + ")");
        }
        return ex;
    }

    /** The file's bytes, gunzipped when its name ends in .gz; errors carry a message fit for the user. */
    private static byte[] read(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException("is a directory, not a file");
        }
        if (!Files.exists(file)) {
            throw new IOException("no such file");
        }
        try (InputStream raw = Files.newInputStream(file)) {
            InputStream in = raw;
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
                try {
                    in = new GZIPInputStream(raw, 1 << 16);
                } catch (ZipException e) {
                    throw new IOException("not a valid gzip file");
                }
            }
            byte[] bytes = in.readNBytes((int) ArticleFiles.MAX_FILE_BYTES + 1);
            if (bytes.length > ArticleFiles.MAX_FILE_BYTES) {
                throw new IOException("file too large (limit " + ArticleFiles.MAX_FILE_BYTES + " bytes)");
            }
            if (bytes.length == 0) {
                throw new IOException("empty file");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new IOException("no such file");
        } catch (ZipException e) {
            throw new IOException("not a valid gzip file (" + e.getMessage() + ")");
        }
    }

    static Map<String, Object> view(String input, Extraction ex) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("input", input);
        m.put("title", ex.title());
        m.put("authors", ex.authors());
        m.put("published", ex.published());
        m.put("modified", ex.modified());
        m.put("url", ex.url());
        m.put("siteName", ex.siteName());
        m.put("language", ex.language());
        m.put("section", ex.section());
        Map<String, String> provenance = new TreeMap<>();
        ex.provenance().forEach((k, v) -> provenance.put(k, label(v)));
        m.put("provenance", provenance);
        m.put("relatedLinks", ex.relatedLinks().stream().map(l -> {
            Map<String, String> lm = new LinkedHashMap<>();
            lm.put("title", l.title());
            lm.put("url", l.url());
            return lm;
        }).toList());
        m.put("confidence", ex.confidence());
        m.put("warnings", ex.warnings());
        m.put("text", ex.text());
        return m;
    }

    private static void printText(PrintWriter out, String input, Extraction ex) {
        out.println("== " + input);
        field(out, "title", ex.title(), ex);
        field(out, "authors", ex.authors().isEmpty() ? null : String.join("; ", ex.authors()), ex);
        field(out, "published", ex.published() == null ? null : ex.published().toString(), ex);
        field(out, "modified", ex.modified() == null ? null : ex.modified().toString(), ex);
        field(out, "url", ex.url(), ex);
        field(out, "siteName", ex.siteName(), ex);
        field(out, "language", ex.language(), ex);
        field(out, "section", ex.section(), ex);
        for (RelatedLink l : ex.relatedLinks()) {
            out.println("related:   " + l.title() + (l.url() != null ? " <" + l.url() + ">" : ""));
        }
        out.println("confidence: " + ex.confidence());
        for (String w : ex.warnings()) {
            out.println("warning:   " + w);
        }
        out.println();
        out.println(ex.text());
        out.println();
    }

    private static void field(PrintWriter out, String name, String value, Extraction ex) {
        Provenance from = ex.provenance().get(name);
        out.printf("%-10s %s%s%n", name + ":", value == null ? "none" : value,
                value != null && from != null ? "  [" + label(from) + "]" : "");
    }

    private static String label(Provenance p) {
        return p.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
