package dateline.article;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * The front door for reading articles from files: chooses the reader by file name and content (plain text,
 * HTML, JSON Lines, each optionally gzip-compressed) and reports every problem as a {@link ReadOutcome.Failed}
 * naming the input, so that a batch can go on past it.
 */
public final class ArticleFiles {
    /** Inputs larger than this are refused rather than read into memory. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private final TextArticles texts;
    private final HtmlArticles html;
    private final JsonLinesArticles jsonLines;

    public ArticleFiles(Agencies agencies) {
        this.texts = new TextArticles(agencies);
        this.html = new HtmlArticles(texts, new HtmlExtractor());
        this.jsonLines = new JsonLinesArticles(texts);
    }

    public static ArticleFiles bundled() {
        return new ArticleFiles(Agencies.bundled());
    }

    /** Reads every article in {@code path} and hands each outcome to {@code sink}. Never throws for bad input. */
    public void read(Path path, ArticleOptions options, Consumer<ReadOutcome> sink) {
        String input = path.toString();
        try {
            if (Files.isDirectory(path)) {
                sink.accept(new ReadOutcome.Failed(input, input + ": is a directory, not a file"));
                return;
            }
            if (!Files.exists(path)) {
                sink.accept(new ReadOutcome.Failed(input, input + ": no such file"));
                return;
            }
            if (Files.size(path) > MAX_FILE_BYTES && !isGzip(path) && !isJsonLines(path)) {
                sink.accept(new ReadOutcome.Failed(input, input + ": file too large (" + Files.size(path)
                        + " bytes, limit " + MAX_FILE_BYTES + ")"));
                return;
            }
            if (isJsonLines(path)) {
                try (InputStream in = open(path);
                        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                    jsonLines.read(input, reader, options, sink);
                }
                return;
            }
            byte[] bytes;
            try (InputStream in = open(path)) {
                bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
            }
            if (bytes.length > MAX_FILE_BYTES) {
                sink.accept(new ReadOutcome.Failed(input, input + ": file too large (limit " + MAX_FILE_BYTES + " bytes)"));
                return;
            }
            sink.accept(new ReadOutcome.Read(input, readBytes(input, bytes, options)));
        } catch (ArticleReadException e) {
            sink.accept(new ReadOutcome.Failed(input, e.getMessage()));
        } catch (NoSuchFileException e) {
            sink.accept(new ReadOutcome.Failed(input, input + ": no such file"));
        } catch (IOException e) {
            sink.accept(new ReadOutcome.Failed(input, input + ": cannot be read (" + e.getMessage() + ")"));
        }
    }

    /** Reads one article from the bytes of a single text or HTML document. */
    public Article readBytes(String input, byte[] bytes, ArticleOptions options) throws ArticleReadException {
        if (bytes.length == 0) {
            throw new ArticleReadException(input, "empty file");
        }
        if (isAllWhitespace(bytes)) {
            throw new ArticleReadException(input, "empty article: only whitespace");
        }
        // HTML is recognised before decoding: the page itself declares its charset, which the HTML reader honours.
        if (looksLikeHtml(input, head(bytes))) {
            return html.read(input, bytes, options);
        }
        String text = TextDecoder.decode(input, bytes);
        if (text.isBlank()) {
            throw new ArticleReadException(input, "empty article: only whitespace");
        }
        return texts.read(input, text, options);
    }

    /** The first bytes of the input as characters, enough to recognise HTML whatever its ASCII-based charset. */
    private static String head(byte[] bytes) {
        int n = Math.min(bytes.length, 2048);
        if (n >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            return new String(bytes, 2, n - 2, StandardCharsets.UTF_16BE);
        }
        if (n >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            return new String(bytes, 2, n - 2, StandardCharsets.UTF_16LE);
        }
        int start = n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        return new String(bytes, start, n - start, StandardCharsets.ISO_8859_1);
    }

    private static boolean isAllWhitespace(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikeHtml(String input, String text) {
        String name = input.toLowerCase(Locale.ROOT).replaceAll("\\.gz$", "");
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return true;
        }
        String head = text.stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<") && (head.startsWith("<!doctype html") || head.contains("<html")
                || head.contains("<head") || head.contains("<body"));
    }

    private static boolean isJsonLines(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT).replaceAll("\\.gz$", "");
        return name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    private static boolean isGzip(Path path) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    private static InputStream open(Path path) throws IOException {
        InputStream in = Files.newInputStream(path);
        if (isGzip(path)) {
            try {
                return new GZIPInputStream(in, 1 << 16);
            } catch (IOException e) {
                in.close();
                throw new IOException("not a valid gzip file", e);
            }
        }
        return in;
    }
}
