package dateline.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * The reader of Dateline's knowledge files: tab-separated tables and word lists in UTF-8, where blank lines and
 * lines whose first non-blank character is {@code #} are comments. Each content line comes with its file and line
 * number, so that a loader reports a malformed row as {@code file:line: what is wrong}
 * ({@link TableLine#error(String)}). A file name ending in {@code .gz} is read through gzip.
 *
 * <pre>{@code
 * for (TableLine line : TableFile.resource("dateline/cameo/codebook.tsv").lines()) {
 *     String[] f = line.fields(3, "code<TAB>name<TAB>goldstein");
 *     ...
 * }
 * }</pre>
 */
public final class TableFile {
    private final String name;
    private final Opener opener;

    /** Opens the content when the file is read; a file is read once per call of a reading method. */
    private interface Opener {
        Reader open() throws IOException;
    }

    private TableFile(String name, Opener opener) {
        this.name = name;
        this.opener = opener;
    }

    /**
     * A file on the class path, by its full resource path ("dateline/quote/cues.tsv"); reading a missing
     * resource fails with an error naming it.
     */
    public static TableFile resource(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return new TableFile(p, () -> {
            InputStream in = TableFile.class.getClassLoader().getResourceAsStream(p);
            if (in == null) {
                throw new TableFileException(p, 0, "missing from the class path");
            }
            InputStream body = p.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
            return new InputStreamReader(body, StandardCharsets.UTF_8);
        });
    }

    /** Content from a reader (a user's file, or a test's text), named {@code name} in errors. Read once. */
    public static TableFile of(String name, Reader reader) {
        return new TableFile(name, () -> reader);
    }

    /** Content held in a string, named {@code name} in errors: three lines make a table in a test. */
    public static TableFile ofText(String name, String text) {
        return new TableFile(name, () -> new StringReader(text));
    }

    /**
     * The same content under another name in errors and {@link TableLine#file()}: a bundled dictionary is known by
     * its file name alone ("leaders.actors.tsv"), as its entries cite it.
     */
    public TableFile named(String otherName) {
        return new TableFile(otherName, opener);
    }

    /** The name errors give for this file. */
    public String name() {
        return name;
    }

    /** Calls {@code action} on each content line, in file order, without holding the file in memory. */
    public void forEach(Consumer<TableLine> action) {
        try (BufferedReader r = new BufferedReader(opener.open(), 1 << 16)) {
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (!isComment(line)) {
                    action.accept(new TableLine(name, n, line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + name + ": " + e.getMessage(), e);
        }
    }

    /** Every content line, in file order. */
    public List<TableLine> lines() {
        List<TableLine> out = new ArrayList<>();
        forEach(out::add);
        return out;
    }

    /**
     * The file as a word list: each content line stripped of surrounding blanks, in file order, duplicates
     * dropped; {@code lowerCase} folds every entry to lower case.
     */
    public Set<String> words(boolean lowerCase) {
        Set<String> out = new LinkedHashSet<>();
        forEach(l -> {
            String w = l.text().strip();
            out.add(lowerCase ? w.toLowerCase(Locale.ROOT) : w);
        });
        return out;
    }

    private static boolean isComment(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '#';
            }
        }
        return true;
    }
}
